// UserStore: the VPP users of each token. A full pass replaces the token's rows in one transaction
// with multi-row inserts; a delta pass updates the one active row of a clientUserId, retires it, or
// adds a retired row, as Apple's versioned user list describes.
#pragma once

#include "core/common/result.h"
#include "core/store/vppuserrecord.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

class UserStore
{
public:
    explicit UserStore(Database &db);

    // Returns the number of rows stored.
    Result<qint64> applyFull(const QString &tokenId, const QList<VppUserRecord> &users);
    // Returns the number of rows inserted or changed.
    Result<qint64> applyDelta(const QString &tokenId, const QList<VppUserRecord> &users);

    // Streaming full pass (the sync engine), inside the caller's transaction: clearToken() once,
    // then appendRows() for each page as it arrives.
    Result<qint64> clearToken(const QString &tokenId);
    Result<qint64> appendRows(const QString &tokenId, const QList<VppUserRecord> &users);
    // Ends a streaming full pass: builds the lookup indexes clearToken() set aside for speed.
    Result<void> finishFullPass();

    // A sync run's apply step, from the rows its StagingArea holds (columns
    // StagingArea::userColumns()), inside the caller's transaction. Full: the token's rows become
    // the staged ones, writing only the rows that differ. Delta: the staged rows are applied as
    // applyDelta() does. Both return the rows inserted, changed or removed.
    // A full pass's diff read before the write lock (TEMP tables beside the staging table); returns
    // the database's data version it was read at, or nullopt for a token without rows.
    Result<std::optional<qint64>> prepareStagedFull(const QString &tokenId, const QString &stagingTable);
    // With `preparedAt`, writes the prepared diff if no other connection committed since; else
    // (or without it) reads the diff under the lock.
    Result<qint64> applyStagedFull(const QString &tokenId, const QString &stagingTable,
                                   std::optional<qint64> preparedAt = std::nullopt);
    Result<qint64> applyStagedDelta(const QString &tokenId, const QString &stagingTable);

    Result<qint64> countForToken(const QString &tokenId, bool activeOnly = false) const;
    Result<QList<VppUserRecord>> page(const QString &tokenId, qint64 offset, int limit) const;
    // Help desk: every row for a clientUserId or an e-mail address (case-insensitive), on every token.
    Result<QList<VppUserRecord>> find(const QString &clientUserIdOrEmail) const;
    // The token's rows whose clientUserId is `text`, or whose e-mail or Managed Apple Account is
    // `text` in any case; by row id.
    Result<QList<VppUserRecord>> findOnToken(const QString &tokenId, const QString &text) const;

private:
    // Builds the lookup indexes again if clearToken() dropped them on this connection.
    Result<void> restoreLookupIndexes() const;
    Result<QList<VppUserRecord>> select(const QString &where, const QVariantList &values) const;
    static VppUserRecord fromQuery(const QSqlQuery &query);

    Database &m_db;
};
