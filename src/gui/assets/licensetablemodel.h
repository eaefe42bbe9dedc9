// LicenseTableModel: every licence of every location (a million rows), paged over LicenseQuery:
// app, type, holder, holder kind, location, pricing. Filters (location, users/devices, holder
// prefix) change the query and reload; only the holder columns can be sorted (an index orders
// them); sort() ignores the others.
#pragma once

#include "core/views/licensequery.h"
#include "models/pagedtablemodel.h"

class LicenseTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { App, Type, Holder, HolderKind, Token, Pricing, ColumnCount };
    // Row values after the shown columns.
    enum Extra { AdamIdValue = ColumnCount, TokenIdValue, IsDeviceValue };

    explicit LicenseTableModel(Database &db, QObject *parent = nullptr);

    static bool isSortable(int column) { return column == Holder || column == HolderKind; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Each setter reloads when the value changed.
    void setTokenId(const QString &tokenId);
    void setHolders(LicenseQuery::Holders holders);
    void setSearch(const QString &prefix);
    const LicenseQuery::Filter &filter() const { return m_query.filter(); }
    const LicenseQuery &query() const { return m_query; }

protected:
    QStringList headers() const override;
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    void setFilter(const LicenseQuery::Filter &filter);

    LicenseQuery m_query;
};
