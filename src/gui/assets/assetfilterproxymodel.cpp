#include "assetfilterproxymodel.h"

#include "assettablemodel.h"

AssetFilterProxyModel::AssetFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AssetTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AssetFilterProxyModel::setShowApps(bool show)
{
    m_apps = show;
    invalidateFilter();
}

void AssetFilterProxyModel::setShowBooks(bool show)
{
    m_books = show;
    invalidateFilter();
}

void AssetFilterProxyModel::setPlatform(const QString &platform)
{
    m_platform = platform;
    invalidateFilter();
}

void AssetFilterProxyModel::setTokenId(const QString &tokenId)
{
    m_tokenId = tokenId;
    invalidateFilter();
}

void AssetFilterProxyModel::setLowOnly(bool low)
{
    m_lowOnly = low;
    invalidateFilter();
}

void AssetFilterProxyModel::setOverAssignedOnly(bool overAssigned)
{
    m_overAssignedOnly = overAssigned;
    invalidateFilter();
}

void AssetFilterProxyModel::setInCatalogOnly(bool inCatalog)
{
    m_inCatalogOnly = inCatalog;
    invalidateFilter();
}

void AssetFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool AssetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const AssetTableModel *>(sourceModel());
    const AssetViewRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    if (!(r->isBook() ? m_books : m_apps))
        return false;
    if (!m_platform.isEmpty() && !r->platforms.contains(m_platform))
        return false;
    if (!m_tokenId.isEmpty() && r->tokenId != m_tokenId)
        return false;
    if (m_lowOnly && !r->low)
        return false;
    if (m_overAssignedOnly && !r->isOverAssigned())
        return false;
    if (m_inCatalogOnly && !r->inCatalog())
        return false;
    if (!m_search.isEmpty()) {
        return r->name.contains(m_search, Qt::CaseInsensitive) || r->adamId.startsWith(m_search) ||
               r->bundleId.contains(m_search, Qt::CaseInsensitive);
    }
    return true;
}
