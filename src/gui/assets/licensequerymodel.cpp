#include "licensequerymodel.h"

LicenseQueryModel::LicenseQueryModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_query(db)
{}

void LicenseQueryModel::setSearch(const QString &text)
{
    LicenseQuery::Filter filter = m_query.filter();
    if (filter.search == text.trimmed())
        return;
    filter.search = text.trimmed();
    m_query.setFilter(filter);
    reload();
}

Result<qint64> LicenseQueryModel::countRows() const
{
    return m_query.count();
}

Result<QList<PagedTableModel::Row>> LicenseQueryModel::fetchRows(qint64 offset, int limit) const
{
    const Result<QList<LicenseViewRow>> rows = m_query.page(offset, limit);
    if (!rows)
        return rows.error();
    QList<Row> out;
    out.reserve(rows->size());
    for (const LicenseViewRow &r : rows.value())
        out.append(rowOf(r));
    return out;
}
