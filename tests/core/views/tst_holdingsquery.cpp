// HoldingsQuery: a user's licences on every token by client user id or e-mail, a device's by
// serial, each with the asset's product type; nothing for an unknown text.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/views/holdingsquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHoldingsQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

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
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"holdings.sqlite"_s)));
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
        QVERIFY(
            store.applyFull(tokenA, {assignment(u"111"_s, u"u1"_s), assignment(u"222"_s, u"u1"_s),
                                     assignment(u"111"_s, u"u2"_s), assignment(u"222"_s, {}, u"SER1"_s)}));
        QVERIFY(store.applyFull(tokenB, {assignment(u"111"_s, u"u1"_s)}));
        VppUserRecord u;
        u.clientUserId = u"u1"_s;
        u.email = u"Ann@Example.com"_s;
        UserStore users(*m_db);
        QVERIFY(users.applyFull(tokenA, {u}));
        QVERIFY(users.applyFull(tokenB, {u}));
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

    void nothing()
    {
        QVERIFY(HoldingsQuery(*m_db).find(u"nobody"_s)->isEmpty());
        QVERIFY(HoldingsQuery(*m_db).find(u"  "_s)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHoldingsQuery)
#include "tst_holdingsquery.moc"
