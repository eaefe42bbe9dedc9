// Tests of MainWindow and the pieces it assembles (navigation, pages, search, status bar, banners, settings),
// driven as real widgets on the offscreen platform.
#include "app/attentionmonitor.h"
#include "app/console.h"
#include "app/preferencesdialog.h"
#include "app/proxysettingswidget.h"
#include "app/synccontroller.h"
#include "bannerbar.h"
#include "consolefixture.h"
#include "consolestatusbar.h"
#include "mainwindow.h"
#include "page.h"
#include "settings.h"
#include "simstate.h"
#include "vppsim.h"

#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QStringList expectedEntries = {u"Locations"_s,        u"Apps & Books"_s, u"Licenses"_s, u"Users"_s,
                                     u"Devices & Groups"_s, u"Jobs"_s,         u"History"_s,  u"Audit"_s,
                                     u"Reclaim"_s};
const QStringList expectedPageNames = {u"locationsPage"_s, u"assetsPage"_s,  u"licensesPage"_s,
                                       u"usersPage"_s,     u"devicesPage"_s, u"jobsPage"_s,
                                       u"historyPage"_s,   u"auditPage"_s,   u"reclaimPage"_s};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigationHasAllEntriesInOrder();
    void selectingAnEntryShowsItsPage();
    void shortcutsSwitchPages();
    void viewMenuListsEveryPage();
    void pagesShowTitleDescriptionAndColumns();
    void searchBoxInToolBar();
    void statusBarShowsConnectionAgeAndJobs();
    void bannersAddRemoveAndTriggerActions();
    void demoModeShowsInTitle();
    void geometryAndPageAreRestored();
    void iconsLoadFromResources();
    void germanAndFrenchTranslationsLoad_data();
    void germanAndFrenchTranslationsLoad();
    void bannersShowExpiringAndRevokedTokens();
    void workOfflineKeepsBrowsingAndDisablesWrites();
    void statusBarFollowsASyncAndCancelsIt();
    void preferencesChangeTheThreshold();
    void preferencesSetAProxy();

private:
    // A window on a console with the demo tokens added and synced (slower than the bare one of init()).
    std::unique_ptr<MainWindow> windowWithTokens(ConsoleFixture &fixture,
                                                 ConsoleFixture::Options options = {});

    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }
    QListWidget *navigation() const { return m_window->findChild<QListWidget *>(u"navigationList"_s); }
    QStackedWidget *pageStack() const { return m_window->findChild<QStackedWidget *>(u"pageStack"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QFile::remove(settingsPath());
    m_settings = std::make_unique<Settings>(settingsPath());
    // A console on an empty inventory: the shell's tests need no tokens.
    m_fixture = std::make_unique<ConsoleFixture>();
    ConsoleFixture::Options options;
    options.addTokens = false;
    QVERIFY2(m_fixture->start(options), qPrintable(m_fixture->errorString()));
    m_window = std::make_unique<MainWindow>(m_fixture->console(), *m_settings);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_fixture.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::windowWithTokens(ConsoleFixture &fixture,
                                                             ConsoleFixture::Options options)
{
    if (!fixture.start(options)) {
        qWarning("%s", qPrintable(fixture.errorString()));
        return {};
    }
    auto window = std::make_unique<MainWindow>(fixture.console(), *m_settings);
    window->attentionMonitor()->refresh();
    return window;
}

void TestMainWindow::navigationHasAllEntriesInOrder()
{
    QListWidget *list = navigation();
    QVERIFY(list);
    QCOMPARE(list->count(), expectedEntries.size());
    for (int i = 0; i < list->count(); ++i) {
        QCOMPARE(list->item(i)->text(), expectedEntries.at(i));
        QVERIFY(!list->item(i)->icon().isNull());
    }
    QCOMPARE(m_window->pageCount(), expectedEntries.size());
    QCOMPARE(pageStack()->count(), expectedEntries.size());
}

void TestMainWindow::selectingAnEntryShowsItsPage()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QListWidget *list = navigation();
    for (int i = list->count() - 1; i >= 0; --i) {
        const QRect rect = list->visualItemRect(list->item(i));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->currentPage(), i);
        QCOMPARE(pageStack()->currentWidget(), m_window->page(i));
        QCOMPARE(pageStack()->currentWidget()->objectName(), expectedPageNames.at(i));
    }
}

