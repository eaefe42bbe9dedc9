#include "devicetablemodel.h"

#include <QLocale>

DeviceTableModel::DeviceTableModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_query(db)
{}

void DeviceTableModel::setSearch(const QString &search)
{
    m_query.setSearch(search);
    reload();
}

void DeviceTableModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = column == SerialColumn && order == Qt::DescendingOrder;
    if (descending == m_descending)
        return;
    m_descending = descending;
    m_query.setDescending(descending);
    reload();
}

QString DeviceTableModel::serialAt(int row) const
{
    const Row *values = rowAt(row);
    return values ? values->at(SerialColumn).toString() : QString();
}

QStringList DeviceTableModel::headers() const
{
    return {tr("Serial number"), tr("Name"), tr("Owner"), tr("Last seen"), tr("Licenses"), tr("Source")};
}

Result<qint64> DeviceTableModel::countRows() const
{
    return m_query.count();
}

Result<QList<PagedTableModel::Row>> DeviceTableModel::fetchRows(qint64 offset, int limit) const
{
    const auto devices = m_query.page(offset, limit);
    if (!devices)
        return devices.error();
    QList<Row> rows;
    rows.reserve(devices->size());
    for (const DeviceQuery::Row &d : devices.value())
        rows.append(Row{d.device.serialNumber, d.device.name, d.device.owner, d.device.lastSeen, d.licenses,
                        d.device.source});
    return rows;
}

QVariant DeviceTableModel::cellData(const Row &row, int column, int role) const
{
    if (column == LastSeenColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QDateTime lastSeen = row.at(LastSeenColumn).toDateTime();
        if (!lastSeen.isValid())
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant(tr("Never reported"));
        return QLocale().toString(lastSeen.toLocalTime(), QLocale::ShortFormat);
    }
    return PagedTableModel::cellData(row, column, role);
}
