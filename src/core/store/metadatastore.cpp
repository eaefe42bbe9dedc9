#include "core/store/metadatastore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList columns = {QStringLiteral("adam_id"),    QStringLiteral("name"),
                             QStringLiteral("bundle_id"),  QStringLiteral("version"),
                             QStringLiteral("artist"),     QStringLiteral("kind"),
                             QStringLiteral("genre"),      QStringLiteral("icon_url"),
                             QStringLiteral("fetched_at"), QStringLiteral("lookup_status")};

} // namespace

MetadataStore::MetadataStore(Database &db)
    : m_db(db)
{}

MetadataRecord MetadataStore::fromQuery(const QSqlQuery &q)
{
    MetadataRecord r;
    r.adamId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.bundleId = q.value(2).toString();
    r.version = q.value(3).toString();
    r.artist = q.value(4).toString();
    r.kind = q.value(5).toString();
    r.genre = q.value(6).toString();
    r.iconUrl = q.value(7).toString();
    r.fetchedAt = SqlValues::toDateTime(q.value(8));
    r.lookupStatus = q.value(9).toString();
    r.icon = q.value(10).toByteArray();
    return r;
}

Result<QStringList> MetadataStore::unknownAdamIds(const QString &tokenId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT a.adam_id FROM assets a LEFT JOIN asset_metadata m "
                                 "ON m.adam_id = a.adam_id WHERE a.token_id = ? AND "
                                 "(m.adam_id IS NULL OR m.lookup_status = 'pending') ORDER BY a.adam_id"));
    query.addBindValue(tokenId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("unknown metadata"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<QStringList> MetadataStore::unknownAmong(const QStringList &adamIds) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSet<QString> known;
    constexpr qsizetype chunk = 500;
    for (qsizetype i = 0; i < adamIds.size(); i += chunk) {
        const QStringList part = adamIds.mid(i, chunk);
        QStringList marks;
        for (qsizetype k = 0; k < part.size(); ++k)
            marks << QStringLiteral("?");
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT adam_id FROM asset_metadata WHERE lookup_status <> 'pending' AND "
                           "adam_id IN (") +
            marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QString &id : part)
            query.addBindValue(id);
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("known metadata"));
        while (query.next())
            known.insert(query.value(0).toString());
    }
    QStringList unknown;
    for (const QString &id : adamIds) {
        if (!known.contains(id))
            unknown << id;
    }
    return unknown;
}

Result<void> MetadataStore::store(const MetadataRecord &r)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    using SqlValues::nullableText;
    QStringList cols = columns;
    if (!r.icon.isEmpty())
        cols << QStringLiteral("icon");
    QSqlQuery query(m_db.connection());
    if (!query.prepare(
            m_db.dialect().upsertSql(QStringLiteral("asset_metadata"), cols, {QStringLiteral("adam_id")})))
        return m_db.failure(query, QStringLiteral("prepare metadata upsert"));
    int i = 0;
    query.bindValue(i++, r.adamId);
    query.bindValue(i++, nullableText(r.name));
    query.bindValue(i++, nullableText(r.bundleId));
    query.bindValue(i++, nullableText(r.version));
    query.bindValue(i++, nullableText(r.artist));
    query.bindValue(i++, nullableText(r.kind));
    query.bindValue(i++, nullableText(r.genre));
    query.bindValue(i++, nullableText(r.iconUrl));
    query.bindValue(i++, r.fetchedAt.isValid() ? SqlValues::fromDateTime(r.fetchedAt)
                                               : QVariant(SqlValues::nowText()));
    query.bindValue(i++, r.lookupStatus);
    if (!r.icon.isEmpty())
        query.bindValue(i++, r.icon);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("store metadata"));
    return {};
}

Result<void> MetadataStore::setIcon(const QString &adamId, const QByteArray &png)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE asset_metadata SET icon = ? WHERE adam_id = ?"));
    query.addBindValue(png);
    query.addBindValue(adamId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("store icon"));
    return {};
}

Result<void> MetadataStore::markNotFound(const QStringList &adamIds)
{
    if (adamIds.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery query(m_db.connection());
    if (!query.prepare(m_db.dialect().upsertSql(
            QStringLiteral("asset_metadata"),
            {QStringLiteral("adam_id"), QStringLiteral("fetched_at"), QStringLiteral("lookup_status")},
            {QStringLiteral("adam_id")})))
        return m_db.failure(query, QStringLiteral("prepare metadata not found"));
    const QString now = SqlValues::nowText();
    for (const QString &adamId : adamIds) {
        query.bindValue(0, adamId);
        query.bindValue(1, now);
        query.bindValue(2, MetadataRecord::notFound);
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("mark metadata not found"));
    }
    return tx.commit();
}

Result<std::optional<MetadataRecord>> MetadataStore::find(const QString &adamId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                  QStringLiteral(", icon FROM asset_metadata WHERE adam_id = ?"));
    query.addBindValue(adamId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("find metadata"));
    if (!query.next())
        return std::optional<MetadataRecord>();
    return std::optional<MetadataRecord>(fromQuery(query));
}

Result<qint64> MetadataStore::count(const QString &lookupStatus) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM asset_metadata") +
                  (lookupStatus.isEmpty() ? QString() : QStringLiteral(" WHERE lookup_status = ?")));
    if (!lookupStatus.isEmpty())
        query.addBindValue(lookupStatus);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count metadata"));
    return query.value(0).toLongLong();
}
