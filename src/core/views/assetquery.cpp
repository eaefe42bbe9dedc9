#include "core/views/assetquery.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/syncrunrecord.h"
#include "core/views/runwayquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// The start of the token's first sync; invalid when it was never synced.
Result<QDateTime> firstSyncAt(const Database &db, const QString &tokenId)
{
    QSqlQuery first(db.connection());
    first.setForwardOnly(true);
    if (!first.prepare(QStringLiteral("SELECT MIN(started_at) FROM sync_runs WHERE token_id = ?")))
        return db.failure(first, QStringLiteral("prepare first sync"));
    first.addBindValue(tokenId);
    if (!first.exec())
        return db.failure(first, QStringLiteral("first sync"));
    return first.next() ? SqlValues::toDateTime(first.value(0)) : QDateTime();
}

// Binds the four placeholders of a lookup of a token's change rows of one kind, asset and value.
void bindChange(QSqlQuery &query, const QString &tokenId, const QString &kind, const QString &adamId,
                const QString &value)
{
    query.addBindValue(tokenId);
    query.addBindValue(kind);
    query.addBindValue(adamId);
    query.addBindValue(value);
}

} // namespace

AssetQuery::AssetQuery(Database &db)
    : m_db(db)
{}

bool AssetQuery::isLow(qint64 total, qint64 available, bool unlimited, std::optional<int> ownPct,
                       int globalPct)
{
    if (unlimited || total <= 0)
        return false;
    const int pct = ownPct.value_or(globalPct);
    return available * 100 < qint64(pct) * total;
}

Result<QList<AssetViewRow>> AssetQuery::load(int globalLowThresholdPct, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT a.token_id, t.name, a.adam_id, a.pricing_param, a.product_type, a.total_count, "
            "a.assigned_count, a.available_count, a.retired_count, a.unlimited, a.device_assignable, "
            "a.revocable, a.platforms, a.low_threshold_pct, m.name, m.bundle_id, m.artist, m.lookup_status, "
            "CASE WHEN m.icon IS NULL THEN 0 ELSE length(m.icon) END "
            "FROM assets a JOIN tokens t ON t.id = a.token_id "
            "LEFT JOIN asset_metadata m ON m.adam_id = a.adam_id "
            "ORDER BY t.name, a.adam_id, a.pricing_param")))
        return m_db.failure(q, QStringLiteral("prepare asset view"));
    if (!q.exec())
        return m_db.failure(q, QStringLiteral("asset view"));
    QList<AssetViewRow> rows;
    while (q.next()) {
        AssetViewRow r;
        r.tokenId = q.value(0).toString();
        r.tokenName = q.value(1).toString();
        r.adamId = q.value(2).toString();
        r.pricingParam = q.value(3).toString();
        r.productType = q.value(4).toString();
        r.totalCount = q.value(5).toLongLong();
        r.assignedCount = q.value(6).toLongLong();
        r.availableCount = q.value(7).toLongLong();
        r.retiredCount = q.value(8).toLongLong();
        r.unlimited = q.value(9).toBool();
        r.deviceAssignable = q.value(10).toBool();
        r.revocable = q.value(11).toBool();
        const QString platforms = q.value(12).toString();
        if (!platforms.isEmpty())
            r.platforms = platforms.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!q.value(13).isNull())
            r.lowThresholdPct = q.value(13).toInt();
        r.name = q.value(14).toString();
        r.bundleId = q.value(15).toString();
        r.artist = q.value(16).toString();
        r.lookupStatus = q.value(17).toString();
        r.hasIcon = q.value(18).toLongLong() > 0;
        r.low = isLow(r.totalCount, r.availableCount, r.unlimited, r.lowThresholdPct, globalLowThresholdPct);
        rows.append(r);
    }
    const Result<QHash<QString, RunwayQuery::Estimate>> runway = RunwayQuery(m_db).estimates(now);
    if (!runway)
        return runway.error();
    for (AssetViewRow &r : rows) {
        const auto e = runway->constFind(RunwayQuery::key(r.tokenId, r.adamId, r.pricingParam));
        if (e != runway->constEnd()) {
            r.runwayDays = e->days;
            r.usedPerDay = e->perDay;
        }
    }
    return rows;
}

