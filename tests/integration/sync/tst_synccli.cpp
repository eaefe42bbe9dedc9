// `vppdesk-cli sync` end to end against an in-process vppsim: output and exit codes (0, 3, 4,
// --json); the crash case: the process killed with SIGKILL at random moments of the fetch and in
// the middle of its apply leaves a sound database with the previous inventory, its lease does not
// block the next sync, and the next sync completes; and two processes on one database (a
// `sync --watch` and another doing jobs and syncs) for a while: no error, no batch sent twice, no
// audit entry lost. And --proxy / --no-proxy: every request through a proxy on loopback, errors
// that name it.
#include "core/store/assignmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/sqlitedialect.h"
#include "core/store/synchistory.h"
#include "core/store/tokenstore.h"
#include "core/store/transaction.h"

#include "demoorganization.h"
#include "processrun.h"
#include "simsupport.h"
#include "testproxy.h"
#include "testsupport.h"
#include "vppsim.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

using Run = ProcessRun;

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    QStringList baseArguments() const { return {QStringLiteral("--database"), m_dbPath}; }

    Run cli(const QStringList &arguments)
    {
        return ProcessRun::run(TestSupport::executable(QStringLiteral("vppdesk-cli")),
                               baseArguments() + arguments);
    }

    void addToken(const QString &name, int location)
    {
        const QString path = m_dir->filePath(name + QStringLiteral(".vpptoken"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_sim->tokenFor(location).toLatin1());
        file.close();
        const Run run = cli({QStringLiteral("token"), QStringLiteral("add"), name, QStringLiteral("--file"),
                             path, QStringLiteral("--service-url"), m_sim->v2Url()});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        m_names << name;
    }

    qint64 storedAssignments(Database &db, const QString &name)
    {
        const auto token = TokenStore(db).findByName(name);
        if (!token || !token.value())
            return -1;
        return AssignmentStore(db).countForToken(token.value()->id).valueOr(-1);
    }

    bool assignOne(int location) { return SimSupport::assignOne(*m_sim->state().location(location)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VppSim> m_sim;
    QString m_dbPath;
    QStringList m_names;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("VPPDESK_NO_KEYCHAIN"))
            QSKIP("no Secret Service (VPPDESK_NO_KEYCHAIN=1)");
        QVERIFY2(!TestSupport::executable(QStringLiteral("vppdesk-cli")).isEmpty(), "vppdesk-cli not built");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dbPath = m_dir->filePath(QStringLiteral("vppdesk.sqlite"));
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        m_sim->config().pageSize = 3;
        m_sim->config().maxRequestPerSecond = 1000;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_names.clear();
    }

    void cleanup()
    {
        m_sim->faults().setLatencyMs(0);
        for (SimToken &t : const_cast<QVector<SimToken> &>(m_sim->state().tokens()))
            t.revoked = false;
        for (const QString &name : std::as_const(m_names))
            cli({QStringLiteral("token"), QStringLiteral("remove"), name});
        m_sim.reset();
        m_dir.reset();
    }

    void syncPrintsSummariesAndJson()
    {
        addToken(QStringLiteral("north"), 0);
        addToken(QStringLiteral("south"), 1);
        const Run all = cli({QStringLiteral("sync")});
        QVERIFY2(all.code == 0, qPrintable(all.describe()));
        QVERIFY2(all.out.contains(QStringLiteral("north")) && all.out.contains(QStringLiteral("south")),
                 qPrintable(all.describe()));

        const Run json = cli({QStringLiteral("sync"), QStringLiteral("north"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.describe()));
        const QJsonArray runs =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first().toObject();
        QCOMPARE(run.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.value(QStringLiteral("kind")).toString(), QStringLiteral("incremental"));
        QCOMPARE(run.value(QStringLiteral("assignments")).toInteger(),
                 m_sim->state().location(0)->liveAssignmentCount());

        const Run unknown = cli({QStringLiteral("sync"), QStringLiteral("nowhere")});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(unknown.err.trimmed().count(QLatin1Char('\n')), 0);

        // One token revoked: a token problem (3) alone, a partial failure (4) with another.
        for (SimToken *t : m_sim->state().tokensOfLocation(1))
            t->revoked = true;
        const Run revoked = cli({QStringLiteral("sync"), QStringLiteral("south")});
        QVERIFY2(revoked.code == 3, qPrintable(revoked.describe()));
        QVERIFY(revoked.err.contains(QStringLiteral("south")));
        const Run partial = cli({QStringLiteral("sync")});
        QVERIFY2(partial.code == 4, qPrintable(partial.describe()));
        const Run list = cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--offline")});
        QVERIFY2(list.out.contains(QStringLiteral("revoked")), qPrintable(list.describe()));
    }

    // Starts `vppdesk-cli sync --full north` and kills it (SIGKILL) once `killWhen` says so; then
    // checks that the database is sound and still holds `before`.
    void syncThroughTheProxyOption()
    {
        addToken(QStringLiteral("north"), 0);
        TestProxy proxy;
        QVERIFY(proxy.listen());
        const qint64 before = m_sim->requestCount();
        const Run run = cli({QStringLiteral("sync"), QStringLiteral("--proxy"), proxy.url()});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QVERIFY(proxy.forwarded() > 3);
        QCOMPARE(qint64(proxy.forwarded()), m_sim->requestCount() - before);

        // The option before the command works too; --no-proxy goes around it.
        const Run global = cli({QStringLiteral("--proxy"), proxy.url(), QStringLiteral("sync")});
        QVERIFY2(global.code == 0, qPrintable(global.describe()));
        const int through = proxy.forwarded();
        const Run direct = cli({QStringLiteral("sync"), QStringLiteral("--no-proxy")});
        QVERIFY2(direct.code == 0, qPrintable(direct.describe()));
        QCOMPARE(proxy.forwarded(), through);

        // A user whose password the keychain does not hold: said before anything is sent.
        const QString withUser = QStringLiteral("http://nobody@127.0.0.1:%1").arg(proxy.port());
        const Run noPassword = cli({QStringLiteral("sync"), QStringLiteral("--proxy"), withUser});
        QVERIFY2(noPassword.code == 1, qPrintable(noPassword.describe()));
        QVERIFY2(noPassword.err.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())) &&
                     noPassword.err.contains(QStringLiteral("nobody")),
                 qPrintable(noPassword.describe()));
        QCOMPARE(proxy.forwarded(), through);

        // A proxy that wants credentials and gets none, and one that is down: named in the error.
        proxy.requireCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        const Run refused = cli({QStringLiteral("sync"), QStringLiteral("--proxy"), proxy.url()});
        QVERIFY2(refused.code == 1, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())),
                 qPrintable(refused.describe()));

        const Run bad =
            cli({QStringLiteral("sync"), QStringLiteral("--proxy"), QStringLiteral("ftp://proxy:21")});
        QCOMPARE(bad.code, 2);
        const Run both = cli(
            {QStringLiteral("--proxy"), proxy.url(), QStringLiteral("--no-proxy"), QStringLiteral("sync")});
        QCOMPARE(both.code, 2);
    }

    void killSyncAndCheck(qint64 before, const std::function<bool()> &killWhen,
                          const QByteArray &applyPauseMs = {})
    {
        QProcess process;
        process.setProgram(TestSupport::executable(QStringLiteral("vppdesk-cli")));
        process.setArguments(baseArguments() + QStringList{QStringLiteral("sync"), QStringLiteral("--full"),
                                                           QStringLiteral("--no-metadata"),
                                                           QStringLiteral("north")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!applyPauseMs.isEmpty())
            env.insert(QStringLiteral("VPPDESK_TEST_APPLY_PAUSE_MS"), QString::fromLatin1(applyPauseMs));
        process.setProcessEnvironment(env);
        process.start();
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(killWhen() || process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        Database db;
        const Result<void> opened = db.open(m_dbPath);
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
        const Result<void> sound = db.integrityCheck();
        QVERIFY2(sound, qPrintable(sound.error().toLogString()));
        QCOMPARE(storedAssignments(db, QStringLiteral("north")), before);
    }

    void killedAtRandomMomentsLeavesThePreviousInventory()
    {
        addToken(QStringLiteral("north"), 0);
        const Run first = cli({QStringLiteral("sync"), QStringLiteral("--no-metadata"),
                               QStringLiteral("north"), QStringLiteral("--json")});
        QVERIFY2(first.code == 0, qPrintable(first.describe()));
        const qint64 requestsOfASync = QJsonDocument::fromJson(first.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("runs"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("requests"))
                                           .toInteger();
        QVERIFY(requestsOfASync > 10);
        qint64 before = -1;
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            before = storedAssignments(db, QStringLiteral("north"));
        }
        QCOMPARE(before, m_sim->state().location(0)->liveAssignmentCount());
        QVERIFY(assignOne(0)); // Apple has one more: a finished sync would store it

        // Every phase of the fetch: config, assets, users, assignments, at random request counts.
        m_sim->faults().setLatencyMs(15);
        QRandomGenerator random(20261207);
        for (int round = 0; round < 5; ++round) {
            // Well before the last pages: the kill must land before the apply (tested next).
            const qint64 killAfter = 1 + random.bounded(requestsOfASync * 7 / 10);
            const qint64 requestsBefore = m_sim->requestCount();
            killSyncAndCheck(before, [&] { return m_sim->requestCount() - requestsBefore >= killAfter; });
            if (QTest::currentTestFailed()) {
                qWarning("killed after %lld requests", killAfter);
                return;
            }
        }
        m_sim->faults().setLatencyMs(0);

        // Inside the apply: its transaction held open (fault point), seen from here as a busy
        // database, and the kill lands in it.
        Database probe(std::make_unique<SqliteDialect>(0));
        QVERIFY(probe.open(m_dbPath));
        killSyncAndCheck(
            before,
            [&] {
                Transaction tx(probe);
                return !tx.status(); // the other process holds the write lock: it is applying
            },
            "20000");
        if (QTest::currentTestFailed())
            return;
        probe.close();

        // The dead process's lease does not hold the next sync back, which completes.
        const Run again =
            cli({QStringLiteral("sync"), QStringLiteral("--no-metadata"), QStringLiteral("north")});
        QVERIFY2(again.code == 0, qPrintable(again.describe()));
        Database db;
        QVERIFY(db.open(m_dbPath));
        QCOMPARE(storedAssignments(db, QStringLiteral("north")),
                 m_sim->state().location(0)->liveAssignmentCount());
        QCOMPARE(storedAssignments(db, QStringLiteral("north")), before + 1);
        const auto token = TokenStore(db).findByName(QStringLiteral("north"));
        const auto runs = SyncHistory(db).runs(token.value()->id);
        QCOMPARE(runs->at(0).outcome, RecordState::SyncRun::Ok);
        QCOMPARE(runs->at(1).outcome, RecordState::SyncRun::Interrupted);
        QVERIFY(!LeaseStore(db).find(LeaseStore::syncResource(token.value()->id)).value().has_value());
        QVERIFY(db.integrityCheck());
    }

    void twoProcessesShareTheDatabase()
    {
        addToken(QStringLiteral("north"), 0);
        addToken(QStringLiteral("south"), 1);
        m_sim->config().eventTasksPerSecond = 100000;
        const Run first = cli({QStringLiteral("sync"), QStringLiteral("--no-metadata")});
        QVERIFY2(first.code == 0, qPrintable(first.describe()));
        m_sim->faults().setLatencyMs(5);
        // One process syncs every token every second, for as long as the other works.
        QProcess watcher;
        watcher.setProgram(TestSupport::executable(QStringLiteral("vppdesk-cli")));
        watcher.setArguments(baseArguments() + QStringList{QStringLiteral("--poll-interval"),
                                                           QStringLiteral("1"), QStringLiteral("sync"),
                                                           QStringLiteral("--watch"),
                                                           QStringLiteral("--no-metadata")});
        watcher.start();
        QVERIFY(watcher.waitForStarted(10000));

        // The other assigns and unassigns licenses (one job each) and syncs, on the same file.
        SimLocation *north = m_sim->state().location(0);
        QString adamId;
        QStringList users;
        for (int a = 0; a < north->assets().size() && users.size() < 4; ++a) {
            const SimAsset &asset = north->assets()[a];
            if (asset.productType != u"App" || asset.unlimited || asset.availableCount() < 6)
                continue;
            users.clear();
            for (const SimUser &u : north->users()) {
                const int target = north->findTarget(u.clientUserId, SimTargetKind::User);
                if (u.isActive() && (target < 0 || !north->isAssigned(a, target)) &&
                    !users.contains(u.clientUserId))
                    users << u.clientUserId;
                if (users.size() == 4)
                    break;
            }
            adamId = asset.adamId;
        }
        QCOMPARE(users.size(), 4);
        int jobs = 0;
        int syncsOk = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; clock.elapsed() < 20000; ++round) {
            const QString user = users.at(round % users.size());
            const QString verb =
                (round / users.size()) % 2 == 0 ? QStringLiteral("assign") : QStringLiteral("unassign");
            const Run job = cli({QStringLiteral("--poll-interval"), QStringLiteral("1"), verb,
                                 QStringLiteral("north"), QStringLiteral("--adam-id"), adamId,
                                 QStringLiteral("--user"), user, QStringLiteral("--json")});
            QVERIFY2(job.code == 0, qPrintable(job.describe()));
            ++jobs;
            const Run sync =
                cli({QStringLiteral("sync"), QStringLiteral("--no-metadata"), QStringLiteral("north")});
            // Either it synced, or the watcher was syncing north at that moment and said so.
            QVERIFY2(sync.code == 0 || sync.err.contains(QStringLiteral("is being synced by")),
                     qPrintable(sync.describe()));
            syncsOk += sync.code == 0 ? 1 : 0;
        }
        QVERIFY(watcher.state() == QProcess::Running);
        watcher.terminate();
        QVERIFY(watcher.waitForFinished(10000));
        const QString watched = QString::fromUtf8(watcher.readAllStandardError());
        for (const QString &line : watched.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.contains(QStringLiteral("is being synced by")), qPrintable(line));
        const QString watchedOut = QString::fromUtf8(watcher.readAllStandardOutput());
        // The watcher kept syncing both; north less often, as the other process synced it too (a
        // token synced a moment ago is not due yet, and one being synced elsewhere is left alone).
        QVERIFY2(watchedOut.count(QStringLiteral("south:")) > 3 &&
                     watchedOut.count(QStringLiteral("north:")) >= 1,
                 qPrintable(watchedOut + watched));
        QVERIFY(syncsOk > 3);
        qInfo("%d jobs, %d foreground syncs ok", jobs, syncsOk);

        // Apple received each job's batch exactly once: one event per job, none twice.
        const QList<SimEvent> events = m_sim->state().events();
        QCOMPARE(events.size(), jobs);
        // Every job wrote its start and its end in the audit log, and the chain holds.
        Database db;
        QVERIFY(db.open(m_dbPath));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'job.finished'")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), jobs);
        const Run verify = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(verify.code == 0, qPrintable(verify.describe()));
        QVERIFY(db.integrityCheck());
        // What north holds at Apple is what the inventory says, once the last sync is in.
        const Run last = cli({QStringLiteral("sync"), QStringLiteral("--full"),
                              QStringLiteral("--no-metadata"), QStringLiteral("north")});
        QVERIFY2(last.code == 0, qPrintable(last.describe()));
        QCOMPARE(storedAssignments(db, QStringLiteral("north")), north->liveAssignmentCount());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
