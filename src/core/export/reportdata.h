// ReportData: what the inventory report says, gathered by InventoryReport from the store and
// rendered by the console (PDF) without another query: license use by location and by app, the
// assets low on or over their licenses, what could be reclaimed, token expiries and each app's
// runway.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct ReportData
{
    // One location (token): its counted assets (unlimited ones apart) and their license totals.
    struct Location
    {
        QString tokenName;
        QString locationName;
        qint64 assets = 0;
        qint64 unlimitedAssets = 0;
        qint64 total = 0;
        qint64 assigned = 0;
        qint64 available = 0;
    };
    // One app or book over every location that has it (unlimited licenses are not summed).
    struct App
    {
        QString adamId;
        QString name; // the adamId when the catalog has no name
        QString productType;
        int locations = 0;
        bool unlimited = false;
        qint64 total = 0;
        qint64 assigned = 0;
        qint64 available = 0;
        std::optional<double> runwayDays; // set when the available count is falling
        double usedPerDay = 0.0;          // licenses used per day over the last 30 days, all locations
    };
    // An asset of one location under its low-license threshold, or over-assigned (available < 0).
    struct AssetIssue
    {
        QString tokenName;
        QString adamId;
        QString pricingParam;
        QString name;
        qint64 total = 0;
        qint64 assigned = 0;
        qint64 available = 0;
        bool overAssigned() const { return available < 0; }
    };
    struct TokenExpiry
    {
        QString tokenName;
        QString locationName;
        QDateTime expiresAt; // invalid when unknown
        qint64 daysLeft = 0; // negative: expired
        QString status;      // the stored status key ("active", "expired", ...)
    };
    // Licenses the reclaim advisor found, per app.
    struct Reclaimable
    {
        QString adamId;
        QString name;
        qint64 licenses = 0;
    };

    QDateTime generatedAt;
    int lowThresholdPct = 0;
    QList<Location> locations;
    QList<App> apps;                // by name
    QList<AssetIssue> issues;       // over-assigned first, then by available share
    QList<TokenExpiry> expiries;    // soonest first
    QList<Reclaimable> reclaimable; // most licenses first
    qint64 reclaimableTotal = 0;
    int reclaimNotSeenDays = 0;
};
