// AssetRecord: one purchased app or book of a token with its license counts (Apple's ResponseAsset),
// plus the admin's low-license threshold. AssetDiff says what a full asset pass changed.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct AssetRecord
{
    QString tokenId;
    QString adamId;
    QString pricingParam = QStringLiteral("STDQ");
    QString productType = QStringLiteral("App"); // "App" or "Book"
    qint64 totalCount = 0;                       // 2147483647 for unlimited (free) assets
    qint64 assignedCount = 0;
    qint64 availableCount = 0;
    qint64 retiredCount = 0;
    bool deviceAssignable = false;
    bool revocable = false;
    bool unlimited = false;
    QStringList platforms;              // "iOS", "macOS", ...
    std::optional<int> lowThresholdPct; // set by the admin, never by a sync

    bool sameCounts(const AssetRecord &o) const
    {
        return totalCount == o.totalCount && assignedCount == o.assignedCount &&
               availableCount == o.availableCount && retiredCount == o.retiredCount;
    }
};

struct AssetDiff
{
    int added = 0;
    int removed = 0;
    int countsChanged = 0; // existing assets whose counts moved
    QList<AssetRecord> addedAssets;
    QList<AssetRecord> removedAssets;
};