void TestMainWindow::shortcutsSwitchPages()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int i = int(expectedPageNames.size()) - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), i);
        QCOMPARE(navigation()->currentRow(), i);
        QCOMPARE(pageStack()->currentWidget()->objectName(), expectedPageNames.at(i));
    }
}

void TestMainWindow::viewMenuListsEveryPage()
{
    QStringList menuTitles;
    for (QAction *action : m_window->menuBar()->actions())
        menuTitles << action->text();
    QCOMPARE(menuTitles, (QStringList{u"&File"_s, u"&View"_s, u"&Licenses"_s, u"&Help"_s}));

    auto *viewMenu = m_window->findChild<QMenu *>(u"menuView"_s);
    QVERIFY(viewMenu);
    const QList<QAction *> actions = viewMenu->actions();
    QCOMPARE(actions.size(), expectedEntries.size());
    for (int i = 0; i < actions.size(); ++i) {
        // "&&" shows a plain "&" in a menu.
        QCOMPARE(actions.at(i)->text().replace(u"&&"_s, u"&"_s), expectedEntries.at(i));
        QCOMPARE(actions.at(i)->shortcut(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    actions.at(4)->trigger();
    QCOMPARE(m_window->currentPage(), 4);
    QVERIFY(actions.at(4)->isChecked());

    auto *fileMenu = m_window->findChild<QMenu *>(u"menuFile"_s);
    QStringList fileItems;
    for (QAction *action : fileMenu->actions())
        if (!action->isSeparator())
            fileItems << action->text();
    QCOMPARE(fileItems, (QStringList{u"&Export Table…"_s, u"&Report…"_s, u"&Sync All Locations"_s,
                                     u"Work &Offline"_s, u"&Preferences…"_s, u"&Quit"_s}));
    auto *helpMenu = m_window->findChild<QMenu *>(u"menuHelp"_s);
    QCOMPARE(helpMenu->actions().size(), 1);
    QCOMPARE(helpMenu->actions().first()->text(), u"&About VPP Desk"_s);

    QStringList fileActions;
    for (QAction *action : fileMenu->actions())
        if (!action->isSeparator())
            fileActions << action->objectName();
    QCOMPARE(fileActions, (QStringList{u"actionExport"_s, u"actionReport"_s, u"actionSyncAll"_s,
                                       u"actionWorkOffline"_s, u"actionPreferences"_s, u"actionQuit"_s}));
}

void TestMainWindow::pagesShowTitleDescriptionAndColumns()
{
    for (int i = 0; i < m_window->pageCount(); ++i) {
        Page *page = m_window->page(i);
        QCOMPARE(page->title(), expectedEntries.at(i));
        QCOMPARE(page->findChild<QLabel *>(u"pageTitle"_s)->text(), expectedEntries.at(i));
        QVERIFY(!page->findChild<QLabel *>(u"pageDescription"_s)->text().isEmpty());
        // Shown once, each page has its main table over a model with its columns.
        m_window->setCurrentPage(i);
        QVERIFY2(page->tableView(), qPrintable(page->objectName()));
        QAbstractItemModel *model = page->tableView()->model();
        QVERIFY(model);
        QVERIFY(model->columnCount() >= 3);
    }
}

void TestMainWindow::searchBoxInToolBar()
{
    QLineEdit *search = m_window->searchBox();
    QVERIFY(search);
    QCOMPARE(search->objectName(), u"globalSearch"_s);
    QCOMPARE(search->placeholderText(), u"Find a user, email or serial number…"_s);
    auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    QVERIFY(toolBar->isAncestorOf(search));

    QSignalSpy requested(m_window.get(), &MainWindow::searchRequested);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    search->setFocus();
    QTest::keyClicks(search, u"  C02XK1JHJGH5 "_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"C02XK1JHJGH5"_s);
}

void TestMainWindow::statusBarShowsConnectionAgeAndJobs()
{
    ConsoleStatusBar *bar = m_window->consoleStatusBar();
    QCOMPARE(static_cast<QStatusBar *>(bar), m_window->statusBar());
    auto *connection = bar->findChild<QLabel *>(u"connectionLabel"_s);
    auto *age = bar->findChild<QLabel *>(u"inventoryAgeLabel"_s);
    auto *progress = bar->findChild<QProgressBar *>(u"jobProgressBar"_s);
    QVERIFY(connection && age && progress);

    // The console starts online.
    QVERIFY(bar->isOnline());
    QVERIFY(connection->text().contains(u"Online"_s));
    bar->setOnline(false);
    QVERIFY(connection->text().contains(u"Offline"_s));

    QVERIFY(age->text().contains(u"never"_s));
    bar->setInventoryTime(QDateTime(QDate(2025, 3, 14), QTime(9, 30)));
    QVERIFY(age->text().startsWith(u"Inventory as of"_s));

    QVERIFY(progress->isHidden());
    bar->setJobProgress(u"Syncing Berlin"_s, 3, 10);
    QVERIFY(!progress->isHidden());
    QCOMPARE(progress->value(), 3);
    QCOMPARE(progress->maximum(), 10);
    bar->clearJobProgress();
    QVERIFY(progress->isHidden());
}

void TestMainWindow::bannersAddRemoveAndTriggerActions()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    BannerBar *banners = m_window->bannerBar();
    QVERIFY(banners);
    // The demo console shows its demo banner: start from an empty bar.
    banners->clear();
    QCOMPARE(banners->count(), 0);
    QVERIFY(!banners->isVisible());

    QSignalSpy triggered(banners, &BannerBar::actionTriggered);
    banners->addBanner(u"token-expiring"_s, BannerSeverity::Warning, u"The Berlin token expires in 7 days."_s,
                       u"Renew…"_s);
    banners->addBanner(u"offline"_s, BannerSeverity::Info, u"Offline: showing the stored inventory."_s);
    QCOMPARE(banners->count(), 2);
    QVERIFY(banners->isVisible());

    Banner *expiring = banners->banner(u"token-expiring"_s);
    QVERIFY(expiring);
    auto *button = expiring->findChild<QPushButton *>(u"bannerAction"_s);
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), u"Renew…"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(triggered.first().first().toString(), u"token-expiring"_s);

    auto *noAction = banners->banner(u"offline"_s)->findChild<QPushButton *>(u"bannerAction"_s);
    QVERIFY(!noAction->isVisible());

    // The same id updates in place instead of stacking a second banner.
    banners->addBanner(u"token-expiring"_s, BannerSeverity::Error, u"The Berlin token has expired."_s,
                       u"Renew…"_s);
    QCOMPARE(banners->count(), 2);
    QCOMPARE(expiring->severity(), BannerSeverity::Error);
    QCOMPARE(expiring->text(), u"The Berlin token has expired."_s);

    banners->removeBanner(u"token-expiring"_s);
    QCOMPARE(banners->count(), 1);
    QVERIFY(!banners->hasBanner(u"token-expiring"_s));
    banners->removeBanner(u"no-such-banner"_s);
    banners->removeBanner(u"offline"_s);
    QCOMPARE(banners->count(), 0);
    QVERIFY(!banners->isVisible());
}

void TestMainWindow::demoModeShowsInTitle()
{
    QVERIFY(!m_window->windowTitle().contains(u"Demo"_s));
    // The console knows it runs on the simulator and says so in a banner.
    QVERIFY(m_window->bannerBar()->hasBanner(u"demo"_s) || (m_window->attentionMonitor()->refresh(), true));
    QTRY_VERIFY(m_window->bannerBar()->hasBanner(u"demo"_s));
    m_window->setDemoMode(true);
    QVERIFY(m_window->isDemoMode());
    QVERIFY(m_window->windowTitle().contains(u"Demo"_s));
    QVERIFY(m_window->windowTitle().contains(u"VPP Desk"_s));
}

void TestMainWindow::geometryAndPageAreRestored()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(1230, 710);
    m_window->setCurrentPage(5);
    QTRY_COMPARE(m_window->size(), QSize(1230, 710));
    QVERIFY(m_window->close());
    m_window.reset();
    m_settings.reset();

    Settings reread(settingsPath());
    QVERIFY(!reread.mainWindowGeometry().isEmpty());
    QVERIFY(!reread.mainWindowState().isEmpty());
    MainWindow restored(m_fixture->console(), reread);
    QCOMPARE(restored.size(), QSize(1230, 710));
    QCOMPARE(restored.currentPage(), 5);
    QCOMPARE(restored.findChild<QListWidget *>(u"navigationList"_s)->currentRow(), 5);
}

