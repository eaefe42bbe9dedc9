// SyncHistoryQuery: the sync history as the History page shows it: the runs of every token (or of
// one), newest first, a page at a time, with the token's name; and the change rows a run kept,
// with the app's name when it is known. A run keeps at most SyncOptions::maxChangeRows change rows
// (none for a token's first sync) while its counts are always complete: notKept() tells how many
// changes the counts report beyond the rows kept.
#pragma once

#include "core/common/result.h"
#include "core/store/syncrunrecord.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

class SyncHistoryQuery
{
public:
    struct Run
    {
        SyncRunRecord record;
        QString tokenName;
    };
    struct Change
    {
        SyncChangeRecord change;
        QString assetName; // from asset_metadata, empty when not known
    };

    explicit SyncHistoryQuery(Database &db);

    // tokenId empty = every token.
    Result<qint64> countRuns(const QString &tokenId) const;
    // Newest first.
    Result<QList<Run>> runs(const QString &tokenId, qint64 offset, int limit) const;
    Result<std::optional<Run>> run(qint64 runId) const;

    Result<qint64> countChanges(qint64 runId) const;
    // In the order the run recorded them.
    Result<QList<Change>> changes(qint64 runId, qint64 offset, int limit) const;

    // The changes the run's counts report (assignments added and removed, new assets, assets
    // whose counts changed).
    static qint64 reportedChanges(const SyncRunRecord &run);
    // How many of those have no change row (0 when every one was kept).
    static qint64 notKept(const SyncRunRecord &run, qint64 keptRows);

private:
    Database &m_db;
};
