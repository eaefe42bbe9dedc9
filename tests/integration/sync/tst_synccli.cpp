// `vppdesk-cli sync` end to end against an in-process vppsim: output and exit codes (0, 3, 4,
// --json), and the crash case: the process killed with SIGKILL in the middle of a sync leaves a
// sound database with the previous inventory, and the next sync completes.
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/synchistory.h"
#include "core/store/tokenstore.h"

#include "demoorganization.h"
#include "processrun.h"
#include "simsupport.h"
#include "testsupport.h"
#include "vppsim.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

    void killedMidSyncLeavesThePreviousInventory()
    {
        addToken(QStringLiteral("north"), 0);
        const Run first = cli({QStringLiteral("sync"), QStringLiteral("north")});
        QVERIFY2(first.code == 0, qPrintable(first.describe()));
        qint64 before = -1;
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            before = storedAssignments(db, QStringLiteral("north"));
        }
        QCOMPARE(before, m_sim->state().location(0)->liveAssignmentCount());

        QVERIFY(assignOne(0));
        m_sim->faults().setLatencyMs(40);
        QProcess process;
        process.setProgram(TestSupport::executable(QStringLiteral("vppdesk-cli")));
        process.setArguments(baseArguments() + QStringList{QStringLiteral("sync"), QStringLiteral("--full"),
                                                           QStringLiteral("north")});
        const qint64 requestsBefore = m_sim->requestCount();
        process.start();
        QVERIFY(process.waitForStarted(10000));
        // Well into the assignment pages (config, assets and users come first).
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sim->requestCount() - requestsBefore > 60 || process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        {
            Database db;
            const Result<void> opened = db.open(m_dbPath);
            QVERIFY2(opened, qPrintable(opened.error().toLogString()));
            const Result<void> sound = db.integrityCheck();
            QVERIFY2(sound, qPrintable(sound.error().toLogString()));
            QCOMPARE(storedAssignments(db, QStringLiteral("north")), before);
            const auto token = TokenStore(db).findByName(QStringLiteral("north"));
            const auto runs = SyncHistory(db).runs(token.value()->id);
            QCOMPARE(runs->constFirst().outcome, QStringLiteral("running"));
        }

        m_sim->faults().setLatencyMs(0);
        const Run again = cli({QStringLiteral("sync"), QStringLiteral("north")});
        QVERIFY2(again.code == 0, qPrintable(again.describe()));
        Database db;
        QVERIFY(db.open(m_dbPath));
        QCOMPARE(storedAssignments(db, QStringLiteral("north")),
                 m_sim->state().location(0)->liveAssignmentCount());
        const auto token = TokenStore(db).findByName(QStringLiteral("north"));
        const auto runs = SyncHistory(db).runs(token.value()->id);
        QCOMPARE(runs->at(0).outcome, QStringLiteral("ok"));
        QCOMPARE(runs->at(1).outcome, QStringLiteral("interrupted"));
        QVERIFY(db.integrityCheck());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
