// ReclaimTotalsModel: the reclaim advisor's totals per app (licenses, of them on devices and users).
#pragma once

#include "models/listtablemodel.h"

#include "core/views/reclaimcandidate.h"

class ReclaimTotalsModel : public ListTableModel<ReclaimAppTotal>
{
    Q_OBJECT

public:
    explicit ReclaimTotalsModel(QObject *parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cellData(const ReclaimAppTotal &row, int column, int role) const override;
};
