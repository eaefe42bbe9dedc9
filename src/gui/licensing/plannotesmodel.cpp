#include "plannotesmodel.h"

PlanNotesModel::PlanNotesModel(QObject *parent)
    : ListTableModel(parent)
{}

void PlanNotesModel::setNotes(const QList<PlanNote> &notes, const QHash<QString, QString> &assetNames)
{
    m_assetNames = assetNames; // only read by cellData(), i.e. after the reset of setRows()
    setRows(notes);
}

QStringList PlanNotesModel::headers() const
{
    return {tr("Target"), tr("Asset"), tr("Outcome"), tr("Reason")};
}

QVariant PlanNotesModel::cellData(const PlanNote &n, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    if (role == Qt::ToolTipRole && column == AssetColumn && !n.adamId.isEmpty())
        return n.adamId;
    return {};
}
