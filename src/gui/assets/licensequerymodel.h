// LicenseQueryModel: what the paged tables over LicenseQuery share (the Licenses table, an asset's
// holders): the count and the pages come from the query, a prefix search on the holder reloads,
// and each subclass makes a row of a license.
#pragma once

#include "core/views/licensequery.h"
#include "models/pagedtablemodel.h"

class LicenseQueryModel : public PagedTableModel
{
    Q_OBJECT

public:
    // Reloads when the (trimmed) text changed.
    void setSearch(const QString &text);
    QString search() const { return m_query.filter().search; }
    const LicenseQuery &query() const { return m_query; }

protected:
    explicit LicenseQueryModel(Database &db, QObject *parent = nullptr);

    LicenseQuery &mutableQuery() { return m_query; }
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;
    // The row of one license of a page.
    virtual Row rowOf(const LicenseViewRow &licence) const = 0;

private:
    LicenseQuery m_query;
};
