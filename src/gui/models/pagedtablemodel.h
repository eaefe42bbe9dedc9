// PagedTableModel: a read-only table over a query too big to hold in memory (a million licenses,
// two hundred thousand users, the audit log). It counts the rows once per reload and loads
// fixed-size blocks of rows on demand, keeping the most recently used blocks only, so the view
// shows the true row count and its scroll bar at once while memory stays flat.
//
// Subclasses supply the count and the blocks (through a query class of the engine: no SQL in
// the GUI), the column headers, and how a row is shown; sorting and filtering change the
// subclass's query and call reload().
#pragma once

#include "core/common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <limits>

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // One row: a value per column, plus whatever the subclass keeps after them (ids, flags).
    using Row = QVariantList;

    explicit PagedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Counts again and forgets the loaded blocks (a model reset).
    void reload();
    // The row's values (loading its block if needed); nullptr when out of range or not loadable.
    const Row *rowAt(int row) const;
    // The last failure of a count or a block load, translated; empty when the last load worked.
    QString lastError() const { return m_lastError; }

    void setBlockSize(int rows) { m_blockSize = qMax(16, rows); }
    int blockSize() const { return m_blockSize; }
    void setMaxBlocks(int blocks) { m_maxBlocks = qMax(2, blocks); }
    int loadedBlocks() const { return int(m_blocks.size()); }

Q_SIGNALS:
    // After each reload: the new row count, or the error that left the model empty.
    void reloaded(qint64 rows);
    void loadFailed(const QString &error);

protected:
    // The header labels; their count is the column count.
    virtual QStringList headers() const = 0;
    // The number of rows the current query has.
    virtual Result<qint64> countRows() const = 0;
    // Rows [offset, offset + limit) of the current query, in its order.
    virtual Result<QList<Row>> fetchRows(qint64 offset, int limit) const = 0;
    // What a cell shows for `role`; the default shows row[column] for DisplayRole and ToolTipRole
    // and aligns numbers to the right.
    virtual QVariant cellData(const Row &row, int column, int role) const;

private:
    const QList<Row> *block(qint64 blockIndex) const;

    qint64 m_rowCount = 0;
    int m_blockSize = 256;
    int m_maxBlocks = 64;
    mutable QHash<qint64, QList<Row>> m_blocks;
    mutable QList<qint64> m_recent; // block indexes, most recently used last
    mutable QString m_lastError;
};
