// JobBatchesModel: the batches of one licence job (its requests to Apple, JobStore::events): the
// request number, status, Apple's event id, tasks completed of requested, failures, last update.
#pragma once

#include "core/store/jobrecord.h"

#include <QAbstractTableModel>
#include <QList>

class JobBatchesModel : public QAbstractTableModel
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

    void setEvents(const QList<JobEventRecord> &events);
    const JobEventRecord &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated batch status (planned, PENDING, COMPLETE, FAILED, error, cancelled...).
    static QString statusText(const QString &status);

private:
    QList<JobEventRecord> m_events;
};
