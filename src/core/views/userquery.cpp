#include "core/views/userquery.h"

#include "core/store/database.h"
#include "core/views/sqlsearch.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kUserColumns = QStringLiteral("u.id, u.token_id, u.client_user_id, u.email, u.id_hash, "
                                            "u.invite_code, u.status, u.managed_apple_id");

} // namespace

UserQuery::UserQuery(Database &db)
    : m_db(db)
{}

void UserQuery::setSort(SortKey key, bool descending)
{
    m_sortKey = key;
    m_descending = descending;
}

QString UserQuery::whereClause(QVariantList &values) const
{
    QStringList conditions;
    if (!m_filter.tokenId.isEmpty()) {
        conditions.append(QStringLiteral("u.token_id = ?"));
        values.append(m_filter.tokenId);
    }
    if (!m_filter.status.isEmpty()) {
        conditions.append(QStringLiteral("u.status = ?"));
        values.append(m_filter.status);
    }
    const QString search = m_filter.search.trimmed();
    if (!search.isEmpty()) {
        // Ranges, not LIKE: each alternative is a range scan of an index (client id, lower(email)).
        QStringList alternatives;
        QStringList prefixes{search};
        if (search.toLower() != search)
            prefixes.append(search.toLower());
        for (const QString &prefix : std::as_const(prefixes)) {
            const auto [low, high] = SqlSearch::prefixRange(prefix);
            alternatives.append(QStringLiteral("(u.client_user_id >= ? AND u.client_user_id < ?)"));
            values << low << high;
        }
        const auto [low, high] = SqlSearch::prefixRange(search.toLower());
        alternatives.append(QStringLiteral("(lower(u.email) >= ? AND lower(u.email) < ?)"));
        values << low << high;
        conditions.append(QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
                          QStringLiteral(")"));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString UserQuery::orderBy(const QString &users, const QString &tokenName) const
{
    QString key;
    switch (m_sortKey) {
    case SortKey::ClientUserId:
        key = users + QStringLiteral(".client_user_id");
        break;
    case SortKey::Email:
        key = QStringLiteral("lower(") + users + QStringLiteral(".email)");
        break;
    case SortKey::Status:
        key = users + QStringLiteral(".status");
        break;
    case SortKey::ManagedAppleId:
        key = users + QStringLiteral(".managed_apple_id");
        break;
    case SortKey::TokenName:
        key = tokenName;
        break;
    }
    const QString direction = m_db.dialect().sortDirection(m_descending);
    return QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", ") + users +
           QStringLiteral(".id") + direction;
}

Result<qint64> UserQuery::count() const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM vpp_users u") + whereClause(values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_db.failure(query, QStringLiteral("prepare user count"));
    SqlSearch::bindAll(query, values);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("user count"));
    return query.value(0).toLongLong();
}

Result<QList<UserQuery::Row>> UserQuery::page(qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(values);
    const bool byToken = m_sortKey == SortKey::TokenName;
    // The page is chosen first (inner query, in index order where the key has an index), then joined
    // with the token's name and the license count: the correlated count runs for the page's rows only.
    // The count looks the user up by clientUserId alone and checks the token outside the index: with
    // "a.token_id = ?" in its WHERE, SQLite picks the (token, asset, ..., user) unique index and
    // scans the whole token for every row (seconds per page on 200,000 users).
    // A retired row of a user who is active again shows no count: the licenses are the active row's.
    const QString inner = QStringLiteral("SELECT ") + kUserColumns +
                          (byToken ? QStringLiteral(", t.name AS token_name FROM vpp_users u "
                                                    "JOIN tokens t ON t.id = u.token_id")
                                   : QStringLiteral(" FROM vpp_users u")) +
                          where + orderBy(QStringLiteral("u"), QStringLiteral("t.name")) +
                          QStringLiteral(" LIMIT ? OFFSET ?");
    const QString sql =
        QStringLiteral(
            "SELECT p.id, p.token_id, p.client_user_id, p.email, p.id_hash, p.invite_code, p.status, "
            "p.managed_apple_id, tk.name, CASE WHEN p.status IN ('Registered', 'Associated') OR NOT EXISTS "
            "(SELECT 1 FROM vpp_users v WHERE v.token_id = p.token_id AND v.client_user_id = "
            "p.client_user_id "
            "AND v.status IN ('Registered', 'Associated')) THEN (SELECT COALESCE(SUM(CASE WHEN a.token_id = "
            "p.token_id THEN 1 ELSE 0 END), 0) FROM assignments a WHERE a.client_user_id = p.client_user_id) "
            "END FROM (") +
        inner + QStringLiteral(") p JOIN tokens tk ON tk.id = p.token_id") +
        orderBy(QStringLiteral("p"), byToken ? QStringLiteral("p.token_name") : QStringLiteral("tk.name"));
    values << limit << offset;

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_db.failure(query, QStringLiteral("prepare user page"));
    SqlSearch::bindAll(query, values);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("user page"));
    QList<Row> rows;
    rows.reserve(limit);
    while (query.next()) {
        Row row;
        VppUserRecord &u = row.user;
        u.id = query.value(0).toLongLong();
        u.tokenId = query.value(1).toString();
        u.clientUserId = query.value(2).toString();
        u.email = query.value(3).toString();
        u.idHash = query.value(4).toString();
        u.inviteCode = query.value(5).toString();
        u.status = query.value(6).toString();
        u.managedAppleId = query.value(7).toString();
        row.tokenName = query.value(8).toString();
        if (!query.value(9).isNull())
            row.licenses = query.value(9).toLongLong();
        rows.append(row);
    }
    return rows;
}
