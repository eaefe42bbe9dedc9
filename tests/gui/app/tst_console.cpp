// Tests of Console, SyncController and JobController on the in-process vppsim: the demo tokens are
// added and synced through the worker thread, progress and cancel, every location at once, the
// write lock that keeps a sync's apply and the console's writes apart (and nothing else), offline
// mode, and a license job.
#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/synccontroller.h"
#include "consolefixture.h"

#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/jobstore.h"
#include "core/store/leasestore.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void demoTokensAreAddedAndSynced();
    void syncReportsProgressAndCanBeCancelled();
    void writesDoNotWaitForASyncThatFetches();
    void locationsSyncAtOnceAndOneIsCancelled();
    void workingOfflineBlocksWritesAndSyncs();
    void lowThresholdIsKeptInTheDatabase();
    void assignJobRunsAndUpdatesTheStore();
    void jobsResumeAfterARestart();
};

void TestConsole::demoTokensAreAddedAndSynced()
{
    ConsoleFixture f;
    QVERIFY2(f.start(), qPrintable(f.errorString()));
    Console &console = f.console();
    const auto tokens = console.workspace().tokens().list();
    QVERIFY(tokens);
    QCOMPARE(tokens->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString id = f.tokenId(i);
        QVERIFY(!id.isEmpty());
        const auto report = console.sync().lastReport(id);
        QVERIFY(report.has_value());
        QVERIFY2(report->isOk(), qPrintable(report->error.toLogString()));
        QVERIFY(report->assets > 0);
        const auto assets = AssetStore(console.database()).countForToken(id);
        QVERIFY(assets);
        QCOMPARE(assets.value(), report->assets);
    }
    QVERIFY(console.isOnline());
    QVERIFY(console.canWrite());
}

