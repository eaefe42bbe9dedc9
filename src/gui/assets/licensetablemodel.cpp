#include "licensetablemodel.h"

#include "assetwords.h"

LicenseTableModel::LicenseTableModel(Database &db, QObject *parent)
    : LicenseQueryModel(db, parent)
{}

void LicenseTableModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    LicenseQuery::Order wanted;
    if (column == Holder)
        wanted = LicenseQuery::Order::Holder;
    else if (column == HolderKind)
        wanted = LicenseQuery::Order::HolderKind;
    else if (column < 0)
        wanted = LicenseQuery::Order::Natural;
    else
        return; // no index orders this column
    if (wanted == query().order() && descending == query().descending())
        return;
    mutableQuery().setOrder(wanted, descending);
    reload();
}

void LicenseTableModel::setFilter(const LicenseQuery::Filter &filter)
{
    const LicenseQuery::Filter &old = query().filter();
    if (old.tokenId == filter.tokenId && old.holders == filter.holders && old.search == filter.search)
        return;
    mutableQuery().setFilter(filter);
    reload();
}

void LicenseTableModel::setTokenId(const QString &tokenId)
{
    LicenseQuery::Filter f = query().filter();
    f.tokenId = tokenId;
    setFilter(f);
}

void LicenseTableModel::setHolders(LicenseQuery::Holders holders)
{
    LicenseQuery::Filter f = query().filter();
    f.holders = holders;
    setFilter(f);
}

QStringList LicenseTableModel::headers() const
{
    return {tr("App"), tr("Type"), tr("Holder"), tr("Holder kind"), tr("Location"), tr("Pricing")};
}

PagedTableModel::Row LicenseTableModel::rowOf(const LicenseViewRow &r) const
{
    return Row{r.name.isEmpty() ? r.adamId : r.name,
               AssetWords::typeText(r.productType),
               r.holder(),
               r.isDevice() ? tr("Device") : tr("User"),
               r.tokenName,
               AssetWords::pricingText(r.pricingParam),
               r.adamId,
               r.tokenId,
               r.isDevice(),
               r.pricingParam};
}

QVariant LicenseTableModel::cellData(const Row &row, int column, int role) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && column == App)
        return tr("%1 (Adam ID %2)").arg(row.at(App).toString(), row.at(AdamIdValue).toString());
    if (role == Qt::ToolTipRole && column == Pricing)
        return tr("%1 (%2)").arg(row.at(Pricing).toString(), row.at(PricingValue).toString());
    return PagedTableModel::cellData(row, column, role);
}

QVariant LicenseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return isSortable(section)
                   ? tr("Click to sort by this column.")
                   : tr("This column does not sort: over a million licenses only the holder columns have "
                        "an index to sort by. Filter by location or holder instead.");
    return LicenseQueryModel::headerData(section, orientation, role);
}
