// SyncHistory: the sync_runs and sync_changes tables, i.e. what each sync of a token did and
// what it changed. A run is opened before the engine writes anything and closed with its
// outcome, so a crash leaves a 'running' row that the next run marks 'interrupted'.
#pragma once

#include "core/common/result.h"
#include "core/store/syncrunrecord.h"

#include <QList>

class Database;
class QSqlQuery;

class SyncHistory
{
public:
    explicit SyncHistory(Database &db);

    // Inserts a 'running' row; returns its id.
    Result<qint64> startRun(const QString &tokenId, const QString &kind, const QDateTime &startedAt);
    // Writes the outcome and counts of record.id.
    Result<void> finishRun(const SyncRunRecord &record);
    // Runs of the token still 'running' (their process died) become 'interrupted'.
    Result<qint64> markInterrupted(const QString &tokenId);
    Result<void> addChanges(qint64 runId, const QList<SyncChangeRecord> &changes);

    // Newest first.
    Result<QList<SyncRunRecord>> runs(const QString &tokenId, int limit = 50) const;
    Result<QList<SyncChangeRecord>> changes(qint64 runId, int limit = 10000) const;
    Result<qint64> changeCount(qint64 runId, const QString &kind = {}) const;

    // The run on the current row of a query that selects, from column 0, the sync_runs columns id,
    // token_id, started_at, finished_at, kind, outcome, error, assets_count, users_count,
    // assignments_count, pages, assignments_added, assignments_removed, new_assets, counts_changed
    // (runColumnCount columns; read models append their own after them).
    static SyncRunRecord fromQuery(const QSqlQuery &query);
    static constexpr int runColumnCount = 15;

private:
    Database &m_db;
};
