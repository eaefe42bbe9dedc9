// AssetStore: the assets (apps and books) of each token and their counts. A full pass replaces the
// token's assets in one transaction with reused prepared upserts and reports what changed; the
// admin's low-license threshold survives every sync.
#pragma once

#include "core/common/result.h"
#include "core/store/assetrecord.h"

#include <optional>

class Database;
class QSqlQuery;

class AssetStore
{
public:
    explicit AssetStore(Database &db);

    Result<AssetDiff> applyFull(const QString &tokenId, const QList<AssetRecord> &assets);
    Result<QList<AssetRecord>> list(const QString &tokenId) const;
    Result<std::optional<AssetRecord>> find(const QString &tokenId, const QString &adamId,
                                            const QString &pricingParam) const;
    // Every token's row of one product (the cross-location board).
    Result<QList<AssetRecord>> findAcrossTokens(const QString &adamId) const;
    Result<qint64> countForToken(const QString &tokenId) const;
    // nullopt clears the threshold.
    Result<void> setLowThreshold(const QString &tokenId, const QString &adamId, const QString &pricingParam,
                                 std::optional<int> percent);

private:
    Result<QList<AssetRecord>> select(const QString &where, const QVariantList &values) const;
    static AssetRecord fromQuery(const QSqlQuery &query);

    Database &m_db;
};
