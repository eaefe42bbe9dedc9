// The sync engine against vppsim over real loopback HTTP with a real SQLite file: exact counts of
// a first full sync, incremental runs that fetch only the changes, full reconciliation, the 9721
// fallback, versionId changes mid-traversal, retries under faults, token-fatal errors, ownership,
// cancel and database failures that must leave the previous inventory untouched.
#include "core/apple/appleclient.h"
#include "core/apple/appleerror.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/metadatastore.h"
#include "core/store/synchistory.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/sync/failurerecord.h"
#include "core/sync/syncengine.h"

#include "demoorganization.h"
#include "simsupport.h"
#include "vppsim.h"

#include "testengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Inventory
{
    qint64 assets = 0;
    qint64 users = 0;
    qint64 assignments = 0;
    bool operator==(const Inventory &) const = default;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppleClient> makeClient(int location)
    {
        auto client =
            std::make_unique<AppleClient>(&m_network, QUrl(m_sim->v2Url()), m_sim->tokenFor(location));
        RetryPolicy::Settings fast;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(1500);
        fast.maxAttempts = 8;
        fast.licenseNotFoundDelay = std::chrono::milliseconds(20);
        client->transport().retryPolicy().setSettings(fast);
        return client;
    }

    TokenRecord addToken(int location)
    {
        TokenRecord record;
        record.name = QStringLiteral("token-%1").arg(location);
        record.serviceUrl = m_sim->v2Url();
        const Result<TokenRecord> inserted = TokenStore(*m_db).insert(record);
        if (!inserted)
            qFatal("cannot insert token: %s", qPrintable(inserted.error().toLogString()));
        m_tokens.insert(location, inserted.value());
        m_clients[location] = makeClient(location);
        return inserted.value();
    }

    TokenRecord token(int location) const
    {
        const auto found = TokenStore(*m_db).findById(m_tokens.value(location).id);
        return found && found.value() ? *found.value() : TokenRecord();
    }

    // Runs one sync to its end; `setup` may connect to the engine before it starts.
    SyncReport sync(int location, SyncOptions options = {},
                    const std::function<void(SyncEngine &)> &setup = {})
    {
        if (!m_clients[location])
            addToken(location);
        SyncEngine engine(*m_db, m_tokens.value(location), m_clients[location].get(), options);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        if (setup)
            setup(engine);
        engine.start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
        return finished.isEmpty() ? SyncReport() : finished.constFirst().constFirst().value<SyncReport>();
    }

    Inventory stored(int location) const
    {
        const QString id = m_tokens.value(location).id;
        return {AssetStore(*m_db).countForToken(id).valueOr(-1),
                UserStore(*m_db).countForToken(id).valueOr(-1),
                AssignmentStore(*m_db).countForToken(id).valueOr(-1)};
    }

    Inventory simulated(int location) const
    {
        const SimLocation *l = m_sim->state().location(location);
        return {qint64(l->assets().size()), qint64(l->users().size()), qint64(l->liveAssignmentCount())};
    }

    SimLocation *simLocation(int location) { return m_sim->state().location(location); }

    // A new assignment of a revocable asset with licenses left to an active user who lacks it.
    bool assignOne(int location) { return SimSupport::assignOne(*simLocation(location)); }

    bool unassignOne(int location)
    {
        SimLocation *l = simLocation(location);
        for (const SimAssignment &a : l->assignments()) {
            if (a.alive && l->assets()[a.asset].revocable && l->unassign(a.asset, a.target))
                return true;
        }
        return false;
    }

    // Calls `action` on every assignments page from the nth one of that list on (pages of the
    // earlier lists are left out of the count).
    static void onAssignmentPage(SyncEngine &engine, QObject *context, int nth, std::function<void()> action)
    {
        auto base = std::make_shared<int>(-1);
        QObject::connect(&engine, &SyncEngine::progressChanged, context,
                         [base, nth, action](const QString &phase, int done, int) {
                             if (phase != QStringLiteral("assignments"))
                                 return;
                             if (*base < 0)
                                 *base = done;
                             if (done - *base >= nth)
                                 action();
                         });
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<VppSim> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QHash<int, TokenRecord> m_tokens;
    std::map<int, std::unique_ptr<AppleClient>> m_clients;

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        m_sim->config().pageSize = 7;
        m_sim->config().maxRequestPerSecond = 500;
        m_sim->config().eventTasksPerSecond = 100000;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        const Result<void> opened = m_db->open(TestEngine::newLocation(*m_dir, QStringLiteral("inventory")));
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
    }

    void cleanup()
    {
        m_clients.clear();
        m_tokens.clear();
        m_db.reset();
        m_dir.reset();
        m_sim.reset();
        m_network.clearConnectionCache();
    }

    void firstFullSyncMatchesTheSimulator()
    {
        for (int location = 0; location < m_sim->state().locationCount(); ++location) {
            const SyncReport report = sync(location);
            QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
            QVERIFY(report.full);
            QVERIFY(report.firstSync);
            QCOMPARE(stored(location), simulated(location));
            QCOMPARE(report.assets, simulated(location).assets);
            QCOMPARE(report.assignments, simulated(location).assignments);
            QCOMPARE(report.users, simulated(location).users);
            QCOMPARE(report.assignmentsAdded, report.assignments);
            QVERIFY(report.pages > 3);

            const TokenRecord t = token(location);
            QCOMPARE(t.locationName, simLocation(location)->locationName());
            QCOMPARE(t.uid, simLocation(location)->uId());
            QVERIFY(t.expiresAt.isValid());
            QVERIFY(t.lastSyncAt.isValid());
            QVERIFY(t.lastFullSyncAt.isValid());
            QVERIFY(!t.assignmentsVersion.isEmpty());
            QVERIFY(!t.usersVersion.isEmpty());
            QVERIFY(!t.assetsVersion.isEmpty());

            const auto runs = SyncHistory(*m_db).runs(t.id);
            QVERIFY(runs);
            QCOMPARE(runs->size(), 1);
            QCOMPARE(runs->constFirst().outcome, RecordState::SyncRun::Ok);
            QCOMPARE(runs->constFirst().kind, QStringLiteral("full"));
            QCOMPARE(runs->constFirst().assignments, report.assignments);
            QCOMPARE(runs->constFirst().assignmentsAdded, report.assignments);
            // The first sync records counts, not the whole inventory as "added".
            QCOMPARE(SyncHistory(*m_db).changeCount(report.runId).valueOr(-1), 0);
            const QJsonObject json = report.toJson();
            QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
            QCOMPARE(json.value(QStringLiteral("assignments")).toInteger(), report.assignments);
            QVERIFY(!report.summary().isEmpty());
        }
    }

    void incrementalFetchesOnlyTheChanges()
    {
        const SyncReport first = sync(0);
        QVERIFY2(first.isOk(), qPrintable(first.error.toLogString()));

        QVERIFY(assignOne(0));
        QVERIFY(unassignOne(0));
        SimLocation *l = simLocation(0);
        int purchased = -1;
        for (int a = 0; a < l->assets().size() && purchased < 0; ++a)
            if (!l->assets()[a].unlimited)
                purchased = a;
        QVERIFY(purchased >= 0);
        l->changeLicenseCount(purchased, 5);

        const SyncReport second = sync(0);
        QVERIFY2(second.isOk(), qPrintable(second.error.toLogString()));
        QVERIFY(!second.full);
        QVERIFY(!second.firstSync);
        QCOMPARE(second.assignmentsAdded, 1);
        QCOMPARE(second.assignmentsRemoved, 0); // deltas are upserts: the removal waits for a full pass
        QVERIFY(second.countsChanged >= 1);
        QVERIFY2(second.pages < first.pages / 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(second.pages).arg(first.pages)));
        QCOMPARE(stored(0).assignments, simulated(0).assignments + 1);

        const auto changes = SyncHistory(*m_db).changes(second.runId);
        QVERIFY(changes);
        bool added = false;
        bool counts = false;
        for (const SyncChangeRecord &c : changes.value()) {
            added = added || c.kind == SyncChangeRecord::assignmentAdded;
            counts = counts ||
                     (c.kind == SyncChangeRecord::countsChanged && c.adamId == l->assets()[purchased].adamId);
        }
        QVERIFY(added);
        QVERIFY(counts);
        const auto runs = SyncHistory(*m_db).runs(m_tokens.value(0).id);
        QCOMPARE(runs->constFirst().kind, QStringLiteral("incremental"));

        SyncOptions full;
        full.forceFull = true;
        const SyncReport third = sync(0, full);
        QVERIFY2(third.isOk(), qPrintable(third.error.toLogString()));
        QVERIFY(third.full);
        QCOMPARE(third.assignmentsRemoved, 1);
        QCOMPARE(third.assignmentsAdded, 0);
        QCOMPARE(stored(0), simulated(0));
        QCOMPARE(SyncHistory(*m_db).changeCount(third.runId, SyncChangeRecord::assignmentRemoved).valueOr(-1),
                 1);
    }

    void fullPassIsDueAfterTheInterval()
    {
        TokenRecord t;
        SyncOptions options;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(SyncEngine::wantsFullPass(t, options, now)); // never synced
        t.assignmentsVersion = QStringLiteral("v");
        t.lastFullSyncAt = now.addSecs(-3600);
        QVERIFY(!SyncEngine::wantsFullPass(t, options, now));
        t.lastFullSyncAt = now.addSecs(-25 * 3600);
        QVERIFY(SyncEngine::wantsFullPass(t, options, now));
        options.fullSyncInterval = std::chrono::hours(48);
        QVERIFY(!SyncEngine::wantsFullPass(t, options, now));
        options.forceFull = true;
        QVERIFY(SyncEngine::wantsFullPass(t, options, now));
    }

    void unknownVersionFallsBackToAFullPass()
    {
        QVERIFY(sync(0).isOk());
        QVERIFY(assignOne(0));
        QVERIFY(unassignOne(0));
        const TokenRecord t = token(0);
        QVERIFY(TokenStore(*m_db).setSyncVersions(t.id, t.assetsVersion, QStringLiteral("bogus-version"),
                                                  QStringLiteral("bogus-version"), t.lastSyncAt, true));
        const SyncReport report = sync(0);
        QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
        QVERIFY(report.usersFellBackToFull);
        QVERIFY(report.assignmentsFellBackToFull);
        QVERIFY(report.full);
        QCOMPARE(report.assignmentsAdded, 1);
        QCOMPARE(report.assignmentsRemoved, 1);
        QCOMPARE(stored(0), simulated(0));
        QVERIFY(token(0).assignmentsVersion != QStringLiteral("bogus-version"));
    }

    void versionChangeMidTraversalRestarts()
    {
        bool mutated = false;
        const SyncReport report = sync(0, {}, [&](SyncEngine &engine) {
            onAssignmentPage(engine, this, 3, [&] {
                if (!mutated) {
                    mutated = true;
                    assignOne(0);
                }
            });
        });
        QVERIFY(mutated);
        QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
        QVERIFY(report.restarts >= 1);
        QCOMPARE(stored(0), simulated(0));
    }

    void versionThatKeepsChangingFailsClearly()
    {
        QVERIFY(sync(0).isOk());
        const Inventory before = stored(0);
        SyncOptions full;
        full.forceFull = true;
        const SyncReport report = sync(
            0, full, [&](SyncEngine &engine) { onAssignmentPage(engine, this, 1, [&] { assignOne(0); }); });
        QVERIFY(!report.isOk());
        QCOMPARE(report.error.code, QStringLiteral("sync.versionUnstable"));
        QCOMPARE(report.restarts, 3);
        QCOMPARE(stored(0), before);
    }

    void faultsAreRetriedAndTheSyncCompletes()
    {
        QString error;
        auto arm = [&](const QString &spec) {
            const auto fault = FaultPlan::parse(spec, &error);
            QVERIFY2(fault, qPrintable(error));
            m_sim->faults().arm(*fault);
        };
        arm(QStringLiteral("429:4@/assignments"));
        arm(QStringLiteral("429%10@/assignments"));
        arm(QStringLiteral("503:2@/users"));
        arm(QStringLiteral("500:1@/assets"));
        arm(QStringLiteral("truncate:1@/assignments"));
        arm(QStringLiteral("drop:2@/users"));
        arm(QStringLiteral("error-in-200:2@/assignments"));
        arm(QStringLiteral("invalid-json:1@/assignments"));
        const SyncReport report = sync(1);
        QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
        QCOMPARE(stored(1), simulated(1));
        QVERIFY(report.requests > report.pages);
    }

    void tokenRevokedMidSyncKeepsThePreviousInventory()
    {
        QVERIFY(sync(0).isOk());
        const Inventory before = stored(0);
        QVERIFY(assignOne(0));
        m_sim->faults().setLatencyMs(5);
        SyncOptions full;
        full.forceFull = true;
        bool revoked = false;
        const SyncReport report = sync(0, full, [&](SyncEngine &engine) {
            onAssignmentPage(engine, this, 2, [&] {
                revoked = true;
                for (SimToken *t : m_sim->state().tokensOfLocation(0))
                    t->revoked = true;
            });
        });
        QVERIFY(revoked);
        QCOMPARE(report.outcome, SyncReport::Outcome::Failed);
        QCOMPARE(report.error.appleErrorNumber, 9625);
        QCOMPARE(stored(0), before);
        const TokenRecord t = token(0);
        QCOMPARE(t.status, TokenHealth::Status::Revoked);
        QCOMPARE(t.lastAppleError, 9625);
        // Codes in the database, words when shown.
        QVERIFY2(t.statusReason.contains(QStringLiteral("\"code\":\"token.revoked\"")),
                 qPrintable(t.statusReason));
        QVERIFY(TokenHealth::reasonText(t.statusReason)
                    .startsWith(QStringLiteral("Revoked by Apple (error 9625)")));
        const auto runs = SyncHistory(*m_db).runs(t.id);
        QCOMPARE(runs->constFirst().outcome, RecordState::SyncRun::Failed);
        QVERIFY2(runs->constFirst().error.contains(QStringLiteral("\"code\":\"apple.9625\"")),
                 qPrintable(runs->constFirst().error));
        QCOMPARE(FailureRecord::text(runs->constFirst().error),
                 QString(AppleError::explanation(9625) + u' ' + AppleError::advice(9625)));
    }

    void expiredTokenStopsAtClientConfig()
    {
        for (SimToken *t : m_sim->state().tokensOfLocation(2))
            t->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const SyncReport report = sync(2);
        QVERIFY(!report.isOk());
        QCOMPARE(report.error.appleErrorNumber, 9621);
        QCOMPARE(token(2).status, TokenHealth::Status::Expired);
        QCOMPARE(stored(2), Inventory());
    }

    void anotherMdmOwnsTheLocation()
    {
        simLocation(1)->mdmInfo = {QStringLiteral("other-id"), QStringLiteral("Other MDM Inc"), QString()};
        const SyncReport report = sync(1);
        QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
        const TokenRecord t = token(1);
        QCOMPARE(t.status, TokenHealth::Status::OwnedElsewhere);
        QVERIFY2(TokenHealth::reasonText(t.statusReason)
                     .startsWith(QStringLiteral("Owned by another MDM: Other MDM Inc.")),
                 qPrintable(t.statusReason));
        QCOMPARE(t.mdmInfoName, QStringLiteral("Other MDM Inc"));

        // Ours: the same id as the one we run with is no foreign owner.
        SyncOptions ours;
        ours.ourMdmId = QStringLiteral("other-id");
        QVERIFY(sync(1, ours).isOk());
        QVERIFY(token(1).status != TokenHealth::Status::OwnedElsewhere);
    }

    void cancelRollsBack()
    {
        QVERIFY(sync(0).isOk());
        const Inventory before = stored(0);
        const qint64 runsBefore = SyncHistory(*m_db).runs(m_tokens.value(0).id)->size();
        QVERIFY(assignOne(0));
        m_sim->faults().setLatencyMs(5);
        SyncOptions full;
        full.forceFull = true;
        const SyncReport report = sync(0, full, [&](SyncEngine &engine) {
            onAssignmentPage(engine, &engine, 2, [&] { engine.cancel(); });
        });
        QCOMPARE(report.outcome, SyncReport::Outcome::Cancelled);
        QCOMPARE(report.error.kind, VppError::Kind::Cancelled);
        QCOMPARE(stored(0), before);
        const auto runs = SyncHistory(*m_db).runs(m_tokens.value(0).id);
        QCOMPARE(runs->size(), runsBefore + 1);
        QCOMPARE(runs->constFirst().outcome, RecordState::SyncRun::Cancelled);
        QVERIFY(m_db->integrityCheck());

        m_sim->faults().setLatencyMs(0);
        const SyncReport again = sync(0, full);
        QVERIFY2(again.isOk(), qPrintable(again.error.toLogString()));
        QCOMPARE(stored(0), simulated(0));
    }

    void metadataAndIconsAreCachedAndUnknownIdsNotAskedAgain()
    {
        SimAsset unknown;
        unknown.adamId = QStringLiteral("999000111");
        unknown.pricingParam = QStringLiteral("STDQ");
        unknown.productType = QStringLiteral("App");
        unknown.supportedPlatforms = {QStringLiteral("iOS")};
        unknown.totalCount = 3;
        simLocation(0)->addAsset(unknown);

        const SyncReport first = sync(0);
        QVERIFY2(first.isOk(), qPrintable(first.error.toLogString()));
        QVERIFY(first.metadataFound > 0);
        QVERIFY(first.iconsStored > 0);
        QCOMPARE(first.metadataNotFound, 1);
        QCOMPARE(first.metadataErrors, 0);

        MetadataStore store(*m_db);
        const auto missing = store.find(unknown.adamId);
        QVERIFY(missing && missing.value());
        QCOMPARE(missing.value()->lookupStatus, MetadataRecord::notFound);
        const QString known = simLocation(0)->assets().constFirst().adamId;
        const auto found = store.find(known);
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->lookupStatus, MetadataRecord::found);
        QVERIFY(!found.value()->name.isEmpty());
        QVERIFY(found.value()->icon.startsWith("\x89PNG"));
        QVERIFY(store.unknownAdamIds(m_tokens.value(0).id)->isEmpty());

        const SyncReport second = sync(0);
        QVERIFY(second.isOk());
        QCOMPARE(second.metadataFound, 0);
        QCOMPARE(second.metadataNotFound, 0);
    }

    void failingDatabaseWriteRollsBack()
    {
        QVERIFY(sync(0).isOk());
        const Inventory before = stored(0);
        const auto tokenBefore = token(0);
        QVERIFY(assignOne(0));
        if (TestEngine::isPostgreSql()) {
            QVERIFY(m_db->exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                              "$$BEGIN RAISE EXCEPTION 'refused by test'; END$$")));
            QVERIFY(
                m_db->exec(QStringLiteral("CREATE TRIGGER refuse_assignments BEFORE INSERT ON assignments "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse()")));
        } else {
            QVERIFY(
                m_db->exec(QStringLiteral("CREATE TRIGGER refuse_assignments BEFORE INSERT ON assignments "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        }
        const SyncReport report = sync(0);
        QCOMPARE(report.outcome, SyncReport::Outcome::Failed);
        QCOMPARE(report.error.kind, VppError::Kind::Store);
        QCOMPARE(stored(0), before);
        QCOMPARE(token(0).assignmentsVersion, tokenBefore.assignmentsVersion);
        QCOMPARE(token(0).lastSyncAt, tokenBefore.lastSyncAt);

        QVERIFY(m_db->exec(TestEngine::isPostgreSql()
                               ? QStringLiteral("DROP TRIGGER refuse_assignments ON assignments")
                               : QStringLiteral("DROP TRIGGER refuse_assignments")));
        const SyncReport again = sync(0);
        QVERIFY2(again.isOk(), qPrintable(again.error.toLogString()));
        QCOMPARE(again.assignmentsAdded, 1);
        QCOMPARE(stored(0), simulated(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
