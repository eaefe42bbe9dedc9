// AssetChecklistModel: the apps and books of one token as a checkable list (name, adamId, pricing,
// kind, available licenses), for picking the assets of an assign or unassign. A token holds a few
// thousand assets at most, so the whole list is loaded at once.
#pragma once

#include "core/apple/appletypes.h"
#include "core/common/result.h"
#include "core/store/assetrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class Database;

class AssetChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AdamIdColumn, PricingColumn, KindColumn, AvailableColumn, ColumnCount };
    // The sort value of a cell (numbers as numbers).
    static constexpr int SortRole = Qt::UserRole;

    explicit AssetChecklistModel(QObject *parent = nullptr);

    // Loads the token's assets (empty token: none); checked assets still present stay checked.
    Result<void> load(Database &db, const QString &tokenId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // -1 when the token has no such asset.
    int rowOf(const QString &adamId, const QString &pricingParam) const;
    const AssetRecord &assetAt(int row) const { return m_rows.at(row).asset; }
    QString nameAt(int row) const { return m_rows.at(row).name; }
    // The asset's name, or its adamId when the name is not known (any asset of the loaded token).
    QString displayName(const QString &adamId) const;

    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    QList<AssetRef> checkedAssets() const;
    int checkedCount() const { return int(m_checked.size()); }

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row
    {
        AssetRecord asset;
        QString name;
    };
    static QString key(const QString &adamId, const QString &pricingParam);

    QList<Row> m_rows;
    QSet<QString> m_checked; // keys of checked assets
};
