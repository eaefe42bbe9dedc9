// The Runway column of Apps & Books: the demo organization's sync recorded every asset's counts
// (asset_count_history); with Ledgerly in London shown as having had 20 more licenses available 20
// days ago, the page shows how many days it has left, "—" for the others, says the rate in the
// tool tip, and a click on the Runway header sorts the soonest first.
#include "assets/assetfilterproxymodel.h"
#include "assets/assetspage.h"
#include "assets/assettablemodel.h"
#include "consolefixture.h"

#include "core/store/database.h"

#include <QHeaderView>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kLedgerly = u"1302558810"_s;
}

class TestAssetRunway : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;

    static qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db.connection());
        if (!q.prepare(sql))
            return -1;
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void syncRecordsTheCounts()
    {
        Database &db = m_fixture.console().database();
        const qint64 assets = scalar(db, u"SELECT COUNT(*) FROM assets"_s);
        QVERIFY(assets > 0);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM asset_count_history"_s), assets);
    }

    void runwayColumnShowsDaysLeft()
    {
        Database &db = m_fixture.console().database();
        const QString london = m_fixture.tokenId(ConsoleFixture::London);
        // Ledgerly's first snapshot moved 20 days back, with 20 more available then.
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(
            u"UPDATE asset_count_history SET recorded_at = ?, available_count = available_count + 20 "
            "WHERE token_id = ? AND adam_id = ?"_s));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-20).toString(Qt::ISODateWithMs));
        q.addBindValue(london);
        q.addBindValue(kLedgerly);
        QVERIFY(q.exec());
        QVERIFY(q.numRowsAffected() > 0);

        AssetsPage page(m_fixture.console());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        QTableView *view = page.tableView();
        const int row = page.model()->find(london, kLedgerly, u"STDQ"_s);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->headerData(AssetTableModel::Runway, Qt::Horizontal).toString(), u"Runway"_s);
        const QModelIndex runway = page.model()->index(row, AssetTableModel::Runway);
        // Ledgerly has 2 of 50 left and lost 20 in 20 days: a couple of days.
        const QString text = runway.data().toString();
        QVERIFY2(text.contains(u"day"_s), qPrintable(text));
        QVERIFY(runway.data(Qt::ToolTipRole).toString().contains(u"per day"_s));
        int dashes = 0;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            dashes += page.model()->index(r, AssetTableModel::Runway).data().toString() == u"—"_s ? 1 : 0;
        QCOMPARE(dashes, page.model()->rowCount() - 1);

        // A click on the header sorts by runway, soonest first.
        QHeaderView *header = view->horizontalHeader();
        view->scrollTo(view->model()->index(0, AssetTableModel::Runway));
        const auto headerCentre = [header] {
            return QPoint(
                header->sectionViewportPosition(AssetTableModel::Runway) +
                    qMin(header->sectionSize(AssetTableModel::Runway), header->viewport()->width()) / 2,
                header->height() / 2);
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerCentre());
        QCOMPARE(page.proxy()->sortColumn(), int(AssetTableModel::Runway));
        if (page.proxy()->sortOrder() != Qt::AscendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerCentre());
        QCOMPARE(view->model()->index(0, AssetTableModel::Runway).data().toString(), text);
    }
};

QTEST_MAIN(TestAssetRunway)
#include "tst_assetrunway.moc"
