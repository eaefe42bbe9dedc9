// HistoryPage: after the fixture's first sync there is one run per demo token, each OK, listed
// newest first with a token filter; a sync after a license was assigned behind the client's back
// shows "+1" in its new run and the change row of that license; a first sync says how many changes
// it did not keep. Every model passes QAbstractItemModelTester.
#include "app/console.h"
#include "app/demosession.h"
#include "consolefixture.h"
#include "core/apple/appleerror.h"
#include "core/store/synchistory.h"
#include "core/sync/failurerecord.h"
#include "records/historypage.h"
#include "records/syncchangemodel.h"
#include "records/syncrunmodel.h"
#include "simlocation.h"
#include "simstate.h"
#include "simsupport.h"
#include "vppsim.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;

    // A History page with a tester on each of its models, activated.
    struct TestedPage
    {
        explicit TestedPage(Console &console)
            : page(console)
            , runTester(page.runModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
            , changeTester(page.changeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            page.activate();
        }

        HistoryPage page;
        QAbstractItemModelTester runTester;
        QAbstractItemModelTester changeTester;
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void oneOkRunPerToken()
    {
        TestedPage tested(m_fixture.console());
        HistoryPage &page = tested.page;
        const SyncRunModel *runs = page.runModel();
        QCOMPARE(runs->rowCount(), 3);
        QCOMPARE(runs->columnCount(), int(SyncRunModel::ColumnCount));
        QStringList tokens;
        for (int row = 0; row < runs->rowCount(); ++row) {
            tokens.append(ConsoleFixture::cell(runs, row, SyncRunModel::TokenColumn));
            QCOMPARE(ConsoleFixture::cell(runs, row, 0, SyncRunModel::OutcomeKeyRole), u"ok"_s);
            QCOMPARE(ConsoleFixture::cell(runs, row, SyncRunModel::OutcomeColumn),
                     RecordState::label(RecordState::SyncRun::Ok));
            QVERIFY(runs->data(runs->index(row, SyncRunModel::OutcomeColumn), Qt::ForegroundRole).isValid());
            QVERIFY(runs->runIdAt(row) > 0);
            if (row > 0) // newest first
                QVERIFY(runs->runIdAt(row) < runs->runIdAt(row - 1));
            QVERIFY(ConsoleFixture::cell(runs, row, SyncRunModel::AssignmentsColumn).toLongLong() > 0 ||
                    ConsoleFixture::cell(runs, row, SyncRunModel::AssetsColumn) != u"0");
        }
        tokens.sort();
        QStringList expected{m_fixture.tokenName(0), m_fixture.tokenName(1), m_fixture.tokenName(2)};
        expected.sort();
        QCOMPARE(tokens, expected);

        // A first sync keeps no change rows: the page says how many it did not keep.
        const auto *notKept = page.findChild<QLabel *>(u"notKeptLabel"_s);
        QVERIFY(notKept);
        QVERIFY(page.selectRun(runs->runIdAt(0)));
        QCOMPARE(page.changeModel()->runId(), runs->runIdAt(0));
        QCOMPARE(page.changeModel()->rowCount(), 0);
        const qint64 added =
            runs->data(runs->index(0, SyncRunModel::AddedColumn)).toString().remove(u',').toLongLong();
        if (added > 0) {
            QVERIFY(!notKept->isHidden());
            QVERIFY2(notKept->text().contains(u"not kept"_s), qPrintable(notKept->text()));
        }

        // The token filter.
        page.setTokenFilter(m_fixture.tokenId(1));
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::TokenColumn), m_fixture.tokenName(1));
        QCOMPARE(page.changeModel()->runId(), 0);
        page.setTokenFilter({});
        QCOMPARE(runs->rowCount(), 3);
    }

    void syncAfterSimChangeShowsTheNewLicence()
    {
        TestedPage tested(m_fixture.console());
        HistoryPage &page = tested.page;
        page.setTokenFilter(m_fixture.tokenId(0));
        const SyncRunModel *runs = page.runModel();
        const int before = runs->rowCount();
        QVERIFY(before >= 1);

        bool assigned = false;
        m_fixture.session().inSim(
            [&](VppSim &sim) { assigned = SimSupport::assignOne(*sim.state().location(0)); });
        QVERIFY(assigned);
        QVERIFY(m_fixture.syncAll());

        // The page reloads by itself when the runs finish.
        QTRY_COMPARE(runs->rowCount(), before + 1);
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::TokenColumn), m_fixture.tokenName(0));
        QCOMPARE(ConsoleFixture::cell(runs, 0, 0, SyncRunModel::OutcomeKeyRole), u"ok"_s);
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::AddedColumn), u"1"_s);
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::RemovedColumn), u"0"_s);

        QVERIFY(page.selectRun(runs->runIdAt(0)));
        const SyncChangeModel *changes = page.changeModel();
        // The new license, and the asset whose counts it moved.
        const qint64 countsChanged =
            ConsoleFixture::cell(runs, 0, SyncRunModel::CountsChangedColumn).toLongLong();
        QCOMPARE(changes->rowCount(), 1 + countsChanged);
        int licenceRows = 0;
        for (int row = 0; row < changes->rowCount(); ++row) {
            if (ConsoleFixture::cell(changes, row, SyncChangeModel::KindColumn) !=
                SyncChangeModel::kindText(u"assignment_added"_s))
                continue;
            ++licenceRows;
            QVERIFY(!ConsoleFixture::cell(changes, row, SyncChangeModel::TargetColumn).isEmpty());
            QVERIFY(!ConsoleFixture::cell(changes, row, SyncChangeModel::AssetColumn).isEmpty());
            QVERIFY(ConsoleFixture::cell(changes, row, SyncChangeModel::ValueColumn).contains(u"\u2192"_s));
        }
        QCOMPARE(licenceRows, 1);
        QVERIFY(page.findChild<QLabel *>(u"notKeptLabel"_s)->isHidden());

        // Selecting through the view shows the same.
        auto *view = page.findChild<QTableView *>(u"runTable"_s);
        QVERIFY(view);
        view->setCurrentIndex(runs->index(runs->rowCount() - 1, 0));
        QCOMPARE(changes->runId(), runs->runIdAt(runs->rowCount() - 1));
    }

    void failedRunIsRedWithItsError()
    {
        TestedPage tested(m_fixture.console());
        HistoryPage &page = tested.page;
        const SyncRunModel *runs = page.runModel();
        const int before = runs->rowCount();

        // A run that failed, as the engine records it; the page follows inventoryChanged.
        SyncHistory history(m_fixture.console().database());
        const QString token = m_fixture.tokenId(2);
        const auto id = history.startRun(token, u"full"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(id);
        SyncRunRecord record;
        record.id = id.value();
        record.tokenId = token;
        record.kind = u"full"_s;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.outcome = RecordState::SyncRun::Failed;
        record.error = u"The network is unreachable."_s;
        QVERIFY(history.finishRun(record));
        m_fixture.console().notifyInventoryChanged(token);

        QTRY_COMPARE(runs->rowCount(), before + 1);
        QCOMPARE(runs->runIdAt(0), id.value());
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::TokenColumn), m_fixture.tokenName(2));
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::OutcomeColumn),
                 RecordState::label(RecordState::SyncRun::Failed));
        // A row from before codes keeps its sentence.
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::OutcomeColumn, Qt::ToolTipRole),
                 u"The network is unreachable."_s);

        // A row of today holds a code: the words are made when shown.
        const auto coded = history.startRun(token, u"full"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(coded);
        record.id = coded.value();
        record.error = FailureRecord::encode(AppleError::toVppError(9625, u"Revoked"_s, 200));
        QVERIFY(history.finishRun(record));
        m_fixture.console().notifyInventoryChanged(token);
        QTRY_COMPARE(runs->runIdAt(0), coded.value());
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::OutcomeColumn, Qt::ToolTipRole),
                 QString(AppleError::explanation(9625) + u' ' + AppleError::advice(9625)));
        QCOMPARE(ConsoleFixture::cell(runs, 0, SyncRunModel::KindColumn), SyncRunModel::kindText(u"full"_s));
        const QColor colour = runs->data(runs->index(0, SyncRunModel::OutcomeColumn), Qt::ForegroundRole)
                                  .value<QBrush>()
                                  .color();
        QVERIFY(colour.red() > colour.green());
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
