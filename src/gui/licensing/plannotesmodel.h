// PlanNotesModel: the notes of a dry run (LicensePlan::notes) as a table: the target, the asset,
// what happens to it (left out, skipped, sent with a warning) and why.
#pragma once

#include "core/licensing/licenseplan.h"

#include <QAbstractTableModel>
#include <QHash>

class PlanNotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, AssetColumn, OutcomeColumn, ReasonColumn, ColumnCount };

    explicit PlanNotesModel(QObject *parent = nullptr);

    // assetNames: adamId -> name, for the asset column (the adamId is shown when missing).
    void setNotes(const QList<PlanNote> &notes, const QHash<QString, QString> &assetNames = {});
    void clear() { setNotes({}); }
    const PlanNote &noteAt(int row) const { return m_notes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanNote> m_notes;
    QHash<QString, QString> m_assetNames;
};
