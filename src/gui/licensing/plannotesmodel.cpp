#include "plannotesmodel.h"

PlanNotesModel::PlanNotesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanNotesModel::setNotes(const QList<PlanNote> &notes, const QHash<QString, QString> &assetNames)
{
    beginResetModel();
    m_notes = notes;
    m_assetNames = assetNames;
    endResetModel();
}

int PlanNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int PlanNotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanNotesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanNote &n = m_notes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TargetColumn:
            return n.serialNumber.isEmpty() ? tr("User %1").arg(n.clientUserId)
                                            : tr("Device %1").arg(n.serialNumber);
        case AssetColumn:
            if (n.adamId.isEmpty())
                return QString();
            return QString(m_assetNames.value(n.adamId, n.adamId) + u" (" + n.pricingParam + u')');
        case OutcomeColumn:
            if (n.isSkipped())
                return tr("Skipped");
            return n.isSent() ? tr("Sent, with a warning") : tr("Will not be licensed");
        case ReasonColumn:
            return PlanNote::reasonText(n.reason);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AssetColumn && !n.adamId.isEmpty())
        return n.adamId;
    return {};
}

QVariant PlanNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case AssetColumn:
        return tr("Asset");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
