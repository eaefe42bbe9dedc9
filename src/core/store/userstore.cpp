#include "core/store/userstore.h"

#include "core/store/database.h"
#include "core/store/readsnapshot.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList dataColumns = {
    QStringLiteral("token_id"),         QStringLiteral("client_user_id"), QStringLiteral("email"),
    QStringLiteral("id_hash"),          QStringLiteral("invite_code"),    QStringLiteral("status"),
    QStringLiteral("managed_apple_id"), QStringLiteral("updated_at"),
};
const QString activeCondition = QStringLiteral("status IN ('Registered', 'Associated')");

// The non-unique lookup indexes of vpp_users (schema version 1). A full pass of a token that
// dominates the table drops them in clearToken() and they are built again in one sort by the next
// other call of the store (the engine counts the users right after the pass), inside the same
// transaction: other connections never see the table without them. The unique index stays: it
// keeps one active row per clientUserId.
const QList<std::pair<QString, QString>> lookupIndexes = {
    {QStringLiteral("idx_vpp_users_client"),
     QStringLiteral("CREATE INDEX IF NOT EXISTS idx_vpp_users_client ON vpp_users (client_user_id)")},
    {QStringLiteral("idx_vpp_users_email"),
     QStringLiteral("CREATE INDEX IF NOT EXISTS idx_vpp_users_email ON vpp_users (lower(email))")},
    {QStringLiteral("idx_vpp_users_token"),
     QStringLiteral(
         "CREATE INDEX IF NOT EXISTS idx_vpp_users_token ON vpp_users (token_id, client_user_id)")},
};
// Rows of other tokens at or below which the lookup indexes are rebuilt rather than updated.
constexpr qint64 rebuildOtherRowsLimit = 1000000;

// Connections whose lookup indexes are dropped, pending a rebuild.
QMutex droppedMutex;
// Per thread, as each thread has its own connections.
thread_local QSet<QString> droppedConnections;

bool indexesDropped(const QString &connection)
{
    const QMutexLocker lock(&droppedMutex);
    return droppedConnections.contains(connection);
}

void setIndexesDropped(const QString &connection, bool dropped)
{
    const QMutexLocker lock(&droppedMutex);
    if (dropped)
        droppedConnections.insert(connection);
    else
        droppedConnections.remove(connection);
}

VppError invalidUser()
{
    return VppError::make(
        VppError::Kind::Usage, QStringLiteral("store.invalidUser"),
        QCoreApplication::translate("UserStore", "A VPP user needs a clientUserId and a status."));
}

void bindUser(QSqlQuery &query, int base, const QString &tokenId, const VppUserRecord &u, const QString &now)
{
    using SqlValues::nullableText;
    query.bindValue(base, tokenId);
    query.bindValue(base + 1, u.clientUserId);
    query.bindValue(base + 2, nullableText(u.email));
    query.bindValue(base + 3, nullableText(u.idHash));
    query.bindValue(base + 4, nullableText(u.inviteCode));
    query.bindValue(base + 5, u.status);
    query.bindValue(base + 6, nullableText(u.managedAppleId));
    query.bindValue(base + 7, now);
}

// The staged users are looked up by client id while the diff runs.
QString stagingIndexSql(const SqlDialect &dialect, const QString &table)
{
    return dialect.createTempIndexSql(table + QStringLiteral("_key"), table,
                                      QStringLiteral("client_user_id"));
}

} // namespace

UserStore::UserStore(Database &db)
    : m_db(db)
{}

VppUserRecord UserStore::fromQuery(const QSqlQuery &q)
{
    VppUserRecord u;
    u.id = q.value(0).toLongLong();
    u.tokenId = q.value(1).toString();
    u.clientUserId = q.value(2).toString();
    u.email = q.value(3).toString();
    u.idHash = q.value(4).toString();
    u.inviteCode = q.value(5).toString();
    u.status = q.value(6).toString();
    u.managedAppleId = q.value(7).toString();
    return u;
}

Result<qint64> UserStore::applyFull(const QString &tokenId, const QList<VppUserRecord> &users)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (const Result<qint64> cleared = clearToken(tokenId); !cleared)
        return cleared.error();
    const Result<qint64> stored = appendRows(tokenId, users);
    if (!stored)
        return stored;
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> UserStore::finishFullPass()
{
    return restoreLookupIndexes();
}

Result<void> UserStore::restoreLookupIndexes() const
{
    if (!indexesDropped(m_db.connectionName()))
        return {};
    for (const auto &index : lookupIndexes) {
        if (const Result<void> created = m_db.exec(index.second); !created)
            return created;
    }
    setIndexesDropped(m_db.connectionName(), false);
    return {};
}

