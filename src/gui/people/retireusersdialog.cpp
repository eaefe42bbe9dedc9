#include "retireusersdialog.h"

#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/writegate.h"
#include "messagelabel.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

RetireUsersDialog::RetireUsersDialog(Console &console, const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
{
    setObjectName(QStringLiteral("retireUsersDialog"));
    setWindowTitle(tr("Retire Users"));
    ScreenFit::resize(this, QSize(560, 440));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));
    m_planText = new QPlainTextEdit(this);
    m_planText->setObjectName(QStringLiteral("planText"));
    m_planText->setReadOnly(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_retire = buttons->addButton(tr("&Retire"), QDialogButtonBox::AcceptRole);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    // Retiring is not undone by a click: Cancel is the default.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_planText, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retire, &QPushButton::clicked, this, &RetireUsersDialog::start);
    connect(&console.writeGate(), &WriteGate::changed, this, &RetireUsersDialog::updateButtons);
    planAll(targets);
    updateButtons();
}

void RetireUsersDialog::planAll(const QList<Target> &targets)
{
    // One request per token, in the order the tokens first appear.
    QStringList tokenOrder;
    QHash<QString, QList<RequestUser>> byToken;
    int alreadyRetired = 0;
    for (const Target &t : targets) {
        if (t.status != QLatin1String("Registered") && t.status != QLatin1String("Associated")) {
            ++alreadyRetired;
            continue;
        }
        if (!byToken.contains(t.tokenId))
            tokenOrder.append(t.tokenId);
        byToken[t.tokenId].append(RequestUser{t.clientUserId, {}, {}});
    }
    const int retiring = int(targets.size()) - alreadyRetired;
    QString summary = tr("%n user(s) will be retired: they lose their licenses that can be revoked, and "
                         "need a new invitation to come back.",
                         nullptr, retiring);
    if (alreadyRetired > 0)
        summary +=
            u' ' + tr("%n selected user(s) are retired already and left out.", nullptr, alreadyRetired);
    m_summary->setText(summary);
    if (retiring == 0) {
        showError(tr("Every selected user is retired already."));
        return;
    }
    // Planning reads the store for every user: off the GUI thread, one token after another so
    // that the plans keep the tokens' order.
    m_pending = tokenOrder.size();
    m_planText->setPlaceholderText(tr("Planning\u2026"));
    QList<LicenseRequest> requests;
    for (const QString &tokenId : std::as_const(tokenOrder)) {
        LicenseRequest request;
        request.kind = LicenseRequest::Kind::RetireUsers;
        request.tokenId = tokenId;
        request.users = byToken.value(tokenId);
        requests.append(request);
    }
    planNext(requests);
}

void RetireUsersDialog::planNext(QList<LicenseRequest> requests)
{
    if (requests.isEmpty()) {
        m_pending = 0;
        m_planText->setPlainText(m_texts.join(QStringLiteral("\n\n")));
        showError(m_errors.join(u'\n'));
        updateButtons();
        return;
    }
    const LicenseRequest request = requests.takeFirst();
    QPointer<RetireUsersDialog> self(this);
    m_console.jobs().planAsync(request, [self, requests](Result<LicensePlan> planned) {
        if (!self)
            return;
        if (!planned) {
            self->m_errors.append(planned.error().toDisplayString());
        } else {
            if (!planned->isEmpty())
                self->m_plans.append(planned.value());
            self->m_texts.append(planned->toText());
        }
        self->planNext(requests);
    });
}

void RetireUsersDialog::start()
{
    if (m_plans.isEmpty() || m_starting)
        return;
    if (!m_console.writeGate().allows(WriteGate::Reach::Apple)) {
        showError(m_console.writeGate().blockedReason(WriteGate::Reach::Apple));
        return;
    }
    m_starting = true;
    updateButtons();
    startNext();
}

void RetireUsersDialog::startNext()
{
    if (m_started >= m_plans.size()) {
        m_starting = false;
        accept();
        return;
    }
    QPointer<RetireUsersDialog> self(this);
    m_console.jobs().start(m_plans.at(m_started), [self](Result<qint64> jobId) {
        if (!self)
            return;
        if (!jobId) {
            self->m_starting = false;
            self->showError(jobId.error().toDisplayString());
            self->updateButtons();
            return;
        }
        ++self->m_started;
        Q_EMIT self->jobStarted(jobId.value());
        self->startNext();
    });
}

void RetireUsersDialog::updateButtons()
{
    const QString blocked = m_console.writeGate().blockedReason(WriteGate::Reach::Apple);
    m_retire->setEnabled(blocked.isEmpty() && m_pending == 0 && m_started < m_plans.size() && !m_starting);
    m_retire->setToolTip(blocked);
}

void RetireUsersDialog::showError(const QString &text)
{
    m_error->showError(text);
}
