// DeviceTableModel: the devices the organization imported, paged from the store through
// DeviceQuery: serial number, name, owner, last seen, licenses held on every token, and the
// import the device came from. Searched by a prefix of the serial, the name or the owner.
#pragma once

#include "core/views/devicequery.h"
#include "models/pagedtablemodel.h"

class Database;

class DeviceTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        SerialColumn,
        NameColumn,
        OwnerColumn,
        LastSeenColumn,
        LicensesColumn,
        SourceColumn,
        ColumnCount
    };

    explicit DeviceTableModel(Database &db, QObject *parent = nullptr);

    // Both reload.
    void setSearch(const QString &search);
    QString search() const { return m_query.search(); }
    // Only the serial number orders the table (the others are not indexed).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString serialAt(int row) const;

protected:
    QStringList headers() const override;
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    DeviceQuery m_query;
    bool m_descending = false;
};
