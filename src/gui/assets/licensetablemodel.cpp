#include "licensetablemodel.h"

LicenseTableModel::LicenseTableModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_query(db)
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
    if (wanted == m_query.order() && descending == m_query.descending())
        return;
    m_query.setOrder(wanted, descending);
    reload();
}

void LicenseTableModel::setFilter(const LicenseQuery::Filter &filter)
{
    const LicenseQuery::Filter &old = m_query.filter();
    if (old.tokenId == filter.tokenId && old.holders == filter.holders && old.search == filter.search)
        return;
    m_query.setFilter(filter);
    reload();
}

void LicenseTableModel::setTokenId(const QString &tokenId)
{
    LicenseQuery::Filter f = m_query.filter();
    f.tokenId = tokenId;
    setFilter(f);
}

void LicenseTableModel::setHolders(LicenseQuery::Holders holders)
{
    LicenseQuery::Filter f = m_query.filter();
    f.holders = holders;
    setFilter(f);
}

void LicenseTableModel::setSearch(const QString &prefix)
{
    LicenseQuery::Filter f = m_query.filter();
    f.search = prefix.trimmed();
    setFilter(f);
}

QStringList LicenseTableModel::headers() const
{
    return {tr("App"), tr("Type"), tr("Holder"), tr("Holder kind"), tr("Location"), tr("Pricing")};
}

Result<qint64> LicenseTableModel::countRows() const
{
    return m_query.count();
}

Result<QList<PagedTableModel::Row>> LicenseTableModel::fetchRows(qint64 offset, int limit) const
{
    const Result<QList<LicenseViewRow>> rows = m_query.page(offset, limit);
    if (!rows)
        return rows.error();
    QList<Row> out;
    out.reserve(rows->size());
    for (const LicenseViewRow &r : rows.value()) {
        const QString type = r.productType == QStringLiteral("Book")  ? tr("Book")
                             : r.productType == QStringLiteral("App") ? tr("App")
                                                                      : r.productType;
        out.append(Row{r.name.isEmpty() ? r.adamId : r.name, type, r.holder(),
                       r.isDevice() ? tr("Device") : tr("User"), r.tokenName, r.pricingParam, r.adamId,
                       r.tokenId, r.isDevice()});
    }
    return out;
}

QVariant LicenseTableModel::cellData(const Row &row, int column, int role) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && column == App)
        return tr("%1 (Adam ID %2)").arg(row.at(App).toString(), row.at(AdamIdValue).toString());
    return PagedTableModel::cellData(row, column, role);
}
