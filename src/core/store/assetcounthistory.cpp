#include "core/store/assetcounthistory.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

AssetCountHistory::AssetCountHistory(Database &db)
    : m_db(db)
{}

Result<qint64> AssetCountHistory::record(const QString &tokenId, qint64 runId, const QDateTime &at)
{
    // The latest snapshot of an asset is found on idx_asset_count_history_asset (its key, then time).
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO asset_count_history (token_id, adam_id, pricing_param, run_id, recorded_at, "
            "total_count, "
            "assigned_count, available_count) "
            "SELECT a.token_id, a.adam_id, a.pricing_param, ?, ?, a.total_count, a.assigned_count, "
            "a.available_count "
            "FROM assets a WHERE a.token_id = ? AND NOT EXISTS (SELECT 1 FROM asset_count_history h "
            "WHERE h.token_id = a.token_id AND h.adam_id = a.adam_id AND h.pricing_param = a.pricing_param "
            "AND h.total_count = a.total_count AND h.assigned_count = a.assigned_count "
            "AND h.available_count = a.available_count AND h.recorded_at = (SELECT MAX(l.recorded_at) "
            "FROM asset_count_history l WHERE l.token_id = a.token_id AND l.adam_id = a.adam_id "
            "AND l.pricing_param = a.pricing_param))")))
        return m_db.failure(q, QStringLiteral("prepare asset count history"));
    q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
    q.addBindValue(SqlValues::fromDateTime(at));
    q.addBindValue(tokenId);
    if (!q.exec())
        return m_db.failure(q, QStringLiteral("asset count history"));
    return qint64(q.numRowsAffected());
}
