// AssetFilterProxyModel: the filters and the instant search of the Apps & Books page over an
// AssetTableModel (apps, books, platform, location, low availability, over-assigned, found in the catalog;
// name, adamId or bundle id containing the search text) and its sorting by AssetTableModel::SortRole.
#pragma once

#include <QSortFilterProxyModel>

class AssetFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssetFilterProxyModel(QObject *parent = nullptr);

    void setShowApps(bool show);
    void setShowBooks(bool show);
    void setPlatform(const QString &platform); // empty = any
    void setTokenId(const QString &tokenId);   // empty = any
    void setLowOnly(bool low);
    // Only the assets with more licenses assigned than owned (AssetViewRow::isOverAssigned).
    void setOverAssignedOnly(bool overAssigned);
    void setInCatalogOnly(bool inCatalog);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_apps = true;
    bool m_books = true;
    QString m_platform;
    QString m_tokenId;
    bool m_lowOnly = false;
    bool m_overAssignedOnly = false;
    bool m_inCatalogOnly = false;
    QString m_search;
};
