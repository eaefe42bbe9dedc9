#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "app/attentionmonitor.h"
#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/preferencesdialog.h"
#include "app/synccontroller.h"
#include "app/writegate.h"
#include "assets/assetspage.h"
#include "assets/licensespage.h"
#include "bannerbar.h"
#include "consolestatusbar.h"
#include "licensing/jobspage.h"
#include "licensing/licenseoperationdialog.h"
#include "locations/locationspage.h"
#include "locations/tokentablemodel.h"
#include "people/devicespage.h"
#include "people/userspage.h"
#include "records/auditpage.h"
#include "records/historypage.h"
#include "records/holdingsview.h"
#include "reports/reclaimpage.h"
#include "reports/reportactions.h"
#include "screenfit.h"
#include "settings.h"

#include "core/common/buildinfo.h"
#include "core/store/tokenstore.h"
#include "core/workspace/workspace.h"

#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>

#include <QCloseEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QWidget>
#include <algorithm>
#include <climits>

MainWindow::MainWindow(Console &console, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_console(console)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // The pages take the room a window gains; the navigation keeps its narrow width.
    m_ui->centralLayout->setStretch(m_ui->centralLayout->indexOf(m_ui->contentLayout), 1);
    m_ui->navigationList->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    m_statusBar = new ConsoleStatusBar(this);
    setStatusBar(m_statusBar);
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    // The order here is the order of the navigation, the View menu and the Ctrl+1..9 shortcuts.
    const QList<Page *> pages = {
        new LocationsPage(console, this), new AssetsPage(console, this),  new LicensesPage(console, this),
        new UsersPage(console, this),     new DevicesPage(console, this), new JobsPage(console, this),
        new HistoryPage(console, this),   new AuditPage(console, this),   new ReclaimPage(console, this)};
    for (Page *page : pages)
        addPage(page);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentPage);
    setUpReports();
    setUpSearchBox();
    setUpMenus();
    connectConsole();
    connectAreas();
    updateWindowTitle();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDemoMode(bool demo)
{
    m_demoMode = demo;
    updateWindowTitle();
}

int MainWindow::currentPage() const
{
    return m_ui->pageStack->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_ui->pageStack->setCurrentIndex(index);
    m_pages.at(index)->activate();
    m_ui->navigationList->setCurrentRow(index);
    m_pageActions->actions().at(index)->setChecked(true);
    if (Page *page = m_pages.at(index); m_reports)
        m_reports->setTable(page->tableView(), page->objectName().remove(QStringLiteral("Page")));
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < pageCount(); ++i) {
        if (m_pages.at(i)->objectName() == name + QStringLiteral("Page")) {
            setCurrentPage(i);
            return true;
        }
    }
    return false;
}

void MainWindow::focusPageTable()
{
    auto *page = qobject_cast<Page *>(m_ui->pageStack->currentWidget());
    if (page && page->tableView())
        page->tableView()->setFocus(Qt::OtherFocusReason);
}

BannerBar *MainWindow::bannerBar() const
{
    return m_ui->bannerBar;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(Page *page)
{
    const int index = m_ui->pageStack->addWidget(page);
    m_pages.append(page);

    auto *item = new QListWidgetItem(page->icon(), page->title(), m_ui->navigationList);
    item->setSizeHint(QSize(0, 36));
    item->setToolTip(page->description());

    // "&" in a title ("Apps & Books") would turn into a mnemonic in the menu.
    QAction *action =
        m_pageActions->addAction(page->icon(), QString(page->title()).replace(u'&', QStringLiteral("&&")));
    action->setCheckable(true);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { setCurrentPage(index); });
}

void MainWindow::setUpReports()
{
    // File > Export and File > Report, also on the toolbar of every page.
    m_reports = new ReportActions(m_console, this);
    m_ui->menuFile->insertAction(m_ui->actionPreferences, m_reports->exportAction());
    m_ui->menuFile->insertAction(m_ui->actionPreferences, m_reports->reportAction());
    m_ui->menuFile->insertSeparator(m_ui->actionPreferences);
    m_ui->mainToolBar->addAction(m_reports->exportAction());
    m_ui->mainToolBar->addAction(m_reports->reportAction());
    connect(m_reports, &ReportActions::statusMessage, this,
            [this](const QString &text) { m_statusBar->showMessage(text, 10000); });
}

