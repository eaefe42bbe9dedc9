// ReclaimAdvisor on a real SQLite file: licenses on devices not seen for N days, on retired and
// unregistered users, outside a token's Distribution groups; revocable licenses only; one reason
// per license; the token filter; totals per app; a cancel.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"
#include "core/store/userstore.h"
#include "core/views/reclaimadvisor.h"

#include "testsupport.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReclaimAdvisor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_alpha;
    QString m_beta;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    static AssignmentRecord licence(const QString &adamId, const QString &user, const QString &serial = {})
    {
        AssignmentRecord r;
        r.adamId = adamId;
        r.clientUserId = user;
        r.serialNumber = serial;
        return r;
    }
    static VppUserRecord user(const QString &id, const QString &status)
    {
        VppUserRecord u;
        u.clientUserId = id;
        u.status = status;
        return u;
    }
    // "reasonKey target adamId" of each candidate, in the advisor's order.
    static QStringList keys(const QList<ReclaimCandidate> &found)
    {
        QStringList out;
        for (const ReclaimCandidate &c : found)
            out.append(ReclaimCandidate::reasonKey(c.reason) + u' ' + c.target() + u' ' + c.adamId);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"reclaim"_s,
                                              {{u"Alpha"_s, &m_alpha}, {u"Beta"_s, &m_beta}}));
        AssetRecord app;
        app.adamId = u"100"_s;
        app.totalCount = 50;
        app.revocable = true;
        app.deviceAssignable = true;
        AssetRecord book;
        book.adamId = u"200"_s;
        book.productType = u"Book"_s;
        book.totalCount = 10;
        book.revocable = false; // books stay with their users
        AssetStore assets(*m_db);
        QVERIFY(assets.applyFull(m_alpha, {app, book}));
        QVERIFY(assets.applyFull(m_beta, {app}));

        AssignmentStore store(*m_db);
        QVERIFY(store.applyFull(m_alpha,
                                {licence(u"100"_s, {}, u"OLDIPAD"_s), licence(u"100"_s, {}, u"FRESHIPAD"_s),
                                 licence(u"100"_s, {}, u"UNKNOWNSERIAL"_s), licence(u"100"_s, u"active"_s),
                                 licence(u"100"_s, u"retired"_s), licence(u"100"_s, u"ghost"_s),
                                 licence(u"200"_s, u"retired"_s)}));
        QVERIFY(store.applyFull(m_beta, {licence(u"100"_s, u"member"_s), licence(u"100"_s, u"outsider"_s),
                                         licence(u"100"_s, {}, u"OLDIPAD"_s)}));
        UserStore users(*m_db);
        QVERIFY(
            users.applyFull(m_alpha, {user(u"active"_s, u"Associated"_s), user(u"retired"_s, u"Retired"_s)}));
        QVERIFY(users.applyFull(m_beta,
                                {user(u"member"_s, u"Registered"_s), user(u"outsider"_s, u"Registered"_s)}));

        DeviceRecord old;
        old.serialNumber = u"OLDIPAD"_s;
        old.lastSeen = m_now.addDays(-120);
        DeviceRecord fresh;
        fresh.serialNumber = u"FRESHIPAD"_s;
        fresh.lastSeen = m_now.addDays(-3);
        QVERIFY(DeviceStore(*m_db).upsert({old, fresh}));

        // Beta serves one group: "member" and the old iPad are in it, "outsider" is not.
        GroupStore groups(*m_db);
        const auto staff = groups.ensureGroup(u"Staff"_s);
        QVERIFY(staff);
        QVERIFY(groups.addMembers(
            *staff, {{GroupMember::Kind::User, u"member"_s}, {GroupMember::Kind::Device, u"OLDIPAD"_s}}));
        QVERIFY(groups.setTokenGroups(m_beta, {*staff}));
    }

    void cleanup() { m_db.reset(); }

    void findsEachReasonOnceAndRevocableOnly()
    {
        ReclaimAdvisor::Options options;
        options.notSeenDays = 90;
        options.now = m_now;
        const auto found = ReclaimAdvisor(*m_db).candidates(options);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toLogString()));
        // Alpha first (by location), then Beta. The retired user's book is not listed; the old
        // iPad on Beta is a member of its group but not seen for 120 days.
        QCOMPARE(keys(found.value()),
                 (QStringList{u"deviceNotSeen OLDIPAD 100"_s, u"userNotRegistered ghost 100"_s,
                              u"userRetired retired 100"_s, u"deviceNotSeen OLDIPAD 100"_s,
                              u"outsideDistribution outsider 100"_s}));
        const ReclaimCandidate &device = found->at(0);
        QCOMPARE(device.tokenName, u"Alpha"_s);
        QCOMPARE(device.lastSeen, m_now.addDays(-120));
        QVERIFY(device.reasonText().contains(u"2026-08-03"_s));
        QCOMPARE(found->at(4).tokenName, u"Beta"_s);
    }

    void daysChangeTheDeviceRule()
    {
        ReclaimAdvisor::Options options;
        options.now = m_now;
        options.notSeenDays = 2; // the fresh iPad (3 days) too
        auto found = ReclaimAdvisor(*m_db).candidates(options);
        QVERIFY(found);
        QVERIFY(keys(found.value()).contains(u"deviceNotSeen FRESHIPAD 100"_s));
        options.notSeenDays = 0; // the rule is left out
        found = ReclaimAdvisor(*m_db).candidates(options);
        QVERIFY(found);
        for (const ReclaimCandidate &c : found.value())
            QVERIFY(c.reason != ReclaimCandidate::Reason::DeviceNotSeen);
        // The old iPad on Beta is in Beta's group: nothing else to say about it.
        QVERIFY(!keys(found.value()).contains(u"outsideDistribution OLDIPAD 100"_s));
    }

    void tokenFilterAndTotals()
    {
        ReclaimAdvisor::Options options;
        options.now = m_now;
        options.tokenId = m_beta;
        const auto found = ReclaimAdvisor(*m_db).candidates(options);
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        for (const ReclaimCandidate &c : found.value())
            QCOMPARE(c.tokenId, m_beta);

        options.tokenId.clear();
        const auto all = ReclaimAdvisor(*m_db).candidates(options);
        QVERIFY(all);
        const QList<ReclaimAppTotal> totals = ReclaimAdvisor::totalsPerApp(all.value());
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().adamId, u"100"_s);
        QCOMPARE(totals.first().licenses, 5);
        QCOMPARE(totals.first().devices, 2);
        QCOMPARE(totals.first().users, 3);
    }

    void cancelStops()
    {
        ReclaimAdvisor::Options options;
        options.now = m_now;
        const auto found = ReclaimAdvisor(*m_db).candidates(options, [] { return true; });
        QVERIFY(!found);
        QCOMPARE(found.error().kind, VppError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestReclaimAdvisor)
#include "tst_reclaimadvisor.moc"
