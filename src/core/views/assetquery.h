// AssetQuery: the read model of the Apps & Books page and of the low-license banners: every
// token's assets with the catalog's name, bundle id and artist joined in and whether each is
// low on licenses, in one query; an asset's icon; and how an asset came into the inventory
// (the asset detail's Token Details).
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct AssetViewRow
{
    QString tokenId;
    QString tokenName;
    QString adamId;
    QString pricingParam;
    QString productType; // "App" or "Book"
    QString name;        // from asset_metadata; empty when unknown
    QString bundleId;
    QString artist;
    QString lookupStatus; // "pending", "found", "not_found"; empty when the catalog has no row
    QStringList platforms;
    qint64 totalCount = 0;
    qint64 assignedCount = 0;
    qint64 availableCount = 0;
    qint64 retiredCount = 0;
    bool unlimited = false;
    bool deviceAssignable = false;
    bool revocable = false;
    bool hasIcon = false;
    std::optional<int> lowThresholdPct; // the asset's own threshold, set by the admin
    // Available below the asset's own threshold (else the global one), in percent of the total.
    // Never true for an unlimited asset.
    bool low = false;
    // Days until the available licenses run out at the rate of the last 30 days (RunwayQuery);
    // empty when they are not falling or the history is too short. usedPerDay: that rate.
    std::optional<double> runwayDays;
    double usedPerDay = 0.0;

    // More licenses assigned than owned: Apple reports availableCount below zero (after a refund or a
    // transfer between locations). Kept as sent; the admin must unassign some.
    bool isOverAssigned() const { return !unlimited && availableCount < 0; }
    bool isBook() const { return productType == QStringLiteral("Book"); }
    bool inCatalog() const { return lookupStatus == QStringLiteral("found"); }
};

// How an asset came into a token's inventory, from the sync history.
struct AssetProvenance
{
    bool addedBySync = false; // a sync after the first one found it new ('asset_added')
    QDateTime addedAt;        // when that sync started (addedBySync only)
    QDateTime firstSyncAt;    // the token's first sync; invalid when never synced
};

// Since when the holders of an asset have their licenses, as far as the sync history tells: the
// first sync records no per-row changes, later ones record 'assignment_added' rows (up to a cap).
struct AssignmentHistory
{
    QHash<QString, QDateTime> addedAt; // holder -> start of the newest sync that added it
    QDateTime firstSyncAt;             // invalid when the token was never synced
    // Every later sync recorded all the assignments it added: a holder missing from addedAt had
    // the license at the first sync already.
    bool complete = true;
};

class AssetQuery
{
public:
    explicit AssetQuery(Database &db);

    // Every token's assets, ordered by token name, then adamId and pricing, with their runway.
    // `now` (invalid: the current time) ends the runway's window.
    Result<QList<AssetViewRow>> load(int globalLowThresholdPct, const QDateTime &now = {}) const;
    // The PNG icon of a product; empty when none was downloaded.
    Result<QByteArray> icon(const QString &adamId) const;
    Result<AssetProvenance> provenance(const QString &tokenId, const QString &adamId,
                                       const QString &pricingParam) const;
    Result<AssignmentHistory> assignmentHistory(const QString &tokenId, const QString &adamId,
                                                const QString &pricingParam) const;

    // The rule of AssetViewRow::low.
    static bool isLow(qint64 total, qint64 available, bool unlimited, std::optional<int> ownPct,
                      int globalPct);

private:
    Database &m_db;
};
