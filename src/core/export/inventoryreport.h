// InventoryReport: gathers the data of the inventory report (ReportData) from the store in a few
// set-based reads: assets through AssetQuery, tokens through TokenStore. Runs on any thread with
// its own Database; `cancelled` is asked between the sections.
#pragma once

#include "core/common/result.h"
#include "core/export/reportdata.h"

#include <functional>

class Database;

class InventoryReport
{
public:
    struct Options
    {
        int lowThresholdPct = 10;
        int notSeenDays = 90; // the reclaim advisor's device rule
        QDateTime now;        // invalid: the current time
    };

    explicit InventoryReport(Database &db);

    // An error of kind Cancelled when `cancelled` answered true.
    Result<ReportData> gather(const Options &options, const std::function<bool()> &cancelled = {}) const;

private:
    Database &m_db;
};
