// InventoryReader: keyset paging visits every row once whatever the page size, filters by token and
// asset, joins the token's and the app's names, and the help-desk search finds a user's licenses by
// client user id or e-mail and a device's by serial, on every token.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/workspace/inventoryreader.h"

#include "testengine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestInventoryReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_tokenA;
    QString m_tokenB;

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

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(
            m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()))));
        TokenStore tokens(*m_db);
        TokenRecord a;
        a.name = QStringLiteral("Alpha");
        TokenRecord b;
        b.name = QStringLiteral("Beta");
        m_tokenA = tokens.insert(a)->id;
        m_tokenB = tokens.insert(b)->id;

        AssetRecord app;
        app.adamId = QStringLiteral("111");
        app.totalCount = 10;
        app.assignedCount = 3;
        app.platforms = {QStringLiteral("iOS")};
        AssetRecord book = app;
        book.adamId = QStringLiteral("222");
        book.productType = QStringLiteral("Book");
        AssetStore assets(*m_db);
        QVERIFY(assets.applyFull(m_tokenA, {app, book}));
        QVERIFY(assets.applyFull(m_tokenB, {app}));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO asset_metadata (adam_id, name, lookup_status) "
                                          "VALUES ('111', 'Keynote', 'found')")));

        QList<AssignmentRecord> many;
        for (int i = 0; i < 25; ++i)
            many.append(user(QStringLiteral("111"), QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0'))));
        many.append(device(QStringLiteral("222"), QStringLiteral("SERIAL1")));
        AssignmentStore assignments(*m_db);
        QVERIFY(assignments.applyFull(m_tokenA, many));
        QVERIFY(assignments.applyFull(m_tokenB, {user(QStringLiteral("111"), QStringLiteral("u01")),
                                                 device(QStringLiteral("111"), QStringLiteral("SERIAL1"))}));

        VppUserRecord u;
        u.clientUserId = QStringLiteral("u01");
        u.email = QStringLiteral("Ann@Example.com");
        UserStore users(*m_db);
        QVERIFY(users.applyFull(m_tokenA, {u}));
        QVERIFY(users.applyFull(m_tokenB, {u}));
    }

    void cleanup() { m_db.reset(); }

    void pagingVisitsEveryRowOnce()
    {
        for (const int pageSize : {1, 3, 26, 5000}) {
            QStringList seen;
            const auto rows =
                InventoryReader(*m_db, pageSize)
                    .forEachAssignment(m_tokenA, {}, [&](const InventoryReader::AssignmentRow &r) {
                        seen.append(r.assignment.target());
                        QCOMPARE(r.tokenName, QStringLiteral("Alpha"));
                    });
            QVERIFY(rows);
            QCOMPARE(rows.value(), 26);
            QCOMPARE(seen.size(), 26);
            QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 26);
        }
        qint64 all = InventoryReader(*m_db, 4).forEachAssignment({}, {}, [](const auto &) {}).value();
        QCOMPARE(all, 28);
        qint64 books = InventoryReader(*m_db, 4)
                           .forEachAssignment({}, QStringLiteral("222"), [](const auto &) {})
                           .value();
        QCOMPARE(books, 1);
    }

    void assetsCarryNames()
    {
        QList<InventoryReader::AssetRow> rows;
        QVERIFY(InventoryReader(*m_db, 1).forEachAsset({}, [&](const auto &r) { rows.append(r); }));
        QCOMPARE(rows.size(), 3);
        int named = 0;
        for (const auto &r : rows)
            named += r.name == QStringLiteral("Keynote") ? 1 : 0;
        QCOMPARE(named, 2);
        QCOMPARE(InventoryReader(*m_db).forEachAsset(m_tokenB, [](const auto &) {}).value(), 1);
    }

    void findByUserEmailAndSerial()
    {
        const InventoryReader reader(*m_db);
        const auto byId = reader.find(QStringLiteral("u01"));
        QVERIFY(byId);
        QCOMPARE(byId->assignments.size(), 2); // one on each token
        QCOMPARE(byId->users.size(), 2);
        const auto byEmail = reader.find(QStringLiteral("ann@example.COM"));
        QVERIFY(byEmail);
        QCOMPARE(byEmail->assignments.size(), 2);
        const auto bySerial = reader.find(QStringLiteral("SERIAL1"));
        QVERIFY(bySerial);
        QCOMPARE(bySerial->assignments.size(), 2);
        QVERIFY(bySerial->users.isEmpty());
        QVERIFY(reader.find(QStringLiteral("nobody"))->assignments.isEmpty());
    }

    void historyNewestFirst()
    {
        for (int i = 0; i < 5; ++i) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO sync_runs (token_id, started_at, kind, outcome) VALUES (?, ?, 'full', 'ok')"));
            q.addBindValue(i % 2 ? m_tokenB : m_tokenA);
            q.addBindValue(QStringLiteral("2030-01-0%1T00:00:00Z").arg(i + 1));
            QVERIFY(q.exec());
        }
        QList<qint64> ids;
        QVERIFY(InventoryReader(*m_db, 2).forEachSyncRun({}, [&](const auto &r) { ids.append(r.id); }));
        QCOMPARE(ids, (QList<qint64>{5, 4, 3, 2, 1}));
        QCOMPARE(InventoryReader(*m_db, 2).forEachSyncRun(m_tokenB, [](const auto &) {}).value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInventoryReader)
#include "tst_inventoryreader.moc"