Result<QByteArray> AssetQuery::icon(const QString &adamId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT icon FROM asset_metadata WHERE adam_id = ?")))
        return m_db.failure(q, QStringLiteral("prepare asset icon"));
    q.addBindValue(adamId);
    if (!q.exec())
        return m_db.failure(q, QStringLiteral("asset icon"));
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<AssetProvenance> AssetQuery::provenance(const QString &tokenId, const QString &adamId,
                                               const QString &pricingParam) const
{
    AssetProvenance p;
    const Result<QDateTime> firstSync = firstSyncAt(m_db, tokenId);
    if (!firstSync)
        return firstSync.error();
    p.firstSyncAt = firstSync.value();

    // The newest 'asset_added' of this asset (it may have been removed and bought again).
    QSqlQuery added(m_db.connection());
    added.setForwardOnly(true);
    if (!added.prepare(QStringLiteral("SELECT r.started_at FROM sync_runs r "
                                      "JOIN sync_changes c ON c.run_id = r.id "
                                      "WHERE r.token_id = ? AND c.change_kind = ? AND c.adam_id = ? "
                                      "AND c.target = ? ORDER BY r.started_at DESC LIMIT 1")))
        return m_db.failure(added, QStringLiteral("prepare asset provenance"));
    bindChange(added, tokenId, SyncChangeRecord::assetAdded, adamId, pricingParam);
    if (!added.exec())
        return m_db.failure(added, QStringLiteral("asset provenance"));
    if (added.next()) {
        p.addedBySync = true;
        p.addedAt = SqlValues::toDateTime(added.value(0));
    }
    return p;
}

Result<AssignmentHistory> AssetQuery::assignmentHistory(const QString &tokenId, const QString &adamId,
                                                        const QString &pricingParam) const
{
    AssignmentHistory h;
    const Result<QDateTime> firstSync = firstSyncAt(m_db, tokenId);
    if (!firstSync)
        return firstSync.error();
    h.firstSyncAt = firstSync.value();

    // assignment_added: adam_id, target = holder, new_value = pricingParam.
    QSqlQuery added(m_db.connection());
    added.setForwardOnly(true);
    if (!added.prepare(QStringLiteral("SELECT c.target, MAX(r.started_at) FROM sync_runs r "
                                      "JOIN sync_changes c ON c.run_id = r.id "
                                      "WHERE r.token_id = ? AND c.change_kind = ? AND c.adam_id = ? "
                                      "AND c.new_value = ? GROUP BY c.target")))
        return m_db.failure(added, QStringLiteral("prepare assignment history"));
    bindChange(added, tokenId, SyncChangeRecord::assignmentAdded, adamId, pricingParam);
    if (!added.exec())
        return m_db.failure(added, QStringLiteral("assignment history"));
    while (added.next())
        h.addedAt.insert(added.value(0).toString(), SqlValues::toDateTime(added.value(1)));

    // Runs after the first that added more assignments than they recorded.
    QSqlQuery capped(m_db.connection());
    capped.setForwardOnly(true);
    if (!capped.prepare(
            QStringLiteral("SELECT COUNT(*) FROM sync_runs r WHERE r.token_id = ? "
                           "AND r.id > (SELECT MIN(f.id) FROM sync_runs f WHERE f.token_id = r.token_id) "
                           "AND r.assignments_added > (SELECT COUNT(*) FROM sync_changes c "
                           "WHERE c.run_id = r.id AND c.change_kind = ?)")))
        return m_db.failure(capped, QStringLiteral("prepare assignment history cap"));
    capped.addBindValue(tokenId);
    capped.addBindValue(SyncChangeRecord::assignmentAdded);
    if (!capped.exec() || !capped.next())
        return m_db.failure(capped, QStringLiteral("assignment history cap"));
    h.complete = capped.value(0).toLongLong() == 0;
    return h;
}
