// InventoryReport on a real SQLite file: utilisation by location and by app (unlimited licenses not
// summed), low and over-assigned assets (over-assigned first), token expiries (soonest first) and
// the reclaimable licenses per app. CsvWriter: rows are CRLF-terminated and never formulas.
#include "core/export/csvwriter.h"
#include "core/export/inventoryreport.h"
#include "core/store/assetcounthistory.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/metadatastore.h"
#include "core/store/tokenstore.h"

#include "testsupport.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInventoryReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_alpha;
    QString m_beta;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    static AssetRecord asset(const QString &adamId, qint64 total, qint64 assigned)
    {
        AssetRecord a;
        a.adamId = adamId;
        a.totalCount = total;
        a.assignedCount = assigned;
        a.availableCount = total - assigned;
        a.revocable = true;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"report"_s,
                                              {{u"Alpha"_s, &m_alpha}, {u"Beta"_s, &m_beta}}));
        TokenStore tokens(*m_db);
        auto alpha = tokens.findById(m_alpha);
        QVERIFY(alpha && alpha->has_value());
        TokenRecord a = **alpha;
        a.expiresAt = m_now.addDays(200);
        a.locationName = u"London"_s;
        QVERIFY(tokens.update(a));
        auto beta = tokens.findById(m_beta);
        TokenRecord b = **beta;
        b.expiresAt = m_now.addDays(12);
        QVERIFY(tokens.update(b));

        AssetRecord free = asset(u"300"_s, 2147483647, 40);
        free.unlimited = true;
        AssetStore assets(*m_db);
        // Alpha: 100 is low (5 of 50 left), 300 unlimited. Beta: 100 fine, 400 over-assigned.
        QVERIFY(assets.applyFull(m_alpha, {asset(u"100"_s, 50, 45), free}));
        QVERIFY(assets.applyFull(m_beta, {asset(u"100"_s, 100, 10), asset(u"400"_s, 10, 12)}));
        MetadataRecord m;
        m.adamId = u"100"_s;
        m.name = u"Ledgerly"_s;
        m.lookupStatus = MetadataRecord::found;
        QVERIFY(MetadataStore(*m_db).store(m));

        AssignmentRecord ghost;
        ghost.adamId = u"100"_s;
        ghost.clientUserId = u"ghost"_s; // no such VPP user: reclaimable
        QVERIFY(AssignmentStore(*m_db).applyFull(m_alpha, {ghost}));
    }

    void cleanup() { m_db.reset(); }

    void gathersEverySection()
    {
        InventoryReport::Options options;
        options.lowThresholdPct = 20;
        options.now = m_now;
        const auto data = InventoryReport(*m_db).gather(options);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toLogString()));
        QCOMPARE(data->generatedAt, m_now);

        QCOMPARE(data->locations.size(), 2);
        const ReportData::Location &alpha = data->locations.at(0);
        QCOMPARE(alpha.tokenName, u"Alpha"_s);
        QCOMPARE(alpha.locationName, u"London"_s);
        QCOMPARE(alpha.assets, 1);
        QCOMPARE(alpha.unlimitedAssets, 1);
        QCOMPARE(alpha.total, 50);
        QCOMPARE(alpha.assigned, 45);
        const ReportData::Location &beta = data->locations.at(1);
        QCOMPARE(beta.total, 110);
        QCOMPARE(beta.available, 88);

        // By app, by name: "300", "400", "Ledgerly".
        QCOMPARE(data->apps.size(), 3);
        QCOMPARE(data->apps.at(2).name, u"Ledgerly"_s);
        QCOMPARE(data->apps.at(2).locations, 2);
        QCOMPARE(data->apps.at(2).total, 150);
        QCOMPARE(data->apps.at(2).assigned, 55);
        QVERIFY(data->apps.at(0).unlimited);
        QCOMPARE(data->apps.at(0).total, 0);
        QCOMPARE(data->apps.at(0).assigned, 40);

        QCOMPARE(data->issues.size(), 2);
        QCOMPARE(data->issues.at(0).adamId, u"400"_s);
        QVERIFY(data->issues.at(0).overAssigned());
        QCOMPARE(data->issues.at(1).tokenName, u"Alpha"_s);
        QCOMPARE(data->issues.at(1).name, u"Ledgerly"_s);

        QCOMPARE(data->expiries.size(), 2);
        QCOMPARE(data->expiries.at(0).tokenName, u"Beta"_s);
        QCOMPARE(data->expiries.at(0).daysLeft, 12);
        QCOMPARE(data->expiries.at(1).daysLeft, 200);

        QCOMPARE(data->reclaimableTotal, 1);
        QCOMPARE(data->reclaimable.size(), 1);
        QCOMPARE(data->reclaimable.first().name, u"Ledgerly"_s);
    }

    void runwayPerApp()
    {
        // Beta's Ledgerly had 90 available 10 days ago and has 80 now: one a day; with Alpha's 5
        // (no history), 85 days for the app.
        QVERIFY(AssetCountHistory(*m_db).record(m_beta, 0, m_now.addDays(-10)));
        QVERIFY(AssetStore(*m_db).applyFull(m_beta, {asset(u"100"_s, 100, 20), asset(u"400"_s, 10, 12)}));
        InventoryReport::Options options;
        options.now = m_now;
        const auto data = InventoryReport(*m_db).gather(options);
        QVERIFY(data);
        const ReportData::App &ledgerly = data->apps.at(2);
        QCOMPARE(ledgerly.name, u"Ledgerly"_s);
        QVERIFY(ledgerly.runwayDays.has_value());
        QCOMPARE(qRound(*ledgerly.runwayDays), 85);
        QVERIFY(!data->apps.at(1).runwayDays); // 400: over-assigned but not moving
    }

    void cancelled()
    {
        const auto data = InventoryReport(*m_db).gather({}, [] { return true; });
        QVERIFY(!data);
        QCOMPARE(data.error().kind, VppError::Kind::Cancelled);
    }

    void csvRowsAreSafe()
    {
        QCOMPARE(CsvWriter::row({u"a"_s, u"=HYPERLINK(1)"_s, u"-12.5"_s, u"x,\"y\""_s}),
                 u"a,'=HYPERLINK(1),-12.5,\"x,\"\"y\"\"\"\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestInventoryReport)
#include "tst_inventoryreport.moc"