void TestMainWindow::iconsLoadFromResources()
{
    const QStringList names = {u"vppdesk"_s, u"locations"_s, u"assets"_s,  u"licenses"_s, u"users"_s,
                               u"devices"_s, u"jobs"_s,      u"history"_s, u"audit"_s,    u"search"_s,
                               u"info"_s,    u"warning"_s,   u"error"_s};
    for (const QString &name : names) {
        const QIcon icon(u":/icons/"_s + name + u".svg"_s);
        // A null pixmap here means the SVG is broken or the SVG icon engine is missing.
        QVERIFY2(!icon.pixmap(48, 48).isNull(), qPrintable(name));
    }
}

void TestMainWindow::germanAndFrenchTranslationsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("placeholder");
    QTest::newRow("de") << u"de"_s << QStringList{u"Standorte"_s,        u"Apps & Bücher"_s,
                                                  u"Lizenzen"_s,         u"Benutzer"_s,
                                                  u"Geräte & Gruppen"_s, u"Aufträge"_s,
                                                  u"Verlauf"_s,          u"Audit"_s,
                                                  u"Rückholen"_s}
                        << u"Benutzer, E-Mail-Adresse oder Seriennummer suchen…"_s;
    QTest::newRow("fr") << u"fr"_s << QStringList{u"Sites"_s,
                                                  u"Apps et livres"_s,
                                                  u"Licences"_s,
                                                  u"Utilisateurs"_s,
                                                  u"Appareils et groupes"_s,
                                                  u"Tâches"_s,
                                                  u"Historique"_s,
                                                  u"Audit"_s,
                                                  u"Récupération"_s}
                        << u"Rechercher un utilisateur, une adresse e-mail ou un numéro de série…"_s;
}

