#include "usertablemodel.h"

namespace {

// Kept after the shown columns of a row.
enum Extra { TokenIdField = UserTableModel::ColumnCount, StatusKeyField };

} // namespace

UserTableModel::UserTableModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_query(db)
{}

void UserTableModel::setFilter(const UserQuery::Filter &filter)
{
    m_query.setFilter(filter);
    reload();
}

bool UserTableModel::isSortable(int column)
{
    return column >= ClientUserIdColumn && column <= TokenColumn;
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    static const UserQuery::SortKey keys[] = {UserQuery::SortKey::ClientUserId, UserQuery::SortKey::Email,
                                              UserQuery::SortKey::Status, UserQuery::SortKey::ManagedAppleId,
                                              UserQuery::SortKey::TokenName};
    const UserQuery::SortKey key = keys[column];
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey() && descending == m_query.isDescending())
        return;
    m_query.setSort(key, descending);
    reload();
}

UserTableModel::UserRef UserTableModel::userAt(int row) const
{
    const Row *values = rowAt(row);
    if (!values)
        return {};
    return {values->at(TokenIdField).toString(), values->at(TokenColumn).toString(),
            values->at(ClientUserIdColumn).toString(), values->at(StatusKeyField).toString()};
}

QStringList UserTableModel::headers() const
{
    return {tr("Client user ID"), tr("E-mail"),   tr("Status"),     tr("Managed Apple Account"),
            tr("Token"),          tr("Licenses"), tr("Invite code")};
}

Result<qint64> UserTableModel::countRows() const
{
    return m_query.count();
}

Result<QList<PagedTableModel::Row>> UserTableModel::fetchRows(qint64 offset, int limit) const
{
    const auto users = m_query.page(offset, limit);
    if (!users)
        return users.error();
    QList<Row> rows;
    rows.reserve(users->size());
    for (const UserQuery::Row &u : users.value()) {
        rows.append(Row{u.user.clientUserId, u.user.email, u.user.status, u.user.managedAppleId, u.tokenName,
                        u.licenses ? QVariant(*u.licenses) : QVariant(), !u.user.inviteCode.isEmpty(),
                        u.user.tokenId, u.user.status});
    }
    return rows;
}

QVariant UserTableModel::cellData(const Row &row, int column, int role) const
{
    switch (role) {
    case TokenIdRole:
        return row.at(TokenIdField);
    case ClientUserIdRole:
        return row.at(ClientUserIdColumn);
    case StatusRole:
        return row.at(StatusKeyField);
    default:
        break;
    }
    if (column == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString status = row.at(StatusKeyField).toString();
        if (status == QLatin1String("Registered"))
            return role == Qt::DisplayRole ? tr("Registered") : tr("Registered: invited, has not joined yet");
        if (status == QLatin1String("Associated"))
            return role == Qt::DisplayRole ? tr("Associated")
                                           : tr("Associated: joined with an Apple Account");
        // Apple keeps the retired record of a person registered again under the same id: say which is which.
        if (status == QLatin1String("Retired") && row.at(LicensesColumn).isNull())
            return role == Qt::DisplayRole ? tr("Retired (earlier record)")
                                           : tr("An earlier record of this user, retired; the user was "
                                                "registered again and the active record is listed too.");
        if (status == QLatin1String("Retired"))
            return role == Qt::DisplayRole ? tr("Retired") : tr("Retired: no longer a VPP user");
        return status;
    }
    if (column == LicensesColumn && row.at(LicensesColumn).isNull()) {
        if (role == Qt::ToolTipRole)
            return tr("This user is active again: the licenses are counted on the active row.");
        if (role == Qt::DisplayRole)
            return tr("on active row");
    }
    if (column == InvitationColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const bool pending = row.at(InvitationColumn).toBool();
        if (role == Qt::ToolTipRole)
            return pending ? tr("An invitation code is on record: the link can be copied.") : QVariant();
        return pending ? tr("Yes") : QString();
    }
    return PagedTableModel::cellData(row, column, role);
}
