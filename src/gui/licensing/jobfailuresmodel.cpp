#include "jobfailuresmodel.h"

JobFailuresModel::JobFailuresModel(QObject *parent)
    : ListTableModel(parent)
{}

void JobFailuresModel::setFailures(const QList<JobFailure> &failures,
                                   const QHash<QString, QString> &assetNames)
{
    m_assetNames = assetNames; // only read by cellData(), i.e. after the reset of setRows()
    setRows(failures);
}

QStringList JobFailuresModel::headers() const
{
    return {tr("Target"), tr("Asset"), tr("Apple error"), tr("Message")};
}

QVariant JobFailuresModel::cellData(const JobFailure &f, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TargetColumn:
            return f.serialNumber.isEmpty() ? tr("User %1").arg(f.clientUserId)
                                            : tr("Device %1").arg(f.serialNumber);
        case AssetColumn: {
            QStringList assets;
            for (const AssetRef &a : f.assets)
                assets.append(
                    QString(m_assetNames.value(a.adamId, a.adamId) + u" (" + a.pricingParam + u')'));
            return assets.join(QStringLiteral(", "));
        }
        case ErrorColumn:
            return f.errorNumber ? QString::number(f.errorNumber) : QString();
        case MessageColumn:
            return f.errorMessage;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == MessageColumn)
        return f.errorMessage;
    if (role == Qt::ToolTipRole && column == AssetColumn) {
        QStringList ids;
        for (const AssetRef &a : f.assets)
            ids.append(a.adamId);
        return ids.join(QStringLiteral(", "));
    }
    return {};
}
