// AssetTableModel: the Apps & Books table: every token's assets (a few thousand rows, held in
// memory) with their counts, the app's icon (from the catalog, cached) and a utilisation column
// drawn by UtilisationDelegate. Sorting and filtering are AssetFilterProxyModel's.
#pragma once

#include "core/views/assetquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class Database;

class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Type,
        Platforms,
        Token,
        Total,
        Assigned,
        Available,
        Retired,
        Utilisation,
        Runway, // days until the available licenses run out at the recent rate (RunwayQuery)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for the count columns, lower-case text otherwise
        LowRole,                     // bool: the asset is low on licenses
        UtilisationRole,             // double 0..1: assigned / total (-1 for unlimited assets)
    };

    explicit AssetTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loads every asset again (a model reset); the error leaves the previous rows.
    Result<void> reload(int globalLowThresholdPct);
    const QList<AssetViewRow> &rows() const { return m_rows; }
    const AssetViewRow *rowAt(int row) const;
    // The row of an asset, -1 when it is not there.
    int find(const QString &tokenId, const QString &adamId, const QString &pricingParam) const;
    QIcon icon(const AssetViewRow &row) const;

    static QString typeText(const AssetViewRow &row);

private:
    AssetQuery m_query;
    QList<AssetViewRow> m_rows;
    int m_globalPct = 0;
    mutable QHash<QString, QIcon> m_icons; // adamId -> decoded icon (products with one only)
    QIcon m_genericApp;
    QIcon m_genericBook;
};
