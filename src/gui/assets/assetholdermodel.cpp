#include "assetholdermodel.h"

#include <QLocale>

AssetHolderModel::AssetHolderModel(Database &db, const QString &tokenId, const QString &adamId,
                                   const QString &pricingParam, bool devices, QObject *parent)
    : LicenseQueryModel(db, parent)
    , m_devices(devices)
{
    LicenseQuery::Filter filter;
    filter.tokenId = tokenId;
    filter.adamId = adamId;
    filter.pricingParam = pricingParam;
    filter.holders = devices ? LicenseQuery::Holders::Devices : LicenseQuery::Holders::Users;
    mutableQuery().setFilter(filter);
    mutableQuery().setOrder(LicenseQuery::Order::Holder);
    mutableQuery().setHolderDetails(true);
}

void AssetHolderModel::sort(int column, Qt::SortOrder order)
{
    // Only the holder has an index to order by.
    if (column != Holder)
        return;
    mutableQuery().setOrder(LicenseQuery::Order::Holder, order == Qt::DescendingOrder);
    reload();
}

QStringList AssetHolderModel::headers() const
{
    if (m_devices)
        return {tr("Serial number"), tr("Device name"), tr("Owner"), tr("Since")};
    return {tr("Client user ID"), tr("Email"), tr("Status"), tr("Since")};
}

PagedTableModel::Row AssetHolderModel::rowOf(const LicenseViewRow &r) const
{
    if (m_devices)
        return Row{r.serialNumber, r.deviceName, r.deviceOwner, since(r.serialNumber)};
    return Row{r.clientUserId, r.userEmail,
               r.userStatus.isEmpty() ? tr("Not in the user list") : r.userStatus, since(r.clientUserId)};
}

QString AssetHolderModel::since(const QString &holder) const
{
    const QLocale locale;
    const auto found = m_history.addedAt.constFind(holder);
    if (found != m_history.addedAt.constEnd())
        return locale.toString(found.value().toLocalTime(), QLocale::ShortFormat);
    if (!m_history.firstSyncAt.isValid())
        return QString();
    const QString first = locale.toString(m_history.firstSyncAt.toLocalTime(), QLocale::ShortFormat);
    // Apple gives no assignment dates: a license already held at the first sync is as old as that sync
    // knows. Not recorded: held at the first sync, unless a later sync added more than it recorded.
    return m_history.complete ? tr("Held at first sync (%1)").arg(first)
                              : tr("At first sync (%1) or not recorded").arg(first);
}
