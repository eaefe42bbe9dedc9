// AssetQuery: every token's assets in one read with the catalog's names, the low-license rule (own
// threshold before the global one, unlimited never low), icons, and how an asset came in.
#include "core/store/assetstore.h"
#include "core/store/database.h"
#include "core/store/metadatastore.h"
#include "core/store/synchistory.h"
#include "core/views/assetquery.h"

#include "testsupport.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAssetQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_tokenA;
    QString m_tokenB;

    static AssetRecord asset(const QString &adamId, qint64 total, qint64 available)
    {
        AssetRecord a;
        a.adamId = adamId;
        a.totalCount = total;
        a.availableCount = available;
        a.assignedCount = total - available;
        a.platforms = {u"iOS"_s, u"macOS"_s};
        return a;
    }

    const AssetViewRow *find(const QList<AssetViewRow> &rows, const QString &token, const QString &adamId)
    {
        for (const AssetViewRow &r : rows)
            if (r.tokenId == token && r.adamId == adamId)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"aq"_s,
                                              {{u"Alpha"_s, &m_tokenA}, {u"Beta"_s, &m_tokenB}}));

        AssetRecord free = asset(u"300"_s, 2147483647, 0);
        free.unlimited = true;
        AssetRecord book = asset(u"200"_s, 10, 5);
        book.productType = u"Book"_s;
        book.pricingParam = u"PLUS"_s;
        AssetStore assets(*m_db);
        QVERIFY(assets.applyFull(m_tokenA, {asset(u"100"_s, 50, 2), book, free}));
        QVERIFY(assets.applyFull(m_tokenB, {asset(u"100"_s, 50, 20)}));

        MetadataRecord m;
        m.adamId = u"100"_s;
        m.name = u"Ledgerly"_s;
        m.bundleId = u"com.example.ledgerly"_s;
        m.artist = u"Copperleaf"_s;
        m.lookupStatus = MetadataRecord::found;
        m.icon = QByteArray("\x89PNG fake", 9);
        MetadataStore meta(*m_db);
        QVERIFY(meta.store(m));
        QVERIFY(meta.markNotFound({u"200"_s}));
    }

    void cleanup() { m_db.reset(); }

    void loadsEveryTokenWithNames()
    {
        const auto rows = AssetQuery(*m_db).load(10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        // Ordered by token name.
        QCOMPARE(rows->first().tokenName, u"Alpha"_s);
        QCOMPARE(rows->last().tokenName, u"Beta"_s);
        const AssetViewRow *ledgerly = find(rows.value(), m_tokenA, u"100"_s);
        QVERIFY(ledgerly);
        QCOMPARE(ledgerly->name, u"Ledgerly"_s);
        QCOMPARE(ledgerly->bundleId, u"com.example.ledgerly"_s);
        QCOMPARE(ledgerly->artist, u"Copperleaf"_s);
        QVERIFY(ledgerly->inCatalog());
        QVERIFY(ledgerly->hasIcon);
        QCOMPARE(ledgerly->platforms, QStringList({u"iOS"_s, u"macOS"_s}));
        QCOMPARE(ledgerly->totalCount, 50);
        QCOMPARE(ledgerly->availableCount, 2);
        QCOMPARE(ledgerly->assignedCount, 48);

        const AssetViewRow *book = find(rows.value(), m_tokenA, u"200"_s);
        QVERIFY(book);
        QVERIFY(book->isBook());
        QCOMPARE(book->pricingParam, u"PLUS"_s);
        QCOMPARE(book->lookupStatus, u"not_found"_s);
        QVERIFY(book->name.isEmpty());
        QVERIFY(!book->hasIcon);
        const AssetViewRow *unknown = find(rows.value(), m_tokenA, u"300"_s);
        QVERIFY(unknown);
        QVERIFY(unknown->lookupStatus.isEmpty());
        QVERIFY(!unknown->inCatalog());
    }

    void lowUsesOwnThresholdFirst()
    {
        auto rows = AssetQuery(*m_db).load(10).value();
        QVERIFY(find(rows, m_tokenA, u"100"_s)->low);  // 2 of 50 = 4% < 10%
        QVERIFY(!find(rows, m_tokenB, u"100"_s)->low); // 20 of 50
        QVERIFY(!find(rows, m_tokenA, u"200"_s)->low); // 5 of 10
        QVERIFY(!find(rows, m_tokenA, u"300"_s)->low); // unlimited: never low

        rows = AssetQuery(*m_db).load(60).value();
        QVERIFY(find(rows, m_tokenB, u"100"_s)->low);
        QVERIFY(find(rows, m_tokenA, u"200"_s)->low);
        QVERIFY(!find(rows, m_tokenA, u"300"_s)->low);

        QVERIFY(AssetStore(*m_db).setLowThreshold(m_tokenA, u"100"_s, u"STDQ"_s, 3));
        QVERIFY(AssetStore(*m_db).setLowThreshold(m_tokenB, u"100"_s, u"STDQ"_s, 50));
        rows = AssetQuery(*m_db).load(10).value();
        QCOMPARE(find(rows, m_tokenA, u"100"_s)->lowThresholdPct, std::optional<int>(3));
        QVERIFY(!find(rows, m_tokenA, u"100"_s)->low); // 4% is not below its own 3%
        QVERIFY(find(rows, m_tokenB, u"100"_s)->low);  // 40% is below its own 50%
    }

    void lowRule()
    {
        QVERIFY(AssetQuery::isLow(50, 2, false, {}, 10));
        QVERIFY(!AssetQuery::isLow(50, 5, false, {}, 10)); // exactly 10%: not below
        QVERIFY(!AssetQuery::isLow(2147483647, 0, true, 50, 10));
        QVERIFY(!AssetQuery::isLow(0, 0, false, {}, 10));
        QVERIFY(AssetQuery::isLow(20, 0, false, {}, 10));
    }

    void icons()
    {
        QCOMPARE(AssetQuery(*m_db).icon(u"100"_s).value(), QByteArray("\x89PNG fake", 9));
        QVERIFY(AssetQuery(*m_db).icon(u"200"_s).value().isEmpty());
        QVERIFY(AssetQuery(*m_db).icon(u"999"_s).value().isEmpty());
    }

    void provenance()
    {
        SyncHistory history(*m_db);
        const QDateTime first = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const QDateTime later = first.addDays(3);
        QVERIFY(history.startRun(m_tokenA, u"full"_s, first));
        const qint64 run = history.startRun(m_tokenA, u"incremental"_s, later).value();
        QVERIFY(history.addChanges(run, {{run, SyncChangeRecord::assetAdded, u"200"_s, u"PLUS"_s, {}, {}}}));

        const auto added = AssetQuery(*m_db).provenance(m_tokenA, u"200"_s, u"PLUS"_s);
        QVERIFY(added);
        QVERIFY(added->addedBySync);
        QCOMPARE(added->addedAt, later);
        QCOMPARE(added->firstSyncAt, first);

        const auto before = AssetQuery(*m_db).provenance(m_tokenA, u"100"_s, u"STDQ"_s);
        QVERIFY(before);
        QVERIFY(!before->addedBySync);
        QCOMPARE(before->firstSyncAt, first);
        // Another pricing of the same product is another asset.
        QVERIFY(!AssetQuery(*m_db).provenance(m_tokenA, u"200"_s, u"STDQ"_s)->addedBySync);
        QVERIFY(!AssetQuery(*m_db).provenance(m_tokenB, u"100"_s, u"STDQ"_s)->firstSyncAt.isValid());
    }

    void assignmentHistory()
    {
        SyncHistory history(*m_db);
        const QDateTime first = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
        const qint64 run1 = history.startRun(m_tokenA, u"full"_s, first).value();
        SyncRunRecord r1;
        r1.id = run1;
        r1.tokenId = m_tokenA;
        r1.outcome = RecordState::SyncRun::Ok;
        r1.assignmentsAdded = 500; // the first sync records no rows
        QVERIFY(history.finishRun(r1));
        const qint64 run2 = history.startRun(m_tokenA, u"incremental"_s, first.addDays(1)).value();
        QVERIFY(history.addChanges(
            run2, {{run2, SyncChangeRecord::assignmentAdded, u"100"_s, u"u1"_s, {}, u"STDQ"_s},
                   {run2, SyncChangeRecord::assignmentAdded, u"100"_s, u"u2"_s, {}, u"VPPQ"_s},
                   {run2, SyncChangeRecord::assignmentAdded, u"200"_s, u"u3"_s, {}, u"STDQ"_s}}));
        SyncRunRecord r2 = r1;
        r2.id = run2;
        r2.assignmentsAdded = 3;
        QVERIFY(history.finishRun(r2));

        auto h = AssetQuery(*m_db).assignmentHistory(m_tokenA, u"100"_s, u"STDQ"_s);
        QVERIFY(h);
        QCOMPARE(h->firstSyncAt, first);
        QCOMPARE(h->addedAt.size(), 1);
        QCOMPARE(h->addedAt.value(u"u1"_s), first.addDays(1));
        QVERIFY(h->complete);

        // A run that added more than it recorded makes the rest unknown.
        const qint64 run3 = history.startRun(m_tokenA, u"incremental"_s, first.addDays(2)).value();
        SyncRunRecord r3 = r1;
        r3.id = run3;
        r3.assignmentsAdded = 7;
        QVERIFY(history.finishRun(r3));
        h = AssetQuery(*m_db).assignmentHistory(m_tokenA, u"100"_s, u"STDQ"_s);
        QVERIFY(!h->complete);
        QVERIFY(!AssetQuery(*m_db).assignmentHistory(m_tokenB, u"100"_s, u"STDQ"_s)->firstSyncAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAssetQuery)
#include "tst_assetquery.moc"
