// UserQuery: the read model of the Users page. The VPP users of every token (or one), filtered by
// status and by a prefix of the clientUserId or the e-mail address, counted and read a page at a
// time (LIMIT / OFFSET in an indexed order), each row with its token's name and the number of
// licenses the user holds on that token, counted for the rows of the page only.
#pragma once

#include "core/common/result.h"
#include "core/store/vppuserrecord.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class Database;

class UserQuery
{
public:
    enum class SortKey { ClientUserId, Email, Status, ManagedAppleId, TokenName };

    struct Filter
    {
        QString tokenId; // empty: every token
        QString status;  // Registered, Associated, Retired; empty: any
        QString search;  // prefix of the clientUserId (as typed or lower case) or of the e-mail address
    };

    struct Row
    {
        VppUserRecord user;
        QString tokenName;
        // Assignments of (token, clientUserId); none on a retired row of a user who has an active row
        // on the token (the licenses are that row's).
        std::optional<qint64> licenses;
    };

    explicit UserQuery(Database &db);

    void setFilter(const Filter &filter) { m_filter = filter; }
    const Filter &filter() const { return m_filter; }
    void setSort(SortKey key, bool descending = false);
    SortKey sortKey() const { return m_sortKey; }
    bool isDescending() const { return m_descending; }

    Result<qint64> count() const;
    // Rows [offset, offset + limit) in the sort order (the row id breaks ties, so the order is total).
    Result<QList<Row>> page(qint64 offset, int limit) const;

private:
    QString whereClause(QVariantList &values) const;
    QString orderBy(const QString &users, const QString &tokenName) const;

    Database &m_db;
    Filter m_filter;
    SortKey m_sortKey = SortKey::ClientUserId;
    bool m_descending = false;
};
