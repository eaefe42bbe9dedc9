#include "core/store/devicestore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList deviceColumns = {QStringLiteral("serial_number"), QStringLiteral("name"),
                                   QStringLiteral("owner"), QStringLiteral("last_seen"),
                                   QStringLiteral("source")};

DeviceRecord deviceFromQuery(const QSqlQuery &q)
{
    DeviceRecord d;
    d.serialNumber = q.value(0).toString();
    d.name = q.value(1).toString();
    d.owner = q.value(2).toString();
    d.lastSeen = SqlValues::toDateTime(q.value(3));
    d.source = q.value(4).toString();
    return d;
}

} // namespace

DeviceStore::DeviceStore(Database &db)
    : m_db(db)
{}

Result<qint64> DeviceStore::upsert(const QList<DeviceRecord> &devices)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery query(m_db.connection());
    if (!query.prepare(m_db.dialect().upsertSql(QStringLiteral("devices"), deviceColumns,
                                                {QStringLiteral("serial_number")})))
        return m_db.failure(query, QStringLiteral("prepare device upsert"));
    qint64 written = 0;
    for (const DeviceRecord &d : devices) {
        query.bindValue(0, d.serialNumber);
        query.bindValue(1, SqlValues::nullableText(d.name));
        query.bindValue(2, SqlValues::nullableText(d.owner));
        query.bindValue(3, SqlValues::fromDateTime(d.lastSeen));
        query.bindValue(4, SqlValues::nullableText(d.source));
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("upsert device"));
        ++written;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return written;
}

Result<std::optional<DeviceRecord>> DeviceStore::find(const QString &serialNumber) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + deviceColumns.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM devices WHERE serial_number = ?"));
    query.addBindValue(serialNumber);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("find device"));
    if (!query.next())
        return std::optional<DeviceRecord>();
    return std::optional<DeviceRecord>(deviceFromQuery(query));
}

Result<QList<DeviceRecord>> DeviceStore::list() const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + deviceColumns.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM devices ORDER BY serial_number"));
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list devices"));
    QList<DeviceRecord> devices;
    while (query.next())
        devices.append(deviceFromQuery(query));
    return devices;
}

Result<qint64> DeviceStore::count() const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM devices"));
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count devices"));
    return query.value(0).toLongLong();
}

Result<qint64> DeviceStore::remove(const QStringList &serials)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("DELETE FROM devices WHERE serial_number = ?")))
        return m_db.failure(query, QStringLiteral("prepare remove devices"));
    qint64 removed = 0;
    for (const QString &serial : serials) {
        query.addBindValue(serial);
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("remove devices"));
        removed += qMax(0, query.numRowsAffected());
    }
    return removed;
}

Result<QSet<QString>> DeviceStore::known(const QStringList &serials) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM devices WHERE serial_number = ?"));
    QSet<QString> found;
    for (const QString &serial : serials) {
        query.bindValue(0, serial);
        if (!query.exec() || !query.next())
            return m_db.failure(query, QStringLiteral("find devices"));
        if (query.value(0).toLongLong() > 0)
            found.insert(serial);
        query.finish();
    }
    return found;
}