void TestMainWindow::germanAndFrenchTranslationsLoad()
{
    QFETCH(QString, language);
    QFETCH(QStringList, entries);
    QFETCH(QString, placeholder);

    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), u"vppdesk"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    Settings settings(m_dir.filePath(u"translated.ini"_s));
    MainWindow window(m_fixture->console(), settings);
    QCoreApplication::removeTranslator(&translator);

    QListWidget *list = window.findChild<QListWidget *>(u"navigationList"_s);
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text();
    QCOMPARE(shown, entries);
    QCOMPARE(window.searchBox()->placeholderText(), placeholder);
    QVERIFY(window.findChild<QMenu *>(u"menuFile"_s)->title() != u"&File"_s);
}

void TestMainWindow::bannersShowExpiringAndRevokedTokens()
{
    ConsoleFixture fixture;
    auto window = windowWithTokens(fixture);
    QVERIFY(window);
    BannerBar *banners = window->bannerBar();
    // Austin Field Team's token expires in 20 days: a notice that offers the update.
    const QString austin = u"token:"_s + fixture.tokenId(2);
    QTRY_VERIFY(banners->hasBanner(austin));
    QVERIFY(banners->banner(austin)->text().contains(fixture.tokenName(2)));
    // 19 or 20 whole days depending on the time of day ("day(s)" without the English plural forms).
    static const QRegularExpression inDays(u"Expires in (19|20) day"_s);
    QVERIFY2(banners->banner(austin)->text().contains(inDays), qPrintable(banners->banner(austin)->text()));
    QCOMPARE(banners->banner(austin)->actionText(), u"Update Token…"_s);
    const QString london = u"token:"_s + fixture.tokenId(0);
    QVERIFY(!banners->hasBanner(london));

    // London's token is revoked in the portal: the next check says so, as an error.
    fixture.session().inSim([](VppSim &sim) {
        for (SimToken *token : sim.state().tokensOfLocation(0))
            token->revoked = true;
    });
    bool refreshed = false;
    fixture.console().tokenManager().refresh([&](auto) {
        fixture.console().notifyTokensChanged();
        refreshed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed, 15000);
    QTRY_VERIFY(banners->hasBanner(london));
    QCOMPARE(banners->banner(london)->severity(), BannerSeverity::Error);
    QVERIFY(banners->banner(london)->text().contains(u"revoked"_s, Qt::CaseInsensitive));

    // Its action opens the Locations page and asks for the update of that token.
    QSignalSpy asked(window.get(), &MainWindow::tokenActionRequested);
    window->setCurrentPage(3);
    emit banners->actionTriggered(london);
    QCOMPARE(window->currentPage(), 0);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toInt(), int(Attention::Action::UpdateToken));
    QCOMPARE(asked.first().at(1).toString(), fixture.tokenId(0));

    // The demo's app with 2 of 50 licenses left is low at the default 10 %.
    QTRY_VERIFY(banners->hasBanner(u"low-assets"_s));
    QVERIFY(banners->banner(u"low-assets"_s)->text().contains(u"2 of 50"_s));
}

