#include "core/store/assetstore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The synced columns; low_threshold_pct belongs to the admin and is left out of upserts.
const QStringList syncedColumns = {
    QStringLiteral("token_id"),        QStringLiteral("adam_id"),       QStringLiteral("pricing_param"),
    QStringLiteral("product_type"),    QStringLiteral("total_count"),   QStringLiteral("assigned_count"),
    QStringLiteral("available_count"), QStringLiteral("retired_count"), QStringLiteral("device_assignable"),
    QStringLiteral("revocable"),       QStringLiteral("unlimited"),     QStringLiteral("platforms"),
    QStringLiteral("updated_at"),
};
const QStringList keyColumns = {QStringLiteral("token_id"), QStringLiteral("adam_id"),
                                QStringLiteral("pricing_param")};

QString key(const AssetRecord &a)
{
    return a.adamId + QLatin1Char('\n') + a.pricingParam;
}

bool sameSyncedFields(const AssetRecord &a, const AssetRecord &b)
{
    return a.sameCounts(b) && a.productType == b.productType && a.deviceAssignable == b.deviceAssignable &&
           a.revocable == b.revocable && a.unlimited == b.unlimited && a.platforms == b.platforms;
}

} // namespace

AssetStore::AssetStore(Database &db)
    : m_db(db)
{}

AssetRecord AssetStore::fromQuery(const QSqlQuery &q)
{
    AssetRecord a;
    a.tokenId = q.value(0).toString();
    a.adamId = q.value(1).toString();
    a.pricingParam = q.value(2).toString();
    a.productType = q.value(3).toString();
    a.totalCount = q.value(4).toLongLong();
    a.assignedCount = q.value(5).toLongLong();
    a.availableCount = q.value(6).toLongLong();
    a.retiredCount = q.value(7).toLongLong();
    a.deviceAssignable = q.value(8).toBool();
    a.revocable = q.value(9).toBool();
    a.unlimited = q.value(10).toBool();
    const QString platforms = q.value(11).toString();
    if (!platforms.isEmpty())
        a.platforms = platforms.split(QLatin1Char(','));
    if (!q.value(13).isNull())
        a.lowThresholdPct = q.value(13).toInt();
    return a;
}

Result<QList<AssetRecord>> AssetStore::select(const QString &where, const QVariantList &values) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + syncedColumns.join(QStringLiteral(", ")) +
                  QStringLiteral(", low_threshold_pct FROM assets ") + where +
                  QStringLiteral(" ORDER BY token_id, adam_id, pricing_param"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select assets"));
    QList<AssetRecord> assets;
    while (query.next())
        assets.append(fromQuery(query));
    return assets;
}

Result<AssetDiff> AssetStore::applyFull(const QString &tokenId, const QList<AssetRecord> &assets)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const Result<QList<AssetRecord>> before = list(tokenId);
    if (!before)
        return before.error();
    QHash<QString, AssetRecord> old;
    for (const AssetRecord &a : before.value())
        old.insert(key(a), a);

    AssetDiff diff;
    QSqlQuery upsert(m_db.connection());
    if (!upsert.prepare(m_db.dialect().upsertSql(QStringLiteral("assets"), syncedColumns, keyColumns)))
        return m_db.failure(upsert, QStringLiteral("prepare asset upsert"));
    const QString now = SqlValues::nowText();
    QSet<QString> seen;
    for (const AssetRecord &a : assets) {
        if (a.adamId.isEmpty() || a.pricingParam.isEmpty()) {
            return VppError::make(
                VppError::Kind::Usage, QStringLiteral("store.invalidAsset"),
                QCoreApplication::translate("AssetStore", "An asset needs an id and a pricing."));
        }
        const QString k = key(a);
        if (seen.contains(k))
            continue;
        seen.insert(k);
        const auto previous = old.constFind(k);
        if (previous == old.constEnd()) {
            ++diff.added;
            diff.addedAssets.append(a);
        } else if (sameSyncedFields(*previous, a)) {
            continue; // nothing to write
        } else if (!previous->sameCounts(a)) {
            ++diff.countsChanged;
        }
        int i = 0;
        upsert.bindValue(i++, tokenId);
        upsert.bindValue(i++, a.adamId);
        upsert.bindValue(i++, a.pricingParam);
        upsert.bindValue(i++, a.productType);
        upsert.bindValue(i++, a.totalCount);
        upsert.bindValue(i++, a.assignedCount);
        upsert.bindValue(i++, a.availableCount);
        upsert.bindValue(i++, a.retiredCount);
        upsert.bindValue(i++, a.deviceAssignable);
        upsert.bindValue(i++, a.revocable);
        upsert.bindValue(i++, a.unlimited);
        const QString platforms = a.platforms.join(QLatin1Char(','));
        upsert.bindValue(i++, platforms.isNull() ? QStringLiteral("") : platforms); // NOT NULL column
        upsert.bindValue(i++, now);
        if (!upsert.exec())
            return m_db.failure(upsert, QStringLiteral("upsert asset"));
    }

    QSqlQuery remove(m_db.connection());
    remove.prepare(
        QStringLiteral("DELETE FROM assets WHERE token_id = ? AND adam_id = ? AND pricing_param = ?"));
    for (const AssetRecord &a : before.value()) {
        if (seen.contains(key(a)))
            continue;
        remove.bindValue(0, tokenId);
        remove.bindValue(1, a.adamId);
        remove.bindValue(2, a.pricingParam);
        if (!remove.exec())
            return m_db.failure(remove, QStringLiteral("remove asset"));
        ++diff.removed;
        diff.removedAssets.append(a);
    }
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return diff;
}

Result<QList<AssetRecord>> AssetStore::list(const QString &tokenId) const
{
    return select(QStringLiteral("WHERE token_id = ?"), {tokenId});
}

Result<std::optional<AssetRecord>> AssetStore::find(const QString &tokenId, const QString &adamId,
                                                    const QString &pricingParam) const
{
    const Result<QList<AssetRecord>> found =
        select(QStringLiteral("WHERE token_id = ? AND adam_id = ? AND pricing_param = ?"),
               {tokenId, adamId, pricingParam});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<AssetRecord>() : std::optional(found.value().constFirst());
}

Result<QList<AssetRecord>> AssetStore::findAcrossTokens(const QString &adamId) const
{
    return select(QStringLiteral("WHERE adam_id = ?"), {adamId});
}

Result<qint64> AssetStore::countForToken(const QString &tokenId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM assets WHERE token_id = ?"));
    query.addBindValue(tokenId);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count assets"));
    return query.value(0).toLongLong();
}

Result<void> AssetStore::setLowThreshold(const QString &tokenId, const QString &adamId,
                                         const QString &pricingParam, std::optional<int> percent)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE assets SET low_threshold_pct = ? WHERE token_id = ? AND adam_id = ? AND pricing_param = ?"));
    query.addBindValue(percent ? QVariant(*percent) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(tokenId);
    query.addBindValue(adamId);
    query.addBindValue(pricingParam);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("set low threshold"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(QCoreApplication::translate("AssetStore", "asset"), adamId);
    return {};
}
