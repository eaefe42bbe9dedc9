// The console driven as a person drives it, on the demo organization: rows clicked with the mouse on
// their visual rect, keys pressed, real buttons clicked. A click enables the actions of every page,
// Enter and a double-click open an asset, a user, a job; Tab leaves the tables and reaches the sidebar;
// at 1024x700 the main window and its dialogs keep their main actions in sight and enabled.
#include "app/attentionmonitor.h"
#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/preferencesdialog.h"
#include "assets/assetdetaildialog.h"
#include "banner.h"
#include "bannerbar.h"
#include "consolefixture.h"
#include "core/licensing/licenserequest.h"
#include "focusringstyle.h"
#include "licensing/licenseoperationdialog.h"
#include "locations/tokendialog.h"
#include "mainwindow.h"
#include "page.h"
#include "persondriver.h"
#include "records/holdingsview.h"
#include "settings.h"
#include "simlocation.h"
#include "simstate.h"
#include "vppsim.h"

#include "core/common/result.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAsAPerson : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    Page *showPage(const QString &name) { return PersonDriver::showPage(m_window.get(), name); }
    template<typename T>
    T *child(QWidget *parent, const QString &name) const
    {
        return parent->findChild<T *>(name);
    }

    // Shrinks `window` to at most `screen` and names what does not fit: the window itself when it cannot
    // be that small, or a push button outside its rect (one in a scroll area may scroll into sight).
    static QString fitProblem(QWidget *window, const QSize &screen)
    {
        window->resize(window->size().boundedTo(screen));
        QCoreApplication::processEvents();
        if (window->width() > screen.width() || window->height() > screen.height())
            return u"%1 is %2x%3"_s.arg(window->objectName()).arg(window->width()).arg(window->height());
        for (QPushButton *b : window->findChildren<QPushButton *>()) {
            if (b->window() != window || !b->isVisibleTo(window))
                continue;
            bool scrolls = false;
            for (QWidget *p = b->parentWidget(); p && p != window; p = p->parentWidget())
                scrolls = scrolls || p->objectName() == u"qt_scrollarea_viewport"_s;
            const QRect r(b->mapTo(window, QPoint(0, 0)), b->size());
            if (!scrolls && !window->rect().contains(r))
                return u"%1 of %2 is off-window at %3,%4"_s.arg(b->text(), window->objectName())
                    .arg(r.right())
                    .arg(r.bottom());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(new FocusRingStyle); // as vppdesk draws
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    }
    void init()
    {
        m_window = PersonDriver::openWindow(m_fixture.console(), *m_settings);
        QVERIFY(m_window);
    }
    void cleanup() { PersonDriver::closeAll(m_window); }

    void aClickEnablesTheAssetActions()
    {
        Page *page = showPage(u"assets"_s);
        QVERIFY(page);
        QTableView *view = page->tableView();
        QVERIFY(PersonDriver::waitForRows(view));
        const QStringList names = {u"detailsButton"_s, u"assignButton"_s, u"unassignButton"_s,
                                   u"thresholdButton"_s};
        for (const QString &name : names)
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), qPrintable(name));
        PersonDriver::clickRow(view, 0);
        for (const QString &name : names)
            QVERIFY2(child<QPushButton>(page, name)->isEnabled(), qPrintable(name));
        // A Ctrl+click that deselects the row disables them again.
        PersonDriver::clickRow(view, 0, Qt::ControlModifier);
        for (const QString &name : names)
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), qPrintable(name));
    }

    void enterAndDoubleClickOpenAnAsset()
    {
        Page *page = showPage(u"assets"_s);
        QTableView *view = page->tableView();
        QVERIFY(PersonDriver::waitForRows(view));
        PersonDriver::clickRow(view, 1);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(page->findChild<AssetDetailDialog *>() &&
                    page->findChild<AssetDetailDialog *>()->isVisible());
        page->findChild<AssetDetailDialog *>()->close();
        QTRY_VERIFY(!page->findChild<AssetDetailDialog *>());
        PersonDriver::doubleClickRow(view, 2);
        QTRY_VERIFY(page->findChild<AssetDetailDialog *>());
        page->findChild<AssetDetailDialog *>()->close();
    }

    void aClickEnablesTheOtherPagesActions()
    {
        // Locations: Update, Edit, Remove, Sync follow the clicked row.
        Page *locations = showPage(u"locations"_s);
        QVERIFY(PersonDriver::waitForRows(locations->tableView()));
        locations->tableView()->clearSelection();
        QVERIFY(!child<QPushButton>(locations, u"editButton"_s)->isEnabled());
        PersonDriver::clickRow(locations->tableView(), 0);
        QVERIFY(child<QPushButton>(locations, u"editButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(locations, u"syncButton"_s)->isEnabled());

        // Users: Retire and Copy Link follow the clicked row; Enter shows the user's licenses.
        Page *users = showPage(u"users"_s);
        QVERIFY(PersonDriver::waitForRows(users->tableView()));
        auto *retire = child<QPushButton>(users, u"retireButton"_s);
        QVERIFY(!retire->isEnabled());
        PersonDriver::clickRow(users->tableView(), 0);
        QVERIFY(retire->isEnabled());
        QTest::keyClick(users->tableView(), Qt::Key_Enter);
        QTRY_VERIFY(m_window->holdingsView() && m_window->holdingsView()->isVisible());
        m_window->holdingsView()->close();
    }

    void aClickShowsAJobAndEnterOpensIt()
    {
        // A job: Ledgerly for a London user (one who holds it already completes too).
        LicenseRequest request;
        request.kind = LicenseRequest::Kind::Assign;
        request.tokenId = m_fixture.tokenId(ConsoleFixture::London);
        request.assets = {{u"1302558810"_s, u"STDQ"_s}};
        request.clientUserIds = {u"ff-emp-10001"_s};
        const auto plan = m_fixture.console().jobs().plan(request);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toDisplayString()));
        bool started = false;
        m_fixture.console().jobs().start(plan.value(), [&](Result<qint64>) { started = true; });
        QTRY_VERIFY(started);

        Page *jobs = showPage(u"jobs"_s);
        QVERIFY(jobs);
        QTRY_VERIFY(jobs->tableView()->model()->rowCount() > 0);
        m_window->activateWindow();
        PersonDriver::clickRow(jobs->tableView(), 0);
        QTRY_VERIFY(jobs->tableView()->hasFocus());
        QTest::keyClick(jobs->tableView(), Qt::Key_Return);
        auto *tabs = child<QTabWidget>(jobs, u"jobDetailTabs"_s);
        QVERIFY(tabs->currentWidget()->hasFocus());
        QVERIFY(!jobs->tableView()->hasFocus());
    }

    void offlineTheBannersUpdateFollowsTheToolbars()
    {
        m_window->attentionMonitor()->refresh();
        const QString austin = u"token:"_s + m_fixture.tokenId(ConsoleFixture::Austin);
        QTRY_VERIFY(m_window->bannerBar()->hasBanner(austin));
        Page *locations = showPage(u"locations"_s);
        QVERIFY(PersonDriver::waitForRows(locations->tableView()));
        PersonDriver::clickRow(locations->tableView(), 0);
        auto *update = child<QPushButton>(locations, u"updateButton"_s);
        QVERIFY(update->isEnabled());

        m_fixture.console().setWorkOffline(true);
        QPushButton *bannerUpdate = nullptr;
        QTRY_VERIFY((bannerUpdate = m_window->bannerBar()->banner(austin)->actionButton()) &&
                    !bannerUpdate->isEnabled());
        QVERIFY(!update->isEnabled());
        QCOMPARE(bannerUpdate->toolTip(), update->toolTip());
        QTest::mouseClick(bannerUpdate, Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(!PersonDriver::topLevel<TokenDialog>());
        // Local edits stay possible offline.
        QVERIFY(child<QPushButton>(locations, u"editButton"_s)->isEnabled());

        m_fixture.console().setWorkOffline(false);
        QTRY_VERIFY(m_window->bannerBar()->banner(austin)->actionButton()->isEnabled());
        QVERIFY(update->isEnabled());
    }

    void aReadOnlyConsoleAllowsNoWriteAtAll()
    {
        Console readOnly;
        Console::Options options;
        options.databasePath = m_fixture.session().databasePath();
        options.memoryVault = true;
        options.demo = true;
        options.automaticSync = false;
        options.serviceUrl = QUrl(m_fixture.session().v2Url());
        options.readOnly = true;
        options.readOnlyReason = u"another VPP Desk (pid 4242) has it open"_s;
        const Result<void> opened = readOnly.open(options);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toDisplayString()));
        MainWindow window(readOnly, *m_settings);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Page *locations = PersonDriver::showPage(&window, u"locations"_s);
        QVERIFY(PersonDriver::waitForRows(locations->tableView()));
        PersonDriver::clickRow(locations->tableView(), 0);
        for (const QString &name :
             {u"addButton"_s, u"updateButton"_s, u"editButton"_s, u"removeButton"_s, u"syncButton"_s}) {
            auto *button = child<QPushButton>(locations, name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(u"read-only"_s), qPrintable(button->toolTip()));
        }
        Page *assets = PersonDriver::showPage(&window, u"assets"_s);
        QVERIFY(PersonDriver::waitForRows(assets->tableView()));
        PersonDriver::clickRow(assets->tableView(), 0);
        QVERIFY(child<QPushButton>(assets, u"detailsButton"_s)->isEnabled()); // looking is fine
        QVERIFY(!child<QPushButton>(assets, u"thresholdButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(assets, u"assignButton"_s)->isEnabled());
        Page *devices = PersonDriver::showPage(&window, u"devices"_s);
        QVERIFY(!child<QPushButton>(devices, u"importButton"_s)->isEnabled());
    }

    void renewingTheExpiringAustinTokenClearsItsBanner()
    {
        // Austin Field Team's token expires in 20 days: its banner offers Update Token….
        m_window->attentionMonitor()->refresh();
        const QString austin = u"token:"_s + m_fixture.tokenId(ConsoleFixture::Austin);
        QTRY_VERIFY(m_window->bannerBar()->hasBanner(austin));
        Banner *banner = m_window->bannerBar()->banner(austin);
        QTest::mouseClick(banner->findChild<QPushButton *>(u"bannerAction"_s), Qt::LeftButton);
        TokenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = PersonDriver::topLevel<TokenDialog>()) ||
                    (dialog = m_window->findChild<TokenDialog *>()));
        QCOMPARE(dialog->mode(), TokenDialog::Mode::Update);
        // Replace Anyway… only shows for a file of another location.
        QVERIFY(!dialog->findChild<QPushButton *>(u"replaceAnywayButton"_s)->isVisible());
        // Demo mode offers the demo organization's files; Austin's own is renewed for a year.
        QPushButton *demoFiles = dialog->demoTokenButton();
        QVERIFY(demoFiles && demoFiles->isVisible() && demoFiles->isEnabled());
        QTest::mouseClick(demoFiles, Qt::LeftButton);
        QVERIFY(PersonDriver::clickMenuEntry(u"demoTokenMenu"_s, u"Austin Field Team: a renewed file"_s));
        QTRY_COMPARE(dialog->findChild<QLabel *>(u"locationValue"_s)->text(), u"Austin Field Team"_s);
        // The dialog deletes itself when it closes: watch it through a guarded pointer.
        const QPointer<TokenDialog> open(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 15000);
        m_window->attentionMonitor()->refresh();
        QTRY_VERIFY(!m_window->bannerBar()->hasBanner(austin));
    }

    void anOverAssignedAssetIsShownAndFiltered()
    {
        // London takes back 5 licenses of Ledgerly (2 of 50 left): 3 more are assigned than owned.
        m_fixture.session().inSim([](VppSim &sim) {
            SimLocation *london = sim.state().location(ConsoleFixture::London);
            london->changeLicenseCount(london->findAsset(u"1302558810"_s, u"STDQ"_s), -5);
        });
        QVERIFY(m_fixture.syncAll()); // a sync takes the negative count as it is
        m_window->attentionMonitor()->refresh();
        QTRY_VERIFY(m_window->bannerBar()->hasBanner(u"over-assigned-assets"_s));
        Banner *banner = m_window->bannerBar()->banner(u"over-assigned-assets"_s);
        QVERIFY2(banner->text().startsWith(u"1 app or book over-assigned"_s) ||
                     banner->text().startsWith(u"1 app(s) or book(s) over-assigned"_s),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"3 more assigned than owned"_s));
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), 1);
        Page *assets = showPage(u"assets"_s);
        QVERIFY(child<QCheckBox>(assets, u"overAssignedCheck"_s)->isChecked());
        QTRY_COMPARE(assets->tableView()->model()->rowCount(), 1);

        // The filter box: unticked shows them all again, ticked by a click only the over-assigned one.
        auto *over = child<QCheckBox>(assets, u"overAssignedCheck"_s);
        QTest::mouseClick(over, Qt::LeftButton);
        QVERIFY(assets->tableView()->model()->rowCount() > 1);
        QTest::mouseClick(over, Qt::LeftButton);
        QCOMPARE(assets->tableView()->model()->rowCount(), 1);
        QTest::mouseClick(over, Qt::LeftButton);

        // Back to normal for the other tests.
        m_fixture.session().inSim([](VppSim &sim) {
            SimLocation *london = sim.state().location(ConsoleFixture::London);
            london->changeLicenseCount(london->findAsset(u"1302558810"_s, u"STDQ"_s), 5);
        });
        QVERIFY(m_fixture.syncAll());
    }

    void everyPageFitsA1024x700Screen()
    {
        const QSize screen(1024, 700);
        // What asks for more than the screen has, named in the failure.
        QStringList wide;
        for (int i = 0; i < m_window->pageCount(); ++i)
            wide.append(m_window->page(i)->objectName() + u' ' +
                        QString::number(m_window->page(i)->minimumSizeHint().width()));
        for (QWidget *w : {static_cast<QWidget *>(m_window->statusBar()), m_window->menuWidget()})
            wide.append(w->objectName() + u' ' + QString::number(w->minimumSizeHint().width()));
        QVERIFY2(
            m_window->minimumSizeHint().width() <= screen.width(),
            qPrintable(QString::number(m_window->minimumSizeHint().width()) + u": "_s + wide.join(u", "_s)));
        for (int i = 0; i < m_window->pageCount(); ++i) {
            m_window->setCurrentPage(i);
            const QString problem = fitProblem(m_window.get(), screen);
            QVERIFY2(problem.isEmpty(), qPrintable(m_window->page(i)->objectName() + u": "_s + problem));
            QWidget *status = m_window->statusBar();
            QVERIFY(
                m_window->rect().contains(QRect(status->mapTo(m_window.get(), QPoint()), status->size())));
        }
        // Apps & Books: the counts and the utilisation are in sight at once.
        Page *assets = showPage(u"assets"_s);
        QVERIFY(PersonDriver::waitForRows(assets->tableView()));
        QTableView *view = assets->tableView();
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            const int left = view->columnViewportPosition(column);
            QVERIFY2(left >= 0 && left + view->columnWidth(column) <= view->viewport()->width() + 1,
                     qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
        }
        // The main actions are there and work after a click on a row.
        PersonDriver::clickRow(view, 0);
        for (const QString &name : {u"detailsButton"_s, u"assignButton"_s})
            QVERIFY2(child<QPushButton>(assets, name)->isEnabled(), qPrintable(name));
    }

    void everyDialogFitsA1024x700Screen()
    {
        const QSize screen(1024, 700);
        // Assign, from a clicked asset: the list of apps shows several rows.
        Page *assets = showPage(u"assets"_s);
        QVERIFY(PersonDriver::waitForRows(assets->tableView()));
        PersonDriver::clickRow(assets->tableView(), 0);
        QTest::mouseClick(child<QPushButton>(assets, u"assignButton"_s), Qt::LeftButton);
        LicenseOperationDialog *assign = nullptr;
        QTRY_VERIFY((assign = PersonDriver::topLevel<LicenseOperationDialog>()));
        QVERIFY2(fitProblem(assign, screen).isEmpty(), qPrintable(fitProblem(assign, screen)));
        auto *assetView = assign->findChild<QTableView *>(u"assetView"_s);
        QVERIFY2(assetView->viewport()->height() >= 5 * assetView->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(assetView->viewport()->height())));
        QVERIFY(assign->findChild<QPushButton *>(u"reviewButton"_s)->isEnabled());
        assign->close();

        // Details of the clicked asset.
        QTest::mouseClick(child<QPushButton>(assets, u"detailsButton"_s), Qt::LeftButton);
        AssetDetailDialog *details = nullptr;
        QTRY_VERIFY((details = PersonDriver::topLevel<AssetDetailDialog>()));
        QVERIFY2(fitProblem(details, screen).isEmpty(), qPrintable(fitProblem(details, screen)));
        details->close();

        // Add Token.
        Page *locations = showPage(u"locations"_s);
        QTest::mouseClick(child<QPushButton>(locations, u"addButton"_s), Qt::LeftButton);
        TokenDialog *token = nullptr;
        QTRY_VERIFY((token = PersonDriver::topLevel<TokenDialog>()));
        QVERIFY2(fitProblem(token, screen).isEmpty(), qPrintable(fitProblem(token, screen)));
        QVERIFY(token->findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
        token->close();

        // Import CSV.
        Page *devices = showPage(u"devices"_s);
        QTest::mouseClick(child<QPushButton>(devices, u"importButton"_s), Qt::LeftButton);
        QDialog *import = nullptr;
        QTRY_VERIFY((import = PersonDriver::topLevelNamed<QDialog>(u"importCsvDialog"_s)));
        QVERIFY2(fitProblem(import, screen).isEmpty(), qPrintable(fitProblem(import, screen)));
        import->close();

        // Preferences (modal: built as the menu builds it).
        PreferencesDialog preferences(m_fixture.console(), *m_settings, m_window.get());
        preferences.setObjectName(u"preferencesDialog"_s);
        preferences.show();
        QVERIFY2(fitProblem(&preferences, screen).isEmpty(), qPrintable(fitProblem(&preferences, screen)));
    }

    void horizontalScrollBarsStartAtTheLeft()
    {
        // A table wider than its view: at the start, the scroll bar's handle is at its left end.
        QVERIFY(m_fixture.session().importInventory(m_fixture.console()));
        Page *devices = showPage(u"devices"_s);
        QTableView *view = devices->tableView();
        QVERIFY(PersonDriver::waitForRows(view));
        QScrollBar *bar = view->horizontalScrollBar();
        bar->setValue(bar->minimum());
        QCOMPARE(bar->layoutDirection(), Qt::LeftToRight);
        QVERIFY(!bar->invertedAppearance());
        if (bar->maximum() == 0)
            QSKIP("the table fits its view");
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.orientation = Qt::Horizontal;
        option.state |= QStyle::State_Horizontal;
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.sliderPosition = bar->sliderPosition();
        option.sliderValue = bar->value();
        option.singleStep = bar->singleStep();
        option.pageStep = bar->pageStep();
        option.upsideDown = bar->invertedAppearance();
        const QRect handle =
            bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, bar);
        QVERIFY2(handle.left() < bar->width() / 3, qPrintable(QString::number(handle.left())));
        // And it is drawn so that it reads as the handle: in the palette's mid colour, at the left.
        const QImage image = bar->grab().toImage();
        const QRgb mid = bar->palette().color(QPalette::Mid).rgb();
        const int y = image.height() / 2;
        auto midPixels = [&](int from, int to) {
            int n = 0;
            for (int x = from; x < to; ++x)
                n += image.pixel(x, y) == mid ? 1 : 0;
            return n;
        };
        const int third = image.width() / 3;
        QVERIFY2(midPixels(0, third) > midPixels(2 * third, image.width()),
                 qPrintable(u"%1 vs %2"_s.arg(midPixels(0, third)).arg(midPixels(2 * third, image.width()))));
    }

    void aReturningUsersEarlierRecordSaysSo()
    {
        // ff-emp-10006 left London and came back: two records, the earlier one retired.
        Page *users = showPage(u"users"_s);
        auto *search = child<QLineEdit>(users, u"searchEdit"_s);
        search->setFocus();
        QTest::keyClicks(search, u"ff-emp-10006"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QAbstractItemModel *model = users->tableView()->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QStringList statuses, counts;
        for (int row = 0; row < 2; ++row) {
            statuses.append(model->index(row, 2).data().toString());
            counts.append(model->index(row, 5).data().toString());
        }
        QVERIFY2(statuses.contains(u"Retired (earlier record)"_s), qPrintable(statuses.join(u", "_s)));
        QVERIFY2(counts.contains(u"on active row"_s) && !counts.contains(QString()),
                 qPrintable(counts.join(u", "_s)));
        search->clear();
    }

    void preferencesSayWhatTheyDo()
    {
        PreferencesDialog preferences(m_fixture.console(), *m_settings, m_window.get());
        preferences.show();
        auto *label = preferences.findChild<QLabel *>(u"databaseLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->buddy(), preferences.findChild<QLineEdit *>(u"databasePath"_s));
        auto *note = preferences.findChild<QLabel *>(u"automaticSyncNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"Manual only"_s),
                 qPrintable(note->text())); // no token has an interval
        auto *path = preferences.findChild<QLineEdit *>(u"databasePath"_s);
        const QString shown = path->text().isEmpty() ? path->placeholderText() : path->text();
        QVERIFY(path->width() >= qMin(560, path->fontMetrics().horizontalAdvance(shown)));
    }

    void tabLeavesTablesAndReachesTheSidebar()
    {
        Page *page = showPage(u"assets"_s);
        QTableView *view = page->tableView();
        QVERIFY(PersonDriver::waitForRows(view));
        m_window->activateWindow();
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY2(!view->hasFocus(), "Tab stays in the table");

        // The sidebar is reached by Tab from somewhere in the window.
        auto *sidebar = m_window->findChild<QListWidget *>(u"navigationList"_s);
        QVERIFY(sidebar->focusPolicy() & Qt::TabFocus);
        bool reached = false;
        for (int i = 0; i < 60 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = sidebar->hasFocus();
        }
        QVERIFY2(reached, "Tab never reaches the sidebar");
        // Arrow keys in the sidebar change the page.
        const int before = m_window->currentPage();
        QTest::keyClick(sidebar, before + 1 < m_window->pageCount() ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(m_window->currentPage() != before);
    }
};

QTEST_MAIN(TestAsAPerson)
#include "tst_asaperson.moc"
