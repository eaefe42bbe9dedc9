// SyncHistoryQuery: runs of every token newest first with the token's name, a token filter, paging,
// the change rows of a run with the app's name when known, and how many changes were not kept.
#include "core/store/database.h"
#include "core/store/synchistory.h"
#include "core/views/synchistoryquery.h"

#include "testsupport.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncHistoryQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_tokenA;
    QString m_tokenB;
    QList<qint64> m_runs; // in the order started

    qint64 addRun(const QString &token, const QString &outcome, qint64 added)
    {
        SyncHistory history(*m_db);
        const QDateTime started =
            QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC).addSecs(m_runs.size() * 60);
        const auto id = history.startRun(token, u"incremental"_s, started);
        if (!id)
            return 0;
        SyncRunRecord r;
        r.id = id.value();
        r.tokenId = token;
        r.finishedAt = started.addMSecs(1500);
        r.outcome = RecordState::syncRunFromText(outcome);
        r.error = outcome == u"failed" ? u"Apple said no"_s : QString();
        r.assignmentsAdded = added;
        r.assignments = 10 + added;
        if (!history.finishRun(r))
            return 0;
        m_runs.append(r.id);
        return r.id;
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_runs.clear();
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"shq"_s,
                                              {{u"Alpha"_s, &m_tokenA}, {u"Beta"_s, &m_tokenB}}));
        QVERIFY(addRun(m_tokenA, u"ok"_s, 0));
        QVERIFY(addRun(m_tokenB, u"failed"_s, 0));
        QVERIFY(addRun(m_tokenA, u"ok"_s, 3));
    }

    void cleanup() { m_db.reset(); }

    void runsNewestFirstWithTokenNames()
    {
        SyncHistoryQuery query(*m_db);
        QCOMPARE(query.countRuns({}).value(), 3);
        const auto all = query.runs({}, 0, 10);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).record.id, m_runs.at(2));
        QCOMPARE(all->at(0).tokenName, u"Alpha"_s);
        QCOMPARE(all->at(0).record.assignments, 13);
        QCOMPARE(all->at(0).record.startedAt.msecsTo(all->at(0).record.finishedAt), 1500);
        QCOMPARE(all->at(1).tokenName, u"Beta"_s);
        QCOMPARE(all->at(1).record.outcome, RecordState::SyncRun::Failed);
        QCOMPARE(all->at(1).record.error, u"Apple said no"_s);

        QCOMPARE(query.countRuns(m_tokenB).value(), 1);
        const auto paged = query.runs(m_tokenA, 1, 10);
        QCOMPARE(paged->size(), 1);
        QCOMPARE(paged->at(0).record.id, m_runs.at(0));

        const auto one = query.run(m_runs.at(1));
        QVERIFY(one && one->has_value());
        QCOMPARE(one->value().tokenName, u"Beta"_s);
        QVERIFY(!query.run(9999).value().has_value());
    }

    void changesWithNamesAndNotKept()
    {
        QVERIFY(m_db->exec(
            u"INSERT INTO asset_metadata (adam_id, name, lookup_status) VALUES ('111', 'Keynote', 'found')"_s));
        const qint64 run = m_runs.at(2);
        QVERIFY(SyncHistory(*m_db).addChanges(
            run, {{run, SyncChangeRecord::assignmentAdded, u"111"_s, u"u1"_s, {}, u"STDQ"_s},
                  {run, SyncChangeRecord::assignmentAdded, u"222"_s, u"SERIAL"_s, {}, u"STDQ"_s}}));
        SyncHistoryQuery query(*m_db);
        QCOMPARE(query.countChanges(run).value(), 2);
        const auto changes = query.changes(run, 0, 10);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(0).assetName, u"Keynote"_s);
        QCOMPARE(changes->at(0).change.target, u"u1"_s);
        QCOMPARE(changes->at(0).change.newValue, u"STDQ"_s);
        QVERIFY(changes->at(1).assetName.isEmpty());
        QCOMPARE(query.changes(run, 1, 10)->size(), 1);

        const SyncRunRecord record = query.run(run).value()->record;
        QCOMPARE(SyncHistoryQuery::reportedChanges(record), 3);
        QCOMPARE(SyncHistoryQuery::notKept(record, 2), 1);
        QCOMPARE(SyncHistoryQuery::notKept(record, 5), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncHistoryQuery)
#include "tst_synchistoryquery.moc"