void MainWindow::setUpSearchBox()
{
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("globalSearch"));
    m_searchBox->setPlaceholderText(tr("Find a user, email or serial number…"));
    m_searchBox->setAccessibleName(tr("Search"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(280);
    m_searchBox->setMaximumWidth(420);
    m_searchBox->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_searchBox, &QLineEdit::returnPressed, this,
            [this] { emit searchRequested(m_searchBox->text().trimmed()); });

    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    addAction(focusSearch);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_searchBox);
    m_ui->mainToolBar->setContentsMargins(4, 2, 8, 2);
}

void MainWindow::setUpMenus()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_syncAllAction = new QAction(tr("&Sync All Locations"), this);
    m_syncAllAction->setObjectName(QStringLiteral("actionSyncAll"));
    m_syncAllAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAllAction, &QAction::triggered, this, [this] { m_console.sync().syncAll(); });
    m_workOfflineAction = new QAction(tr("Work &Offline"), this);
    m_workOfflineAction->setObjectName(QStringLiteral("actionWorkOffline"));
    m_workOfflineAction->setCheckable(true);
    m_workOfflineAction->setToolTip(tr("Browse the stored inventory without contacting Apple"));
    connect(m_workOfflineAction, &QAction::toggled, this,
            [this](bool offline) { m_console.setWorkOffline(offline); });
    m_ui->menuFile->insertAction(m_ui->actionPreferences, m_syncAllAction);
    m_ui->menuFile->insertAction(m_ui->actionPreferences, m_workOfflineAction);
    m_ui->menuFile->insertSeparator(m_ui->actionPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->menuView->addActions(m_pageActions->actions());
}

void MainWindow::connectAreas()
{
    auto *locations = qobject_cast<LocationsPage *>(m_pages.at(0));
    auto *assets = qobject_cast<AssetsPage *>(m_pages.at(1));
    connect(this, &MainWindow::tokenActionRequested, locations,
            [locations](int action, const QString &tokenId) {
                locations->activate();
                locations->selectToken(tokenId);
                switch (Attention::Action(action)) {
                case Attention::Action::UpdateToken:
                    locations->updateToken();
                    break;
                case Attention::Action::TakeOver:
                    locations->takeOver();
                    break;
                case Attention::Action::RemoveToken:
                    locations->removeToken();
                    break;
                default:
                    break;
                }
            });
    connect(this, &MainWindow::lowAssetsRequested, assets, [assets] { assets->showLowOnly(); });
    connect(assets, &AssetsPage::assignRequested, this,
            [this](const QString &tokenId, const QString &adamId, const QString &pricingParam) {
                openLicenseDialog(int(LicenseOperationDialog::Mode::Assign), tokenId, adamId, pricingParam);
            });
    connect(assets, &AssetsPage::unassignRequested, this,
            [this](const QString &tokenId, const QString &adamId, const QString &pricingParam,
                   const QStringList &users, const QStringList &serials) {
                openLicenseDialog(int(LicenseOperationDialog::Mode::Unassign), tokenId, adamId, pricingParam,
                                  users, serials);
            });
    connect(this, &MainWindow::searchRequested, this, &MainWindow::showHoldings);
    auto *licenses = qobject_cast<LicensesPage *>(m_pages.at(2));
    connect(licenses, &LicensesPage::unassignRequested, this,
            [this](const QString &tokenId, const QList<AssetRef> &chosen, const QStringList &users,
                   const QStringList &serials) {
                LicenseOperationDialog *dialog = openLicenseDialog(
                    int(LicenseOperationDialog::Mode::Unassign), tokenId, {}, {}, users, serials);
                for (const AssetRef &asset : chosen)
                    dialog->setPreselection(tokenId, asset.adamId, asset.pricingParam);
            });
    connect(licenses, &LicensesPage::revokeRequested, this,
            [this](const QString &tokenId, const QStringList &users, const QStringList &serials) {
                openLicenseDialog(int(LicenseOperationDialog::Mode::Revoke), tokenId, {}, {}, users, serials);
            });
    connect(licenses, &LicensesPage::holderRequested, this, &MainWindow::showHoldings);
    connect(licenses, &LicensesPage::assetRequested, this, &MainWindow::showAsset);
    connect(qobject_cast<UsersPage *>(m_pages.at(3)), &UsersPage::userRequested, this,
            &MainWindow::showHoldings);
    for (Page *page : std::as_const(m_pages))
        if (auto *reclaim = qobject_cast<ReclaimPage *>(page))
            connect(reclaim, &ReclaimPage::revokeRequested, this,
                    [this](const QString &tokenId, const QStringList &users, const QStringList &serials) {
                        openLicenseDialog(int(LicenseOperationDialog::Mode::Revoke), tokenId, {}, {}, users,
                                          serials);
                    });
    setUpLicenseMenu();
}

