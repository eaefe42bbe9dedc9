#include "jobbatchesmodel.h"

#include <QLocale>

JobBatchesModel::JobBatchesModel(QObject *parent)
    : ListTableModel(parent)
{}

QVariant JobBatchesModel::cellData(const JobEventRecord &e, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case RequestColumn:
            return QString::number(e.batchNo + 1);
        case StatusColumn:
            return RecordState::label(e.status);
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
        return e.status == RecordState::Batch::OutcomeUnknown ? RecordState::outcomeUnknownAdvice()
                                                              : RecordState::toText(e.status); // Apple's word
    return {};
}

QStringList JobBatchesModel::headers() const
{
    return {tr("Request"), tr("Status"), tr("Apple event"), tr("Tasks done"), tr("Errors"), tr("Updated")};
}
