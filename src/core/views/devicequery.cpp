#include "core/views/devicequery.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/views/sqlsearch.h"

#include <QSqlQuery>
#include <QVariant>

DeviceQuery::DeviceQuery(Database &db)
    : m_db(db)
{}

QString DeviceQuery::whereClause(QVariantList &values) const
{
    if (m_search.isEmpty())
        return {};
    // Serial numbers are stored upper case (a range scan of the primary key); names and owners are
    // matched without regard to ASCII case.
    const auto [low, high] = SqlSearch::prefixRange(m_search.toUpper());
    QString pattern = SqlSearch::likeEscaped(m_search.toLower());
    pattern += QLatin1Char('%');
    values << low << high << pattern << pattern;
    return QStringLiteral(" WHERE (d.serial_number >= ? AND d.serial_number < ?) "
                          "OR lower(d.name) LIKE ? ESCAPE '\\' OR lower(d.owner) LIKE ? ESCAPE '\\'");
}

Result<qint64> DeviceQuery::count() const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM devices d") + whereClause(values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_db.failure(query, QStringLiteral("prepare device count"));
    SqlSearch::bindAll(query, values);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("device count"));
    return query.value(0).toLongLong();
}

Result<QList<DeviceQuery::Row>> DeviceQuery::page(qint64 offset, int limit) const
{
    QVariantList values;
    const QString direction = m_descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString inner = QStringLiteral("SELECT d.serial_number, d.name, d.owner, d.last_seen, d.source "
                                         "FROM devices d") +
                          whereClause(values) + QStringLiteral(" ORDER BY d.serial_number") + direction +
                          QStringLiteral(" LIMIT ? OFFSET ?");
    // The count of each page row's licenses uses the serial-number index of assignments.
    const QString sql = QStringLiteral("SELECT p.serial_number, p.name, p.owner, p.last_seen, p.source, "
                                       "(SELECT COUNT(*) FROM assignments a "
                                       "WHERE a.serial_number = p.serial_number) FROM (") +
                        inner + QStringLiteral(") p ORDER BY p.serial_number") + direction;
    values << limit << offset;

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_db.failure(query, QStringLiteral("prepare device page"));
    SqlSearch::bindAll(query, values);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("device page"));
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.device.serialNumber = query.value(0).toString();
        row.device.name = query.value(1).toString();
        row.device.owner = query.value(2).toString();
        row.device.lastSeen = SqlValues::toDateTime(query.value(3));
        row.device.source = query.value(4).toString();
        row.licenses = query.value(5).toLongLong();
        rows.append(row);
    }
    return rows;
}
