#include "attentionmonitor.h"

#include "console.h"

#include "core/views/assetquery.h"
#include "core/workspace/tokenmanager.h"

#include <QLocale>

using namespace std::chrono_literals;

namespace {

BannerSeverity severityOf(TokenHealth::Severity severity)
{
    switch (severity) {
    case TokenHealth::Severity::Critical:
        return BannerSeverity::Error;
    case TokenHealth::Severity::Warning:
        return BannerSeverity::Warning;
    case TokenHealth::Severity::Notice:
    case TokenHealth::Severity::Ok:
        break;
    }
    return BannerSeverity::Info;
}

} // namespace

AttentionMonitor::AttentionMonitor(Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{
    connect(&console, &Console::tokensChanged, this, &AttentionMonitor::scheduleRefresh);
    connect(&console, &Console::inventoryChanged, this, &AttentionMonitor::scheduleRefresh);
    connect(&console, &Console::thresholdsChanged, this, &AttentionMonitor::scheduleRefresh);
    connect(&console, &Console::onlineChanged, this, &AttentionMonitor::scheduleRefresh);
    m_hourly.setInterval(1h);
    connect(&m_hourly, &QTimer::timeout, this, &AttentionMonitor::refresh);
    m_hourly.start();
}

void AttentionMonitor::scheduleRefresh()
{
    // Several signals often come together (a sync changes tokens and inventory): refresh once.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, &AttentionMonitor::refresh, Qt::QueuedConnection);
}

void AttentionMonitor::refresh()
{
    m_refreshQueued = false;
    QList<Attention> items;
    if (m_console.isOpen()) {
        addConnectionItems(items);
        addTokenItems(items);
        addLowAssetItem(items);
    }
    m_items = items;
    Q_EMIT changed();
}

void AttentionMonitor::addTokenItems(QList<Attention> &items) const
{
    const auto tokens = m_console.tokenManager().list();
    if (!tokens)
        return;
    for (const TokenStatus &token : tokens.value()) {
        const TokenHealth &health = token.health;
        Attention item;
        item.id = QStringLiteral("token:") + token.record.id;
        item.tokenId = token.record.id;
        item.tokenName = token.record.name;
        item.severity = severityOf(health.severity());
        item.text = tr("%1: %2").arg(token.record.name, health.reason());
        switch (health.status()) {
        case TokenHealth::Status::Active:
            continue;
        case TokenHealth::Status::Revoked:
        case TokenHealth::Status::Expired:
        case TokenHealth::Status::Invalid:
        case TokenHealth::Status::Expiring:
            item.action = Attention::Action::UpdateToken;
            item.actionText = tr("Update Token…");
            break;
        case TokenHealth::Status::OwnedElsewhere:
            item.action = Attention::Action::TakeOver;
            item.actionText = tr("Take Over…");
            break;
        case TokenHealth::Status::Duplicate:
            item.action = Attention::Action::RemoveToken;
            item.actionText = tr("Remove Token…");
            break;
        }
        items.append(item);
    }
}

void AttentionMonitor::addLowAssetItem(QList<Attention> &items) const
{
    const auto assets = AssetQuery(m_console.database()).load(m_console.lowLicenseThresholdPct());
    if (!assets)
        return;
    QStringList names;
    QStringList overNames;
    int low = 0;
    int over = 0;
    for (const AssetViewRow &asset : assets.value()) {
        if (asset.isOverAssigned()) {
            // Its own banner: an error to correct, not a warning to plan for.
            if (++over <= 3)
                overNames.append(tr("%1 (%2 more assigned than owned)")
                                     .arg(asset.name.isEmpty() ? asset.adamId : asset.name,
                                          QLocale().toString(-asset.availableCount)));
            continue;
        }
        if (!asset.low)
            continue;
        ++low;
        if (names.size() < 3) {
            const QString name = asset.name.isEmpty() ? asset.adamId : asset.name;
            names.append(tr("%1 (%2 of %3 left)")
                             .arg(name, QLocale().toString(asset.availableCount),
                                  QLocale().toString(asset.totalCount)));
        }
    }
    if (over > 0) {
        Attention item;
        item.id = QStringLiteral("over-assigned-assets");
        item.severity = BannerSeverity::Error;
        QString list = QLocale().createSeparatedList(overNames);
        if (over > overNames.size())
            list = tr("%1 and %n more", nullptr, int(over - overNames.size())).arg(list);
        item.text =
            tr("%n app(s) or book(s) over-assigned: %1. Unassign licenses or buy more.", nullptr, over)
                .arg(list);
        item.action = Attention::Action::ShowOverAssignedAssets;
        item.actionText = tr("Show");
        items.append(item);
    }
    if (low == 0)
        return;
    Attention item;
    item.id = QStringLiteral("low-assets");
    item.severity = BannerSeverity::Warning;
    QString list = QLocale().createSeparatedList(names);
    if (low > names.size())
        list = tr("%1 and %n more", nullptr, int(low - names.size())).arg(list);
    item.text = tr("%n app(s) or book(s) running low on licenses: %1.", nullptr, low).arg(list);
    item.action = Attention::Action::ShowLowAssets;
    item.actionText = tr("Show");
    items.append(item);
}

void AttentionMonitor::addConnectionItems(QList<Attention> &items) const
{
    if (m_console.isDemo()) {
        Attention demo;
        demo.id = QStringLiteral("demo");
        demo.severity = BannerSeverity::Info;
        demo.text =
            tr("Demo mode: Fjord & Finch Ltd is a simulated organization served on this computer. Nothing "
               "reaches Apple, and the demo tokens and inventory are discarded when you quit.");
        items.append(demo);
    }
    if (m_console.isWorkingOffline()) {
        Attention offline;
        offline.id = QStringLiteral("offline");
        offline.severity = BannerSeverity::Info;
        offline.text =
            tr("Working offline: the inventory stored on this computer is shown; syncs and changes to "
               "Apple are turned off.");
        offline.action = Attention::Action::GoOnline;
        offline.actionText = tr("Go Online");
        items.append(offline);
    } else if (!m_console.isOnline()) {
        Attention unreachable;
        unreachable.id = QStringLiteral("offline");
        unreachable.severity = BannerSeverity::Warning;
        unreachable.text = m_console.writeBlockedReason();
        unreachable.action = Attention::Action::SyncAll;
        unreachable.actionText = tr("Try Again");
        items.append(unreachable);
    }
}
