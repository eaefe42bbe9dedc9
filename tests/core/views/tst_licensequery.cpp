// LicenseQuery: counts and pages of every license (users' part, then devices'), filters by token,
// asset and holder kind, the holder prefix search, the holder orders, the holder details, and
// that every count and page statement is planned on an index (no full sort of the table).
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/metadatastore.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/views/licensequery.h"

#include "testengine.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLicenseQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_tokenA;
    QString m_tokenB;
    int m_serial = 0;

    static AssignmentRecord user(const QString &adamId, const QString &clientUserId)
    {
        AssignmentRecord r;
        r.adamId = adamId;
        r.clientUserId = clientUserId;
        return r;
    }
    static AssignmentRecord device(const QString &adamId, const QString &serial)
    {
        AssignmentRecord r;
        r.adamId = adamId;
        r.serialNumber = serial;
        return r;
    }
    QList<LicenseViewRow> all(const LicenseQuery &q)
    {
        const auto n = q.count();
        if (!n)
            return {};
        const auto rows = q.page(0, int(n.value()) + 10);
        return rows ? rows.value() : QList<LicenseViewRow>();
    }
    static QStringList holders(const QList<LicenseViewRow> &rows)
    {
        QStringList out;
        for (const LicenseViewRow &r : rows)
            out.append(r.holder());
        return out;
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestEngine::newLocation(m_dir, u"lq"_s)));
        TokenStore tokens(*m_db);
        TokenRecord a;
        a.name = u"Alpha"_s;
        TokenRecord b;
        b.name = u"Beta"_s;
        m_tokenA = tokens.insert(a)->id;
        m_tokenB = tokens.insert(b)->id;

        AssetRecord app;
        app.adamId = u"111"_s;
        app.totalCount = 100;
        AssetRecord book = app;
        book.adamId = u"222"_s;
        book.productType = u"Book"_s;
        QVERIFY(AssetStore(*m_db).applyFull(m_tokenA, {app, book}));
        QVERIFY(AssetStore(*m_db).applyFull(m_tokenB, {app}));
        MetadataRecord m;
        m.adamId = u"111"_s;
        m.name = u"Keynote Pro"_s;
        m.lookupStatus = MetadataRecord::found;
        QVERIFY(MetadataStore(*m_db).store(m));

        // Token A: 30 users of 111 (u00..u29), 5 devices of 111, 3 devices of 222.
        QList<AssignmentRecord> rowsA;
        for (int i = 29; i >= 0; --i)
            rowsA.append(user(u"111"_s, u"u%1"_s.arg(i, 2, 10, QLatin1Char('0'))));
        for (int i = 0; i < 5; ++i)
            rowsA.append(device(u"111"_s, u"C0%1XYZ"_s.arg(i)));
        for (int i = 0; i < 3; ++i)
            rowsA.append(device(u"222"_s, u"D0%1XYZ"_s.arg(i)));
        QVERIFY(AssignmentStore(*m_db).applyFull(m_tokenA, rowsA));
        // Token B: 2 users, 1 device of 111.
        QVERIFY(AssignmentStore(*m_db).applyFull(
            m_tokenB, {user(u"111"_s, u"u01"_s), user(u"111"_s, u"v01"_s), device(u"111"_s, u"C00XYZ"_s)}));

        VppUserRecord retired;
        retired.clientUserId = u"u01"_s;
        retired.email = u"old@example.com"_s;
        retired.status = u"Retired"_s;
        VppUserRecord active = retired;
        active.email = u"ann@example.com"_s;
        active.status = u"Associated"_s;
        QVERIFY(UserStore(*m_db).applyFull(m_tokenA, {retired, active}));
        DeviceRecord d;
        d.serialNumber = u"C00XYZ"_s;
        d.name = u"Ann's iPad"_s;
        d.owner = u"u01"_s;
        QVERIFY(DeviceStore(*m_db).upsert({d}));
    }

    void cleanup() { m_db.reset(); }

    void counts()
    {
        LicenseQuery q(*m_db);
        QCOMPARE(q.count().value(), 41);
        LicenseQuery::Filter f;
        f.holders = LicenseQuery::Holders::Users;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 32);
        f.holders = LicenseQuery::Holders::Devices;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 9);
        f.holders = LicenseQuery::Holders::Any;
        f.tokenId = m_tokenB;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 3);
        f.tokenId = m_tokenA;
        f.adamId = u"111"_s;
        f.pricingParam = u"STDQ"_s;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 35);
        f.adamId = u"222"_s;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 3);
    }

    void naturalOrderPagesAreStable()
    {
        LicenseQuery q(*m_db);
        const QList<LicenseViewRow> rows = all(q);
        QCOMPARE(rows.size(), 41);
        QSet<qint64> ids;
        for (const LicenseViewRow &r : rows)
            ids.insert(r.id);
        QCOMPARE(ids.size(), 41);
        // Users first, then devices.
        QVERIFY(!rows.at(31).isDevice());
        QVERIFY(rows.at(32).isDevice());
        // Pages of every size put together give the same rows; pages span the two parts.
        for (const int size : {1, 4, 7, 32, 40}) {
            QList<LicenseViewRow> paged;
            for (int offset = 0; offset < 41; offset += size)
                paged.append(q.page(offset, size).value());
            QCOMPARE(paged.size(), 41);
            for (int i = 0; i < 41; ++i)
                QCOMPARE(paged.at(i).id, rows.at(i).id);
        }
        QVERIFY(q.page(41, 10).value().isEmpty());
        // Names and types are joined in.
        for (const LicenseViewRow &r : rows) {
            QCOMPARE(r.tokenName, r.tokenId == m_tokenA ? u"Alpha"_s : u"Beta"_s);
            QCOMPARE(r.name, r.adamId == u"111"_s ? u"Keynote Pro"_s : QString());
            QCOMPARE(r.productType, r.adamId == u"111"_s ? u"App"_s : u"Book"_s);
            QCOMPARE(r.pricingParam, u"STDQ"_s);
        }
    }

    void holderOrder()
    {
        LicenseQuery q(*m_db);
        LicenseQuery::Filter f;
        f.holders = LicenseQuery::Holders::Users;
        q.setFilter(f);
        q.setOrder(LicenseQuery::Order::Holder);
        QStringList asc = holders(all(q));
        QStringList sorted = asc;
        sorted.sort();
        QCOMPARE(asc, sorted);
        QCOMPARE(asc.first(), u"u00"_s);
        QCOMPARE(asc.last(), u"v01"_s);

        q.setFilter({});
        asc = holders(all(q));
        q.setOrder(LicenseQuery::Order::Holder, true);
        QStringList desc = holders(all(q));
        std::reverse(desc.begin(), desc.end());
        QCOMPARE(desc, asc);
        QCOMPARE(asc.last(), u"D02XYZ"_s);

        q.setOrder(LicenseQuery::Order::HolderKind, true);
        const QList<LicenseViewRow> devicesFirst = all(q);
        QVERIFY(devicesFirst.first().isDevice());
        QVERIFY(!devicesFirst.last().isDevice());
        // A page in the middle of the descending holder order.
        q.setOrder(LicenseQuery::Order::Holder, true);
        QCOMPARE(q.count().value(), 41);
        QCOMPARE(holders(q.page(5, 10).value()), holders(all(q)).mid(5, 10));
    }

    void search()
    {
        LicenseQuery q(*m_db);
        LicenseQuery::Filter f;
        f.search = u"u0"_s;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 11); // u00..u09 of A, u01 of B
        f.search = u"u01"_s;
        q.setFilter(f);
        const QList<LicenseViewRow> u01 = all(q);
        QCOMPARE(u01.size(), 2);
        f.tokenId = m_tokenB;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 1);
        // Serials are matched upper-cased.
        f.tokenId.clear();
        f.search = u"c00"_s;
        q.setFilter(f);
        QCOMPARE(holders(all(q)), QStringList({u"C00XYZ"_s, u"C00XYZ"_s}));
        f.holders = LicenseQuery::Holders::Users;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 0);
        f.search = u"nobody"_s;
        f.holders = LicenseQuery::Holders::Any;
        q.setFilter(f);
        QCOMPARE(q.count().value(), 0);
        QVERIFY(q.page(0, 10).value().isEmpty());
    }

    void holderDetails()
    {
        LicenseQuery q(*m_db);
        q.setHolderDetails(true);
        LicenseQuery::Filter f;
        f.tokenId = m_tokenA;
        f.adamId = u"111"_s;
        f.pricingParam = u"STDQ"_s;
        f.search = u"u01"_s;
        q.setFilter(f);
        QList<LicenseViewRow> rows = all(q);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().userEmail, u"ann@example.com"_s); // the active row wins
        QCOMPARE(rows.first().userStatus, u"Associated"_s);
        f.search = u"C00"_s;
        q.setFilter(f);
        rows = all(q);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().deviceName, u"Ann's iPad"_s);
        QCOMPARE(rows.first().deviceOwner, u"u01"_s);
        f.search = u"u02"_s;
        q.setFilter(f);
        rows = all(q);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().userEmail.isEmpty()); // not in the user list
    }

    void plansUseIndexes_data()
    {
        QTest::addColumn<int>("holders");
        QTest::addColumn<bool>("token");
        QTest::addColumn<bool>("asset");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("order");
        for (int holders = 0; holders < 3; ++holders)
            for (const bool token : {false, true})
                for (const QString &search : {QString(), u"u1"_s})
                    for (int order = 0; order < 3; ++order)
                        QTest::addRow("h%d-t%d-s%d-o%d", holders, int(token), int(!search.isEmpty()), order)
                            << holders << token << false << search << order;
        QTest::addRow("asset") << 0 << true << true << QString() << 0;
        QTest::addRow("asset-search") << 0 << true << true << u"u1"_s << 0;
        QTest::addRow("asset-holder") << 0 << true << true << QString() << 1;
    }

    void plansUseIndexes()
    {
        VPP_SQLITE_ONLY("SQLite's query plans");
        QFETCH(int, holders);
        QFETCH(bool, token);
        QFETCH(bool, asset);
        QFETCH(QString, search);
        QFETCH(int, order);
        LicenseQuery q(*m_db);
        LicenseQuery::Filter f;
        f.holders = LicenseQuery::Holders(holders);
        if (token)
            f.tokenId = m_tokenA;
        if (asset) {
            f.adamId = u"111"_s;
            f.pricingParam = u"STDQ"_s;
        }
        f.search = search;
        q.setFilter(f);
        q.setOrder(LicenseQuery::Order(order), order == 1);
        const auto plans = q.explain();
        QVERIFY(plans);
        QVERIFY(!plans->isEmpty());
        for (const QString &plan : plans.value()) {
            QVERIFY2(plan.contains(u"INDEX"_s), qPrintable(plan));
            QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestLicenseQuery)
#include "tst_licensequery.moc"
