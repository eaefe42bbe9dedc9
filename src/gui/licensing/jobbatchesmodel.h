// JobBatchesModel: the batches of one license job (its requests to Apple, JobStore::events): the
// request number, status, Apple's event id, tasks completed of requested, failures, last update.
#pragma once

#include "core/store/jobrecord.h"
#include "models/listtablemodel.h"

#include <QList>

class JobBatchesModel : public ListTableModel<JobEventRecord>
{
    Q_OBJECT

public:
    enum Column {
        RequestColumn,
        StatusColumn,
        EventColumn,
        TasksColumn,
        FailuresColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit JobBatchesModel(QObject *parent = nullptr);

    void setEvents(const QList<JobEventRecord> &events) { setRows(events); }
    const JobEventRecord &eventAt(int row) const { return rowAt(row); }

protected:
    QStringList headers() const override;
    QVariant cellData(const JobEventRecord &e, int column, int role) const override;
};