void MainWindow::setUpLicenseMenu()
{
    QMenu *menu = new QMenu(tr("&Licenses"), this);
    menu->setObjectName(QStringLiteral("menuLicenses"));
    const std::pair<QString, LicenseOperationDialog::Mode> entries[] = {
        {tr("&Assign Licenses…"), LicenseOperationDialog::Mode::Assign},
        {tr("&Unassign Licenses…"), LicenseOperationDialog::Mode::Unassign},
        {tr("&Revoke All Licenses of…"), LicenseOperationDialog::Mode::Revoke},
    };
    for (const auto &[text, mode] : entries) {
        QAction *action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, mode = mode] { openLicenseDialog(int(mode)); });
    }
    menu->actions().at(0)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), menu);
}

LicenseOperationDialog *MainWindow::openLicenseDialog(int mode, const QString &tokenId, const QString &adamId,
                                                      const QString &pricingParam, const QStringList &users,
                                                      const QStringList &serials)
{
    auto *dialog = new LicenseOperationDialog(m_console, LicenseOperationDialog::Mode(mode), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!tokenId.isEmpty())
        dialog->setPreselection(tokenId, adamId, pricingParam);
    if (!users.isEmpty() || !serials.isEmpty())
        dialog->setTargets(users, serials);
    dialog->show();
    return dialog;
}

void MainWindow::showHoldings(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_holdings) {
        m_holdings = new HoldingsView(m_console, this);
        connect(m_holdings, &HoldingsView::assetRequested, this, &MainWindow::showAsset);
    }
    m_holdings->search(text);
    m_holdings->show();
    m_holdings->raise();
    m_holdings->activateWindow();
}

void MainWindow::showAsset(const QString &tokenId, const QString &adamId, const QString &pricingParam)
{
    setCurrentPage(1);
    auto *assets = qobject_cast<AssetsPage *>(m_pages.at(1));
    if (assets->selectAsset(tokenId, adamId, pricingParam))
        assets->openDetails();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_console, m_settings, this);
    dialog.exec();
}

