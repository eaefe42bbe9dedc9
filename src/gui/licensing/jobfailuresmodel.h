// JobFailuresModel: the failed targets of one license job (JobRunner::failuresOf): the user or
// device, the assets, Apple's error number and message.
#pragma once

#include "core/licensing/jobrunner.h"
#include "models/listtablemodel.h"

#include <QHash>
#include <QList>

class JobFailuresModel : public ListTableModel<JobFailure>
{
    Q_OBJECT

public:
    enum Column { TargetColumn, AssetColumn, ErrorColumn, MessageColumn, ColumnCount };

    explicit JobFailuresModel(QObject *parent = nullptr);

    // assetNames: adamId -> name, for the asset column (the adamId is shown when missing).
    void setFailures(const QList<JobFailure> &failures, const QHash<QString, QString> &assetNames = {});
    const JobFailure &failureAt(int row) const { return rowAt(row); }

protected:
    QStringList headers() const override;
    QVariant cellData(const JobFailure &f, int column, int role) const override;

private:
    QHash<QString, QString> m_assetNames;
};
