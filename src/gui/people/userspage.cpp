#include "userspage.h"

#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/writegate.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "registerusersdialog.h"
#include "retireusersdialog.h"
#include "usertablemodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <QVBoxLayout>
#include <limits>

namespace {

const int kSearchDelayMs = 150;

} // namespace

UsersPage::UsersPage(Console &console, QWidget *parent)
    : Page(console, tr("Users"), tr("Registered VPP users, their invitations and the licenses they hold."),
           QIcon(QStringLiteral(":/icons/users.svg")), parent)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new UserTableModel(console.database(), this);

    m_register = new QPushButton(tr("&Register Users…"), this);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_retire = new QPushButton(tr("R&etire…"), this);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_copyLink = new QPushButton(tr("Copy &Invitation Link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));

    m_tokenFilter = new QComboBox(this);
    m_tokenFilter->setObjectName(QStringLiteral("tokenFilter"));
    // Long token names are elided, not allowed to widen the page past a small screen.
    m_tokenFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenFilter->setMinimumContentsLength(14);
    m_tokenFilter->addItem(tr("All tokens"), QString());
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), QString());
    m_statusFilter->addItem(tr("Registered"), QStringLiteral("Registered"));
    m_statusFilter->addItem(tr("Associated"), QStringLiteral("Associated"));
    m_statusFilter->addItem(tr("Retired"), QStringLiteral("Retired"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Client user ID or e-mail starts with…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_tokenFilter);
    auto *statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(m_statusFilter);

    actionsLayout()->addWidget(m_register);
    actionsLayout()->addWidget(m_retire);
    actionsLayout()->addWidget(m_copyLink);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(m_search);
    // The filters on a row of their own: the page fits a 1024-pixel screen beside the navigation.
    auto *filters = new QHBoxLayout;
    filters->addWidget(tokenLabel);
    filters->addWidget(m_tokenFilter);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    bodyLayout()->addLayout(filters);

    m_message = new MessageLabel(this, QStringLiteral("messageLabel"));
    bodyLayout()->addWidget(m_message);

    QTableView *view = addTable(m_model, QStringLiteral("usersTable"));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(UserTableModel::ClientUserIdColumn, 150);
    view->setColumnWidth(UserTableModel::EmailColumn, 240);
    view->setColumnWidth(UserTableModel::StatusColumn, 100);
    view->setColumnWidth(UserTableModel::ManagedAppleIdColumn, 220);
    view->setColumnWidth(UserTableModel::TokenColumn, 150);
    view->setColumnWidth(UserTableModel::LicensesColumn, 70);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    bodyLayout()->addWidget(m_count);

    setTabOrder(m_register, m_retire);
    setTabOrder(m_retire, m_copyLink);
    setTabOrder(m_copyLink, m_tokenFilter);
    setTabOrder(m_tokenFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_search);
    setTabOrder(m_search, view);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applyFilter);
    connect(m_tokenFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);

    // The license count and the invitation are not orderable in the store: keep the previous order.
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this, view](int column, Qt::SortOrder order) {
                if (UserTableModel::isSortable(column) || column < 0) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                    return;
                }
                const QSignalBlocker blocker(view->horizontalHeader());
                view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
            });

    connect(m_register, &QPushButton::clicked, this, &UsersPage::openRegisterDialog);
    connect(m_retire, &QPushButton::clicked, this, &UsersPage::openRetireDialog);
    connect(m_copyLink, &QPushButton::clicked, this, &UsersPage::copyInvitationLink);
    followSelection(view, this, [this] { updateActions(); });
    onRowActivated(view, this, [this](const QModelIndex &index) {
        if (const QString id = index.data(UserTableModel::ClientUserIdRole).toString(); !id.isEmpty())
            Q_EMIT userRequested(id);
    });
    connect(m_model, &PagedTableModel::modelReset, this, &UsersPage::updateActions);
    connect(m_model, &PagedTableModel::reloaded, this, [this](qint64 rows) {
        m_count->setText(tr("%n user(s)", nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max()))));
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &error) {
        m_count->clear();
        showMessage(error, true);
    });
    connect(&console.writeGate(), &WriteGate::changed, this, &UsersPage::updateActions);

    const auto reloadIfLoaded = [this] {
        if (m_loaded)
            reload();
    };
    connect(&console, &Console::inventoryChanged, this, reloadIfLoaded);
    connect(&console, &Console::tokensChanged, this, reloadIfLoaded);
    updateActions();
}

void UsersPage::activate()
{
    if (!m_loaded)
        reload();
}

void UsersPage::reload()
{
    m_loaded = true;
    reloadTokens();
    applyFilter();
}

void UsersPage::reloadTokens()
{
    const QString current = m_tokenFilter->currentData().toString();
    const QSignalBlocker blocker(m_tokenFilter);
    m_tokenFilter->clear();
    m_tokenFilter->addItem(tr("All tokens"), QString());
    const auto tokens = console().workspace().tokens().list();
    if (tokens) {
        for (const TokenRecord &t : tokens.value())
            m_tokenFilter->addItem(t.name, t.id);
    }
    m_tokenFilter->setCurrentIndex(qMax(0, m_tokenFilter->findData(current)));
}

