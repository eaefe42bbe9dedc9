#include "registerusersdialog.h"

#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/writegate.h"
#include "core/views/userlistparser.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

RegisterUsersDialog::RegisterUsersDialog(Console &console, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
{
    setObjectName(QStringLiteral("registerUsersDialog"));
    setWindowTitle(tr("Register Users"));
    ScreenFit::resize(this, QSize(620, 560));

    m_token = new QComboBox(this);
    m_token->setObjectName(QStringLiteral("tokenCombo"));
    const auto tokens = console.workspace().tokens().list();
    if (tokens) {
        for (const TokenRecord &t : tokens.value())
            m_token->addItem(t.name, t.id);
    }

    m_users = new QPlainTextEdit(this);
    m_users->setObjectName(QStringLiteral("usersEdit"));
    m_users->setPlaceholderText(
        tr("One user per line: clientUserId, e-mail (optional), Managed Apple Account "
           "(optional)\nemp-1042,ada.lovelace@example.com"));
    m_users->setTabChangesFocus(true);
    m_loadCsv = new QPushButton(tr("&Load CSV…"), this);
    m_loadCsv->setObjectName(QStringLiteral("loadCsvButton"));
    m_dryRun = new QPushButton(tr("&Dry Run"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setToolTip(tr("Check the list and show what would be sent to Apple; nothing is sent."));

    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));

    m_planText = new QPlainTextEdit(this);
    m_planText->setObjectName(QStringLiteral("planText"));
    m_planText->setReadOnly(true);
    m_planText->setPlaceholderText(tr("Run a dry run to see what will be sent."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerButton"));

    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    auto *usersLabel = new QLabel(tr("&Users:"), this);
    usersLabel->setBuddy(m_users);
    auto *planLabel = new QLabel(tr("Dry run:"), this);

    auto *form = new QFormLayout;
    form->addRow(tokenLabel, m_token);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_loadCsv);
    listButtons->addStretch(1);
    listButtons->addWidget(m_dryRun);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(usersLabel);
    layout->addWidget(m_users, 2);
    layout->addLayout(listButtons);
    layout->addWidget(m_error);
    layout->addWidget(planLabel);
    layout->addWidget(m_planText, 1);
    layout->addWidget(buttons);

    setTabOrder(m_token, m_users);
    setTabOrder(m_users, m_loadCsv);
    setTabOrder(m_loadCsv, m_dryRun);
    setTabOrder(m_dryRun, m_planText);

    connect(m_loadCsv, &QPushButton::clicked, this, &RegisterUsersDialog::chooseCsv);
    connect(m_dryRun, &QPushButton::clicked, this, &RegisterUsersDialog::dryRun);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QPushButton::clicked, this, &RegisterUsersDialog::start);
    connect(m_users, &QPlainTextEdit::textChanged, this, &RegisterUsersDialog::invalidatePlan);
    connect(m_token, &QComboBox::currentIndexChanged, this, &RegisterUsersDialog::invalidatePlan);
    connect(&console.writeGate(), &WriteGate::changed, this, &RegisterUsersDialog::updateButtons);
    updateButtons();
}

void RegisterUsersDialog::setTokenId(const QString &tokenId)
{
    const int index = m_token->findData(tokenId);
    if (index >= 0)
        m_token->setCurrentIndex(index);
}

QString RegisterUsersDialog::tokenId() const
{
    return m_token->currentData().toString();
}

void RegisterUsersDialog::setUsersText(const QString &text)
{
    m_users->setPlainText(text);
}

bool RegisterUsersDialog::loadCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_users->setPlainText(QString::fromUtf8(file.readAll()));
    return true;
}

void RegisterUsersDialog::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Users"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

void RegisterUsersDialog::dryRun()
{
    invalidatePlan();
    if (tokenId().isEmpty()) {
        showError(tr("Add a token first: users are registered on a token."));
        return;
    }
    const UserListParser::Parsed parsed = UserListParser::parse(m_users->toPlainText());
    if (!parsed.errors.isEmpty()) {
        QStringList lines;
        for (const UserListParser::LineError &e : parsed.errors)
            lines.append(e.message);
        showError(
            tr("%n line(s) of the list are invalid; fix them first.", nullptr, int(parsed.errors.size())) +
            u'\n' + lines.join(u'\n'));
        return;
    }
    if (parsed.users.isEmpty()) {
        showError(tr("Type at least one clientUserId, or load a CSV file."));
        return;
    }
    LicenseRequest request;
    request.kind = LicenseRequest::Kind::CreateUsers;
    request.tokenId = tokenId();
    request.users = parsed.users;
    // Planning reads the store for every user listed: off the GUI thread.
    m_planning = true;
    m_planText->setPlaceholderText(tr("Planning\u2026"));
    updateButtons();
    const quint64 serial = ++m_planSerial;
    QPointer<RegisterUsersDialog> self(this);
    m_console.jobs().planAsync(request, [self, serial](Result<LicensePlan> planned) {
        if (self && serial == self->m_planSerial)
            self->onPlanned(planned);
    });
}

void RegisterUsersDialog::onPlanned(const Result<LicensePlan> &planned)
{
    m_planning = false;
    m_planText->setPlaceholderText(tr("Run a dry run to see what will be sent."));
    if (!planned) {
        showError(planned.error().toDisplayString());
        updateButtons();
        return;
    }
    m_plan = planned.value();
    m_planText->setPlainText(m_plan->toText());
    updateButtons();
    if (m_register->isEnabled())
        m_register->setDefault(true);
}

void RegisterUsersDialog::start()
{
    if (!m_plan || m_plan->isEmpty() || m_starting)
        return;
    if (!m_console.writeGate().allows(WriteGate::Reach::Apple)) {
        showError(m_console.writeGate().blockedReason(WriteGate::Reach::Apple));
        return;
    }
    m_starting = true;
    updateButtons();
    QPointer<RegisterUsersDialog> self(this);
    m_console.jobs().start(m_plan.value(), [self](Result<qint64> jobId) {
        if (!self)
            return;
        self->m_starting = false;
        if (!jobId) {
            self->showError(jobId.error().toDisplayString());
            self->updateButtons();
            return;
        }
        Q_EMIT self->jobStarted(jobId.value());
        self->accept();
    });
}

void RegisterUsersDialog::invalidatePlan()
{
    ++m_planSerial; // a plan still on its way is for the old list
    m_planning = false;
    m_plan.reset();
    m_planText->clear();
    m_error->clearMessage();
    m_dryRun->setDefault(true);
    updateButtons();
}

void RegisterUsersDialog::updateButtons()
{
    const QString blocked = m_console.writeGate().blockedReason(WriteGate::Reach::Apple);
    m_register->setEnabled(blocked.isEmpty() && m_plan && !m_plan->isEmpty() && !m_starting && !m_planning);
    m_register->setToolTip(!blocked.isEmpty() ? blocked : m_plan ? QString() : tr("Run a dry run first."));
    m_dryRun->setEnabled(!m_starting && !m_planning);
}

void RegisterUsersDialog::showError(const QString &text)
{
    m_error->showError(text);
}
