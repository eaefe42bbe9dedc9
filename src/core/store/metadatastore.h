// MetadataStore: the asset_metadata table, a cache of Apple's catalog lookup shared by all tokens.
// Products Apple does not know are kept as 'not_found' so that a sync does not ask again each run.
#pragma once

#include "core/common/result.h"
#include "core/store/metadatarecord.h"

#include <QStringList>

#include <optional>

class Database;
class QSqlQuery;

class MetadataStore
{
public:
    explicit MetadataStore(Database &db);

    // adamIds of the token's assets with no metadata yet (no row, or still pending), sorted.
    Result<QStringList> unknownAdamIds(const QString &tokenId) const;
    // Those of `adamIds` with no metadata yet (no row, or still pending), in the given order.
    Result<QStringList> unknownAmong(const QStringList &adamIds) const;
    // Inserts or replaces the row (the icon too, when the record has one).
    Result<void> store(const MetadataRecord &record);
    Result<void> setIcon(const QString &adamId, const QByteArray &png);
    // Records that the lookup returned nothing for these ids.
    Result<void> markNotFound(const QStringList &adamIds);
    Result<std::optional<MetadataRecord>> find(const QString &adamId) const;
    // Rows with this lookup status (all rows when empty).
    Result<qint64> count(const QString &lookupStatus = {}) const;

private:
    static MetadataRecord fromQuery(const QSqlQuery &query);

    Database &m_db;
};
