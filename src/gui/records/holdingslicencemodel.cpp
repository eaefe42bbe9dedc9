#include "holdingslicencemodel.h"

#include "assetwords.h"

HoldingsLicenceModel::HoldingsLicenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HoldingsLicenceModel::setLicences(const QList<HoldingsQuery::Licence> &licences)
{
    beginResetModel();
    m_licences = licences;
    endResetModel();
}

const HoldingsQuery::Licence *HoldingsLicenceModel::licenceAt(int row) const
{
    return row >= 0 && row < m_licences.size() ? &m_licences.at(row) : nullptr;
}

int HoldingsLicenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_licences.size());
}

int HoldingsLicenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsLicenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HoldingsQuery::Licence &licence = m_licences.at(index.row());
    const AssignmentRecord &a = licence.row.assignment;
    switch (role) {
    case TokenIdRole:
        return a.tokenId;
    case AdamIdRole:
        return a.adamId;
    case PricingParamRole:
        return a.pricingParam;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AssetColumn:
            return licence.row.name.isEmpty() ? a.adamId : licence.row.name;
        case TypeColumn:
            return AssetWords::typeText(licence.productType);
        case PricingColumn:
            return AssetWords::pricingText(a.pricingParam);
        case TokenColumn:
            return licence.row.tokenName;
        case HolderColumn:
            return a.clientUserId.isEmpty() ? tr("Device %1").arg(a.serialNumber)
                                            : tr("User %1").arg(a.clientUserId);
        case AdamIdColumn:
            return a.adamId;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HoldingsLicenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssetColumn:
        return tr("Asset");
    case TypeColumn:
        return tr("Type");
    case PricingColumn:
        return tr("Pricing");
    case TokenColumn:
        return tr("Token");
    case HolderColumn:
        return tr("Held by");
    case AdamIdColumn:
        return tr("Adam ID");
    default:
        return {};
    }
}
