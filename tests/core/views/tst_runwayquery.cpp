// Runway on a real SQLite file: AssetCountHistory writes a snapshot only for counts that changed
// (every asset the first time); RunwayQuery fits the available counts of the last 30 days (the
// count carried in from before the window included) and says how many days are left; none when
// the count does not fall, the history is shorter than a day or the asset is unlimited.
#include "core/store/assetcounthistory.h"
#include "core/store/assetstore.h"
#include "core/store/database.h"
#include "core/views/assetquery.h"
#include "core/views/runwayquery.h"

#include "testsupport.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRunwayQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_token;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    static AssetRecord asset(const QString &adamId, qint64 total, qint64 available)
    {
        AssetRecord a;
        a.adamId = adamId;
        a.totalCount = total;
        a.availableCount = available;
        a.assignedCount = total - available;
        return a;
    }
    // The token's assets now have these counts, recorded as a sync at `daysAgo` would.
    Result<qint64> syncAt(const QList<AssetRecord> &assets, double daysAgo)
    {
        if (const auto applied = AssetStore(*m_db).applyFull(m_token, assets); !applied)
            return applied.error();
        return AssetCountHistory(*m_db).record(m_token, 0, m_now.addMSecs(qint64(-daysAgo * 86400000.0)));
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"runway"_s, {{u"Alpha"_s, &m_token}}));
    }
    void cleanup() { m_db.reset(); }

    void historyKeepsChangesOnly()
    {
        AssetRecord free = asset(u"900"_s, 2147483647, 0);
        free.unlimited = true;
        QCOMPARE(syncAt({asset(u"100"_s, 100, 100), asset(u"200"_s, 10, 10), free}, 3).value(), 3);
        QCOMPARE(syncAt({asset(u"100"_s, 100, 100), asset(u"200"_s, 10, 10), free}, 2).value(), 0);
        QCOMPARE(syncAt({asset(u"100"_s, 100, 90), asset(u"200"_s, 10, 10), free}, 1).value(), 1);
        // Back to an earlier value is a change too.
        QCOMPARE(syncAt({asset(u"100"_s, 100, 100), asset(u"200"_s, 10, 10), free}, 0).value(), 1);
    }

    void estimatesFromTheLastThirtyDays()
    {
        // 100: 10 licenses a day for 4 days (carried in from 40 days ago at 200: the window starts
        // at 200 too, flat until day 26). 200: steady. 300: rising.
        QVERIFY(syncAt({asset(u"100"_s, 200, 200), asset(u"200"_s, 10, 5), asset(u"300"_s, 10, 2)}, 40));
        QVERIFY(syncAt({asset(u"100"_s, 200, 190), asset(u"200"_s, 10, 5), asset(u"300"_s, 10, 4)}, 3));
        QVERIFY(syncAt({asset(u"100"_s, 200, 180), asset(u"200"_s, 10, 5), asset(u"300"_s, 10, 6)}, 2));
        QVERIFY(syncAt({asset(u"100"_s, 200, 170), asset(u"200"_s, 10, 5), asset(u"300"_s, 10, 8)}, 1));
        QVERIFY(syncAt({asset(u"100"_s, 200, 160), asset(u"200"_s, 10, 5), asset(u"300"_s, 10, 10)}, 0));
        const auto estimates = RunwayQuery(*m_db).estimates(m_now);
        QVERIFY2(estimates, qPrintable(estimates ? QString() : estimates.error().toLogString()));
        const RunwayQuery::Estimate falling =
            estimates->value(RunwayQuery::key(m_token, u"100"_s, u"STDQ"_s));
        QVERIFY(falling.days.has_value());
        QCOMPARE(falling.available, 160);
        QVERIFY2(falling.perDay > 1.0 && falling.perDay < 10.0, qPrintable(QString::number(falling.perDay)));
        QVERIFY(*falling.days > 16.0);
        QVERIFY(!estimates->value(RunwayQuery::key(m_token, u"200"_s, u"STDQ"_s)).days);
        QVERIFY(!estimates->value(RunwayQuery::key(m_token, u"300"_s, u"STDQ"_s)).days);

        // The same through the Apps & Books read model.
        const auto rows = AssetQuery(*m_db).load(10, m_now);
        QVERIFY(rows);
        for (const AssetViewRow &r : rows.value())
            QCOMPARE(r.runwayDays.has_value(), r.adamId == u"100"_s);
    }

    void fitRules()
    {
        // A straight fall of 5 a day from 100: 60 left after 8 days -> 12 days.
        QList<std::pair<double, double>> line;
        for (int d = 0; d <= 8; ++d)
            line.append({double(d), 100.0 - 5.0 * d});
        const RunwayQuery::Estimate e = RunwayQuery::fit(line, 60);
        QVERIFY(e.days);
        QCOMPARE(qRound(*e.days), 12);
        QCOMPARE(qRound(e.perDay), 5);
        // Under a day of history: no estimate. Nothing left: zero days.
        QVERIFY(!RunwayQuery::fit({{0.0, 10.0}, {0.5, 5.0}}, 5).days);
        QCOMPARE(*RunwayQuery::fit({{0.0, 10.0}, {2.0, 0.0}}, 0).days, 0.0);
        QCOMPARE(RunwayQuery::text(std::nullopt), u"—"_s);
        QVERIFY(RunwayQuery::text(12.7).contains(u"12"_s));
    }

    void firstSyncSnapshotsEveryAsset()
    {
        QCOMPARE(syncAt({asset(u"100"_s, 5, 5), asset(u"200"_s, 5, 5)}, 0).value(), 2);
        const auto estimates = RunwayQuery(*m_db).estimates(m_now);
        QVERIFY(estimates);
        QCOMPARE(estimates->size(), 2);
        for (const RunwayQuery::Estimate &e : estimates.value())
            QVERIFY(!e.days);
    }
};

QTEST_GUILESS_MAIN(TestRunwayQuery)
#include "tst_runwayquery.moc"
