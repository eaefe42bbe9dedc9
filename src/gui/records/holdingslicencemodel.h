// HoldingsLicenseModel: the licenses the help-desk search found (a person's or a device's, on
// every token): asset name and type, pricing, token and holder. Small: loaded whole.
#pragma once

#include "core/views/holdingsquery.h"

#include <QAbstractTableModel>

class HoldingsLicenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AssetColumn,
        TypeColumn,
        PricingColumn,
        TokenColumn,
        HolderColumn,
        AdamIdColumn,
        ColumnCount
    };
    enum Role {
        TokenIdRole = Qt::UserRole + 1,
        AdamIdRole,
        PricingParamRole,
    };

    explicit HoldingsLicenceModel(QObject *parent = nullptr);

    void setLicences(const QList<HoldingsQuery::Licence> &licences);
    const HoldingsQuery::Licence *licenceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HoldingsQuery::Licence> m_licences;
};
