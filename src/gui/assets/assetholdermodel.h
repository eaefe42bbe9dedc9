// AssetHolderModel: who holds one asset's licenses: its users (client user id, e-mail and status
// from the user list) or its devices (serial number, name and owner from the imported devices),
// paged over LicenseQuery, with a prefix search on the holder, and since when each has it (from
// the sync history, when it knows). Sortable on the holder only.
#pragma once

#include "core/views/assetquery.h"
#include "licensequerymodel.h"

class AssetHolderModel : public LicenseQueryModel
{
    Q_OBJECT

public:
    enum Column { Holder, Detail, Extra, Since };

    AssetHolderModel(Database &db, const QString &tokenId, const QString &adamId, const QString &pricingParam,
                     bool devices, QObject *parent = nullptr);

    bool devices() const { return m_devices; }
    // Fills the Since column (set before the first reload).
    void setHistory(const AssignmentHistory &history) { m_history = history; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QStringList headers() const override;
    Row rowOf(const LicenseViewRow &licence) const override;

private:
    QString since(const QString &holder) const;

    bool m_devices = false;
    AssignmentHistory m_history;
};