void MainWindow::connectConsole()
{
    m_attention = new AttentionMonitor(m_console, this);
    connect(m_attention, &AttentionMonitor::changed, this, &MainWindow::updateBanners);
    connect(bannerBar(), &BannerBar::actionTriggered, this, &MainWindow::bannerAction);

    m_statusBar->setOnline(m_console.isOnline());
    // Sync All is also how a console that lost Apple tries again: only working offline or read-only stop it.
    m_syncAllAction->setEnabled(!m_console.isWorkingOffline() && !m_console.isReadOnly());
    connect(&m_console, &Console::onlineChanged, this, [this](bool online) {
        m_statusBar->setOnline(online);
        const QSignalBlocker blocker(m_workOfflineAction);
        m_workOfflineAction->setChecked(m_console.isWorkingOffline());
        m_syncAllAction->setEnabled(!m_console.isWorkingOffline() && !m_console.isReadOnly());
    });
    connect(&m_console.writeGate(), &WriteGate::changed, this, &MainWindow::updateBanners);
    connect(&m_console, &Console::tokensChanged, this, &MainWindow::updateInventoryAge);

    SyncController &sync = m_console.sync();
    connect(&sync, &SyncController::progressChanged, this, &MainWindow::updateProgress);
    connect(&sync, &SyncController::busyChanged, this, &MainWindow::updateProgress);
    connect(&sync, &SyncController::runFinished, this, [this](const SyncReport &report) {
        m_statusBar->showMessage(
            report.isOk() ? report.summary()
                          : tr("Sync of %1: %2")
                                .arg(report.tokenName, report.outcome == SyncReport::Outcome::Cancelled
                                                           ? tr("cancelled")
                                                           : report.error.toDisplayString()),
            10000);
        updateProgress();
    });
    connect(m_statusBar, &ConsoleStatusBar::cancelRequested, this, [this] { m_console.sync().cancel(); });

    JobController &jobs = m_console.jobs();
    connect(&jobs, &JobController::jobStarted, this, [this](qint64 jobId) {
        m_jobProgress.insert(jobId, {0, 0});
        updateProgress();
    });
    connect(&jobs, &JobController::jobProgress, this,
            [this](qint64 jobId, int, int, qint64 completed, qint64 requested) {
                m_jobProgress.insert(jobId, {completed, requested});
                updateProgress();
            });
    connect(&jobs, &JobController::jobFinished, this, [this](qint64 jobId, RecordState::Job state) {
        m_jobProgress.remove(jobId);
        m_statusBar->showMessage(tr("Job %1 ended: %2").arg(jobId).arg(RecordState::label(state)), 10000);
        updateProgress();
    });

    m_attention->refresh();
    updateInventoryAge();
    updateProgress();
}

std::optional<WriteGate::Reach> MainWindow::writeReachOf(int action)
{
    switch (Attention::Action(action)) {
    case Attention::Action::UpdateToken:
    case Attention::Action::TakeOver:
        return WriteGate::Reach::Apple;
    case Attention::Action::RemoveToken:
        return WriteGate::Reach::Local;
    default:
        return std::nullopt; // showing, going online, trying again: not writes
    }
}

void MainWindow::updateBanners()
{
    BannerBar *bar = bannerBar();
    const QList<Attention> items = m_attention->items();
    QSet<QString> shown;
    for (const Attention &item : items) {
        bar->addBanner(item.id, item.severity, item.text, item.actionText);
        // A banner's write action follows the same rule as the page's button.
        const std::optional<WriteGate::Reach> reach = writeReachOf(int(item.action));
        const QString blocked = reach ? m_console.writeGate().blockedReason(*reach) : QString();
        bar->banner(item.id)->setActionEnabled(blocked.isEmpty(), blocked);
        shown.insert(item.id);
    }
    const QStringList ids = bar->ids();
    for (const QString &id : ids)
        if (!shown.contains(id))
            bar->removeBanner(id);
}

void MainWindow::bannerAction(const QString &id)
{
    const QList<Attention> items = m_attention->items();
    const auto found =
        std::find_if(items.cbegin(), items.cend(), [&](const Attention &a) { return a.id == id; });
    if (found == items.cend())
        return;
    if (const std::optional<WriteGate::Reach> reach = writeReachOf(int(found->action));
        reach && !m_console.writeGate().allows(*reach))
        return;
    switch (found->action) {
    case Attention::Action::None:
        break;
    case Attention::Action::UpdateToken:
    case Attention::Action::TakeOver:
    case Attention::Action::RemoveToken:
        setCurrentPage(0);
        emit tokenActionRequested(int(found->action), found->tokenId);
        break;
    case Attention::Action::ShowLowAssets:
        setCurrentPage(1);
        emit lowAssetsRequested();
        break;
    case Attention::Action::ShowOverAssignedAssets:
        setCurrentPage(1);
        qobject_cast<AssetsPage *>(m_pages.at(1))->showOverAssignedOnly();
        break;
    case Attention::Action::GoOnline:
        m_console.setWorkOffline(false);
        break;
    case Attention::Action::SyncAll:
        m_console.reportReachable(true);
        m_console.sync().syncAll();
        break;
    }
}

