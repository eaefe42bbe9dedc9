#include "holdingsusermodel.h"

#include <QBrush>
#include <QPalette>

HoldingsUserModel::HoldingsUserModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HoldingsUserModel::setUsers(const QList<InventoryReader::UserRow> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

QString HoldingsUserModel::statusText(const QString &status)
{
    if (status == u"Registered")
        return tr("Registered");
    if (status == u"Associated")
        return tr("Associated");
    if (status == u"Retired")
        return tr("Retired");
    if (status == u"Deleted")
        return tr("Deleted");
    return status;
}

int HoldingsUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int HoldingsUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryReader::UserRow &row = m_users.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ClientUserIdColumn:
            return row.user.clientUserId;
        case EmailColumn:
            return row.user.email;
        case StatusColumn:
            return role == Qt::ToolTipRole ? row.user.status : statusText(row.user.status);
        case TokenColumn:
            return row.tokenName;
        case ManagedAppleIdColumn:
            return row.user.managedAppleId;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !row.user.isActive())
        return QBrush(QPalette().color(QPalette::PlaceholderText));
    return {};
}

QVariant HoldingsUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientUserIdColumn:
        return tr("Client user ID");
    case EmailColumn:
        return tr("E-mail");
    case StatusColumn:
        return tr("Status");
    case TokenColumn:
        return tr("Token");
    case ManagedAppleIdColumn:
        return tr("Managed Apple ID");
    default:
        return {};
    }
}
