// DeviceQuery: the read model of the Devices pane. The devices the organization imported (serial,
// name, owner, last seen, source), searched by a prefix of the serial number, the name or the
// owner, counted and read a page at a time in serial-number order, each row with the number of
// licenses assigned to the serial on every token (counted for the rows of the page only).
#pragma once

#include "core/common/result.h"
#include "core/store/devicerecord.h"

#include <QList>
#include <QString>
#include <QVariantList>

class Database;

class DeviceQuery
{
public:
    struct Row
    {
        DeviceRecord device;
        qint64 licenses = 0; // assignments of the serial number, all tokens
    };

    explicit DeviceQuery(Database &db);

    // Prefix of the serial number (any case), the device's name or its owner; empty: every device.
    void setSearch(const QString &search) { m_search = search.trimmed(); }
    QString search() const { return m_search; }
    void setDescending(bool descending) { m_descending = descending; }

    Result<qint64> count() const;
    Result<QList<Row>> page(qint64 offset, int limit) const;

private:
    QString whereClause(QVariantList &values) const;

    Database &m_db;
    QString m_search;
    bool m_descending = false;
};
