// DeviceQuery and GroupQuery: the Devices pane counts and pages in serial order whatever the block
// size, searches by a prefix of the serial (any case), the name or the owner (LIKE wildcards taken
// literally), and counts each device's licenses on every token; the Groups pane lists each group's
// user and device members and the tokens it distributes for, and a group's members with the names of
// known devices.
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"
#include "core/views/devicequery.h"
#include "core/views/groupquery.h"

#include "testsupport.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestDeviceQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_alpha;
    QString m_beta;

    static AssignmentRecord onDevice(const QString &adamId, const QString &serial)
    {
        AssignmentRecord r;
        r.adamId = adamId;
        r.serialNumber = serial;
        return r;
    }
    static QStringList serials(const DeviceQuery &query, int block)
    {
        return TestSupport::pagedKeys(query, block,
                                      [](const DeviceQuery::Row &r) { return r.device.serialNumber; });
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"dev"_s,
                                              {{u"Alpha"_s, &m_alpha}, {u"Beta"_s, &m_beta}}));
        const QDateTime seen(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc());
        QVERIFY(DeviceStore(*m_db).upsert({
            {u"C02AAA111"_s, u"Ann's iPad"_s, u"u01"_s, seen, u"csv:a.csv"_s},
            {u"C02AAB222"_s, u"Cart 100%"_s, QString(), {}, u"csv:a.csv"_s},
            {u"F9FXYZ333"_s, u"Reception"_s, u"Front_Desk"_s, seen, u"csv:b.csv"_s},
            {u"DMP000444"_s, u"annex mac"_s, u"bob"_s, {}, u"mdm"_s},
        }));
        QVERIFY(AssignmentStore(*m_db).applyFull(m_alpha, {onDevice(u"111"_s, u"C02AAA111"_s),
                                                           onDevice(u"222"_s, u"C02AAA111"_s),
                                                           onDevice(u"111"_s, u"F9FXYZ333"_s)}));
        QVERIFY(AssignmentStore(*m_db).applyFull(m_beta, {onDevice(u"111"_s, u"C02AAA111"_s)}));
    }

    void cleanup() { m_db.reset(); }

    void pagesInSerialOrder()
    {
        DeviceQuery query(*m_db);
        QCOMPARE(query.count().value(), 4);
        const QStringList expected{u"C02AAA111"_s, u"C02AAB222"_s, u"DMP000444"_s, u"F9FXYZ333"_s};
        for (const int block : {1, 3, 4, 50})
            QCOMPARE(serials(query, block), expected);
        query.setDescending(true);
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(serials(query, 2), reversed);
    }

    void rowsCarryEveryColumnAndLicences()
    {
        const auto page = DeviceQuery(*m_db).page(0, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 4);
        const DeviceQuery::Row &first = page->at(0);
        QCOMPARE(first.device.name, u"Ann's iPad"_s);
        QCOMPARE(first.device.owner, u"u01"_s);
        QCOMPARE(first.device.lastSeen, QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(first.device.source, u"csv:a.csv"_s);
        QCOMPARE(first.licenses, 3); // two on Alpha, one on Beta
        QCOMPARE(page->at(1).licenses, 0);
        QVERIFY(!page->at(1).device.lastSeen.isValid());
        QCOMPARE(page->at(3).licenses, 1);
    }

    void searchByPrefix()
    {
        DeviceQuery query(*m_db);
        const auto found = [&](const QString &text) {
            query.setSearch(text);
            const QStringList result = serials(query, 10);
            if (query.count().value() != result.size())
                return QStringList{u"count differs"_s};
            return result;
        };
        QCOMPARE(found(u"c02a"_s), (QStringList{u"C02AAA111"_s, u"C02AAB222"_s})); // serial, any case
        QCOMPARE(found(u"ANN"_s), (QStringList{u"C02AAA111"_s, u"DMP000444"_s}));  // names
        QCOMPARE(found(u"bo"_s), QStringList{u"DMP000444"_s});                     // owner
        QCOMPARE(found(u"front_"_s), QStringList{u"F9FXYZ333"_s});
        QCOMPARE(found(u"front%"_s), QStringList()); // a literal %, not a wildcard
        QCOMPARE(found(u"_"_s), QStringList());      // a literal _
        QCOMPARE(found(u"Cart 100%"_s), QStringList{u"C02AAB222"_s});
        QCOMPARE(found(u"iPad"_s), QStringList()); // a prefix, not a substring
        QCOMPARE(found(u"  "_s).size(), 4);        // blank: everything
    }

    void groupsWithCountsAndDistribution()
    {
        GroupStore groups(*m_db);
        const qint64 sales = groups.ensureGroup(u"Sales"_s, u"csv:g.csv"_s).value();
        const qint64 carts = groups.ensureGroup(u"Carts"_s).value();
        groups.ensureGroup(u"Empty"_s).value();
        QVERIFY(groups.addMembers(sales, {{GroupMember::Kind::User, u"u01"_s},
                                          {GroupMember::Kind::User, u"u02"_s},
                                          {GroupMember::Kind::Device, u"C02AAA111"_s}}));
        QVERIFY(groups.addMembers(carts, {{GroupMember::Kind::Device, u"C02AAB222"_s},
                                          {GroupMember::Kind::Device, u"UNKNOWN01"_s}}));
        QVERIFY(groups.setTokenGroups(m_beta, {sales}));
        QVERIFY(groups.setTokenGroups(m_alpha, {sales, carts}));

        const auto rows = GroupQuery(*m_db).groups();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).group.name, u"Carts"_s); // by name
        QCOMPARE(rows->at(0).users, 0);
        QCOMPARE(rows->at(0).devices, 2);
        QCOMPARE(rows->at(0).tokenNames, QStringList{u"Alpha"_s});
        QCOMPARE(rows->at(1).group.name, u"Empty"_s);
        QVERIFY(rows->at(1).tokenNames.isEmpty());
        QCOMPARE(rows->at(1).users + rows->at(1).devices, 0);
        QCOMPARE(rows->at(2).group.name, u"Sales"_s);
        QCOMPARE(rows->at(2).group.source, u"csv:g.csv"_s);
        QCOMPARE(rows->at(2).users, 2);
        QCOMPARE(rows->at(2).devices, 1);
        QCOMPARE(rows->at(2).tokenNames, (QStringList{u"Alpha"_s, u"Beta"_s}));
        QVERIFY(rows->at(2).importedAt.isValid());

        const auto members = GroupQuery(*m_db).members(carts);
        QVERIFY(members);
        QCOMPARE(members->size(), 2);
        QCOMPARE(members->at(0).member.member, u"C02AAB222"_s);
        QVERIFY(members->at(0).member.isDevice());
        QCOMPARE(members->at(0).deviceName, u"Cart 100%"_s);
        QVERIFY(members->at(1).deviceName.isEmpty()); // not a known device
        const auto salesMembers = GroupQuery(*m_db).members(sales);
        QCOMPARE(salesMembers->size(), 3);
        QVERIFY(!salesMembers->at(0).member.isDevice()); // users first
        QCOMPARE(salesMembers->at(2).deviceName, u"Ann's iPad"_s);
        QVERIFY(GroupQuery(*m_db).members(9999)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceQuery)
#include "tst_devicequery.moc"
