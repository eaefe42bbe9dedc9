// UserTableModel: the VPP users of every token, paged from the store through UserQuery (200,000
// users and more): clientUserId, e-mail, status, Managed Apple Account, token, licenses held and
// whether an invitation is pending. Filters and the sort order go into the query.
#pragma once

#include "core/views/userquery.h"
#include "models/pagedtablemodel.h"

class Database;

class UserTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientUserIdColumn,
        EmailColumn,
        StatusColumn,
        ManagedAppleIdColumn,
        TokenColumn,
        LicensesColumn,
        InvitationColumn,
        ColumnCount
    };
    enum Role {
        TokenIdRole = Qt::UserRole + 1, // the user's token id (any column)
        ClientUserIdRole,               // the clientUserId (any column)
        StatusRole,                     // Registered, Associated, Retired (any column)
    };

    // One user of the table, as the actions need it.
    struct UserRef
    {
        QString tokenId;
        QString tokenName;
        QString clientUserId;
        QString status;
        bool isValid() const { return !clientUserId.isEmpty(); }
    };

    explicit UserTableModel(Database &db, QObject *parent = nullptr);

    // Both reload.
    void setFilter(const UserQuery::Filter &filter);
    const UserQuery::Filter &filter() const { return m_query.filter(); }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Whether the store can order by the column (the license count and the invitation cannot).
    static bool isSortable(int column);

    UserRef userAt(int row) const;

protected:
    QStringList headers() const override;
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    UserQuery m_query;
};
