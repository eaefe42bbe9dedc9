// License jobs against vppsim over real loopback HTTP: plans, batches, status polling, inventory
// updates, per-target failures and retries, resuming after a restart, revoke, VPP users.
#include "core/apple/appleclient.h"
#include "core/licensing/assignmentplanner.h"
#include "core/licensing/jobrunner.h"
#include "core/licensing/usermanager.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/jobstore.h"
#include "core/store/sqlvalues.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"

#include "vppsim.h"

#include "testengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestLicenseJobs : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<VppSim> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppleClient> m_client;
    QString m_tokenId;
    ServiceConfig m_config;

    const QString app = QStringLiteral("1001");
    const QString book = QStringLiteral("2001");

    std::unique_ptr<JobRunner> makeRunner()
    {
        auto runner = std::make_unique<JobRunner>(*m_db, m_client.get(), m_tokenId);
        runner->setPollInterval(50ms);
        runner->setActor(QStringLiteral("tester"));
        return runner;
    }

    LicensePlan plan(LicenseRequest::Kind kind, const QStringList &users, const QStringList &serials = {},
                     const QString &adamId = {}, const QString &pricing = QStringLiteral("STDQ"))
    {
        LicenseRequest r;
        r.kind = kind;
        r.tokenId = m_tokenId;
        if (!adamId.isEmpty())
            r.assets = {{adamId, pricing}};
        r.clientUserIds = users;
        r.serialNumbers = serials;
        AssignmentPlanner planner(*m_db);
        planner.setServiceConfig(m_config);
        const auto p = planner.plan(r);
        if (!p)
            qWarning("%s", qPrintable(p.error().toLogString()));
        return p.valueOr(LicensePlan());
    }

    QString run(JobRunner &runner, const LicensePlan &p, qint64 *jobId = nullptr)
    {
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const auto id = runner.start(p);
        if (!id)
            return QStringLiteral("start failed");
        if (jobId)
            *jobId = id.value();
        if (!finished.wait(20000))
            return QStringLiteral("timeout");
        return stateOf(finished.first());
    }

    // The journal's text of the state a jobFinished signal carries.
    static QString stateOf(const QList<QVariant> &finishedArguments)
    {
        return RecordState::toText(finishedArguments.at(1).value<RecordState::Job>());
    }

    void armCutReplyToAssociate()
    {
        // Apple takes the associate, and its answer is cut on the way back: the event id is lost.
        m_sim->faults().arm({FaultKind::TruncatedJson, 1, 100, QStringLiteral("/assets/associate"), 0, 0});
    }

    qint64 held(const QString &adamId) const
    {
        AssignmentFilter f;
        f.adamId = adamId;
        return AssignmentStore(*m_db).countForToken(m_tokenId, f).valueOr(-1);
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_sim = std::make_unique<VppSim>();
        SimState &state = m_sim->state();
        const int loc = state.addLocation(std::make_unique<SimLocation>(
            QStringLiteral("9000001"), QStringLiteral("Test School"), QStringLiteral("US"),
            QStringLiteral("volumestore"), QStringLiteral("https://example.org")));
        SimLocation *location = state.location(loc);
        SimAsset a;
        a.adamId = app;
        a.pricingParam = QStringLiteral("STDQ");
        a.productType = QStringLiteral("App");
        a.supportedPlatforms = {QStringLiteral("iOS")};
        a.totalCount = 3;
        location->addAsset(a);
        SimAsset b = a;
        b.adamId = book;
        b.pricingParam = QStringLiteral("PLUS");
        b.productType = QStringLiteral("Book");
        b.totalCount = 10;
        b.deviceAssignable = false;
        b.revocable = false;
        location->addAsset(b);
        for (int i = 1; i <= 5; ++i) {
            SimUser u;
            u.clientUserId = QStringLiteral("u%1").arg(i);
            u.status = QStringLiteral("Associated");
            u.idHash = QStringLiteral("hash%1").arg(i);
            location->addUser(u);
        }
        state.issueToken(loc, QDateTime::currentDateTimeUtc().addDays(300));
        m_sim->config().eventTasksPerSecond = 100000;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));

        m_client = std::make_unique<AppleClient>(&m_network, QUrl(m_sim->v2Url()), m_sim->tokenFor(loc));
        std::optional<Result<ServiceConfig>> config;
        m_client->serviceConfig([&](Result<ServiceConfig> r) { config = r; });
        QTRY_VERIFY(config.has_value());
        QVERIFY(config->isOk());
        m_config = config->value();

        // The inventory as a sync would leave it.
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction())))
                    .isOk());
        TokenRecord t;
        t.name = QStringLiteral("School");
        t.serviceUrl = m_sim->v2Url();
        t.expiresAt = QDateTime::currentDateTimeUtc().addDays(300);
        m_tokenId = TokenStore(*m_db).insert(t)->id;
        QVERIFY(AssetStore(*m_db)
                    .applyFull(m_tokenId, {{m_tokenId,
                                            app,
                                            QStringLiteral("STDQ"),
                                            QStringLiteral("App"),
                                            3,
                                            0,
                                            3,
                                            0,
                                            true,
                                            true,
                                            false,
                                            {QStringLiteral("iOS")},
                                            std::nullopt},
                                           {m_tokenId,
                                            book,
                                            QStringLiteral("PLUS"),
                                            QStringLiteral("Book"),
                                            10,
                                            0,
                                            10,
                                            0,
                                            false,
                                            false,
                                            false,
                                            {QStringLiteral("iOS")},
                                            std::nullopt}})
                    .isOk());
        QList<VppUserRecord> users;
        for (int i = 1; i <= 5; ++i) {
            VppUserRecord u;
            u.clientUserId = QStringLiteral("u%1").arg(i);
            u.status = QStringLiteral("Associated");
            users.append(u);
        }
        QVERIFY(UserStore(*m_db).applyFull(m_tokenId, users).isOk());
    }

    void cleanup()
    {
        m_client.reset();
        m_db.reset();
        m_sim.reset();
        m_network.clearConnectionCache();
    }

    void assignToUsersAndDevices()
    {
        auto runner = makeRunner();
        const LicensePlan p = plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1"), QStringLiteral("u2")},
                                   {QStringLiteral("C02SERIAL01")}, app);
        QCOMPARE(p.taskCount(), 3);
        QSignalSpy progress(runner.get(), &JobRunner::progressChanged);
        qint64 jobId = 0;
        QCOMPARE(run(*runner, p, &jobId), QStringLiteral("done"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(held(app), 3);
        QCOMPARE(AssetStore(*m_db).find(m_tokenId, app, QStringLiteral("STDQ"))->value().availableCount, 0);
        QCOMPARE(m_sim->state().location(0)->assets().first().assignedCount, 3);
        const auto events = JobStore(*m_db).events(jobId);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().status, RecordState::Batch::Complete);
        QVERIFY(!events->first().eventId.isEmpty());
    }

    void oversubscriptionSendsOnlyWhatFits()
    {
        auto runner = makeRunner();
        const LicensePlan p = plan(LicenseRequest::Kind::Assign,
                                   {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
                                    QStringLiteral("u4"), QStringLiteral("u5")},
                                   {}, app);
        QCOMPARE(p.taskCount(), 3);
        QCOMPARE(p.excludedCount(), 2);
        QVERIFY(p.toText().contains(QStringLiteral("needs 5, 3 available")));
        QCOMPARE(run(*runner, p), QStringLiteral("done"));
        QCOMPARE(m_sim->state().location(0)->assets().first().assignedCount, 3);
        QCOMPARE(held(app), 3);
    }

    void booksToDevicesRefusedInThePlan()
    {
        const LicensePlan p = plan(LicenseRequest::Kind::Assign, {}, {QStringLiteral("C02SERIAL01")}, book,
                                   QStringLiteral("PLUS"));
        QVERIFY(p.isEmpty());
        QCOMPARE(p.notesWith(PlanNote::Reason::BookToDevice).size(), 1);
    }

    void unknownUserFailsAndIsRetried()
    {
        auto runner = makeRunner();
        qint64 jobId = 0;
        const LicensePlan p =
            plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1"), QStringLiteral("ghost")}, {}, app);
        QCOMPARE(p.notesWith(PlanNote::Reason::NotRegistered).size(), 1);
        QCOMPARE(run(*runner, p, &jobId), QStringLiteral("partial"));
        const auto failures = JobRunner::failuresOf(JobStore(*m_db).events(jobId).value());
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().errorNumber, 9609);
        QCOMPARE(failures.first().clientUserId, QStringLiteral("ghost"));
        QCOMPARE(held(app), 1); // u1 only: the failure was not applied

        UserManager users(*m_db, *runner, m_tokenId);
        users.setServiceConfig(m_config);
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QVERIFY(users.createUsers({{QStringLiteral("ghost"), QStringLiteral("ghost@example.org"), {}}}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(stateOf(finished.first()), QStringLiteral("done"));

        const auto retry = runner->planRetry(jobId);
        QVERIFY2(retry, qPrintable(retry.error().toLogString()));
        QCOMPARE(retry->request.clientUserIds, QStringList{QStringLiteral("ghost")});
        QCOMPARE(run(*runner, retry.value()), QStringLiteral("done"));
        QCOMPARE(held(app), 2);
    }

    void jobSurvivesARestart()
    {
        m_sim->config().eventTasksPerSecond = 1; // slow enough to stop the runner mid-way
        qint64 jobId = 0;
        {
            auto runner = makeRunner();
            const LicensePlan p = plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1")},
                                       {QStringLiteral("C02SERIAL01")}, app);
            jobId = runner->start(p).value();
            QTRY_VERIFY_WITH_TIMEOUT(!JobStore(*m_db).events(jobId)->first().eventId.isEmpty(), 10000);
            QCOMPARE(JobStore(*m_db).events(jobId)->first().status, RecordState::Batch::Pending);
        } // the process "ends"
        m_sim->config().eventTasksPerSecond = 100000;
        auto fresh = makeRunner();
        QSignalSpy finished(fresh.get(), &JobRunner::jobFinished);
        const auto resumed = fresh->resumePending();
        QVERIFY(resumed);
        QCOMPARE(resumed.value(), QList<qint64>{jobId});
        QVERIFY(finished.wait(20000));
        QCOMPARE(stateOf(finished.first()), QStringLiteral("done"));
        QCOMPARE(held(app), 2);
        QCOMPARE(JobStore(*m_db).find(jobId)->value().state, RecordState::Job::Done);
    }

    void outcomeUnknownIsLookedUpNotSentAgain()
    {
        armCutReplyToAssociate();
        auto runner = makeRunner();
        qint64 jobId = 0;
        const LicensePlan p =
            plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1")}, {QStringLiteral("C02SERIAL01")}, app);
        // Apple's assignments show both targets holding the app: settled without a second request.
        QCOMPARE(run(*runner, p, &jobId), QStringLiteral("done"));
        QCOMPARE(m_sim->state().location(0)->assets().first().assignedCount, 2);
        QCOMPARE(held(app), 2);
        const auto events = JobStore(*m_db).events(jobId);
        QCOMPARE(events->first().status, RecordState::Batch::Complete);
        QVERIFY(events->first().eventId.isEmpty()); // never learnt: it was looked up, not sent again
    }

    void outcomeUnknownLeftForTheAdmin()
    {
        m_sim->config().eventTasksPerSecond = 1; // Apple has not worked through it when we look
        armCutReplyToAssociate();
        auto runner = makeRunner();
        qint64 jobId = 0;
        const LicensePlan p =
            plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1"), QStringLiteral("u2")}, {}, app);
        QCOMPARE(run(*runner, p, &jobId), QStringLiteral("needsChecking"));
        JobStore store(*m_db);
        QCOMPARE(store.find(jobId)->value().state, RecordState::Job::NeedsChecking);
        const auto events = store.events(jobId);
        QCOMPARE(events->first().status, RecordState::Batch::OutcomeUnknown);
        QCOMPARE(held(app), 0); // nothing applied that Apple did not confirm
        // Neither Retry failed nor a resume sends it again.
        QVERIFY(JobRunner::failuresOf(events.value()).isEmpty());
        QVERIFY(!runner->planRetry(jobId));
        auto fresh = makeRunner();
        QCOMPARE(fresh->resumePending().value(), QList<qint64>());
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->state().location(0)->assets().first().assignedCount, 2, 10000);
        QCOMPARE(m_sim->state().location(0)->assets().first().assignedCount, 2); // one event only
    }

    void pendingIsNotResubmittedForever()
    {
        m_sim->config().eventTasksPerSecond = 1; // each event stays PENDING for seconds
        auto runner = makeRunner();
        runner->setResubmitAfter(1ms); // every poll finds the batch pending too long
        qint64 jobId = 0;
        const LicensePlan p =
            plan(LicenseRequest::Kind::Assign,
                 {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")}, {}, app);
        const QString state = run(*runner, p, &jobId);
        QVERIFY2(state == u"failed" || state == u"partial", qPrintable(state));
        const auto events = JobStore(*m_db).events(jobId);
        QCOMPARE(events->first().status, RecordState::Batch::Error);
        QCOMPARE(events->first().resubmits, JobRunner::MaxPendingResubmits);
        const QList<JobFailure> failures = JobRunner::failuresOf(events.value());
        QCOMPARE(failures.size(), 3);
        QVERIFY2(
            failures.first().errorMessage.contains(QStringLiteral("pending after it was sent again 5 times")),
            qPrintable(failures.first().errorMessage));
    }

    void oldJobFailsInsteadOfPollingOn()
    {
        m_sim->config().eventTasksPerSecond = 1;
        qint64 jobId = 0;
        {
            auto runner = makeRunner();
            jobId =
                runner->start(plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1")}, {}, app)).value();
            QTRY_VERIFY_WITH_TIMEOUT(!JobStore(*m_db).events(jobId)->first().eventId.isEmpty(), 10000);
        } // the process ends with the batch PENDING...
        // ...and starts again a day later.
        QSqlQuery age(m_db->connection());
        QVERIFY(age.prepare(QStringLiteral("UPDATE jobs SET created_at = ? WHERE id = ?")));
        age.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-25 * 3600)));
        age.addBindValue(jobId);
        QVERIFY(age.exec());
        auto fresh = makeRunner();
        QSignalSpy finished(fresh.get(), &JobRunner::jobFinished);
        QCOMPARE(fresh->resumePending().value(), QList<qint64>{jobId});
        QVERIFY(finished.wait(20000));
        QCOMPARE(stateOf(finished.first()), QStringLiteral("failed"));
        const QList<JobFailure> failures = JobRunner::failuresOf(JobStore(*m_db).events(jobId).value());
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().errorMessage.contains(QStringLiteral("unfinished after 24 hours")),
                 qPrintable(failures.first().errorMessage));
    }

    void revokeKeepsBooks()
    {
        auto runner = makeRunner();
        QCOMPARE(run(*runner, plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1")}, {}, app)),
                 QStringLiteral("done"));
        QCOMPARE(run(*runner, plan(LicenseRequest::Kind::Assign, {QStringLiteral("u1")}, {}, book,
                                   QStringLiteral("PLUS"))),
                 QStringLiteral("done"));
        const LicensePlan r = plan(LicenseRequest::Kind::Revoke, {QStringLiteral("u1")});
        QCOMPARE(r.revokeAssignments, 1);
        QCOMPARE(r.notesWith(PlanNote::Reason::KeptNotRevocable).size(), 1);
        QCOMPARE(run(*runner, r), QStringLiteral("done"));
        QCOMPARE(held(app), 0);
        QCOMPARE(held(book), 1);
        QCOMPARE(m_sim->state().location(0)->assets().at(1).assignedCount, 1);
    }

    void usersCreateUpdateRetireAndInvitation()
    {
        auto runner = makeRunner();
        UserManager users(*m_db, *runner, m_tokenId);
        users.setServiceConfig(m_config);
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QVERIFY(users.createUsers({{QStringLiteral("new1"), QStringLiteral("new1@example.org"), {}}}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(stateOf(finished.takeFirst()), QStringLiteral("done"));
        const auto rows = UserStore(*m_db).find(QStringLiteral("new1"));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().status, QStringLiteral("Registered"));
        QVERIFY(!rows->first().inviteCode.isEmpty());
        const auto link = users.invitationUrl(QStringLiteral("new1"));
        QVERIFY2(link, qPrintable(link.error().toLogString()));
        QVERIFY(link->toString().contains(rows->first().inviteCode));

        QVERIFY(users.updateUsers({{QStringLiteral("new1"), QStringLiteral("other@example.org"), {}}}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(stateOf(finished.takeFirst()), QStringLiteral("done"));
        QCOMPARE(UserStore(*m_db).find(QStringLiteral("new1"))->first().email,
                 QStringLiteral("other@example.org"));

        QVERIFY(users.retireUsers({QStringLiteral("new1")}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(stateOf(finished.takeFirst()), QStringLiteral("done"));
        QCOMPARE(UserStore(*m_db).find(QStringLiteral("new1"))->first().status, QStringLiteral("Retired"));
        QVERIFY(!users.invitationUrl(QStringLiteral("new1")));
    }

    void ownedElsewhereRefusedUnlessForced()
    {
        TokenStore tokens(*m_db);
        TokenRecord t = tokens.findById(m_tokenId)->value();
        t.mdmInfoId = QStringLiteral("someone-else");
        t.mdmInfoName = QStringLiteral("Other MDM");
        QVERIFY(tokens.update(t).isOk());
        LicenseRequest r;
        r.tokenId = m_tokenId;
        r.assets = {{app, QStringLiteral("STDQ")}};
        r.clientUserIds = {QStringLiteral("u1")};
        AssignmentPlanner planner(*m_db);
        planner.setOurMdmId(QStringLiteral("us"));
        const auto refused = planner.plan(r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, VppError::Kind::Token);
        r.force = true;
        const auto forced = planner.plan(r);
        QVERIFY(forced);
        auto runner = makeRunner();
        QCOMPARE(run(*runner, forced.value()), QStringLiteral("done"));
        QCOMPARE(held(app), 1);
    }
};

QTEST_GUILESS_MAIN(TestLicenseJobs)
#include "tst_licensejobs.moc"
