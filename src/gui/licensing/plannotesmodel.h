// PlanNotesModel: the notes of a dry run (LicensePlan::notes) as a table: the target, the asset,
// what happens to it (left out, skipped, sent with a warning) and why.
#pragma once

#include "core/licensing/licenseplan.h"
#include "models/listtablemodel.h"

#include <QHash>

class PlanNotesModel : public ListTableModel<PlanNote>
{
    Q_OBJECT

public:
    enum Column { TargetColumn, AssetColumn, OutcomeColumn, ReasonColumn, ColumnCount };

    explicit PlanNotesModel(QObject *parent = nullptr);

    // assetNames: adamId -> name, for the asset column (the adamId is shown when missing).
    void setNotes(const QList<PlanNote> &notes, const QHash<QString, QString> &assetNames = {});
    void clear() { setNotes({}); }
    const PlanNote &noteAt(int row) const { return rowAt(row); }

protected:
    QStringList headers() const override;
    QVariant cellData(const PlanNote &n, int column, int role) const override;

private:
    QHash<QString, QString> m_assetNames;
};
