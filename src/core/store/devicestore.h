// DeviceStore: the devices table. Imports upsert by serial number (the name, owner and last-seen of
// a newer export win).
#pragma once

#include "core/common/result.h"
#include "core/store/devicerecord.h"

#include <QList>
#include <QSet>

#include <optional>

class Database;

class DeviceStore
{
public:
    explicit DeviceStore(Database &db);

    // Inserts or replaces each device; runs in one transaction (a savepoint inside the caller's).
    Result<qint64> upsert(const QList<DeviceRecord> &devices);
    Result<std::optional<DeviceRecord>> find(const QString &serialNumber) const;
    Result<QList<DeviceRecord>> list() const;
    Result<qint64> count() const;
    // Deletes the devices of these serial numbers (their licenses stay: they are Apple's); the count deleted.
    Result<qint64> remove(const QStringList &serials);
    // The serial numbers of `serials` that are known devices.
    Result<QSet<QString>> known(const QStringList &serials) const;

private:
    Database &m_db;
};
