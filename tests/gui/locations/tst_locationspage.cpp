// LocationsPage and TokenTableModel on a ConsoleFixture: the table shows the three demo tokens
// with their status, expiry and last sync; a sync shows its progress live and Cancel ends it as
// Cancelled; Remove and Take over ask first (through the confirm hook) and then act; write buttons
// are disabled with the reason while offline; double click opens Edit; QAbstractItemModelTester
// watches the model through reloads and syncs.
#include "app/synccontroller.h"
#include "consolefixture.h"
#include "core/i18n/pluraltranslator.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"
#include "locations/locationspage.h"
#include "locations/tokendialog.h"
#include "locations/tokentablemodel.h"

#include "simstate.h"
#include "vppsim.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using enum ConsoleFixture::DemoLocation;

class TestLocationsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<LocationsPage> m_page;
    QStringList m_asked;
    bool m_answer = true;

    bool start(bool sync = true, int latencyMs = 0)
    {
        ConsoleFixture::Options options;
        options.syncTokens = sync;
        options.latencyMs = latencyMs;
        m_fixture = ConsoleFixture::started(options);
        if (!m_fixture)
            return false;
        m_page = std::make_unique<LocationsPage>(m_fixture->console());
        m_page->setConfirmHook([this](const QString &, const QString &text) {
            m_asked << text;
            return m_answer;
        });
        m_page->resize(1200, 500);
        m_page->show();
        m_page->activate();
        return true;
    }
    Console &console() { return m_fixture->console(); }
    TokenTableModel *model() { return m_page->tokenModel(); }
    QPushButton *button(const QString &name) { return m_page->findChild<QPushButton *>(name); }
    int row(int location) { return model()->rowOf(m_fixture->tokenId(location)); }
    QString cell(int location, int column) { return model()->index(row(location), column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("%n day(s)" -> "19 days"), as the application installs them.
        QVERIFY(PluralTranslator::install(*QCoreApplication::instance()));
        qRegisterMetaType<TokenDialog *>();
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
        m_asked.clear();
        m_answer = true;
    }

    void tableShowsTheDemoTokens()
    {
        QVERIFY(start());
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(m_page->tableView()->model()->rowCount(), 3);
        for (int location : {London, Berlin, Austin}) {
            QVERIFY(row(location) >= 0);
            QCOMPARE(cell(location, TokenTableModel::NameColumn), m_fixture->tokenName(location));
            QCOMPARE(cell(location, TokenTableModel::LocationColumn), m_fixture->tokenName(location));
            QVERIFY(cell(location, TokenTableModel::LastSyncColumn) != u"Never"_s);
            QCOMPARE(cell(location, TokenTableModel::SyncColumn), u"Succeeded"_s);
        }
        QCOMPARE(cell(London, TokenTableModel::CountryColumn), u"GB"_s);
        QCOMPARE(cell(Berlin, TokenTableModel::CountryColumn), u"DE"_s);
        QCOMPARE(cell(Austin, TokenTableModel::CountryColumn), u"US"_s);
        QCOMPARE(cell(London, TokenTableModel::StatusColumn), u"Active"_s);
        // Austin's token was issued for 20 days: whole days left, rounded down as TokenHealth counts them.
        QCOMPARE(cell(Austin, TokenTableModel::StatusColumn), u"Expiring"_s);
        const QString days = cell(Austin, TokenTableModel::ExpiryColumn);
        QVERIFY2(days == u"19 days"_s || days == u"20 days"_s, qPrintable(days));
        QVERIFY(cell(Austin, TokenTableModel::ReasonColumn).startsWith(u"Expires in"_s));
        const QString tip =
            model()->index(row(Austin), TokenTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Update"_s), qPrintable(tip)); // the advice too
        QVERIFY(
            !model()->index(row(Austin), TokenTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
        // Sorting by expiry puts Austin first.
        m_page->tableView()->sortByColumn(TokenTableModel::ExpiryColumn, Qt::AscendingOrder);
        QCOMPARE(m_page->tableView()->model()->index(0, 0).data().toString(), m_fixture->tokenName(Austin));
    }

    void syncShowsProgressAndCancelEndsCancelled()
    {
        QVERIFY(start(false, 200));
        const QString london = m_fixture->tokenId(London);
        QVERIFY(!button(u"cancelSyncButton"_s)->isEnabled());
        m_page->selectToken(london);
        QCOMPARE(m_page->selectedTokenId(), london);
        QVERIFY(button(u"syncButton"_s)->isEnabled());
        QTest::mouseClick(button(u"syncButton"_s), Qt::LeftButton);
        QVERIFY(console().sync().isBusy());
        QVERIFY(button(u"cancelSyncButton"_s)->isEnabled());
        // The phase, then pages, show in the row while the run goes on.
        QTRY_VERIFY_WITH_TIMEOUT(cell(London, TokenTableModel::SyncColumn).startsWith(u"Syncing"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(London, TokenTableModel::SyncColumn).contains(u"page"_s), 10000);
        QVERIFY(console().sync().isSyncing(london));

        QTest::mouseClick(button(u"cancelSyncButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!console().sync().isBusy(), 15000);
        const auto report = console().sync().lastReport(london);
        QVERIFY(report);
        QCOMPARE(report->outcome, SyncReport::Outcome::Cancelled);
        QCOMPARE(cell(London, TokenTableModel::SyncColumn), u"Cancelled"_s);
        QCOMPARE(cell(London, TokenTableModel::LastSyncColumn), u"Never"_s); // nothing was committed
        QVERIFY(!button(u"cancelSyncButton"_s)->isEnabled());
        QCOMPARE(m_page->selectedTokenId(), london); // the selection survives the reloads
    }

    void syncAllQueuesTheOthers()
    {
        QVERIFY(start(false));
        QTest::mouseClick(button(u"syncAllButton"_s), Qt::LeftButton);
        int queued = 0;
        for (int location : {London, Berlin, Austin})
            queued += cell(location, TokenTableModel::SyncColumn) == u"Queued"_s ? 1 : 0;
        QVERIFY2(queued >= 2, qPrintable(QString::number(queued)));
        QTRY_VERIFY_WITH_TIMEOUT(!console().sync().isBusy(), 60000);
        for (int location : {London, Berlin, Austin})
            QCOMPARE(cell(location, TokenTableModel::SyncColumn), u"Succeeded"_s);
    }

    void removeAsksThenRemoves()
    {
        QVERIFY(start(false));
        m_page->selectToken(m_fixture->tokenId(Berlin));
        m_answer = false;
        QTest::mouseClick(button(u"removeButton"_s), Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.constFirst().contains(u"local inventory of Berlin Office"_s));
        QVERIFY(m_asked.constFirst().contains(u"Apple keeps"_s));
        QCOMPARE(model()->rowCount(), 3);

        m_answer = true;
        QTest::mouseClick(button(u"removeButton"_s), Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(m_fixture->tokenId(Berlin).isEmpty());
        QVERIFY(m_page->message().contains(u"removed"_s));
        QVERIFY(m_page->selectedTokenId().isEmpty());
        QVERIFY(!button(u"removeButton"_s)->isEnabled());
    }

    void takeOverShowsTheOwnerAndAsks()
    {
        QVERIFY(start(false));
        // Another MDM claims London at Apple; the next check sees it.
        m_fixture->session().inSim([](VppSim &sim) {
            sim.state().location(London)->mdmInfo = {u"other-mdm-id"_s, u"Other MDM"_s, u"mdm.example.com"_s};
        });
        bool refreshed = false;
        console().tokenManager().refresh([&](const Result<QList<TokenStatus>> &) { refreshed = true; });
        QTRY_VERIFY(refreshed);
        console().notifyTokensChanged();
        QCOMPARE(cell(London, TokenTableModel::StatusColumn),
                 TokenHealth::statusLabel(TokenHealth::Status::OwnedElsewhere));
        QCOMPARE(cell(London, TokenTableModel::ManagedByColumn), u"Other MDM"_s);

        m_page->selectToken(m_fixture->tokenId(London));
        QVERIFY(button(u"takeOverButton"_s)->isEnabled());
        m_answer = false;
        QTest::mouseClick(button(u"takeOverButton"_s), Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.constFirst().contains(
                     u"managed by \u201cOther MDM\u201d (id other-mdm-id, mdm.example.com)"_s),
                 qPrintable(m_asked.constFirst()));
        QVERIFY(m_asked.constFirst().contains(console().workspace().mdmInfo().id));
        QCOMPARE(console().tokenManager().find(m_fixture->tokenName(London))->mdmInfoId, u"other-mdm-id"_s);

        m_answer = true;
        QTest::mouseClick(button(u"takeOverButton"_s), Qt::LeftButton);
        QTRY_COMPARE(console().tokenManager().find(m_fixture->tokenName(London))->mdmInfoId,
                     console().workspace().mdmInfo().id);
        QTRY_COMPARE(cell(London, TokenTableModel::StatusColumn), u"Active"_s);
        QCOMPARE(cell(London, TokenTableModel::ManagedByColumn), u"This console"_s);
        QVERIFY(m_page->message().contains(u"now manages London HQ"_s));
        QVERIFY(!button(u"takeOverButton"_s)->isEnabled()); // ours now
    }

    void writeButtonsAreDisabledOffline()
    {
        QVERIFY(start(false));
        m_page->selectToken(m_fixture->tokenId(London));
        QVERIFY(button(u"addButton"_s)->isEnabled());
        console().setWorkOffline(true);
        const QString reason = console().writeBlockedReason();
        QVERIFY(!reason.isEmpty());
        for (const QString &name :
             {u"addButton"_s, u"updateButton"_s, u"syncButton"_s, u"syncAllButton"_s, u"takeOverButton"_s}) {
            QVERIFY2(!button(name)->isEnabled(), qPrintable(name));
            QCOMPARE(button(name)->toolTip(), reason);
        }
        // Local changes stay possible.
        QVERIFY(button(u"editButton"_s)->isEnabled());
        QVERIFY(button(u"removeButton"_s)->isEnabled());
        console().setWorkOffline(false);
        QVERIFY(button(u"addButton"_s)->isEnabled());
    }

    void doubleClickOpensEdit()
    {
        QVERIFY(start(false));
        QSignalSpy opened(m_page.get(), &LocationsPage::dialogOpened);
        QTableView *view = m_page->tableView();
        const QModelIndex index = view->model()->index(0, TokenTableModel::NameColumn);
        const QPoint center = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(opened.count(), 1);
        auto *dialog = opened.constFirst().constFirst().value<TokenDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), TokenDialog::Mode::Edit);
        QVERIFY(dialog->windowTitle().contains(index.data().toString()));
        dialog->reject();
    }

    void modelPassesTheTester()
    {
        QVERIFY(start(false));
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model()->reload();
        QVERIFY(m_fixture->syncAll());
        console().notifyTokensChanged();
        bool removed = false;
        console().tokenManager().remove(m_fixture->tokenName(Austin), [&](const auto &) { removed = true; });
        QTRY_VERIFY(removed);
        console().notifyTokensChanged();
        QCOMPARE(model()->rowCount(), 2);
        TokenTableModel fresh(console());
        QAbstractItemModelTester freshTester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(fresh.rowCount(), 0); // not loaded yet
        fresh.reload();
        QCOMPARE(fresh.rowCount(), 2);
    }
};

QTEST_MAIN(TestLocationsPage)
#include "tst_locationspage.moc"
