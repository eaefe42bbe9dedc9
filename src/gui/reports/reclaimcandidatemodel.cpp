#include "reclaimcandidatemodel.h"

ReclaimCandidateModel::ReclaimCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReclaimCandidateModel::setCandidates(const QList<ReclaimCandidate> &candidates)
{
    beginResetModel();
    m_rows = candidates;
    m_checked = QList<bool>(candidates.size(), false);
    m_checkedCount = 0;
    endResetModel();
    emit checkedCountChanged(0);
}

QList<int> ReclaimCandidateModel::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_checked.size(); ++i)
        if (m_checked.at(i))
            rows.append(i);
    return rows;
}

void ReclaimCandidateModel::setAllChecked(bool checked)
{
    if (m_rows.isEmpty())
        return;
    m_checked.fill(checked);
    m_checkedCount = checked ? int(m_rows.size()) : 0;
    emit dataChanged(index(0, LocationColumn), index(rowCount() - 1, LocationColumn), {Qt::CheckStateRole});
    emit checkedCountChanged(m_checkedCount);
}

int ReclaimCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReclaimCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReclaimCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReclaimCandidate &c = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == LocationColumn)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == AppColumn)
        return c.adamId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LocationColumn:
        return c.tokenName;
    case AppColumn:
        return c.displayName();
    case HolderColumn:
        return c.target();
    case KindColumn:
        return c.isDevice() ? tr("Device") : tr("User");
    case ReasonColumn:
        return c.reasonText();
    default:
        return {};
    }
}

bool ReclaimCandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != LocationColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    m_checkedCount += checked ? 1 : -1;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedCountChanged(m_checkedCount);
    return true;
}

Qt::ItemFlags ReclaimCandidateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == LocationColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReclaimCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case AppColumn:
        return tr("App or book");
    case HolderColumn:
        return tr("Holder");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
