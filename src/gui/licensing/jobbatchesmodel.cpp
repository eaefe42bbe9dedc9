#include "jobbatchesmodel.h"

#include <QLocale>

JobBatchesModel::JobBatchesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobBatchesModel::setEvents(const QList<JobEventRecord> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int JobBatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int JobBatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobBatchesModel::statusText(const QString &status)
{
    if (status == QLatin1String("planned"))
        return tr("Waiting");
    if (status == QLatin1String("submitting"))
        return tr("Sending");
    if (status == QLatin1String("PENDING"))
        return tr("At Apple, pending");
    if (status == QLatin1String("COMPLETE"))
        return tr("Complete");
    if (status == QLatin1String("FAILED"))
        return tr("Done with failures");
    if (status == QLatin1String("error"))
        return tr("Not accepted");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QVariant JobBatchesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobEventRecord &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RequestColumn:
            return QString::number(e.batchNo + 1);
        case StatusColumn:
            return statusText(e.status);
        case EventColumn:
            return e.eventId;
        case TasksColumn:
            return tr("%1 of %2").arg(e.numCompleted).arg(e.numRequested);
        case FailuresColumn:
            return QString::number(e.failures.size());
        case UpdatedColumn:
            return e.updatedAt.isValid() ? QLocale().toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return e.status;
    return {};
}

QVariant JobBatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case EventColumn:
        return tr("Apple event");
    case TasksColumn:
        return tr("Tasks done");
    case FailuresColumn:
        return tr("Errors");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}
