// SyncPool and SyncScheduler against vppsim over real loopback HTTP with a real SQLite file: runs
// of several locations on threads of their own (each with its own connection), applies one at a
// time and only when the host's gate lets them, a cancelled run that leaves nothing while the
// others complete, and a reconciliation whose diff went stale under another thread's commit and is
// read again before the lock.
#include "core/apple/appleclient.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/sync/syncpool.h"
#include "core/sync/syncscheduler.h"

#include "demoorganization.h"
#include "simsupport.h"
#include "vppsim.h"

#include "testengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestSyncPool : public QObject
{
    Q_OBJECT

private:
    SyncPool::ClientFactory clientFactory(int location) const
    {
        return [url = QUrl(m_sim->v2Url()), secret = m_sim->tokenFor(location)](
                   QNetworkAccessManager *network) -> Result<std::unique_ptr<AppleClient>> {
            auto client = std::make_unique<AppleClient>(network, url, secret);
            RetryPolicy::Settings fast;
            fast.baseDelay = std::chrono::milliseconds(20);
            fast.maxDelay = std::chrono::milliseconds(1500);
            fast.maxAttempts = 8;
            client->transport().retryPolicy().setSettings(fast);
            return client;
        };
    }

    void addTokens()
    {
        for (int location = 0; location < m_sim->state().locationCount(); ++location) {
            TokenRecord record;
            record.name = QStringLiteral("token-%1").arg(location);
            record.serviceUrl = m_sim->v2Url();
            const Result<TokenRecord> inserted = TokenStore(*m_db).insert(record);
            QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().toLogString()));
            m_tokens.append(inserted.value());
        }
    }

    qint64 storedAssignments(int location) const
    {
        return AssignmentStore(*m_db).countForToken(m_tokens.at(location).id).valueOr(-1);
    }

    qint64 simulatedAssignments(int location) const
    {
        return qint64(m_sim->state().location(location)->liveAssignmentCount());
    }

    // Runs every token on `pool` and waits for all reports, keyed by token id.
    QHash<QString, SyncReport> runAll(SyncPool &pool, const SyncOptions &options = {})
    {
        QSignalSpy finished(&pool, &SyncPool::finished);
        for (int i = 0; i < m_tokens.size(); ++i)
            pool.run(m_tokens.at(i), clientFactory(i), options);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), m_tokens.size(), 60000); }();
        QHash<QString, SyncReport> reports;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const SyncReport report = args.constFirst().value<SyncReport>();
            reports.insert(report.tokenId, report);
        }
        return reports;
    }

    std::unique_ptr<VppSim> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<TokenRecord> m_tokens;

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        m_sim->config().pageSize = 7;
        m_sim->config().maxRequestPerSecond = 500;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        const Result<void> opened = m_db->open(TestEngine::newLocation(*m_dir, QStringLiteral("inventory")));
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
        addTokens();
        QVERIFY(m_tokens.size() >= 3);
    }

    void cleanup()
    {
        m_tokens.clear();
        m_db.reset();
        m_dir.reset();
        m_sim.reset();
    }

    void everyLocationSyncsOnThreadsAndAppliesOneAtATime()
    {
        SyncPool pool(m_db->path(), 2);
        QString applying;
        int applies = 0;
        bool overlapped = false;
        pool.setApplyGate([&](const QString &tokenId, std::function<void()> proceed) {
            overlapped = overlapped || !applying.isEmpty();
            applying = tokenId;
            ++applies;
            proceed();
        });
        connect(&pool, &SyncPool::applyFinished, this, [&](const QString &tokenId) {
            overlapped = overlapped || applying != tokenId;
            applying.clear();
        });
        const QHash<QString, SyncReport> reports = runAll(pool);
        QCOMPARE(pool.threadCount(), 2); // three runs, two threads at most
        QCOMPARE(applies, m_tokens.size());
        QVERIFY(!overlapped);
        for (int i = 0; i < m_tokens.size(); ++i) {
            const SyncReport &report = reports.value(m_tokens.at(i).id);
            QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
            QCOMPARE(storedAssignments(i), simulatedAssignments(i));
            QCOMPARE(report.assignments, simulatedAssignments(i));
        }
    }

    void gateHoldsEveryApplyUntilItProceeds()
    {
        SyncPool pool(m_db->path(), 2);
        QList<std::pair<QString, std::function<void()>>> held;
        pool.setApplyGate([&](const QString &tokenId, std::function<void()> proceed) {
            held.append({tokenId, std::move(proceed)});
        });
        QSignalSpy finished(&pool, &SyncPool::finished);
        for (int i = 0; i < m_tokens.size(); ++i)
            QVERIFY(pool.run(m_tokens.at(i), clientFactory(i), {}));
        QVERIFY(!pool.run(m_tokens.at(0), clientFactory(0), {})); // one run per token
        // Only one run is asked at a time; it stays staged while the host holds it.
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 30000);
        QTest::qWait(300);
        QCOMPARE(held.size(), 1);
        QVERIFY(finished.isEmpty());
        for (int i = 0; i < m_tokens.size(); ++i)
            QCOMPARE(storedAssignments(i), 0);
        // Letting them go one by one completes every run.
        for (int turn = 0; turn < m_tokens.size(); ++turn) {
            QTRY_COMPARE_WITH_TIMEOUT(held.size(), turn + 1, 30000);
            held.at(turn).second();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), m_tokens.size(), 30000);
        for (int i = 0; i < m_tokens.size(); ++i)
            QCOMPARE(storedAssignments(i), simulatedAssignments(i));
    }

    void cancelledRunLeavesNothingWhileTheOthersComplete()
    {
        SyncPool pool(m_db->path(), 3);
        const QString cancelled = m_tokens.at(1).id;
        connect(&pool, &SyncPool::progressChanged, this,
                [&](const QString &tokenId, const QString &phase, int, int) {
                    if (tokenId == cancelled && phase == QStringLiteral("assignments"))
                        pool.cancel(tokenId);
                });
        const QHash<QString, SyncReport> reports = runAll(pool);
        QCOMPARE(reports.value(cancelled).outcome, SyncReport::Outcome::Cancelled);
        QCOMPARE(storedAssignments(1), 0);
        QCOMPARE(AssetStore(*m_db).countForToken(cancelled).valueOr(-1), 0);
        for (int i : {0, 2}) {
            QVERIFY(reports.value(m_tokens.at(i).id).isOk());
            QCOMPARE(storedAssignments(i), simulatedAssignments(i));
        }
    }

    void staleDiffIsReadAgainBeforeTheLock()
    {
        SyncPool pool(m_db->path(), 3);
        const QHash<QString, SyncReport> first = runAll(pool);
        for (const SyncReport &report : first)
            QVERIFY(report.isOk());
        // Changes in every location, then full reconciliations whose diffs are all read before any
        // applies: each commit makes the diffs of the runs still waiting stale.
        for (int i = 0; i < m_tokens.size(); ++i) {
            QVERIFY(SimSupport::assignOne(*m_sim->state().location(i)));
            QVERIFY(SimSupport::assignOne(*m_sim->state().location(i)));
        }
        QList<std::function<void()>> held;
        pool.setApplyGate(
            [&](const QString &, std::function<void()> proceed) { held.append(std::move(proceed)); });
        SyncOptions full;
        full.forceFull = true;
        QSignalSpy finished(&pool, &SyncPool::finished);
        for (int i = 0; i < m_tokens.size(); ++i)
            pool.run(m_tokens.at(i), clientFactory(i), full);
        // Wait until every run is staged and prepared (the first asks; the others wait behind it).
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 30000);
        QTest::qWait(1500);
        for (int turn = 0; turn < m_tokens.size(); ++turn) {
            QTRY_COMPARE_WITH_TIMEOUT(held.size(), turn + 1, 30000);
            held.at(turn)();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), m_tokens.size(), 30000);
        int readAgain = 0;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const SyncReport report = args.constFirst().value<SyncReport>();
            QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
            QCOMPARE(report.assignmentsAdded, 2);
            readAgain += int(std::count_if(report.phaseMs.cbegin(), report.phaseMs.cend(), [](const auto &p) {
                return p.first == QStringLiteral("assignments.diff.again");
            }));
        }
        // The first apply found its diff fresh; the later ones on other threads' connections did not.
        QVERIFY2(readAgain >= 1, qPrintable(QString::number(readAgain)));
        for (int i = 0; i < m_tokens.size(); ++i)
            QCOMPARE(storedAssignments(i), simulatedAssignments(i));
    }

    void schedulerRunsRequestedTokensOnItsPool()
    {
        SyncScheduler scheduler(*m_db, [this](const TokenRecord &token) -> Result<SyncPool::ClientFactory> {
            for (int i = 0; i < m_tokens.size(); ++i) {
                if (m_tokens.at(i).id == token.id)
                    return clientFactory(i);
            }
            return VppError::make(VppError::Kind::Usage, QStringLiteral("test.unknown"), QStringLiteral("?"));
        });
        QSignalSpy finished(&scheduler, &SyncScheduler::runFinished);
        QSignalSpy progress(&scheduler, &SyncScheduler::progressChanged);
        QSignalSpy idle(&scheduler, &SyncScheduler::idle);
        for (const TokenRecord &token : std::as_const(m_tokens))
            scheduler.requestSync(token.id);
        scheduler.requestSync(m_tokens.at(0).id); // absorbed by the queued request
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), m_tokens.size(), 60000);
        QTRY_VERIFY(idle.size() >= 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(scheduler.runningCount(), 0);
        for (int i = 0; i < m_tokens.size(); ++i)
            QCOMPARE(storedAssignments(i), simulatedAssignments(i));
    }
};

QTEST_GUILESS_MAIN(TestSyncPool)
#include "tst_syncpool.moc"
