#include "reclaimtotalsmodel.h"

#include <QLocale>

ReclaimTotalsModel::ReclaimTotalsModel(QObject *parent)
    : ListTableModel<ReclaimAppTotal>(parent)
{}

QStringList ReclaimTotalsModel::headers() const
{
    return {tr("App or book"), tr("Licenses to reclaim"), tr("On devices"), tr("On users")};
}

QVariant ReclaimTotalsModel::cellData(const ReclaimAppTotal &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == 0)
        return row.adamId;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0:
        return row.name;
    case 1:
        return QLocale().toString(row.licenses);
    case 2:
        return QLocale().toString(row.devices);
    case 3:
        return QLocale().toString(row.users);
    default:
        return {};
    }
}
