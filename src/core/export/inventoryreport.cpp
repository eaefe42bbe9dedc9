#include "core/export/inventoryreport.h"

#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/token/tokenhealth.h"
#include "core/views/assetquery.h"
#include "core/views/reclaimadvisor.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

VppError cancelledError()
{
    return VppError::make(VppError::Kind::Cancelled, QStringLiteral("report.cancelled"),
                          QCoreApplication::translate("InventoryReport", "The report was cancelled."));
}

} // namespace

InventoryReport::InventoryReport(Database &db)
    : m_db(db)
{}

Result<ReportData> InventoryReport::gather(const Options &options,
                                           const std::function<bool()> &cancelled) const
{
    const auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    ReportData data;
    data.generatedAt = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    data.lowThresholdPct = options.lowThresholdPct;
    data.reclaimNotSeenDays = options.notSeenDays;

    const Result<QList<TokenRecord>> tokens = TokenStore(m_db).list();
    if (!tokens)
        return tokens.error();
    QHash<QString, int> locationOf;
    for (const TokenRecord &t : tokens.value()) {
        locationOf.insert(t.id, int(data.locations.size()));
        data.locations.append({t.name, t.locationName, 0, 0, 0, 0, 0});
        ReportData::TokenExpiry e;
        e.tokenName = t.name;
        e.locationName = t.locationName;
        e.expiresAt = t.expiresAt;
        e.daysLeft = t.expiresAt.isValid() ? data.generatedAt.daysTo(t.expiresAt) : 0;
        e.status = TokenHealth::statusKey(t.status);
        data.expiries.append(e);
    }
    std::stable_sort(data.expiries.begin(), data.expiries.end(),
                     [](const ReportData::TokenExpiry &a, const ReportData::TokenExpiry &b) {
                         if (a.expiresAt.isValid() != b.expiresAt.isValid())
                             return a.expiresAt.isValid();
                         return a.expiresAt < b.expiresAt;
                     });
    if (isCancelled())
        return cancelledError();

    const Result<QList<AssetViewRow>> assets =
        AssetQuery(m_db).load(options.lowThresholdPct, data.generatedAt);
    if (!assets)
        return assets.error();
    QHash<QString, int> appOf;
    for (const AssetViewRow &a : assets.value()) {
        if (const auto at = locationOf.constFind(a.tokenId); at != locationOf.constEnd()) {
            ReportData::Location &l = data.locations[*at];
            if (a.unlimited) {
                ++l.unlimitedAssets;
            } else {
                ++l.assets;
                l.total += a.totalCount;
                l.assigned += a.assignedCount;
                l.available += a.availableCount;
            }
        }
        auto app = appOf.constFind(a.adamId);
        if (app == appOf.constEnd()) {
            ReportData::App entry;
            entry.adamId = a.adamId;
            entry.name = a.name.isEmpty() ? a.adamId : a.name;
            entry.productType = a.productType;
            app = appOf.insert(a.adamId, int(data.apps.size()));
            data.apps.append(entry);
        }
        ReportData::App &entry = data.apps[*app];
        ++entry.locations;
        if (!a.unlimited)
            entry.usedPerDay += a.usedPerDay;
        entry.assigned += a.assignedCount;
        if (a.unlimited) {
            entry.unlimited = true;
        } else {
            entry.total += a.totalCount;
            entry.available += a.availableCount;
        }
        if (a.low || a.availableCount < 0)
            data.issues.append({a.tokenName, a.adamId, a.pricingParam, a.name.isEmpty() ? a.adamId : a.name,
                                a.totalCount, a.assignedCount, a.availableCount});
    }
    // An app's runway: its available licenses over every location at their summed rate of use.
    for (ReportData::App &app : data.apps)
        if (!app.unlimited && app.usedPerDay > 0.0)
            app.runwayDays = app.available <= 0 ? 0.0 : double(app.available) / app.usedPerDay;
    std::sort(data.apps.begin(), data.apps.end(), [](const ReportData::App &a, const ReportData::App &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.adamId < b.adamId;
    });
    std::stable_sort(data.issues.begin(), data.issues.end(),
                     [](const ReportData::AssetIssue &a, const ReportData::AssetIssue &b) {
                         if (a.overAssigned() != b.overAssigned())
                             return a.overAssigned();
                         // Lowest share of the total available first.
                         const double shareA = a.total > 0 ? double(a.available) / double(a.total) : 0.0;
                         const double shareB = b.total > 0 ? double(b.available) / double(b.total) : 0.0;
                         return shareA < shareB;
                     });
    if (isCancelled())
        return cancelledError();

    ReclaimAdvisor::Options reclaim;
    reclaim.notSeenDays = options.notSeenDays;
    reclaim.now = data.generatedAt;
    const Result<QList<ReclaimCandidate>> candidates = ReclaimAdvisor(m_db).candidates(reclaim, cancelled);
    if (!candidates)
        return candidates.error();
    for (const ReclaimAppTotal &t : ReclaimAdvisor::totalsPerApp(candidates.value())) {
        data.reclaimable.append({t.adamId, t.name, t.licenses});
        data.reclaimableTotal += t.licenses;
    }
    return data;
}
