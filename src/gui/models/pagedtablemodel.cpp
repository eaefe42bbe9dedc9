#include "pagedtablemodel.h"

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Views address rows with int: a larger result is shown up to INT_MAX rows.
    return int(qMin<qint64>(m_rowCount, std::numeric_limits<int>::max()));
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    return cellData(*row, index.column(), role);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QStringList labels = headers();
        if (section >= 0 && section < labels.size())
            return labels.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedTableModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    const Result<qint64> count = countRows();
    if (count) {
        m_rowCount = count.value();
        m_lastError.clear();
    } else {
        m_rowCount = 0;
        m_lastError = count.error().toDisplayString();
    }
    endResetModel();
    if (m_lastError.isEmpty())
        Q_EMIT reloaded(m_rowCount);
    else
        Q_EMIT loadFailed(m_lastError);
}

const PagedTableModel::Row *PagedTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<Row> *rows = block(row / m_blockSize);
    if (!rows)
        return nullptr;
    const qsizetype inBlock = row % m_blockSize;
    return inBlock < rows->size() ? &rows->at(inBlock) : nullptr;
}

QVariant PagedTableModel::cellData(const Row &row, int column, int role) const
{
    if (column < 0 || column >= row.size())
        return {};
    const QVariant &value = row.at(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value;
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        const bool numeric =
            type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    default:
        return {};
    }
}

const QList<PagedTableModel::Row> *PagedTableModel::block(qint64 blockIndex) const
{
    auto found = m_blocks.constFind(blockIndex);
    if (found != m_blocks.constEnd()) {
        if (m_recent.constLast() != blockIndex) {
            m_recent.removeOne(blockIndex);
            m_recent.append(blockIndex);
        }
        return &found.value();
    }
    const Result<QList<Row>> rows = fetchRows(blockIndex * m_blockSize, m_blockSize);
    if (!rows) {
        m_lastError = rows.error().toDisplayString();
        return nullptr;
    }
    while (m_recent.size() >= m_maxBlocks)
        m_blocks.remove(m_recent.takeFirst());
    m_recent.append(blockIndex);
    return &m_blocks.insert(blockIndex, rows.value()).value();
}
