// HoldingsQuery: a user's licenses on every token by client user id or e-mail, a device's by
// serial, each with the asset's product type; nothing for an unknown text. With a HolderSearch:
// parts of e-mails, ids, device names and serials in any case, exact matches first, one per person
// or device.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/views/holdersearch.h"
#include "core/views/holdingsquery.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHoldingsQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HolderSearch> m_search;

    static AssignmentRecord assignment(const QString &adamId, const QString &user, const QString &serial = {})
    {
        AssignmentRecord r;
        r.adamId = adamId;
        r.clientUserId = user;
        r.serialNumber = serial;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VPP_REQUIRE_ENGINE();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestEngine::newLocation(m_dir, u"holdings"_s)));
        TokenStore tokens(*m_db);
        TokenRecord a;
        a.name = u"Alpha"_s;
        TokenRecord b;
        b.name = u"Beta"_s;
        const QString tokenA = tokens.insert(a)->id;
        const QString tokenB = tokens.insert(b)->id;
        AssetRecord app;
        app.adamId = u"111"_s;
        app.totalCount = 10;
        AssetRecord book = app;
        book.adamId = u"222"_s;
        book.productType = u"Book"_s;
        AssetStore assets(*m_db);
        QVERIFY(assets.applyFull(tokenA, {app, book}));
        QVERIFY(assets.applyFull(tokenB, {app}));
        AssignmentStore store(*m_db);
        QVERIFY(store.applyFull(tokenA,
                                {assignment(u"111"_s, u"u1"_s), assignment(u"222"_s, u"u1"_s),
                                 assignment(u"111"_s, u"u2"_s), assignment(u"222"_s, {}, u"SER1"_s),
                                 assignment(u"111"_s, u"amelia-7"_s), assignment(u"111"_s, {}, u"SER2"_s)}));
        QVERIFY(store.applyFull(tokenB, {assignment(u"111"_s, u"u1"_s)}));
        VppUserRecord u;
        u.clientUserId = u"u1"_s;
        u.email = u"Ann@Example.com"_s;
        VppUserRecord amelia;
        amelia.clientUserId = u"amelia-7"_s;
        amelia.email = u"Amelia.Okonkwo@fjordfinch.example"_s;
        amelia.managedAppleId = u"aokonkwo@appleid.fjordfinch.example"_s;
        UserStore users(*m_db);
        QVERIFY(users.applyFull(tokenA, {u, amelia}));
        QVERIFY(users.applyFull(tokenB, {u}));
        DeviceRecord ipad;
        ipad.serialNumber = u"SER2"_s;
        ipad.name = u"Amelia's iPad"_s;
        ipad.owner = u"Front desk"_s;
        QVERIFY(DeviceStore(*m_db).upsert({ipad}));
        auto built = HolderSearch::build(*m_db);
        QVERIFY(built);
        m_search = std::make_unique<HolderSearch>(std::move(built.value()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void byUserAndEmail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("client user id") << u"u1"_s;
        QTest::newRow("e-mail, other case, spaces") << u"  ann@EXAMPLE.com "_s;
    }

    void byUserAndEmail()
    {
        QFETCH(QString, text);
        const auto found = HoldingsQuery(*m_db).find(text);
        QVERIFY(found);
        QCOMPARE(found->query, text.trimmed());
        QCOMPARE(found->users.size(), 2);
        QCOMPARE(found->licences.size(), 3);
        int books = 0;
        for (const HoldingsQuery::Licence &l : found->licences) {
            QCOMPARE(l.row.assignment.clientUserId, u"u1"_s);
            QCOMPARE(l.productType, l.row.assignment.adamId == u"222" ? u"Book"_s : u"App"_s);
            books += l.productType == u"Book" ? 1 : 0;
        }
        QCOMPARE(books, 1);
    }

    void bySerial()
    {
        const auto found = HoldingsQuery(*m_db).find(u"SER1"_s);
        QVERIFY(found);
        QVERIFY(found->users.isEmpty());
        QCOMPARE(found->licences.size(), 1);
        QCOMPARE(found->licences.at(0).row.assignment.serialNumber, u"SER1"_s);
        QCOMPARE(found->licences.at(0).row.tokenName, u"Alpha"_s);
    }

    void lowerCaseSerial()
    {
        const auto found = HoldingsQuery(*m_db).find(u"ser1"_s);
        QVERIFY(found);
        QCOMPARE(found->licences.size(), 1);
    }

    void partsFindPeopleAndDevices()
    {
        // "amelia": the user by her e-mail's prefix, the iPad by its name; both their licenses.
        const auto found = HoldingsQuery(*m_db).find(u"AMELIA"_s, m_search.get());
        QVERIFY(found);
        QCOMPARE(found->matches.size(), 2);
        QStringList keys;
        for (const HolderSearch::Match &m : found->matches) {
            keys << m.key;
            QCOMPARE(m.rank, HolderSearch::Rank::Prefix);
        }
        keys.sort();
        QCOMPARE(keys, (QStringList{u"SER2"_s, u"amelia-7"_s}));
        QCOMPARE(found->users.size(), 1);
        QCOMPARE(found->licences.size(), 2);
        // A part in the middle of the Managed Apple Account.
        const auto middle = HoldingsQuery(*m_db).find(u"konkwo@appleid"_s, m_search.get());
        QVERIFY(middle);
        QCOMPARE(middle->matches.size(), 1);
        QCOMPARE(middle->matches.at(0).rank, HolderSearch::Rank::Substring);
        QCOMPARE(middle->matches.at(0).detail, u"Amelia.Okonkwo@fjordfinch.example"_s);
        QCOMPARE(middle->licences.size(), 1);
    }

    void exactMatchesComeFirstAndAlone()
    {
        // "u1" is a whole client user id: only it, not every id or e-mail that contains it.
        const QList<HolderSearch::Match> suggestions = m_search->suggest(u"U1"_s);
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.at(0).key, u"u1"_s);
        QCOMPARE(suggestions.at(0).rank, HolderSearch::Rank::Exact);
        const auto found = HoldingsQuery(*m_db).find(u"u1"_s, m_search.get());
        QVERIFY(found);
        QCOMPARE(found->matches.size(), 1);
        QCOMPARE(found->licences.size(), 3);
        // One suggestion per person, whichever of their values matched best (u1 is on two tokens).
        const QList<HolderSearch::Match> ann = m_search->suggest(u"ann@"_s);
        QCOMPARE(ann.size(), 1);
        QCOMPARE(ann.at(0).key, u"u1"_s);
        // Shorter and then alphabetical within a rank; the limit holds.
        const QList<HolderSearch::Match> ser = m_search->suggest(u"ser"_s);
        QCOMPARE(ser.size(), 2);
        QCOMPARE(ser.at(0).key, u"SER1"_s);
        QCOMPARE(m_search->suggest(u"ser"_s, 1).size(), 1);
        QVERIFY(m_search->suggest(u"   "_s).isEmpty());
        QVERIFY(m_search->suggest(u"zzz"_s).isEmpty());
    }

    void nothing()
    {
        QVERIFY(HoldingsQuery(*m_db).find(u"nobody"_s)->isEmpty());
        QVERIFY(HoldingsQuery(*m_db).find(u"  "_s)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHoldingsQuery)
#include "tst_holdingsquery.moc"
