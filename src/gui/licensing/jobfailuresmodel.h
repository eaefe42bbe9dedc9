// JobFailuresModel: the failed targets of one licence job (JobRunner::failuresOf): the user or
// device, the assets, Apple's error number and message.
#pragma once

#include "core/licensing/jobrunner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class JobFailuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, AssetColumn, ErrorColumn, MessageColumn, ColumnCount };

    explicit JobFailuresModel(QObject *parent = nullptr);

    // assetNames: adamId -> name, for the asset column (the adamId is shown when missing).
    void setFailures(const QList<JobFailure> &failures, const QHash<QString, QString> &assetNames = {});
    const JobFailure &failureAt(int row) const { return m_failures.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobFailure> m_failures;
    QHash<QString, QString> m_assetNames;
};
