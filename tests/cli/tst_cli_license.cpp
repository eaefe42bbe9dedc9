// vppdesk-cli's license commands end to end: the built binary as a QProcess against an in-process
// vppsim (demo organization) with a temporary database: the dry run sends nothing, a real assign
// lands at Apple and in the store, --no-wait then `jobs resume` finishes the job, a failed target
// (9609) is retried with `jobs retry` once the user exists.
#include "demoorganization.h"
#include "faultplan.h"
#include "processrun.h"
#include "testsupport.h"
#include "vppsim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliLicense : public QObject
{
    Q_OBJECT

private:
    ProcessRun cli(const QStringList &arguments)
    {
        return ProcessRun::run(TestSupport::executable(QStringLiteral("vppdesk-cli")),
                               QStringList{QStringLiteral("--database"), m_dbPath,
                                           QStringLiteral("--poll-interval"), QStringLiteral("1")} +
                                   arguments);
    }

    // A paid app of London with licenses left, and `count` active users who do not hold it.
    bool pickTargets(int count, QString *adamId, QStringList *users)
    {
        SimLocation *london = m_sim->state().location(0);
        for (int a = 0; a < london->assets().size(); ++a) {
            const SimAsset &asset = london->assets()[a];
            if (asset.productType != u"App" || asset.unlimited || asset.availableCount() < count + 2)
                continue;
            users->clear();
            for (const SimUser &u : london->users()) {
                const int target = london->findTarget(u.clientUserId, SimTargetKind::User);
                if (u.isActive() && (target < 0 || !london->isAssigned(a, target)) &&
                    !users->contains(u.clientUserId))
                    users->append(u.clientUserId);
                if (users->size() == count)
                    break;
            }
            if (users->size() == count) {
                *adamId = asset.adamId;
                return true;
            }
        }
        return false;
    }

    bool holds(const QString &adamId, const QString &clientUserId) const
    {
        SimLocation *london = m_sim->state().location(0);
        const int asset = london->findAsset(adamId, QStringLiteral("STDQ"));
        const int target = london->findTarget(clientUserId, SimTargetKind::User);
        return asset >= 0 && target >= 0 && london->isAssigned(asset, target);
    }

    QStringList assignArgs(const QString &adamId, const QStringList &users)
    {
        QStringList args{QStringLiteral("assign"), QStringLiteral("london"), QStringLiteral("--adam-id"),
                         adamId};
        for (const QString &u : users)
            args << QStringLiteral("--user") << u;
        return args;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VppSim> m_sim;
    QString m_dbPath;

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariableIsSet("VPPDESK_NO_KEYCHAIN"))
            QSKIP("no Secret Service (VPPDESK_NO_KEYCHAIN=1)");
        m_dir = std::make_unique<QTemporaryDir>();
        m_dbPath = m_dir->filePath(QStringLiteral("vppdesk.sqlite"));
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        m_sim->config().eventTasksPerSecond = 100000;
        m_sim->config().enforceRateLimit = false;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        const QString file = m_dir->filePath(QStringLiteral("london.vpptoken"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_sim->tokenFor(0).toLatin1());
        out.close();
        const ProcessRun add =
            cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("london"),
                 QStringLiteral("--file"), file, QStringLiteral("--service-url"), m_sim->v2Url()});
        QVERIFY2(add.code == 0, qPrintable(add.describe()));
        const ProcessRun sync = cli({QStringLiteral("sync"), QStringLiteral("--no-metadata")});
        QVERIFY2(sync.code == 0, qPrintable(sync.describe()));
    }

    void cleanup()
    {
        if (m_dir)
            cli({QStringLiteral("token"), QStringLiteral("remove"), QStringLiteral("london")});
        m_sim.reset();
        m_dir.reset();
    }

    void dryRunSendsNothing()
    {
        QString adamId;
        QStringList users;
        QVERIFY(pickTargets(2, &adamId, &users));
        const qint64 before = m_sim->state().location(0)->liveAssignmentCount();
        const ProcessRun run =
            cli(assignArgs(adamId, users) << QStringLiteral("--dry-run") << QStringLiteral("--json"));
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("token")).toString(), QStringLiteral("london"));
        QVERIFY2(run.out.contains(adamId), qPrintable(run.out));
        QCOMPARE(m_sim->state().location(0)->liveAssignmentCount(), before);
        QVERIFY(m_sim->state().pendingEventIds().isEmpty());
    }

    void assignLandsAtAppleAndInTheStore()
    {
        QString adamId;
        QStringList users;
        QVERIFY(pickTargets(3, &adamId, &users));
        const QString tracePath = m_dir->filePath(QStringLiteral("trace.jsonl"));
        const ProcessRun run =
            cli(QStringList{QStringLiteral("--trace"), tracePath} + assignArgs(adamId, users)
                << QStringLiteral("--json"));
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QJsonObject job = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        // The redacted trace names every request to Apple, never the token.
        QFile trace(tracePath);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        const QByteArray lines = trace.readAll();
        QVERIFY2(lines.contains("/mdm/v2/assets/associate"), lines.constData());
        QVERIFY2(lines.contains("/mdm/v2/status"), lines.constData());
        QVERIFY(!lines.contains(m_sim->tokenFor(0).toLatin1()));
        QVERIFY(!lines.contains(m_sim->state().tokens().first().secret.toLatin1()));
        QCOMPARE(job.value(QStringLiteral("numCompleted")).toInt(), 3);
        for (const QString &u : users)
            QVERIFY2(holds(adamId, u), qPrintable(u));
        // The store learnt it from Apple's answer: the offline read shows the new licenses.
        const ProcessRun list =
            cli({QStringLiteral("assignments"), QStringLiteral("--token"), QStringLiteral("london"),
                 QStringLiteral("--adam-id"), adamId, QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.describe()));
        for (const QString &u : users)
            QVERIFY2(list.out.contains(u), qPrintable(u));
    }

    void noWaitThenResume()
    {
        QString adamId;
        QStringList users;
        QVERIFY(pickTargets(3, &adamId, &users));
        m_sim->config().eventTasksPerSecond = 1; // slow enough for the job to be left running
        const ProcessRun submitted = cli(assignArgs(adamId, users) << QStringLiteral("--no-wait"));
        QVERIFY2(submitted.code == 0, qPrintable(submitted.describe()));
        const ProcessRun listed = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.describe()));
        QVERIFY2(listed.out.contains(QStringLiteral("running")), qPrintable(listed.out));
        m_sim->config().eventTasksPerSecond = 100000;
        const ProcessRun resumed = cli({QStringLiteral("jobs"), QStringLiteral("resume")});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.describe()));
        QVERIFY2(resumed.out.contains(QStringLiteral("Done")), qPrintable(resumed.out));
        for (const QString &u : users)
            QVERIFY2(holds(adamId, u), qPrintable(u));
        const ProcessRun nothing = cli({QStringLiteral("jobs"), QStringLiteral("resume")});
        QCOMPARE(nothing.code, 0);
    }

    void outcomeUnknownNeedsChecking()
    {
        QString adamId;
        QStringList users;
        QVERIFY(pickTargets(6, &adamId, &users));
        // Apple takes the request and its answer is cut; Apple is still at it (6 s) when the runner
        // has looked for the last time (3 polls of 1 s).
        m_sim->config().eventTasksPerSecond = 1;
        m_sim->faults().arm({FaultKind::TruncatedJson, 1, 100, QStringLiteral("/assets/associate"), 0, 0});
        const QString sentence =
            QStringLiteral("Apple may have received this request; check the assignments before retrying.");
        const ProcessRun run = cli(assignArgs(adamId, users));
        QCOMPARE(run.code, 4);
        QVERIFY2(run.out.contains(QStringLiteral("Needs checking")), qPrintable(run.describe()));
        QVERIFY2(run.describe().contains(sentence), qPrintable(run.describe()));
        const ProcessRun listed = cli({QStringLiteral("jobs")});
        QVERIFY2(listed.code == 0, qPrintable(listed.describe()));
        QVERIFY2(listed.out.contains(QStringLiteral("Needs checking")), qPrintable(listed.out));
        QVERIFY2(listed.describe().contains(sentence), qPrintable(listed.describe()));
        const ProcessRun json = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(json.out.contains(QStringLiteral("needsChecking")), qPrintable(json.out));
        // Nothing is resumed: the request is never sent again unseen.
        const ProcessRun resumed = cli({QStringLiteral("jobs"), QStringLiteral("resume")});
        QCOMPARE(resumed.code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(holds(adamId, users.first()) && holds(adamId, users.last()), 20000);
    }

    void failedTargetIsRetried()
    {
        QString adamId;
        QStringList users;
        QVERIFY(pickTargets(1, &adamId, &users));
        const QString newcomer = QStringLiteral("ff-newcomer-1");
        const ProcessRun run = cli(assignArgs(adamId, {users.first(), newcomer}) << QStringLiteral("--json"));
        QCOMPARE(run.code, 4); // partly failed
        const QJsonObject job = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray failures = job.value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().toObject().value(QStringLiteral("errorNumber")).toInt(), 9609);
        QCOMPARE(failures.first().toObject().value(QStringLiteral("clientUserId")).toString(), newcomer);
        QVERIFY(holds(adamId, users.first()));
        QVERIFY(!holds(adamId, newcomer));

        const ProcessRun created =
            cli({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("london"),
                 QStringLiteral("--client-user-id"), newcomer, QStringLiteral("--email"),
                 QStringLiteral("newcomer@fjordfinch.example")});
        QVERIFY2(created.code == 0, qPrintable(created.describe()));
        const qint64 jobId = job.value(QStringLiteral("jobId")).toInteger();
        const ProcessRun retried =
            cli({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(jobId)});
        QVERIFY2(retried.code == 0, qPrintable(retried.describe()));
        QVERIFY(holds(adamId, newcomer));
    }
};

QTEST_GUILESS_MAIN(TestCliLicense)
#include "tst_cli_license.moc"
