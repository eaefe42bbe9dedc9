// AssetCountHistory: the asset_count_history table, the license counts of each asset over time
// (what the runway is estimated from). record() runs inside a sync's apply transaction: one
// set-based INSERT ... SELECT of the token's assets whose counts differ from their latest row.
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QString>

class Database;

class AssetCountHistory
{
public:
    explicit AssetCountHistory(Database &db);

    // Snapshots the token's current asset counts that changed since their latest snapshot (all of
    // them the first time); returns the number of rows written.
    Result<qint64> record(const QString &tokenId, qint64 runId, const QDateTime &at);

private:
    Database &m_db;
};