void MainWindow::updateProgress()
{
    const QList<SyncController::RunState> runs = m_console.sync().runs();
    if (runs.size() == 1) {
        const SyncController::RunState &current = runs.constFirst();
        const QString phase = TokenTableModel::phaseText(current.phase);
        const QString text = current.pagesKnown > 0 ? tr("Syncing %1: %2 (%3 of %4 pages)")
                                                          .arg(current.tokenName, phase)
                                                          .arg(current.pagesDone)
                                                          .arg(current.pagesKnown)
                                                    : tr("Syncing %1: %2").arg(current.tokenName, phase);
        m_statusBar->setJobProgress(text, current.pagesDone, current.pagesKnown);
        m_statusBar->setCancellable(true);
        return;
    }
    if (!runs.isEmpty()) {
        // Every location at once: one bar for the pages of all of them.
        int done = 0;
        int known = 0;
        for (const SyncController::RunState &run : runs) {
            done += run.pagesDone;
            known += run.pagesKnown;
        }
        m_statusBar->setJobProgress(
            tr("Syncing %n location(s): %1 of %2 pages", nullptr, int(runs.size())).arg(done).arg(known),
            done, known);
        m_statusBar->setCancellable(true);
        return;
    }
    if (!m_jobProgress.isEmpty()) {
        qint64 completed = 0;
        qint64 requested = 0;
        for (const auto &[done, total] : std::as_const(m_jobProgress)) {
            completed += done;
            requested += total;
        }
        m_statusBar->setJobProgress(tr("%n job(s) running: %1 of %2 done", nullptr, int(m_jobProgress.size()))
                                        .arg(completed)
                                        .arg(requested),
                                    int(qMin<qint64>(completed, INT_MAX)),
                                    int(qMin<qint64>(requested, INT_MAX)));
        m_statusBar->setCancellable(false);
        return;
    }
    if (m_console.sync().isBusy()) {
        m_statusBar->setJobProgress(tr("Sync queued…"), 0, 0);
        m_statusBar->setCancellable(true);
        return;
    }
    m_statusBar->clearJobProgress();
}

void MainWindow::updateInventoryAge()
{
    // The inventory is as old as its least recently synced location.
    const auto tokens = m_console.workspace().tokens().list();
    QDateTime oldest;
    bool never = false;
    if (tokens) {
        for (const TokenRecord &token : tokens.value()) {
            if (!token.lastSyncAt.isValid())
                never = true;
            else if (!oldest.isValid() || token.lastSyncAt < oldest)
                oldest = token.lastSyncAt;
        }
    }
    m_statusBar->setInventoryTime(never ? QDateTime() : oldest.toLocalTime());
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_demoMode ? tr("VPP Desk — Demo") : tr("VPP Desk"));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // The first time: as large as the design wants, but never larger than the screen.
        ScreenFit::resize(this, QSize(1180, 740));
    }
    restoreState(m_settings.mainWindowState());
    setCurrentPage(qBound(0, m_settings.currentPage(), pageCount() - 1));
}

void MainWindow::saveWindowState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setCurrentPage(currentPage());
    m_settings.sync();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VPP Desk"),
                       tr("<h3>VPP Desk %1</h3>"
                          "<p>An admin console for Apple's Apps and Books licensing (VPP): content tokens, "
                          "apps and books, licenses, users and devices, across every location.</p>"
                          "<p>Commit %2<br>Qt %3 (built with %4)<br>QtKeychain %5</p>")
                           .arg(QCoreApplication::applicationVersion(), BuildInfo::gitCommit(),
                                BuildInfo::qtRuntimeVersion(), BuildInfo::qtBuildVersion(),
                                BuildInfo::keychainVersion()));
}