void UsersPage::applyFilter()
{
    m_searchDelay->stop();
    UserQuery::Filter filter;
    filter.tokenId = m_tokenFilter->currentData().toString();
    filter.status = m_statusFilter->currentData().toString();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void UsersPage::updateActions()
{
    const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Apple);
    const QModelIndexList rows =
        tableView()->selectionModel() ? tableView()->selectionModel()->selectedRows() : QModelIndexList();
    m_register->setEnabled(blocked.isEmpty());
    m_register->setToolTip(blocked.isEmpty() ? tr("Register new VPP users on a token (dry run first).")
                                             : blocked);
    m_retire->setEnabled(blocked.isEmpty() && !rows.isEmpty());
    m_retire->setToolTip(!blocked.isEmpty() ? blocked
                         : rows.isEmpty()   ? tr("Select the users to retire.")
                                            : tr("Retire the selected users (dry run first)."));
    m_copyLink->setEnabled(rows.size() == 1 && !m_copying);
    m_copyLink->setToolTip(tr("Copy the invitation link of the selected registered user to the clipboard."));
}

void UsersPage::openRegisterDialog()
{
    if (!console().writeGate().allows(WriteGate::Reach::Apple)) {
        showMessage(console().writeGate().blockedReason(WriteGate::Reach::Apple), true);
        return;
    }
    auto *dialog = new RegisterUsersDialog(console(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTokenId(m_tokenFilter->currentData().toString());
    connect(dialog, &RegisterUsersDialog::jobStarted, this, [this](qint64 jobId) {
        followJob(jobId, tr("Registration job %1 started: see Jobs for its progress.").arg(jobId));
        Q_EMIT jobStarted(jobId);
    });
    dialog->open();
}

void UsersPage::openRetireDialog()
{
    if (!console().writeGate().allows(WriteGate::Reach::Apple)) {
        showMessage(console().writeGate().blockedReason(WriteGate::Reach::Apple), true);
        return;
    }
    QList<RetireUsersDialog::Target> targets;
    for (const QModelIndex &index : tableView()->selectionModel()->selectedRows()) {
        const UserTableModel::UserRef user = m_model->userAt(index.row());
        if (user.isValid())
            targets.append({user.tokenId, user.clientUserId, user.status});
    }
    if (targets.isEmpty())
        return;
    auto *dialog = new RetireUsersDialog(console(), targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetireUsersDialog::jobStarted, this, [this](qint64 jobId) {
        followJob(jobId, tr("Retire job %1 started: see Jobs for its progress.").arg(jobId));
        Q_EMIT jobStarted(jobId);
    });
    dialog->open();
}

void UsersPage::copyInvitationLink()
{
    const QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const UserTableModel::UserRef user = m_model->userAt(rows.first().row());
    if (!user.isValid())
        return;
    if (user.status != QLatin1String("Registered")) {
        showMessage(
            tr("%1 is %2: only a registered user who has not joined yet has an invitation.")
                .arg(user.clientUserId,
                     m_model->index(rows.first().row(), UserTableModel::StatusColumn).data().toString()),
            true);
        return;
    }
    if (!console().isOnline()) {
        showMessage(tr("The invitation link needs Apple's service configuration: %1")
                        .arg(console().writeGate().blockedReason(WriteGate::Reach::Apple)),
                    true);
        return;
    }
    m_copying = true;
    updateActions();
    showMessage(tr("Getting the invitation link…"), false);
    QPointer<UsersPage> self(this);
    const QString clientUserId = user.clientUserId;
    console().jobs().invitationUrl(user.tokenId, clientUserId, [self, clientUserId](Result<QUrl> url) {
        if (!self)
            return;
        self->m_copying = false;
        self->updateActions();
        if (!url) {
            self->showMessage(url.error().toDisplayString(), true);
            return;
        }
        QGuiApplication::clipboard()->setText(url->toString());
        self->showMessage(tr("The invitation link of %1 is on the clipboard.").arg(clientUserId), false);
        Q_EMIT self->invitationLinkCopied(url.value());
    });
}

void UsersPage::followJob(qint64 jobId, const QString &startedText)
{
    m_followedJob = jobId;
    showMessage(startedText, false);
    if (m_followingJobs)
        return;
    m_followingJobs = true;
    connect(&console().jobs(), &JobController::jobFinished, this, [this](qint64 id, RecordState::Job state) {
        if (id != m_followedJob)
            return;
        m_followedJob = 0;
        const bool done = state == RecordState::Job::Done;
        QString outcome;
        switch (state) {
        case RecordState::Job::Done:
            outcome = tr("done");
            break;
        case RecordState::Job::Partial:
            outcome = tr("partly failed (see Jobs)");
            break;
        case RecordState::Job::Cancelled:
            outcome = tr("cancelled");
            break;
        case RecordState::Job::NeedsChecking:
            outcome = tr("needs checking (see Jobs)");
            break;
        default:
            outcome = tr("failed (see Jobs)");
            break;
        }
        showMessage(tr("Job %1 finished: %2.").arg(id).arg(outcome), !done);
        // A note of success goes after a while; an error stays until the next action.
        if (done)
            QTimer::singleShot(std::chrono::seconds(8), m_message, [this, id] {
                if (m_followedJob == 0 && m_message->text().startsWith(tr("Job %1 finished").arg(id)))
                    m_message->clearMessage();
            });
    });
}

void UsersPage::showMessage(const QString &text, bool error)
{
    if (error)
        m_message->showError(text);
    else
        m_message->showNote(text);
}
