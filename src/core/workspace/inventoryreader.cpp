#include "core/workspace/inventoryreader.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Every query starts with the row key, so paged() can continue after the last one seen. Assets have
// no identity column: the dialect numbers them (SQLite: rowid).
QString assetSql(const SqlDialect &dialect)
{
    return QStringLiteral(
               "SELECT * FROM (SELECT %1 AS row_key, a.token_id, a.adam_id, a.pricing_param, "
               "a.product_type, a.total_count, a.assigned_count, a.available_count, a.retired_count, "
               "a.device_assignable, a.revocable, a.unlimited, a.platforms, a.low_threshold_pct, "
               "t.name AS token_name, m.name AS asset_name "
               "FROM assets a JOIN tokens t ON t.id = a.token_id "
               "LEFT JOIN asset_metadata m ON m.adam_id = a.adam_id "
               "WHERE (COALESCE(?, '') = '' OR a.token_id = ?)) keyed "
               "WHERE row_key > ? ORDER BY row_key LIMIT ?")
        .arg(dialect.rowKey(QStringLiteral("a"), QStringLiteral("a.token_id, a.adam_id, a.pricing_param")));
}

const QString kAssignmentColumns = QStringLiteral(
    "SELECT s.id, s.token_id, s.adam_id, s.pricing_param, s.client_user_id, s.serial_number, t.name, m.name "
    "FROM assignments s JOIN tokens t ON t.id = s.token_id "
    "LEFT JOIN asset_metadata m ON m.adam_id = s.adam_id ");

const QString kUserColumns =
    QStringLiteral("SELECT u.id, u.token_id, u.client_user_id, u.email, u.id_hash, u.invite_code, u.status, "
                   "u.managed_apple_id, t.name FROM vpp_users u JOIN tokens t ON t.id = u.token_id ");

InventoryReader::AssignmentRow assignmentFrom(const QSqlQuery &q)
{
    InventoryReader::AssignmentRow row;
    row.assignment.tokenId = q.value(1).toString();
    row.assignment.adamId = q.value(2).toString();
    row.assignment.pricingParam = q.value(3).toString();
    row.assignment.clientUserId = q.value(4).toString();
    row.assignment.serialNumber = q.value(5).toString();
    row.tokenName = q.value(6).toString();
    row.name = q.value(7).toString();
    return row;
}

InventoryReader::UserRow userFrom(const QSqlQuery &q)
{
    InventoryReader::UserRow row;
    row.user.id = q.value(0).toLongLong();
    row.user.tokenId = q.value(1).toString();
    row.user.clientUserId = q.value(2).toString();
    row.user.email = q.value(3).toString();
    row.user.idHash = q.value(4).toString();
    row.user.inviteCode = q.value(5).toString();
    row.user.status = q.value(6).toString();
    row.user.managedAppleId = q.value(7).toString();
    row.tokenName = q.value(8).toString();
    return row;
}

} // namespace

InventoryReader::InventoryReader(Database &db, int pageSize)
    : m_db(db)
    , m_pageSize(qMax(1, pageSize))
{}

Result<qint64> InventoryReader::paged(const QString &sql, const QVariantList &values,
                                      const std::function<qint64(const QSqlQuery &)> &visit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_db.failure(query, QStringLiteral("prepare inventory read"));
    qint64 after = 0;
    qint64 rows = 0;
    for (;;) {
        int bound = 0;
        for (const QVariant &value : values)
            query.bindValue(bound++, value);
        query.bindValue(bound++, after);
        query.bindValue(bound, m_pageSize);
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("inventory read"));
        int inPage = 0;
        while (query.next()) {
            after = visit(query);
            ++inPage;
        }
        rows += inPage;
        query.finish();
        if (inPage < m_pageSize)
            return rows;
    }
}

Result<qint64> InventoryReader::forEachAsset(const QString &tokenId,
                                             const std::function<void(const AssetRow &)> &visit) const
{
    return paged(assetSql(m_db.dialect()), {tokenId, tokenId}, [&visit](const QSqlQuery &q) {
        AssetRow row;
        AssetRecord &a = row.asset;
        a.tokenId = q.value(1).toString();
        a.adamId = q.value(2).toString();
        a.pricingParam = q.value(3).toString();
        a.productType = q.value(4).toString();
        a.totalCount = q.value(5).toLongLong();
        a.assignedCount = q.value(6).toLongLong();
        a.availableCount = q.value(7).toLongLong();
        a.retiredCount = q.value(8).toLongLong();
        a.deviceAssignable = q.value(9).toBool();
        a.revocable = q.value(10).toBool();
        a.unlimited = q.value(11).toBool();
        const QString platforms = q.value(12).toString();
        if (!platforms.isEmpty())
            a.platforms = platforms.split(QLatin1Char(','));
        if (!q.value(13).isNull())
            a.lowThresholdPct = q.value(13).toInt();
        row.tokenName = q.value(14).toString();
        row.name = q.value(15).toString();
        visit(row);
        return q.value(0).toLongLong();
    });
}

