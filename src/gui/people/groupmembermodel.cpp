#include "groupmembermodel.h"

GroupMemberModel::GroupMemberModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

QString GroupMemberModel::setGroup(qint64 groupId)
{
    Result<QList<GroupQuery::MemberRow>> members = QList<GroupQuery::MemberRow>();
    if (groupId > 0)
        members = GroupQuery(m_db).members(groupId);
    beginResetModel();
    m_groupId = groupId;
    m_members = members ? members.value() : QList<GroupQuery::MemberRow>();
    endResetModel();
    return members ? QString() : members.error().toDisplayString();
}

int GroupMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int GroupMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const GroupQuery::MemberRow &m = m_members.at(index.row());
    switch (index.column()) {
    case MemberColumn:
        return m.member.member;
    case KindColumn:
        return m.member.isDevice() ? tr("Device") : tr("User");
    case DeviceNameColumn:
        return m.deviceName;
    default:
        return {};
    }
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case KindColumn:
        return tr("Kind");
    case DeviceNameColumn:
        return tr("Device name");
    default:
        return {};
    }
}
