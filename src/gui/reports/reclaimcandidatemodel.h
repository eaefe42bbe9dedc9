// ReclaimCandidateModel: the reclaim advisor's licenses, one row each (location, app or book,
// holder, kind, reason), with a check box in the first column to choose what to revoke.
#pragma once

#include "core/views/reclaimcandidate.h"

#include <QAbstractTableModel>
#include <QList>

class ReclaimCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LocationColumn, AppColumn, HolderColumn, KindColumn, ReasonColumn, ColumnCount };

    explicit ReclaimCandidateModel(QObject *parent = nullptr);

    void setCandidates(const QList<ReclaimCandidate> &candidates);
    const QList<ReclaimCandidate> &candidates() const { return m_rows; }
    const ReclaimCandidate &candidateAt(int row) const { return m_rows.at(row); }
    // The rows whose box is ticked, in model order.
    QList<int> checkedRows() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedCountChanged(int checked);

private:
    QList<ReclaimCandidate> m_rows;
    QList<bool> m_checked;
    int m_checkedCount = 0;
};