Result<qint64>
InventoryReader::forEachAssignment(const QString &tokenId, const QString &adamId,
                                   const std::function<void(const AssignmentRow &)> &visit) const
{
    const QString sql =
        kAssignmentColumns +
        QStringLiteral(
            "WHERE (COALESCE(?, '') = '' OR s.token_id = ?) AND (COALESCE(?, '') = '' OR s.adam_id = ?) "
            "AND s.id > ? ORDER BY s.id LIMIT ?");
    return paged(sql, {tokenId, tokenId, adamId, adamId}, [&visit](const QSqlQuery &q) {
        visit(assignmentFrom(q));
        return q.value(0).toLongLong();
    });
}

Result<qint64> InventoryReader::forEachUser(const QString &tokenId,
                                            const std::function<void(const UserRow &)> &visit) const
{
    const QString sql =
        kUserColumns +
        QStringLiteral("WHERE (COALESCE(?, '') = '' OR u.token_id = ?) AND u.id > ? ORDER BY u.id LIMIT ?");
    return paged(sql, {tokenId, tokenId}, [&visit](const QSqlQuery &q) {
        visit(userFrom(q));
        return q.value(0).toLongLong();
    });
}

Result<qint64> InventoryReader::forEachSyncRun(const QString &tokenId,
                                               const std::function<void(const SyncRunRow &)> &visit) const
{
    // Newest first: page downwards from the largest id.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT r.id, t.name, r.started_at, r.finished_at, r.kind, r.outcome, r.error, r.assets_count, "
        "r.assignments_added, r.assignments_removed, r.users_count, r.new_assets, r.counts_changed "
        "FROM sync_runs r JOIN tokens t ON t.id = r.token_id "
        "WHERE (COALESCE(?, '') = '' OR r.token_id = ?) AND r.id < ? ORDER BY r.id DESC LIMIT ?");
    if (!query.prepare(sql))
        return m_db.failure(query, QStringLiteral("prepare history read"));
    qint64 before = std::numeric_limits<qint64>::max();
    qint64 rows = 0;
    for (;;) {
        query.bindValue(0, tokenId);
        query.bindValue(1, tokenId);
        query.bindValue(2, before);
        query.bindValue(3, m_pageSize);
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("history read"));
        int inPage = 0;
        while (query.next()) {
            SyncRunRow row;
            row.id = query.value(0).toLongLong();
            row.tokenName = query.value(1).toString();
            row.startedAt = SqlValues::toDateTime(query.value(2));
            row.finishedAt = SqlValues::toDateTime(query.value(3));
            row.kind = query.value(4).toString();
            row.outcome = query.value(5).toString();
            row.error = query.value(6).toString();
            row.assetsCount = query.value(7).toLongLong();
            row.assignmentsAdded = query.value(8).toLongLong();
            row.assignmentsRemoved = query.value(9).toLongLong();
            row.usersCount = query.value(10).toLongLong();
            row.newAssets = query.value(11).toLongLong();
            row.countsChanged = query.value(12).toLongLong();
            before = row.id;
            visit(row);
            ++inPage;
        }
        rows += inPage;
        query.finish();
        if (inPage < m_pageSize)
            return rows;
    }
}

Result<InventoryReader::Holdings> InventoryReader::find(const QString &text) const
{
    Holdings holdings;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return holdings;

    QSqlQuery users(m_db.connection());
    users.prepare(kUserColumns + QStringLiteral("WHERE u.client_user_id = ? OR lower(u.email) = lower(?) "
                                                "ORDER BY t.name, u.id"));
    users.addBindValue(needle);
    users.addBindValue(needle);
    if (!users.exec())
        return m_db.failure(users, QStringLiteral("find users"));
    // Serial numbers are upper case: a lower-case one finds them too.
    QSet<QString> clientUserIds{needle, needle.toUpper()};
    while (users.next()) {
        holdings.users.append(userFrom(users));
        clientUserIds.insert(holdings.users.constLast().user.clientUserId);
    }

    QSqlQuery licences(m_db.connection());
    licences.prepare(
        kAssignmentColumns +
        QStringLiteral("WHERE s.client_user_id = ? OR s.serial_number = ? ORDER BY t.name, s.id"));
    QStringList ordered(clientUserIds.cbegin(), clientUserIds.cend());
    ordered.sort();
    for (const QString &id : std::as_const(ordered)) {
        licences.bindValue(0, id);
        licences.bindValue(1, id);
        if (!licences.exec())
            return m_db.failure(licences, QStringLiteral("find licenses"));
        while (licences.next())
            holdings.assignments.append(assignmentFrom(licences));
    }
    return holdings;
}
