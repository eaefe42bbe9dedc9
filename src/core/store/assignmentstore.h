// AssignmentStore: the licenses of each token. Built for volume: a full sync replaces a token's
// assignments (a million rows) in one transaction. A token without rows gets multi-row inserts;
// otherwise the new set goes to a staging table and the diff is set-based SQL. When the pass
// dominates the table, the lookup indexes are dropped and rebuilt instead of updated row by row.
// A delta sync applies upserts and removals with reused prepared statements.
#pragma once

#include "core/common/result.h"
#include "core/store/assignmentrecord.h"

#include <QVariantList>

#include <optional>

class Database;
class QSqlQuery;

class AssignmentStore
{
public:
    explicit AssignmentStore(Database &db);

    // Makes `rows` the complete set of the token's assignments (duplicates in `rows` are merged).
    // Runs in one transaction (a savepoint inside the caller's).
    Result<AssignmentDiff> applyFull(const QString &tokenId, const QList<AssignmentRecord> &rows,
                                     int sampleLimit = 100);
    // Adds `upserts` (already present rows are skipped) and deletes `removals`.
    Result<AssignmentDiff> applyDelta(const QString &tokenId, const QList<AssignmentRecord> &upserts,
                                      const QList<AssignmentRecord> &removals = {});
    // Streaming passes (the sync engine): pages go into a staging table of the connection as they
    // arrive, inside the caller's transaction, and one set-based step applies them at the end, so
    // a million rows never sit in memory. beginStaging() starts (or restarts) with an empty table.
    Result<void> beginStaging();
    Result<qint64> stageRows(const QList<AssignmentRecord> &rows);
    // Makes the staged rows the complete set of the token's assignments; drops the staging table.
    Result<AssignmentDiff> applyStagedFull(const QString &tokenId, int sampleLimit = 100);
    // Adds the staged rows that are new (upserts only, nothing removed); drops the staging table.
    Result<AssignmentDiff> applyStagedDelta(const QString &tokenId, int sampleLimit = 100);
    Result<void> discardStaging();

    // A full pass's diff computed before the write lock: which of the token's rows the staged set
    // no longer has and which staged rows are new, into TEMP tables beside the staging table, read
    // at one data version of the database.
    struct PreparedDiff
    {
        qint64 dataVersion = 0; // the database's data version before the diff was read
        qint64 existing = 0;    // the token's rows then
    };
    // Nothing to prepare (nullopt) for a token without rows: its pass is a plain ordered insert.
    Result<std::optional<PreparedDiff>> prepareStagedFull(const QString &tokenId,
                                                          const QString &stagingTable);
    // Inside the write transaction: writes the prepared diff when no other connection committed
    // since it was read, else computes it again (applyStagedFull). Drops the prepared tables.
    Result<AssignmentDiff> applyPreparedFull(const QString &tokenId, const QString &stagingTable,
                                             const PreparedDiff &prepared, int sampleLimit);
    // The same two steps for rows staged elsewhere (a sync run's StagingArea table, left in place).
    Result<AssignmentDiff> applyStagedFull(const QString &tokenId, const QString &stagingTable,
                                           int sampleLimit);
    Result<AssignmentDiff> applyStagedDelta(const QString &tokenId, const QString &stagingTable,
                                            int sampleLimit);
    // Deletes every assignment of these users and devices on the token (after a revoke).
    Result<qint64> removeTargets(const QString &tokenId, const QStringList &clientUserIds,
                                 const QStringList &serialNumbers);

    Result<qint64> countForToken(const QString &tokenId, const AssignmentFilter &filter = {}) const;
    // Rows in a stable order (the order they were stored in), for paged models.
    Result<QList<AssignmentRecord>> page(const QString &tokenId, qint64 offset, int limit,
                                         const AssignmentFilter &filter = {}) const;
    // Every license held by a user (clientUserId) or a device (serial), on every token.
    Result<QList<AssignmentRecord>> holdingsOf(const QString &clientUserIdOrSerial) const;

    // Passes of at least this many rows may rebuild the lookup indexes.
    static constexpr int bulkThreshold = 50000;

private:
    // Multi-row INSERT ... ON CONFLICT DO NOTHING; returns the rows actually inserted. An empty
    // tokenId leaves the token column out (the staging table has none).
    Result<qint64> insertRows(const QString &table, const QString &tokenId,
                              const QList<AssignmentRecord> &rows);
    Result<void> setLookupIndexes(bool present);
    Result<qint64> scalar(const QString &sql, const QVariantList &values, const QString &what) const;
    Result<QList<AssignmentRecord>> sample(const QString &sql, const QString &tokenId, int limit) const;
    // The highest assignment id so far, and the rows written after it (what a pass added), up to limit.
    Result<qint64> maxAssignmentId() const;
    Result<QList<AssignmentRecord>> rowsAfter(qint64 id, const QString &tokenId, int limit) const;
    Result<qint64> execCount(const QString &sql, const QVariantList &values, const QString &what);

    Database &m_db;
};
