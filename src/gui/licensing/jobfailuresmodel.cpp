#include "jobfailuresmodel.h"

JobFailuresModel::JobFailuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobFailuresModel::setFailures(const QList<JobFailure> &failures,
                                   const QHash<QString, QString> &assetNames)
{
    beginResetModel();
    m_failures = failures;
    m_assetNames = assetNames;
    endResetModel();
}

int JobFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int JobFailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobFailure &f = m_failures.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
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
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return f.errorMessage;
    if (role == Qt::ToolTipRole && index.column() == AssetColumn) {
        QStringList ids;
        for (const AssetRef &a : f.assets)
            ids.append(a.adamId);
        return ids.join(QStringLiteral(", "));
    }
    return {};
}

QVariant JobFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case AssetColumn:
        return tr("Asset");
    case ErrorColumn:
        return tr("Apple error");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}
