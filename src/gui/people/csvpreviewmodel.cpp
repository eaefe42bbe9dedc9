#include "csvpreviewmodel.h"

#include "statuscolours.h"

#include <QGuiApplication>

#include <QColor>

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvPreviewModel::setPreview(const QStringList &columns, const QList<QStringList> &rows,
                                 const QList<int> &lines, const QHash<int, QString> &problems)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_lines = lines;
    m_problems = problems;
    m_columnCount = int(columns.size());
    for (const QStringList &row : rows)
        m_columnCount = qMax(m_columnCount, int(row.size()));
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int line = index.row() < m_lines.size() ? m_lines.at(index.row()) : 0;
    const auto problem = m_problems.constFind(line);
    if (role == Qt::ForegroundRole)
        return problem != m_problems.constEnd()
                   ? QVariant(StatusColours::text(StatusColours::Tone::Error, QGuiApplication::palette(),
                                                  QPalette::Base))
                   : QVariant();
    if (role == Qt::ToolTipRole && problem != m_problems.constEnd())
        return problem.value();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList &row = m_rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()) : QString();
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section >= m_rows.size())
            return {};
        return section < m_lines.size() ? m_lines.at(section) : section + 1;
    }
    if (section >= m_columnCount)
        return {};
    const QString key = section < m_columns.size() ? m_columns.at(section) : QString();
    return key.isEmpty() ? tr("Column %1 (ignored)").arg(section + 1) : columnLabel(key);
}

QString CsvPreviewModel::columnLabel(const QString &key)
{
    if (key == QLatin1String("serial"))
        return tr("Serial number");
    if (key == QLatin1String("name"))
        return tr("Name");
    if (key == QLatin1String("owner"))
        return tr("Owner");
    if (key == QLatin1String("lastSeen"))
        return tr("Last seen");
    if (key == QLatin1String("group"))
        return tr("Group");
    if (key == QLatin1String("member"))
        return tr("Member");
    if (key == QLatin1String("kind"))
        return tr("Kind");
    return key;
}