Result<qint64> UserStore::clearToken(const QString &tokenId)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM vpp_users WHERE token_id = ?"));
    clear.addBindValue(tokenId);
    if (!clear.exec())
        return m_db.failure(clear, QStringLiteral("clear users"));
    const qint64 cleared = clear.numRowsAffected();
    // The pass that follows appends the token's rows: when the rest of the table is small, one
    // sort per index at the end is cheaper than updating three indexes row by row. Only inside
    // the caller's transaction, so that no other connection sees the table without them.
    if (m_db.transactionDepth() == 0)
        return cleared;
    QSqlQuery others(m_db.connection());
    others.setForwardOnly(true);
    if (!others.exec(QStringLiteral("SELECT COUNT(*) FROM vpp_users")) || !others.next())
        return m_db.failure(others, QStringLiteral("count users"));
    if (others.value(0).toLongLong() <= rebuildOtherRowsLimit) {
        others.finish();
        for (const auto &index : lookupIndexes) {
            if (const Result<void> dropped = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + index.first);
                !dropped)
                return dropped.error();
        }
        setIndexesDropped(m_db.connectionName(), true);
    }
    return cleared;
}

Result<qint64> UserStore::appendRows(const QString &tokenId, const QList<VppUserRecord> &users)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    constexpr int batchRows = 25;
    const int perRow = int(dataColumns.size());
    const QString now = SqlValues::nowText();
    QSqlQuery batch(m_db.connection());
    QSqlQuery tail(m_db.connection());
    const qsizetype fullBatches = users.size() / batchRows;
    const int tailRows = int(users.size() % batchRows);
    if (fullBatches > 0 &&
        !batch.prepare(m_db.dialect().insertOrIgnoreSql(QStringLiteral("vpp_users"), dataColumns, batchRows)))
        return m_db.failure(batch, QStringLiteral("prepare user insert"));
    if (tailRows > 0 &&
        !tail.prepare(m_db.dialect().insertOrIgnoreSql(QStringLiteral("vpp_users"), dataColumns, tailRows)))
        return m_db.failure(tail, QStringLiteral("prepare user insert"));
    qint64 stored = 0;
    for (qsizetype start = 0; start < users.size(); start += batchRows) {
        QSqlQuery &query = start / batchRows < fullBatches ? batch : tail;
        const qsizetype end = qMin(users.size(), start + batchRows);
        for (qsizetype i = start; i < end; ++i) {
            const VppUserRecord &u = users.at(i);
            if (u.clientUserId.isEmpty() || u.status.isEmpty())
                return invalidUser();
            bindUser(query, int(i - start) * perRow, tokenId, u, now);
        }
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("insert users"));
        stored += query.numRowsAffected();
    }
    return stored;
}

