#include "auditpage.h"

#include "app/console.h"
#include "auditactions.h"
#include "auditmodel.h"
#include "auditverifier.h"
#include "core/store/auditlog.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AuditPage::AuditPage(Console &console, QWidget *parent)
    : Page(console, tr("Audit"), tr("Every action taken in VPP Desk, in a tamper-evident log."),
           QIcon(QStringLiteral(":/icons/audit.svg")), parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new AuditModel(console.database(), this);

    m_verifyButton = new QPushButton(tr("&Verify chain"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Check every entry's hash: an entry edited, inserted or removed after it "
                                  "was written is found."));
    m_verifyLabel = new MessageLabel(this, QStringLiteral("verifyLabel"));

    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionFilter->setMinimumContentsLength(14); // long names elide: the page fits a small screen
    m_tokenFilter = new QComboBox(this);
    m_tokenFilter->setObjectName(QStringLiteral("tokenFilter"));
    m_tokenFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenFilter->setMinimumContentsLength(14); // long names elide: the page fits a small screen
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search actor, token or details"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    auto *actionLabel = new QLabel(tr("A&ction:"), this);
    actionLabel->setBuddy(m_actionFilter);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_tokenFilter);

    actionsLayout()->addWidget(m_verifyButton);
    actionsLayout()->addWidget(m_verifyLabel);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(actionLabel);
    actionsLayout()->addWidget(m_actionFilter);
    actionsLayout()->addWidget(tokenLabel);
    actionsLayout()->addWidget(m_tokenFilter);
    actionsLayout()->addWidget(m_search);

    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));
    bodyLayout()->addWidget(m_error);

    QTableView *view = addTable(m_model, QStringLiteral("auditTable"));
    view->setSortingEnabled(false); // newest first
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(AuditModel::IdColumn, 60);
    view->setColumnWidth(AuditModel::TimeColumn, 150);
    view->setColumnWidth(AuditModel::ActorColumn, 110);
    view->setColumnWidth(AuditModel::ActionColumn, 160);
    view->setColumnWidth(AuditModel::TokenColumn, 150);

    // Typing waits for a pause; the lists apply at once.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_tokenFilter, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    m_verifier = new AuditVerifier(this);
    connect(m_verifier, &AuditVerifier::finished, this, &AuditPage::showVerification);

    connect(m_model, &PagedTableModel::loadFailed, m_error, &MessageLabel::showError);
    connect(m_model, &PagedTableModel::reloaded, m_error, &MessageLabel::clearMessage);

    // New entries come with token changes and with what changes the inventory (jobs, imports).
    const auto reloadIfLoaded = [this] {
        if (m_loaded)
            reload();
    };
    connect(&console, &Console::tokensChanged, this, reloadIfLoaded);
    connect(&console, &Console::inventoryChanged, this, reloadIfLoaded);
}

void AuditPage::activate()
{
    // Cheap (one count and one block): refresh every time the page is shown.
    reload();
}

void AuditPage::reload()
{
    m_loaded = true;
    reloadChoices();
    applyFilter();
}

void AuditPage::reloadChoices()
{
    AuditQuery query(console().database());
    const auto fill = [](QComboBox *box, const QString &all, const QStringList &values, auto label) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &value : values)
            box->addItem(label(value), value);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_actionFilter, tr("All actions"), query.actions().valueOr({}), &AuditActions::displayName);
    fill(m_tokenFilter, tr("All tokens"), query.tokenNames().valueOr({}),
         [](const QString &name) { return name; });
}

void AuditPage::applyFilter()
{
    m_searchDelay->stop();
    AuditQuery::Filter filter;
    filter.action = m_actionFilter->currentData().toString();
    filter.tokenName = m_tokenFilter->currentData().toString();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void AuditPage::verifyChain()
{
    if (m_verifier->isRunning())
        return;
    // The key and the head come from the keychain (quick); the walk over the file runs in a worker.
    const Result<AuditTrust> trust = console().workspace().auditTrust();
    if (!trust) {
        m_verifyLabel->showError(tr("Could not verify: %1").arg(trust.error().toDisplayString()));
        return;
    }
    if (!m_verifier->start(console().database().path(), trust.value()))
        return;
    m_verifyButton->setEnabled(false);
    m_verifyLabel->showNote(tr("Verifying\u2026"));
}

void AuditPage::showVerification(const Result<AuditVerification> &checked)
{
    m_verifyButton->setEnabled(true);
    if (!checked) {
        m_verifyLabel->showError(tr("Could not verify: %1").arg(checked.error().toDisplayString()));
        return;
    }
    const AuditVerification &v = checked.value();
    using Finding = AuditVerification::Finding;
    if (v.intact) {
        QString text = tr("Intact: %Ln entry(s) checked", nullptr, int(v.rowsChecked));
        if (v.legacyRows > 0)
            text += QLatin1Char(' ') + tr("(entries up to #%1 predate the audit key)").arg(v.lastLegacyId);
        m_verifyLabel->showSuccess(text);
    } else if (v.finding == Finding::TruncatedTail) {
        m_verifyLabel->showError(tr("Cut off: the log ends before entry #%1, the last one the keychain "
                                    "recorded: %2")
                                     .arg(QString::number(v.firstTamperedId), v.reason));
    } else if (v.finding == Finding::WrongKey) {
        m_verifyLabel->showError(tr("Wrong key: from entry #%1 on the log was sealed with another key than "
                                    "this keychain's: %2")
                                     .arg(QString::number(v.firstTamperedId), v.reason));
    } else {
        m_verifyLabel->showError(
            v.firstTamperedId > 0
                ? tr("Tampered at entry #%1: %2").arg(QString::number(v.firstTamperedId), v.reason)
                : tr("Tampered: %1").arg(v.reason));
    }
    Q_EMIT verificationShown();
}

bool AuditPage::isVerifying() const
{
    return m_verifier->isRunning();
}