void TestMainWindow::workOfflineKeepsBrowsingAndDisablesWrites()
{
    ConsoleFixture fixture;
    auto window = windowWithTokens(fixture);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *connection = window->consoleStatusBar()->findChild<QLabel *>(u"connectionLabel"_s);
    QVERIFY(connection->text().contains(u"Online"_s));
    auto *age = window->consoleStatusBar()->findChild<QLabel *>(u"inventoryAgeLabel"_s);
    QVERIFY(age->text().startsWith(u"Inventory as of"_s));

    window->workOfflineAction()->trigger();
    QVERIFY(fixture.console().isWorkingOffline());
    QVERIFY(connection->text().contains(u"Offline"_s));
    QVERIFY(!window->syncAllAction()->isEnabled());
    QTRY_VERIFY(window->bannerBar()->hasBanner(u"offline"_s));
    QVERIFY(!fixture.console().canWrite());
    // The stored inventory still shows, stamped with its age.
    QVERIFY(age->text().startsWith(u"Inventory as of"_s));
    for (int i = 0; i < window->pageCount(); ++i) {
        window->setCurrentPage(i);
        QVERIFY(window->page(i)->tableView());
    }
    window->setCurrentPage(1);
    QTRY_VERIFY(window->page(1)->tableView()->model()->rowCount() > 0);

    // The banner's action goes back online.
    emit window->bannerBar()->actionTriggered(u"offline"_s);
    QVERIFY(!fixture.console().isWorkingOffline());
    QVERIFY(!window->workOfflineAction()->isChecked());
    QTRY_VERIFY(!window->bannerBar()->hasBanner(u"offline"_s));
}

void TestMainWindow::statusBarFollowsASyncAndCancelsIt()
{
    ConsoleFixture fixture;
    ConsoleFixture::Options options;
    options.syncTokens = false;
    options.latencyMs = 150;
    auto window = windowWithTokens(fixture, options);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *progress = window->consoleStatusBar()->findChild<QProgressBar *>(u"jobProgressBar"_s);
    auto *label = window->consoleStatusBar()->findChild<QLabel *>(u"jobLabel"_s);
    auto *cancel = window->consoleStatusBar()->findChild<QToolButton *>(u"cancelButton"_s);
    QVERIFY(progress && label && cancel);
    QVERIFY(progress->isHidden());

    QSignalSpy finished(&fixture.console().sync(), &SyncController::runFinished);
    window->syncAllAction()->trigger();
    // Every location syncs at once: one bar for the pages of all of them.
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"3 locations"_s) && progress->maximum() > 0, 10000);
    QVERIFY(!progress->isHidden());
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.console().sync().isBusy(), 15000);
    // Every run ended cancelled.
    QCOMPARE(finished.count(), 3);
    for (const auto &args : std::as_const(finished))
        QCOMPARE(args.first().value<SyncReport>().outcome, SyncReport::Outcome::Cancelled);
    QTRY_VERIFY(progress->isHidden());
}