Result<qint64> UserStore::applyDelta(const QString &tokenId, const QList<VppUserRecord> &users)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    const QString now = SqlValues::nowText();
    using SqlValues::nullableText;

    // The active row of a clientUserId takes the new state (including becoming Retired).
    QSqlQuery updateActive(m_db.connection());
    updateActive.prepare(
        QStringLiteral("UPDATE vpp_users SET email = ?, id_hash = ?, invite_code = ?, status = ?, "
                       "managed_apple_id = COALESCE(?, managed_apple_id), updated_at = ? "
                       "WHERE token_id = ? AND client_user_id = ? AND ") +
        activeCondition);
    // A retired row we already hold is not added twice.
    QSqlQuery findRetired(m_db.connection());
    findRetired.prepare(
        QStringLiteral("SELECT COUNT(*) FROM vpp_users WHERE token_id = ? AND client_user_id = ? "
                       "AND status = ? AND COALESCE(id_hash, '') = ? AND COALESCE(email, '') = ?"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(m_db.dialect().insertOrIgnoreSql(QStringLiteral("vpp_users"), dataColumns));

    qint64 changed = 0;
    for (const VppUserRecord &u : users) {
        if (u.clientUserId.isEmpty() || u.status.isEmpty())
            return invalidUser();
        int i = 0;
        updateActive.bindValue(i++, nullableText(u.email));
        updateActive.bindValue(i++, nullableText(u.idHash));
        updateActive.bindValue(i++, nullableText(u.inviteCode));
        updateActive.bindValue(i++, u.status);
        updateActive.bindValue(i++, nullableText(u.managedAppleId));
        updateActive.bindValue(i++, now);
        updateActive.bindValue(i++, tokenId);
        updateActive.bindValue(i++, u.clientUserId);
        if (!updateActive.exec())
            return m_db.failure(updateActive, QStringLiteral("update user"));
        if (updateActive.numRowsAffected() > 0) {
            ++changed;
            continue;
        }
        if (!u.isActive()) {
            findRetired.bindValue(0, tokenId);
            findRetired.bindValue(1, u.clientUserId);
            findRetired.bindValue(2, u.status);
            findRetired.bindValue(3, u.idHash.isNull() ? QStringLiteral("") : u.idHash);
            findRetired.bindValue(4, u.email.isNull() ? QStringLiteral("") : u.email);
            if (!findRetired.exec() || !findRetired.next())
                return m_db.failure(findRetired, QStringLiteral("find retired user"));
            const bool known = findRetired.value(0).toLongLong() > 0;
            findRetired.finish();
            if (known)
                continue;
        }
        bindUser(insert, 0, tokenId, u, now);
        if (!insert.exec())
            return m_db.failure(insert, QStringLiteral("insert user"));
        changed += insert.numRowsAffected();
    }
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return changed;
}

namespace {

// Rows are equal when every field is (IS: NULL equals NULL); a user whose state changed is one row
// removed and one added, so the one-active-row rule holds after the delete.
// The staged user s and the stored user u are the same, NULLs equal.
QString sameUser(const SqlDialect &dialect)
{
    return QStringLiteral(
               "s.client_user_id = u.client_user_id AND s.status = u.status AND s.email %1 u.email AND "
               "s.id_hash %1 u.id_hash AND s.invite_code %1 u.invite_code AND "
               "s.managed_apple_id %1 u.managed_apple_id")
        .arg(dialect.nullSafeEquals());
}

QString goneUsersSql(const SqlDialect &dialect, const QString &table)
{
    return QStringLiteral(
               "SELECT u.id FROM vpp_users u WHERE u.token_id = ? AND NOT EXISTS (SELECT 1 FROM %1 s "
               "WHERE ")
               .arg(table) +
           sameUser(dialect) + QLatin1Char(')');
}

QString newUsersSql(const SqlDialect &dialect, const QString &table)
{
    return QStringLiteral("SELECT DISTINCT s.client_user_id, s.email, s.id_hash, s.invite_code, s.status, "
                          "s.managed_apple_id FROM %1 s WHERE NOT EXISTS (SELECT 1 FROM vpp_users u WHERE "
                          "u.token_id = ? AND ")
               .arg(table) +
           sameUser(dialect) + QLatin1Char(')');
}

} // namespace

Result<std::optional<qint64>> UserStore::prepareStagedFull(const QString &tokenId,
                                                           const QString &stagingTable)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    const Result<qint64> version = m_db.dataVersion();
    if (!version)
        return version.error();
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return snapshot.status().error();
    const Result<qint64> existing = countForToken(tokenId);
    if (!existing)
        return existing.error();
    if (existing.value() == 0)
        return std::optional<qint64>();
    const QStringList statements = {stagingIndexSql(m_db.dialect(), stagingTable),
                                    QStringLiteral("DROP TABLE IF EXISTS ") +
                                        m_db.dialect().tempTable(stagingTable + QStringLiteral("_gone")),
                                    QStringLiteral("DROP TABLE IF EXISTS ") +
                                        m_db.dialect().tempTable(stagingTable + QStringLiteral("_new"))};
    for (const QString &sql : statements) {
        if (const Result<void> ran = m_db.exec(sql); !ran)
            return ran.error();
    }
    for (const auto &[suffix, select] :
         {std::pair{QStringLiteral("_gone"), goneUsersSql(m_db.dialect(), stagingTable)},
          std::pair{QStringLiteral("_new"), newUsersSql(m_db.dialect(), stagingTable)}}) {
        const Result<qint64> created = m_db.execCount(QStringLiteral("CREATE TEMP TABLE ") + stagingTable +
                                                          suffix + QStringLiteral(" AS ") + select,
                                                      {tokenId}, QStringLiteral("prepare users diff"));
        if (!created)
            return created.error();
    }
    if (const Result<void> committed = snapshot.commit(); !committed)
        return committed.error();
    return std::optional<qint64>(version.value());
}

