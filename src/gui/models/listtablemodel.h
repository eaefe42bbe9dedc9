// ListTableModel: a read-only table over a small list held whole (a job's failures, a dry run's
// notes): one row per item, the columns named by headers(). Subclasses say how an item's cells
// show; setRows() replaces the list (a model reset).
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

template<typename T>
class ListTableModel : public QAbstractTableModel
{
public:
    void setRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<T> &rows() const { return m_rows; }
    const T &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QStringList labels = headers();
        return section >= 0 && section < labels.size() ? QVariant(labels.at(section)) : QVariant();
    }

protected:
    explicit ListTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    // The header labels; their count is the column count.
    virtual QStringList headers() const = 0;
    // What the cell of `row` in `column` shows for `role` (an empty QVariant for nothing).
    virtual QVariant cellData(const T &row, int column, int role) const = 0;

private:
    QList<T> m_rows;
};