void TestMainWindow::preferencesChangeTheThreshold()
{
    PreferencesDialog dialog(m_fixture->console(), *m_settings, m_window.get());
    QCOMPARE(dialog.thresholdBox()->value(), Console::defaultLowLicenseThresholdPct);
    QCOMPARE(dialog.pollIntervalBox()->value(), 30);
    dialog.thresholdBox()->setValue(20);
    dialog.pollIntervalBox()->setValue(45);
    dialog.automaticSyncBox()->setChecked(false);
    dialog.databasePathEdit()->setText(m_dir.filePath(u"elsewhere.sqlite"_s));
    dialog.apply();
    QCOMPARE(m_fixture->console().lowLicenseThresholdPct(), 20);
    QCOMPARE(m_settings->jobPollIntervalSeconds(), 45);
    QVERIFY(!m_settings->automaticSync());
    QVERIFY(!m_fixture->console().sync().isAutomatic());
    QCOMPARE(m_settings->databasePath(), m_dir.filePath(u"elsewhere.sqlite"_s));
}

void TestMainWindow::preferencesSetAProxy()
{
    PreferencesDialog dialog(m_fixture->console(), *m_settings, m_window.get());
    ProxySettingsWidget *proxy = dialog.proxySettings();
    // The Network section keeps the dialog on a 1024x700 screen.
    QVERIFY2(dialog.sizeHint().height() <= 640 && dialog.sizeHint().width() <= 1000,
             qPrintable(u"%1x%2"_s.arg(dialog.sizeHint().width()).arg(dialog.sizeHint().height())));
    QCOMPARE(proxy->config().mode(), ProxyConfig::Mode::System);
    QVERIFY(!proxy->addressEdit()->isEnabled());
    proxy->modeBox()->setCurrentIndex(proxy->modeBox()->findData(int(ProxyConfig::Mode::Manual)));
    QVERIFY(proxy->addressEdit()->isEnabled());
    proxy->addressEdit()->setText(u"proxy.example.com:3128/path"_s);
    QVERIFY(!proxy->isValid());
    const auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    proxy->addressEdit()->setText(u"proxy.example.com:3128"_s);
    proxy->userEdit()->setText(u"alice"_s);
    proxy->passwordEdit()->setText(u"s3cret"_s);
    QVERIFY(ok->isEnabled());
    dialog.apply();
    QCOMPARE(m_settings->proxy(), u"http://alice@proxy.example.com:3128"_s);
    QVERIFY(!m_settings->proxy().contains(u"s3cret"_s));
    // The console reads the password of the chosen proxy from the keychain (the demo's is in memory).
    Console &console = m_fixture->console();
    const ProxyConfig chosen = ProxyConfig::fromSetting(m_settings->proxy());
    QVERIFY(console.workspace().vault().writeBlocking(chosen.keychainKey(), u"s3cret"_s));
    console.applyProxy(chosen);
    QTRY_VERIFY(console.workspace().proxy().hasPassword());
    QCOMPARE(console.workspace().proxy().url(), chosen.url());
    console.applyProxy(ProxyConfig::none());
    PreferencesDialog again(m_fixture->console(), *m_settings, m_window.get());
    QCOMPARE(again.proxySettings()->addressEdit()->text(), u"proxy.example.com:3128"_s);
    QCOMPARE(again.proxySettings()->userEdit()->text(), u"alice"_s);
    QVERIFY(again.proxySettings()->passwordEdit()->text().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