Result<qint64> UserStore::applyStagedFull(const QString &tokenId, const QString &stagingTable,
                                          std::optional<qint64> preparedAt)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    const QString gone = stagingTable + QStringLiteral("_gone");
    const QString fresh = stagingTable + QStringLiteral("_new");
    bool usePrepared = false;
    if (preparedAt) {
        const Result<qint64> version = m_db.dataVersion();
        if (!version)
            return version.error();
        // Another connection wrote meanwhile: the diff is read again, under the lock.
        usePrepared = version.value() == *preparedAt;
    }
    if (!usePrepared) {
        if (const Result<void> indexed = m_db.exec(stagingIndexSql(m_db.dialect(), stagingTable)); !indexed)
            return indexed.error();
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM vpp_users WHERE id IN (") +
                   (usePrepared ? QStringLiteral("SELECT id FROM ") + m_db.dialect().tempTable(gone)
                                : goneUsersSql(m_db.dialect(), stagingTable)) +
                   QLatin1Char(')'));
    if (!usePrepared)
        remove.addBindValue(tokenId);
    if (!remove.exec())
        return m_db.failure(remove, QStringLiteral("remove users gone"));
    qint64 changed = remove.numRowsAffected();
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO vpp_users (") + dataColumns.join(QStringLiteral(", ")) +
        QStringLiteral(") SELECT ?, n.client_user_id, n.email, n.id_hash, n.invite_code, n.status, "
                       "n.managed_apple_id, ? FROM (") +
        (usePrepared ? QStringLiteral("SELECT * FROM ") + m_db.dialect().tempTable(fresh)
                     : newUsersSql(m_db.dialect(), stagingTable)) +
        QStringLiteral(") n WHERE 1 = 1 ON CONFLICT DO NOTHING"));
    insert.addBindValue(tokenId);
    insert.addBindValue(SqlValues::nowText());
    if (!usePrepared)
        insert.addBindValue(tokenId);
    if (!insert.exec())
        return m_db.failure(insert, QStringLiteral("add new users"));
    changed += insert.numRowsAffected();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_db.dialect().tempTable(gone));
    (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_db.dialect().tempTable(fresh));
    return changed;
}

Result<qint64> UserStore::applyStagedDelta(const QString &tokenId, const QString &stagingTable)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    // A delta is small (what changed since the last version): through applyDelta's rules.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT client_user_id, email, id_hash, invite_code, status, managed_apple_id "
                           "FROM ") +
            stagingTable + QStringLiteral(" ORDER BY ") + m_db.dialect().insertionOrder()))
        return m_db.failure(query, QStringLiteral("read staged users"));
    QList<VppUserRecord> users;
    while (query.next()) {
        VppUserRecord u;
        u.tokenId = tokenId;
        u.clientUserId = query.value(0).toString();
        u.email = query.value(1).toString();
        u.idHash = query.value(2).toString();
        u.inviteCode = query.value(3).toString();
        u.status = query.value(4).toString();
        u.managedAppleId = query.value(5).toString();
        users.append(u);
    }
    query.finish();
    return applyDelta(tokenId, users);
}

Result<qint64> UserStore::countForToken(const QString &tokenId, bool activeOnly) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM vpp_users WHERE token_id = ?") +
                  (activeOnly ? QStringLiteral(" AND ") + activeCondition : QString()));
    query.addBindValue(tokenId);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count users"));
    return query.value(0).toLongLong();
}

Result<QList<VppUserRecord>> UserStore::select(const QString &where, const QVariantList &values) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    if (const Result<void> restored = restoreLookupIndexes(); !restored)
        return restored.error();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, token_id, client_user_id, email, id_hash, invite_code, status, "
                                 "managed_apple_id FROM vpp_users ") +
                  where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select users"));
    QList<VppUserRecord> users;
    while (query.next())
        users.append(fromQuery(query));
    return users;
}

Result<QList<VppUserRecord>> UserStore::page(const QString &tokenId, qint64 offset, int limit) const
{
    return select(QStringLiteral("WHERE token_id = ? ORDER BY id LIMIT ? OFFSET ?"),
                  {tokenId, limit, offset});
}

Result<QList<VppUserRecord>> UserStore::findOnToken(const QString &tokenId, const QString &text) const
{
    return select(QStringLiteral("WHERE token_id = ? AND (client_user_id = ? OR lower(email) = lower(?) OR "
                                 "lower(managed_apple_id) = lower(?)) ORDER BY id"),
                  {tokenId, text, text, text});
}

Result<QList<VppUserRecord>> UserStore::find(const QString &clientUserIdOrEmail) const
{
    // lower() is portable; the e-mail branch scans, the clientUserId branch uses its index.
    return select(QStringLiteral("WHERE client_user_id = ? UNION SELECT id, token_id, client_user_id, email, "
                                 "id_hash, invite_code, status, managed_apple_id FROM vpp_users "
                                 "WHERE lower(email) = lower(?) ORDER BY 2, 3, 1"),
                  {clientUserIdOrEmail, clientUserIdOrEmail});
}
