// Tests of PagedTableModel: the row count comes from one count, rows load a block at a time on
// demand, only the most recent blocks stay, a reload starts over, and a failing source leaves an
// empty model with the error instead of garbage.
#include "models/pagedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rows computed from their position: row i is ("row i", i * 2). Counts the calls it gets.
class CountingModel : public PagedTableModel
{
public:
    qint64 rows = 1000;
    bool failCount = false;
    bool failFetch = false;
    mutable int counts = 0;
    mutable QList<std::pair<qint64, int>> fetches;

protected:
    QStringList headers() const override { return {u"Name"_s, u"Double"_s}; }
    Result<qint64> countRows() const override
    {
        ++counts;
        if (failCount)
            return VppError::make(VppError::Kind::Store, u"test.count"_s, u"The count failed."_s);
        return rows;
    }
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override
    {
        fetches.append({offset, limit});
        if (failFetch)
            return VppError::make(VppError::Kind::Store, u"test.fetch"_s, u"The page failed."_s);
        QList<Row> page;
        for (qint64 i = offset; i < qMin(rows, offset + limit); ++i)
            page.append({u"row %1"_s.arg(i), i * 2});
        return page;
    }
};

} // namespace

class TestPagedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void countsOnceAndLoadsBlocksOnDemand();
    void keepsOnlyTheRecentBlocks();
    void reloadStartsOver();
    void failuresLeaveTheModelEmptyWithTheError();
    void passesTheModelTester();
};

void TestPagedTableModel::countsOnceAndLoadsBlocksOnDemand()
{
    CountingModel model;
    model.setBlockSize(100);
    QSignalSpy reloaded(&model, &PagedTableModel::reloaded);
    model.reload();
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(reloaded.first().first().toLongLong(), 1000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.counts, 1);
    QVERIFY(model.fetches.isEmpty()); // nothing is read before it is shown

    QCOMPARE(model.index(0, 0).data().toString(), u"row 0"_s);
    QCOMPARE(model.index(99, 1).data().toLongLong(), 198);
    QCOMPARE(model.fetches.size(), 1);
    QCOMPARE(model.fetches.first(), std::make_pair(qint64(0), 100));
    QCOMPARE(model.index(750, 0).data().toString(), u"row 750"_s);
    QCOMPARE(model.fetches.size(), 2);
    QCOMPARE(model.fetches.last(), std::make_pair(qint64(700), 100));
    // Numbers align right, text does not.
    QCOMPARE(model.index(5, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(5, 0).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Double"_s);
    QVERIFY(model.rowAt(1000) == nullptr);
    QVERIFY(model.rowAt(-1) == nullptr);
}

void TestPagedTableModel::keepsOnlyTheRecentBlocks()
{
    CountingModel model;
    model.rows = 100000;
    model.setBlockSize(16);
    model.setMaxBlocks(4);
    model.reload();
    for (int block = 0; block < 10; ++block)
        QVERIFY(model.rowAt(block * 16));
    QCOMPARE(model.loadedBlocks(), 4);
    QCOMPARE(model.fetches.size(), 10);
    // A recent block is served from memory, an evicted one is read again.
    QVERIFY(model.rowAt(9 * 16 + 3));
    QCOMPARE(model.fetches.size(), 10);
    QVERIFY(model.rowAt(0));
    QCOMPARE(model.fetches.size(), 11);
    QCOMPARE(model.loadedBlocks(), 4);
    // The last block is short.
    model.rows = 100;
    model.reload();
    QCOMPARE(model.rowAt(99)->at(0).toString(), u"row 99"_s);
    QCOMPARE(model.fetches.last(), std::make_pair(qint64(96), 16));
}

void TestPagedTableModel::reloadStartsOver()
{
    CountingModel model;
    model.reload();
    QVERIFY(model.rowAt(10));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.rows = 5;
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.loadedBlocks(), 0);
    QCOMPARE(model.counts, 2);
}

void TestPagedTableModel::failuresLeaveTheModelEmptyWithTheError()
{
    CountingModel model;
    model.failCount = true;
    QSignalSpy failed(&model, &PagedTableModel::loadFailed);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(model.lastError().contains(u"The count failed."_s));

    model.failCount = false;
    model.failFetch = true;
    model.reload();
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(!model.index(3, 0).data().isValid());
    QVERIFY(model.lastError().contains(u"The page failed."_s));
    model.failFetch = false;
    QCOMPARE(model.index(3, 0).data().toString(), u"row 3"_s);
}

void TestPagedTableModel::passesTheModelTester()
{
    CountingModel model;
    model.rows = 300;
    model.setBlockSize(32);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    for (int row = 0; row < model.rowCount(); row += 7)
        QVERIFY(model.index(row, 1).data().isValid());
    model.rows = 0;
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