void TestConsole::syncReportsProgressAndCanBeCancelled()
{
    ConsoleFixture f;
    ConsoleFixture::Options options;
    options.syncTokens = false;
    options.latencyMs = 150;
    QVERIFY2(f.start(options), qPrintable(f.errorString()));
    SyncController &sync = f.console().sync();
    QSignalSpy progress(&sync, &SyncController::progressChanged);
    QSignalSpy finished(&sync, &SyncController::runFinished);
    const QString id = f.tokenId(0);
    sync.syncNow(id);
    QVERIFY(sync.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(sync.isSyncing(id) && sync.state(id)->phase != u"config"_s, 10000);
    QVERIFY(progress.count() >= 2);
    sync.cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto report = finished.at(0).at(0).value<SyncReport>();
    QCOMPARE(report.outcome, SyncReport::Outcome::Cancelled);
    QVERIFY(!sync.isBusy());
    // Nothing of the cancelled run was kept.
    QCOMPARE(AssetStore(f.console().database()).countForToken(id).value(), 0);
}

void TestConsole::writesDoNotWaitForASyncThatFetches()
{
    ConsoleFixture f;
    ConsoleFixture::Options options;
    options.syncTokens = false;
    options.latencyMs = 100;
    QVERIFY2(f.start(options), qPrintable(f.errorString()));
    SyncController &sync = f.console().sync();
    QSignalSpy finished(&sync, &SyncController::runFinished);
    const QString first = f.tokenId(0);
    sync.syncNow(first);
    QTRY_VERIFY_WITH_TIMEOUT(sync.isSyncing(first) && sync.state(first)->phase != u"config"_s, 10000);

    // The run fetches and stages without the write lock: a console write goes at once.
    bool wrote = false;
    f.console().whenWritable([&](Console::WriteLock lock) {
        Q_UNUSED(lock);
        wrote = true;
    });
    QVERIFY(wrote);
    QVERIFY(sync.isSyncing(first));

    // A write in progress holds back a run's apply, not its fetch: the run stages everything, then
    // waits for its turn ("commit") until the write is over.
    Console::WriteLock held;
    f.console().whenWritable([&](Console::WriteLock lock) { held = lock; });
    QVERIFY(held);
    const QString second = f.tokenId(1);
    sync.syncNow(second);
    QTRY_VERIFY_WITH_TIMEOUT(sync.isSyncing(second), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sync.state(first) && sync.state(first)->phase == u"commit"_s, 30000);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(AssetStore(f.console().database()).countForToken(first).value(), 0);
    held.reset();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    for (const auto &args : std::as_const(finished)) {
        const auto report = args.at(0).value<SyncReport>();
        QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
        QVERIFY(report.lockHeldMs >= 0);
    }
    QVERIFY(AssetStore(f.console().database()).countForToken(first).value() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 20000);
}

void TestConsole::locationsSyncAtOnceAndOneIsCancelled()
{
    ConsoleFixture f;
    ConsoleFixture::Options options;
    options.syncTokens = false;
    options.latencyMs = 120;
    QVERIFY2(f.start(options), qPrintable(f.errorString()));
    SyncController &sync = f.console().sync();
    QSignalSpy finished(&sync, &SyncController::runFinished);
    int mostAtOnce = 0;
    connect(&sync, &SyncController::progressChanged, this,
            [&] { mostAtOnce = std::max(mostAtOnce, int(sync.runs().size())); });
    sync.syncAll();
    const QString cancelled = f.tokenId(1);
    QTRY_VERIFY_WITH_TIMEOUT(sync.runs().size() == 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sync.state(cancelled) && sync.state(cancelled)->phase != u"config"_s, 10000);
    sync.cancel(cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
    QCOMPARE(mostAtOnce, 3);
    for (const auto &args : std::as_const(finished)) {
        const auto report = args.at(0).value<SyncReport>();
        if (report.tokenId == cancelled) {
            QCOMPARE(report.outcome, SyncReport::Outcome::Cancelled);
        } else {
            QVERIFY2(report.isOk(), qPrintable(report.error.toLogString()));
            QVERIFY(AssetStore(f.console().database()).countForToken(report.tokenId).value() > 0);
        }
    }
    // The cancelled run left nothing: no assets, no users, no licenses, no lease.
    Database &db = f.console().database();
    QCOMPARE(AssetStore(db).countForToken(cancelled).value(), 0);
    QCOMPARE(UserStore(db).countForToken(cancelled).value(), 0);
    QCOMPARE(AssignmentStore(db).countForToken(cancelled).value(), 0);
    QVERIFY(!LeaseStore(db).find(LeaseStore::syncResource(cancelled)).value().has_value());
    QVERIFY(!sync.isBusy());
}

void TestConsole::workingOfflineBlocksWritesAndSyncs()
{
    ConsoleFixture f;
    QVERIFY2(f.start(), qPrintable(f.errorString()));
    Console &console = f.console();
    QSignalSpy online(&console, &Console::onlineChanged);
    console.setWorkOffline(true);
    QCOMPARE(online.count(), 1);
    QVERIFY(!console.isOnline());
    QVERIFY(!console.canWrite());
    QVERIFY(console.writeBlockedReason().contains(u"offline"_s, Qt::CaseInsensitive));
    console.sync().syncNow(f.tokenId(0));
    QVERIFY(!console.sync().isBusy());

    // The stored inventory still reads.
    QVERIFY(AssetStore(console.database()).countForToken(f.tokenId(0)).value() > 0);

    // A job is refused with the reason.
    LicenseRequest request;
    request.tokenId = f.tokenId(0);
    request.kind = LicenseRequest::Kind::Revoke;
    request.clientUserIds = {u"nobody"_s};
    const auto plan = console.jobs().plan(request);
    QVERIFY(plan);
    std::optional<Result<qint64>> started;
    console.jobs().start(plan.value(), [&](Result<qint64> r) { started = r; });
    QTRY_VERIFY(started.has_value());
    QVERIFY(!started->isOk());
    QCOMPARE(started->error().message, console.writeBlockedReason());

    console.setWorkOffline(false);
    QVERIFY(console.isOnline());
    QCOMPARE(online.count(), 2);
}

void TestConsole::lowThresholdIsKeptInTheDatabase()
{
    ConsoleFixture f;
    ConsoleFixture::Options options;
    options.addTokens = false;
    QVERIFY2(f.start(options), qPrintable(f.errorString()));
    QCOMPARE(f.console().lowLicenseThresholdPct(), Console::defaultLowLicenseThresholdPct);
    QSignalSpy changed(&f.console(), &Console::thresholdsChanged);
    f.console().setLowLicenseThresholdPct(25);
    QCOMPARE(changed.count(), 1);

    Console second;
    Console::Options again;
    again.databasePath = f.session().databasePath();
    again.memoryVault = true;
    again.automaticSync = false;
    QVERIFY(second.open(again));
    QCOMPARE(second.lowLicenseThresholdPct(), 25);
}

namespace {

// An assign request of a limited app with licenses left to two active users of the token who lack it.
std::optional<LicenseRequest> assignTwoUsers(Console &console, const QString &tokenId)
{
    const auto assets = AssetStore(console.database()).list(tokenId);
    if (!assets)
        return std::nullopt;
    std::optional<AssetRecord> app;
    for (const AssetRecord &a : assets.value())
        if (a.productType == u"App"_s && a.availableCount >= 2 && !a.unlimited)
            app = a;
    const auto users = UserStore(console.database()).page(tokenId, 0, 500);
    if (!app || !users)
        return std::nullopt;
    AssignmentStore assignments(console.database());
    QStringList targets;
    for (const VppUserRecord &u : users.value()) {
        if (u.status != u"Associated"_s && u.status != u"Registered"_s)
            continue;
        bool holds = false;
        for (const AssignmentRecord &held : assignments.holdingsOf(u.clientUserId).value())
            holds = holds || (held.adamId == app->adamId && held.tokenId == tokenId);
        if (!holds)
            targets.append(u.clientUserId);
        if (targets.size() == 2)
            break;
    }
    if (targets.size() != 2)
        return std::nullopt;
    LicenseRequest request;
    request.kind = LicenseRequest::Kind::Assign;
    request.tokenId = tokenId;
    request.assets = {AssetRef{app->adamId, app->pricingParam}};
    request.clientUserIds = targets;
    return request;
}

bool holds(Console &console, const QString &user, const QString &adamId)
{
    const auto held = AssignmentStore(console.database()).holdingsOf(user);
    return held && std::any_of(held->cbegin(), held->cend(),
                               [&](const AssignmentRecord &a) { return a.adamId == adamId; });
}

} // namespace

void TestConsole::assignJobRunsAndUpdatesTheStore()
{
    ConsoleFixture f;
    QVERIFY2(f.start(), qPrintable(f.errorString()));
    Console &console = f.console();
    const auto request = assignTwoUsers(console, f.tokenId(0));
    QVERIFY(request.has_value());
    const auto plan = console.jobs().plan(*request);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toLogString()));
    QCOMPARE(plan->taskCount(), 2);

    QSignalSpy finished(&console.jobs(), &JobController::jobFinished);
    QSignalSpy inventory(&console, &Console::inventoryChanged);
    std::optional<Result<qint64>> started;
    console.jobs().start(plan.value(), [&](Result<qint64> r) { started = r; });
    QTRY_VERIFY(started.has_value());
    QVERIFY2(started->isOk(), started->isOk() ? "" : qPrintable(started->error().toLogString()));
    QVERIFY(console.jobs().isActive(started->value()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(1).value<RecordState::Job>(), RecordState::Job::Done);
    QVERIFY(!console.jobs().isActive(started->value()));
    QVERIFY(inventory.count() >= 1);
    for (const QString &user : request->clientUserIds)
        QVERIFY2(holds(console, user, request->assets.first().adamId), qPrintable(user));
}

void TestConsole::jobsResumeAfterARestart()
{
    ConsoleFixture f;
    QVERIFY2(f.start(), qPrintable(f.errorString()));
    const auto request = assignTwoUsers(f.console(), f.tokenId(0));
    QVERIFY(request.has_value());
    const auto plan = f.console().jobs().plan(*request);
    QVERIFY(plan);
    std::optional<Result<qint64>> started;
    f.console().jobs().start(plan.value(), [&](Result<qint64> r) { started = r; });
    QTRY_VERIFY(started.has_value());
    QVERIFY(started->isOk());
    const qint64 jobId = started->value();

    // The program ends before the job does: the journal keeps it running.
    QVERIFY(f.restartConsole());
    Console &console = f.console();
    const auto journaled = JobStore(console.database()).find(jobId);
    QVERIFY(journaled && journaled->has_value());
    QCOMPARE(journaled->value().state, RecordState::Job::Running);

    // The new session resumes it by itself and applies its outcome.
    QSignalSpy finished(&console.jobs(), &JobController::jobFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toLongLong(), jobId);
    QCOMPARE(finished.at(0).at(1).value<RecordState::Job>(), RecordState::Job::Done);
    for (const QString &user : request->clientUserIds)
        QVERIFY2(holds(console, user, request->assets.first().adamId), qPrintable(user));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
