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

private:
    static SyncRunRecord fromQuery(const QSqlQuery &query);

    Database &m_db;
};
