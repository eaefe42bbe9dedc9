#include "core/views/holdingsquery.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

HoldingsQuery::HoldingsQuery(Database &db)
    : m_db(db)
{}

Result<HoldingsQuery::Holdings> HoldingsQuery::find(const QString &text) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Holdings holdings;
    holdings.query = text.trimmed();
    const Result<InventoryReader::Holdings> found = InventoryReader(m_db).find(holdings.query);
    if (!found)
        return found.error();
    holdings.users = found->users;

    // A person holds a few dozen licences at most: one primary-key lookup per distinct asset.
    QSqlQuery types(m_db.connection());
    types.setForwardOnly(true);
    if (!types.prepare(QStringLiteral(
            "SELECT product_type FROM assets WHERE token_id = ? AND adam_id = ? AND pricing_param = ?")))
        return m_db.failure(types, QStringLiteral("prepare asset type"));
    QHash<QString, QString> known;
    holdings.licences.reserve(found->assignments.size());
    for (const InventoryReader::AssignmentRow &row : found->assignments) {
        const AssignmentRecord &a = row.assignment;
        const QString key = QString(a.tokenId + u'\n' + a.adamId + u'\n' + a.pricingParam);
        auto type = known.constFind(key);
        if (type == known.constEnd()) {
            types.bindValue(0, a.tokenId);
            types.bindValue(1, a.adamId);
            types.bindValue(2, a.pricingParam);
            if (!types.exec())
                return m_db.failure(types, QStringLiteral("asset type"));
            type = known.insert(key, types.next() ? types.value(0).toString() : QString());
            types.finish();
        }
        holdings.licences.append({row, type.value()});
    }
    return holdings;
}
