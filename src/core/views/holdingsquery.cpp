#include "core/views/holdingsquery.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

HoldingsQuery::HoldingsQuery(Database &db)
    : m_db(db)
{}

Result<HoldingsQuery::Holdings> HoldingsQuery::find(const QString &text, const HolderSearch *search) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Holdings holdings;
    holdings.query = text.trimmed();
    QStringList keys{holdings.query};
    if (search) {
        holdings.matches = search->suggest(holdings.query, maxMatches);
        const bool exact =
            !holdings.matches.isEmpty() && holdings.matches.constFirst().rank == HolderSearch::Rank::Exact;
        if (exact)
            holdings.matches.removeIf(
                [](const HolderSearch::Match &m) { return m.rank != HolderSearch::Rank::Exact; });
        for (const HolderSearch::Match &m : std::as_const(holdings.matches)) {
            if (!keys.contains(m.key))
                keys.append(m.key);
        }
    }
    InventoryReader::Holdings found;
    QSet<qint64> seenUsers;
    QSet<QString> seenLicences;
    InventoryReader reader(m_db);
    for (const QString &key : std::as_const(keys)) {
        const Result<InventoryReader::Holdings> one = reader.find(key);
        if (!one)
            return one.error();
        for (const InventoryReader::UserRow &u : one->users) {
            if (!seenUsers.contains(u.user.id)) {
                seenUsers.insert(u.user.id);
                found.users.append(u);
            }
        }
        for (const InventoryReader::AssignmentRow &a : one->assignments) {
            const AssignmentRecord &r = a.assignment;
            const QString id = r.tokenId + u'\n' + r.adamId + u'\n' + r.pricingParam + u'\n' + r.target();
            if (!seenLicences.contains(id)) {
                seenLicences.insert(id);
                found.assignments.append(a);
            }
        }
    }
    holdings.users = found.users;

    // A person holds a few dozen licenses at most: one primary-key lookup per distinct asset.
    QSqlQuery types(m_db.connection());
    types.setForwardOnly(true);
    if (!types.prepare(QStringLiteral(
            "SELECT product_type FROM assets WHERE token_id = ? AND adam_id = ? AND pricing_param = ?")))
        return m_db.failure(types, QStringLiteral("prepare asset type"));
    QHash<QString, QString> known;
    holdings.licences.reserve(found.assignments.size());
    for (const InventoryReader::AssignmentRow &row : std::as_const(found.assignments)) {
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
