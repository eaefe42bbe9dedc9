// AssignmentPlanner against a real SQLite inventory filled through the store classes: license
// rules, oversubscription, Distribution groups, ownership, batching by Apple's limits.
#include "core/licensing/assignmentplanner.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/groupstore.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

class TestAssignmentPlanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_tokenId;

    LicenseRequest assign(const QString &adamId, const QStringList &users, const QStringList &serials = {})
    {
        LicenseRequest r;
        r.kind = LicenseRequest::Kind::Assign;
        r.tokenId = m_tokenId;
        r.assets = {{adamId, QStringLiteral("STDQ")}};
        r.clientUserIds = users;
        r.serialNumbers = serials;
        return r;
    }

    static QStringList ids(const QString &prefix, int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(prefix + QString::number(i));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction())))
                    .isOk());
        TokenRecord t;
        t.name = QStringLiteral("Oslo");
        t.expiresAt = QDateTime::currentDateTimeUtc().addDays(300);
        const auto stored = TokenStore(*m_db).insert(t);
        QVERIFY(stored.isOk());
        m_tokenId = stored->id;

        AssetRecord app{m_tokenId,
                        QStringLiteral("100"),
                        QStringLiteral("STDQ"),
                        QStringLiteral("App"),
                        100,
                        0,
                        100,
                        0,
                        true,
                        true,
                        false,
                        {QStringLiteral("iOS")},
                        std::nullopt};
        AssetRecord book{m_tokenId,
                         QStringLiteral("200"),
                         QStringLiteral("STDQ"),
                         QStringLiteral("Book"),
                         10,
                         1,
                         9,
                         0,
                         false,
                         false,
                         false,
                         {QStringLiteral("iOS")},
                         std::nullopt};
        AssetRecord userOnly{m_tokenId,
                             QStringLiteral("300"),
                             QStringLiteral("STDQ"),
                             QStringLiteral("App"),
                             10,
                             0,
                             10,
                             0,
                             false,
                             true,
                             false,
                             {QStringLiteral("iOS")},
                             std::nullopt};
        AssetRecord free{m_tokenId,
                         QStringLiteral("400"),
                         QStringLiteral("STDQ"),
                         QStringLiteral("App"),
                         2147483647,
                         0,
                         0,
                         0,
                         true,
                         true,
                         true,
                         {QStringLiteral("iOS")},
                         std::nullopt};
        const auto stored2 = AssetStore(*m_db).applyFull(m_tokenId, {app, book, userOnly, free});
        QVERIFY2(stored2, qPrintable(stored2.error().toLogString()));

        QList<VppUserRecord> users;
        for (const QString &id : ids(QStringLiteral("u"), 130)) {
            VppUserRecord u;
            u.clientUserId = id;
            u.status = QStringLiteral("Associated");
            users.append(u);
        }
        QVERIFY(UserStore(*m_db).applyFull(m_tokenId, users).isOk());
        QVERIFY(
            AssignmentStore(*m_db)
                .applyFull(
                    m_tokenId,
                    {{m_tokenId, QStringLiteral("100"), QStringLiteral("STDQ"), QStringLiteral("u0"), {}},
                     {m_tokenId, QStringLiteral("200"), QStringLiteral("STDQ"), QStringLiteral("u1"), {}}})
                .isOk());
    }

    void cleanup() { m_db.reset(); }

    void alreadyAssignedIsSkipped()
    {
        AssignmentPlanner planner(*m_db);
        const auto plan =
            planner.plan(assign(QStringLiteral("100"), {QStringLiteral("u0"), QStringLiteral("u2")}));
        QVERIFY2(plan, qPrintable(plan.error().toLogString()));
        QCOMPARE(plan->batches.size(), 1);
        QCOMPARE(plan->batches.first().clientUserIds, QStringList{QStringLiteral("u2")});
        QCOMPARE(plan->notesWith(PlanNote::Reason::AlreadyAssigned).size(), 1);
        QCOMPARE(plan->capacity.first().needed, 1);
    }

    void oversubscriptionIsPlannedNotSent()
    {
        AssignmentPlanner planner(*m_db);
        const QStringList users = ids(QStringLiteral("u"), 121).mid(1); // u1..u120: 120 new
        const auto plan = planner.plan(assign(QStringLiteral("100"), users));
        QVERIFY(plan);
        QCOMPARE(plan->capacity.first().needed, 120);
        QCOMPARE(plan->capacity.first().available, 100);
        QCOMPARE(plan->capacity.first().sending, 100);
        QCOMPARE(plan->taskCount(), 100);
        QCOMPARE(plan->notesWith(PlanNote::Reason::NotEnoughLicenses).size(), 20);
        QVERIFY2(plan->toText().contains(QStringLiteral("needs 120, 100 available: 20 target")),
                 qPrintable(plan->toText()));

        LicenseRequest all = assign(QStringLiteral("100"), users);
        all.oversubscribe = true;
        QCOMPARE(planner.plan(all)->taskCount(), 120);
    }

    void unlimitedNeverRunsOut()
    {
        AssignmentPlanner planner(*m_db);
        const auto plan = planner.plan(assign(QStringLiteral("400"), ids(QStringLiteral("u"), 50)));
        QVERIFY(plan);
        QCOMPARE(plan->taskCount(), 50);
        QCOMPARE(plan->excludedCount(), 0);
    }

    void booksOnlyToUsers()
    {
        AssignmentPlanner planner(*m_db);
        const auto plan = planner.plan(
            assign(QStringLiteral("200"), {QStringLiteral("u3")}, {QStringLiteral("C02AAA111")}));
        QVERIFY(plan);
        QCOMPARE(plan->notesWith(PlanNote::Reason::BookToDevice).size(), 1);
        QCOMPARE(plan->batches.first().serialNumbers, QStringList());
        QCOMPARE(plan->batches.first().clientUserIds, QStringList{QStringLiteral("u3")});
    }

    void deviceAssignableRequiredForSerials()
    {
        AssignmentPlanner planner(*m_db);
        const auto plan = planner.plan(assign(QStringLiteral("300"), {}, {QStringLiteral("C02AAA111")}));
        QVERIFY(plan);
        QVERIFY(plan->isEmpty());
        QCOMPARE(plan->notesWith(PlanNote::Reason::NotDeviceAssignable).size(), 1);
    }

    void unassignNeedsRevocable()
    {
        AssignmentPlanner planner(*m_db);
        LicenseRequest r = assign(QStringLiteral("200"), {QStringLiteral("u1")});
        r.kind = LicenseRequest::Kind::Unassign;
        const auto plan = planner.plan(r);
        QVERIFY(plan);
        QVERIFY(plan->isEmpty());
        QCOMPARE(plan->notesWith(PlanNote::Reason::NotRevocable).size(), 1);
    }

    void unregisteredUsersAreListed()
    {
        AssignmentPlanner planner(*m_db);
        const auto plan = planner.plan(assign(QStringLiteral("100"), {QStringLiteral("ghost")}));
        QVERIFY(plan);
        QCOMPARE(plan->taskCount(), 1);
        QCOMPARE(plan->notesWith(PlanNote::Reason::NotRegistered).size(), 1);
    }

    void emailsAndManagedAccountsResolveToUsers()
    {
        // u5 has an e-mail, u6 a Managed Apple Account; u7 and u8 share an address.
        QList<VppUserRecord> users;
        for (const QString &id : ids(QStringLiteral("u"), 130)) {
            VppUserRecord u;
            u.clientUserId = id;
            u.status = QStringLiteral("Associated");
            if (id == u"u5")
                u.email = QStringLiteral("Five@Example.com");
            if (id == u"u6")
                u.managedAppleId = QStringLiteral("six@appleid.example.com");
            if (id == u"u7" || id == u"u8")
                u.email = QStringLiteral("shared@example.com");
            users.append(u);
        }
        QVERIFY(UserStore(*m_db).applyFull(m_tokenId, users));
        AssignmentPlanner planner(*m_db);
        const auto plan = planner.plan(
            assign(QStringLiteral("100"), {QStringLiteral("five@example.com"),
                                           QStringLiteral("SIX@appleid.example.com"), QStringLiteral("u5")}));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toLogString()));
        QCOMPARE(plan->request.clientUserIds, (QStringList{QStringLiteral("u5"), QStringLiteral("u6")}));
        QCOMPARE(plan->taskCount(), 2);
        // Neither "will not be licensed" nor "not registered": they are the users.
        QVERIFY(plan->notesWith(PlanNote::Reason::NotRegistered).isEmpty());
        const auto ambiguous =
            planner.plan(assign(QStringLiteral("100"), {QStringLiteral("shared@example.com")}));
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().code, QStringLiteral("licensing.ambiguousUser"));
        QVERIFY(ambiguous.error().message.contains(QStringLiteral("u7, u8")));
        // An unknown address stays as it was typed (and is planned as not registered).
        const auto unknown =
            planner.plan(assign(QStringLiteral("100"), {QStringLiteral("nobody@example.com")}));
        QVERIFY(unknown);
        QCOMPARE(unknown->notesWith(PlanNote::Reason::NotRegistered).size(), 1);
    }

    void distributionGroupsLimitTargets()
    {
        GroupStore groups(*m_db);
        const auto id = groups.ensureGroup(QStringLiteral("Teachers"));
        QVERIFY(id);
        QVERIFY(groups.addMembers(id.value(), {{GroupMember::Kind::User, QStringLiteral("u5")}}).isOk());
        QVERIFY(groups.setTokenGroups(m_tokenId, {id.value()}).isOk());
        AssignmentPlanner planner(*m_db);
        const auto plan =
            planner.plan(assign(QStringLiteral("100"), {QStringLiteral("u5"), QStringLiteral("u6")}));
        QVERIFY(plan);
        QCOMPARE(plan->batches.first().clientUserIds, QStringList{QStringLiteral("u5")});
        QCOMPARE(plan->notesWith(PlanNote::Reason::OutsideDistribution).first().clientUserId,
                 QStringLiteral("u6"));
    }

    void groupTargetsAreResolved()
    {
        GroupStore groups(*m_db);
        const auto id = groups.ensureGroup(QStringLiteral("Lab"));
        QVERIFY(groups
                    .addMembers(id.value(), {{GroupMember::Kind::User, QStringLiteral("u7")},
                                             {GroupMember::Kind::Device, QStringLiteral("C02LAB0001")}})
                    .isOk());
        AssignmentPlanner planner(*m_db);
        LicenseRequest r = assign(QStringLiteral("100"), {});
        r.groupName = QStringLiteral("Lab");
        const auto plan = planner.plan(r);
        QVERIFY(plan);
        QCOMPARE(plan->taskCount(), 2);
        r.groupName = QStringLiteral("Nope");
        QCOMPARE(planner.plan(r).error().code, QStringLiteral("licensing.unknownGroup"));
    }

    void ownedElsewhereIsRefusedUnlessForced()
    {
        TokenStore tokens(*m_db);
        TokenRecord t = tokens.findById(m_tokenId)->value();
        t.mdmInfoId = QStringLiteral("other-mdm");
        t.mdmInfoName = QStringLiteral("Other MDM");
        QVERIFY(tokens.update(t).isOk());
        AssignmentPlanner planner(*m_db);
        planner.setOurMdmId(QStringLiteral("us"));
        LicenseRequest r = assign(QStringLiteral("100"), {QStringLiteral("u3")});
        const auto refused = planner.plan(r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, VppError::Kind::Token);
        QCOMPARE(refused.error().code, QStringLiteral("licensing.ownedElsewhere"));
        r.force = true;
        QVERIFY(planner.plan(r));
        planner.setOurMdmId(QStringLiteral("other-mdm"));
        r.force = false;
        QVERIFY(planner.plan(r));
    }

    void revokedTokenIsRefused()
    {
        TokenStore tokens(*m_db);
        QVERIFY(tokens.setStatus(m_tokenId, TokenHealth::Status::Revoked, {}, 9625).isOk());
        AssignmentPlanner planner(*m_db);
        LicenseRequest r = assign(QStringLiteral("100"), {QStringLiteral("u3")});
        r.force = true;
        QCOMPARE(planner.plan(r).error().kind, VppError::Kind::Token);
    }

    void batchesFollowLimits()
    {
        ServiceConfig config;
        config.limits = {{QStringLiteral("maxClientUserIds"), 30},
                         {QStringLiteral("maxSerialNumbers"), 20},
                         {QStringLiteral("maxRevokeClientUserIds"), 7},
                         {QStringLiteral("maxUsers"), 4}};
        AssignmentPlanner planner(*m_db);
        planner.setServiceConfig(config);
        const auto plan = planner.plan(
            assign(QStringLiteral("400"), ids(QStringLiteral("u"), 70), ids(QStringLiteral("C02SER"), 25)));
        QVERIFY(plan);
        QCOMPARE(plan->batches.size(), 3);
        QCOMPARE(plan->batches[0].clientUserIds.size(), 30);
        QCOMPARE(plan->batches[0].serialNumbers.size(), 20);
        QCOMPARE(plan->batches[2].clientUserIds.size(), 10);
        QCOMPARE(plan->batches[2].serialNumbers.size(), 0);

        LicenseRequest revoke;
        revoke.kind = LicenseRequest::Kind::Revoke;
        revoke.tokenId = m_tokenId;
        revoke.clientUserIds = ids(QStringLiteral("u"), 15);
        const auto r = planner.plan(revoke);
        QVERIFY(r);
        QCOMPARE(r->batches.size(), 3);
        QCOMPARE(r->revokeAssignments, 1);                                    // u0's app
        QCOMPARE(r->notesWith(PlanNote::Reason::KeptNotRevocable).size(), 1); // u1's book

        LicenseRequest create;
        create.kind = LicenseRequest::Kind::CreateUsers;
        create.tokenId = m_tokenId;
        create.clientUserIds = ids(QStringLiteral("new"), 9);
        const auto c = planner.plan(create);
        QVERIFY(c);
        QCOMPARE(c->batches.size(), 3);
        QCOMPARE(c->batches[2].users.size(), 1);

        const auto split = AssignmentPlanner::splitTargets(
            {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}, {QStringLiteral("c"), {}}},
            ids(QStringLiteral("u"), 3), {}, 2, 2, 2);
        QCOMPARE(split.size(), 4);
        QCOMPARE(split[0].taskCount(), 4);
    }

    void jsonUsesAppleNames()
    {
        AssignmentPlanner planner(*m_db);
        const auto plan =
            planner.plan(assign(QStringLiteral("100"), {QStringLiteral("u0"), QStringLiteral("u2")}));
        const QJsonObject json = plan->toJson();
        QCOMPARE(json.value(QStringLiteral("token")).toString(), QStringLiteral("Oslo"));
        QCOMPARE(json[QStringLiteral("assets")][0][QStringLiteral("adamId")].toString(),
                 QStringLiteral("100"));
        QCOMPARE(json[QStringLiteral("skipped")][0][QStringLiteral("clientUserId")].toString(),
                 QStringLiteral("u0"));
        const LicensePlan back = LicensePlan::fromJournal(plan->toJournal());
        QCOMPARE(back.batches.size(), 1);
        QCOMPARE(back.request.assets.first().adamId, QStringLiteral("100"));
    }
};

QTEST_GUILESS_MAIN(TestAssignmentPlanner)
#include "tst_assignmentplanner.moc"
