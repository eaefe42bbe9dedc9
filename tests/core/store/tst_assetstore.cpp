// AssetStore: a full pass adds, updates and removes assets, reports count changes, and keeps the
// admin's low-license threshold.
#include "core/store/assetstore.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

class TestAssetStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init();
    void cleanup() { m_db.reset(); }

    void fullPassAddsUpdatesRemoves();
    void thresholdSurvivesSync();
    void acrossTokens();

private:
    QString addToken(const QString &name)
    {
        TokenRecord r;
        r.name = name;
        return TokenStore(*m_db).insert(r).value().id;
    }
    static AssetRecord asset(const QString &adam, qint64 total, qint64 assigned)
    {
        AssetRecord a;
        a.adamId = adam;
        a.totalCount = total;
        a.assignedCount = assigned;
        a.availableCount = total - assigned;
        a.deviceAssignable = true;
        a.revocable = true;
        a.platforms = {QStringLiteral("iOS"), QStringLiteral("macOS")};
        return a;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAssetStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestAssetStore::fullPassAddsUpdatesRemoves()
{
    const QString token = addToken(QStringLiteral("A"));
    AssetStore store(*m_db);
    AssetDiff diff =
        store.applyFull(token, {asset(QStringLiteral("1"), 10, 5), asset(QStringLiteral("2"), 20, 0)})
            .value();
    QCOMPARE(diff.added, 2);
    QCOMPARE(diff.countsChanged, 0);

    AssetRecord book = asset(QStringLiteral("3"), 5, 1);
    book.productType = QStringLiteral("Book");
    book.pricingParam = QStringLiteral("PLUS");
    book.revocable = false;
    diff = store.applyFull(token, {asset(QStringLiteral("1"), 10, 7), book}).value();
    QCOMPARE(diff.added, 1);
    QCOMPARE(diff.removed, 1);
    QCOMPARE(diff.countsChanged, 1);
    QCOMPARE(diff.removedAssets.constFirst().adamId, QStringLiteral("2"));

    const AssetRecord one = *store.find(token, QStringLiteral("1"), QStringLiteral("STDQ")).value();
    QCOMPARE(one.assignedCount, 7);
    QCOMPARE(one.availableCount, 3);
    QCOMPARE(one.platforms, (QStringList{QStringLiteral("iOS"), QStringLiteral("macOS")}));
    QVERIFY(one.deviceAssignable);
    const AssetRecord stored = *store.find(token, QStringLiteral("3"), QStringLiteral("PLUS")).value();
    QCOMPARE(stored.productType, QStringLiteral("Book"));
    QVERIFY(!stored.revocable);
    QCOMPARE(store.countForToken(token).value(), 2);

    // The same list again changes nothing.
    diff = store.applyFull(token, {asset(QStringLiteral("1"), 10, 7), book}).value();
    QCOMPARE(diff.added + diff.removed + diff.countsChanged, 0);
}

void TestAssetStore::thresholdSurvivesSync()
{
    const QString token = addToken(QStringLiteral("A"));
    AssetStore store(*m_db);
    QVERIFY(store.applyFull(token, {asset(QStringLiteral("1"), 10, 5)}));
    QVERIFY(store.setLowThreshold(token, QStringLiteral("1"), QStringLiteral("STDQ"), 20));
    QVERIFY(store.applyFull(token, {asset(QStringLiteral("1"), 10, 9)}));
    QCOMPARE(store.find(token, QStringLiteral("1"), QStringLiteral("STDQ")).value()->lowThresholdPct, 20);
    QVERIFY(store.setLowThreshold(token, QStringLiteral("1"), QStringLiteral("STDQ"), std::nullopt));
    QVERIFY(
        !store.find(token, QStringLiteral("1"), QStringLiteral("STDQ")).value()->lowThresholdPct.has_value());
    QCOMPARE(store.setLowThreshold(token, QStringLiteral("9"), QStringLiteral("STDQ"), 5).error().code,
             QStringLiteral("store.notFound"));
}

void TestAssetStore::acrossTokens()
{
    const QString a = addToken(QStringLiteral("A"));
    const QString b = addToken(QStringLiteral("B"));
    AssetStore store(*m_db);
    QVERIFY(store.applyFull(a, {asset(QStringLiteral("1"), 10, 5)}));
    QVERIFY(store.applyFull(b, {asset(QStringLiteral("1"), 3, 3), asset(QStringLiteral("2"), 1, 0)}));
    QCOMPARE(store.findAcrossTokens(QStringLiteral("1")).value().size(), 2);
}

QTEST_GUILESS_MAIN(TestAssetStore)
#include "tst_assetstore.moc"
