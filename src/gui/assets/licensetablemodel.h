// LicenseTableModel: every license of every location (a million rows), paged over LicenseQuery:
// app, type, holder, holder kind, location, pricing. Filters (location, users/devices, holder
// prefix) change the query and reload; only the holder columns can be sorted (an index orders
// them); sort() ignores the others.
#pragma once

#include "licensequerymodel.h"

class LicenseTableModel : public LicenseQueryModel
{
    Q_OBJECT

public:
    enum Column { App, Type, Holder, HolderKind, Token, Pricing, ColumnCount };
    // Row values after the shown columns.
    enum Extra { AdamIdValue = ColumnCount, TokenIdValue, IsDeviceValue, PricingValue };

    explicit LicenseTableModel(Database &db, QObject *parent = nullptr);

    static bool isSortable(int column) { return column == Holder || column == HolderKind; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The header says which columns sort (its tooltip), so that a click that does nothing is explained.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Each setter (and setSearch()) reloads when the value changed.
    void setTokenId(const QString &tokenId);
    void setHolders(LicenseQuery::Holders holders);
    const LicenseQuery::Filter &filter() const { return query().filter(); }

protected:
    QStringList headers() const override;
    Row rowOf(const LicenseViewRow &licence) const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    void setFilter(const LicenseQuery::Filter &filter);
};
