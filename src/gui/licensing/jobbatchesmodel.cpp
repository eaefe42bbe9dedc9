#include "jobbatchesmodel.h"

#include <QLocale>

JobBatchesModel::JobBatchesModel(QObject *parent)
    : ListTableModel(parent)
{}

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

QVariant JobBatchesModel::cellData(const JobEventRecord &e, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return e.status;
    return {};
}

QStringList JobBatchesModel::headers() const
{
    return {tr("Request"), tr("Status"), tr("Apple event"), tr("Tasks done"), tr("Errors"), tr("Updated")};
}
