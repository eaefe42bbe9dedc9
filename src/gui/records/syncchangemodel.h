// SyncChangeModel: what one sync run changed (the change rows it kept): the kind of change, the
// asset (its name when known), the target (a user, a device, or the pricing of an asset) and the
// value before -> after. Paged, as a run may keep thousands of rows.
#pragma once

#include "models/pagedtablemodel.h"

class Database;

class SyncChangeModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, AssetColumn, TargetColumn, ValueColumn, ColumnCount };

    explicit SyncChangeModel(Database &db, QObject *parent = nullptr);

    // 0 = no run (empty). Reloads.
    void setRun(qint64 runId);
    qint64 runId() const { return m_runId; }

    static QString kindText(const QString &kind);

protected:
    QStringList headers() const override;
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;

private:
    Database &m_db;
    qint64 m_runId = 0;
};
