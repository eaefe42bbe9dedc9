#include "grouptablemodel.h"

GroupTableModel::GroupTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

QString GroupTableModel::reload()
{
    const auto groups = GroupQuery(m_db).groups();
    beginResetModel();
    m_groups = groups ? groups.value() : QList<GroupQuery::GroupRow>();
    endResetModel();
    return groups ? QString() : groups.error().toDisplayString();
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupQuery::GroupRow &g = m_groups.at(index.row());
    if (role == GroupIdRole)
        return g.group.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == UsersColumn || index.column() == DevicesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return g.group.name;
    case UsersColumn:
        return g.users;
    case DevicesColumn:
        return g.devices;
    case DistributionColumn:
        if (g.tokenNames.isEmpty())
            return role == Qt::ToolTipRole ? tr("Not a Distribution group of any token") : QString();
        return g.tokenNames.join(QStringLiteral(", "));
    case SourceColumn:
        return g.group.source;
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Group");
    case UsersColumn:
        return tr("Users");
    case DevicesColumn:
        return tr("Devices");
    case DistributionColumn:
        return tr("Distributes for");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

const GroupQuery::GroupRow *GroupTableModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int GroupTableModel::rowOf(qint64 groupId) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).group.id == groupId)
            return i;
    return -1;
}
