#include "core/store/tokenstore.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

// Every column but id, in the order of bindRecord() and fromQuery() (after id).
const QStringList &dataColumns()
{
    static const QStringList list = {
        QStringLiteral("name"),
        QStringLiteral("service_url"),
        QStringLiteral("location_name"),
        QStringLiteral("country_code"),
        QStringLiteral("uid"),
        QStringLiteral("org_name"),
        QStringLiteral("expires_at"),
        QStringLiteral("mdm_info_id"),
        QStringLiteral("mdm_info_name"),
        QStringLiteral("mdm_info_metadata"),
        QStringLiteral("default_platform"),
        QStringLiteral("website_url"),
        QStringLiteral("status"),
        QStringLiteral("status_reason"),
        QStringLiteral("last_apple_error"),
        QStringLiteral("sync_interval_s"),
        QStringLiteral("add_apps_automatically"),
        QStringLiteral("auto_update_apps"),
        QStringLiteral("assignment_type"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("last_sync_at"),
        QStringLiteral("last_full_sync_at"),
        QStringLiteral("assets_version"),
        QStringLiteral("assignments_version"),
        QStringLiteral("users_version"),
        QStringLiteral("app_defaults"),
        QStringLiteral("token_fingerprint"),
    };
    return list;
}

QString appDefaultsToJson(const TokenAppDefaults &d)
{
    const QJsonObject object = {
        {QStringLiteral("mandatory"), d.mandatory},
        {QStringLiteral("autoInstallUpdates"), d.autoInstallUpdates},
        {QStringLiteral("preventBackup"), d.preventBackup},
        {QStringLiteral("dataRoaming"), d.dataRoaming},
        {QStringLiteral("cellularData"), d.cellularData},
        {QStringLiteral("vpnProfile"), d.vpnProfile},
        {QStringLiteral("ssoProfile"), d.ssoProfile},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Keys that are missing (an older row's '{}') keep their defaults.
TokenAppDefaults appDefaultsFromJson(const QString &text)
{
    TokenAppDefaults d;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    d.mandatory = o.value(QStringLiteral("mandatory")).toBool(d.mandatory);
    d.autoInstallUpdates = o.value(QStringLiteral("autoInstallUpdates")).toBool(d.autoInstallUpdates);
    d.preventBackup = o.value(QStringLiteral("preventBackup")).toBool(d.preventBackup);
    d.dataRoaming = o.value(QStringLiteral("dataRoaming")).toBool(d.dataRoaming);
    d.cellularData = o.value(QStringLiteral("cellularData")).toBool(d.cellularData);
    d.vpnProfile = o.value(QStringLiteral("vpnProfile")).toString();
    d.ssoProfile = o.value(QStringLiteral("ssoProfile")).toString();
    return d;
}

using SqlValues::fromDateTime;
using SqlValues::nullableText;
using SqlValues::toDateTime;

} // namespace

TokenStore::TokenStore(Database &db)
    : m_db(db)
{}

QStringList TokenStore::columnNames()
{
    return QStringList{QStringLiteral("id")} + dataColumns();
}

QString TokenStore::columns()
{
    return columnNames().join(QStringLiteral(", "));
}

void TokenStore::bindRecord(QSqlQuery &query, const TokenRecord &r)
{
    query.addBindValue(r.name);
    query.addBindValue(nullableText(r.serviceUrl));
    query.addBindValue(nullableText(r.locationName));
    query.addBindValue(nullableText(r.countryCode));
    query.addBindValue(nullableText(r.uid));
    query.addBindValue(nullableText(r.orgName));
    query.addBindValue(fromDateTime(r.expiresAt));
    query.addBindValue(nullableText(r.mdmInfoId));
    query.addBindValue(nullableText(r.mdmInfoName));
    query.addBindValue(nullableText(r.mdmInfoMetadata));
    query.addBindValue(nullableText(r.defaultPlatform));
    query.addBindValue(nullableText(r.websiteUrl));
    query.addBindValue(TokenHealth::statusKey(r.status));
    query.addBindValue(nullableText(r.statusReason));
    query.addBindValue(r.lastAppleError == 0 ? QVariant(QMetaType::fromType<int>())
                                             : QVariant(r.lastAppleError));
    query.addBindValue(r.syncIntervalSeconds);
    query.addBindValue(r.addAppsAutomatically);
    query.addBindValue(r.autoUpdateApps);
    query.addBindValue(r.assignmentType);
    query.addBindValue(fromDateTime(r.createdAt));
    query.addBindValue(fromDateTime(r.updatedAt));
    query.addBindValue(fromDateTime(r.lastSyncAt));
    query.addBindValue(fromDateTime(r.lastFullSyncAt));
    query.addBindValue(nullableText(r.assetsVersion));
    query.addBindValue(nullableText(r.assignmentsVersion));
    query.addBindValue(nullableText(r.usersVersion));
    query.addBindValue(appDefaultsToJson(r.appDefaults));
    query.addBindValue(nullableText(r.secretFingerprint));
}

TokenRecord TokenStore::fromQuery(const QSqlQuery &q)
{
    TokenRecord r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.name = q.value(i++).toString();
    r.serviceUrl = q.value(i++).toString();
    r.locationName = q.value(i++).toString();
    r.countryCode = q.value(i++).toString();
    r.uid = q.value(i++).toString();
    r.orgName = q.value(i++).toString();
    r.expiresAt = toDateTime(q.value(i++));
    r.mdmInfoId = q.value(i++).toString();
    r.mdmInfoName = q.value(i++).toString();
    r.mdmInfoMetadata = q.value(i++).toString();
    r.defaultPlatform = q.value(i++).toString();
    r.websiteUrl = q.value(i++).toString();
    r.status = TokenHealth::statusFromKey(q.value(i++).toString());
    r.statusReason = q.value(i++).toString();
    r.lastAppleError = q.value(i++).toInt();
    r.syncIntervalSeconds = q.value(i++).toInt();
    r.addAppsAutomatically = q.value(i++).toBool();
    r.autoUpdateApps = q.value(i++).toBool();
    r.assignmentType = q.value(i++).toString();
    r.createdAt = toDateTime(q.value(i++));
    r.updatedAt = toDateTime(q.value(i++));
    r.lastSyncAt = toDateTime(q.value(i++));
    r.lastFullSyncAt = toDateTime(q.value(i++));
    r.assetsVersion = q.value(i++).toString();
    r.assignmentsVersion = q.value(i++).toString();
    r.usersVersion = q.value(i++).toString();
    r.appDefaults = appDefaultsFromJson(q.value(i++).toString());
    r.secretFingerprint = q.value(i++).toString();
    return r;
}

VppError TokenStore::duplicateName(const QString &name) const
{
    return StoreError::duplicate(tr("A token named \"%1\" already exists. Choose another name.").arg(name),
                                 QStringLiteral("tokens.name unique"));
}

Result<TokenRecord> TokenStore::insert(TokenRecord record)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record.createdAt.isValid())
        record.createdAt = now;
    record.updatedAt = now;

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const Result<std::optional<TokenRecord>> existing = findByName(record.name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return duplicateName(record.name);

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO tokens (") + columns() + QStringLiteral(") VALUES (?") +
                  QStringLiteral(", ?").repeated(int(dataColumns().size())) + QLatin1Char(')'));
    query.addBindValue(record.id);
    bindRecord(query, record);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("insert token"));
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcStore).noquote() << "token added" << record.id;
    return record;
}

Result<void> TokenStore::update(const TokenRecord &record)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<std::optional<TokenRecord>> sameName = findByName(record.name);
    if (!sameName)
        return sameName.error();
    if (sameName.value() && sameName.value()->id != record.id)
        return duplicateName(record.name);

    TokenRecord stored = record;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = stored.updatedAt;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE tokens SET ") + dataColumns().join(QStringLiteral(" = ?, ")) +
                  QStringLiteral(" = ? WHERE id = ?"));
    bindRecord(query, stored);
    query.addBindValue(record.id);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("update token"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(tr("token"), record.id);
    return tx.commit();
}

Result<void> TokenStore::remove(const QString &id)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("remove token"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(tr("token"), id);
    qCInfo(lcStore).noquote() << "token removed" << id;
    return {};
}

Result<QList<TokenRecord>> TokenStore::select(const QString &where, const QVariantList &values) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM tokens ") + where +
                  QStringLiteral(" ORDER BY name"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select tokens"));
    QList<TokenRecord> records;
    while (query.next())
        records.append(fromQuery(query));
    return records;
}

Result<QList<TokenRecord>> TokenStore::list() const
{
    return select(QString(), {});
}

Result<std::optional<TokenRecord>> TokenStore::findById(const QString &id) const
{
    const Result<QList<TokenRecord>> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<TokenRecord>() : std::optional(found.value().constFirst());
}

Result<std::optional<TokenRecord>> TokenStore::findByName(const QString &name) const
{
    const Result<QList<TokenRecord>> found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<TokenRecord>() : std::optional(found.value().constFirst());
}

Result<QList<TokenRecord>> TokenStore::findByUid(const QString &uid) const
{
    return select(QStringLiteral("WHERE uid = ?"), {uid});
}

Result<QStringList> TokenStore::duplicateUids() const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT uid FROM tokens WHERE uid IS NOT NULL GROUP BY uid HAVING COUNT(*) > 1 ORDER BY uid")))
        return m_db.failure(query, QStringLiteral("duplicate uids"));
    QStringList uids;
    while (query.next())
        uids << query.value(0).toString();
    return uids;
}

Result<void> TokenStore::setStatus(const QString &id, TokenHealth::Status status, const QString &reason,
                                   int lastAppleError)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE tokens SET status = ?, status_reason = ?, last_apple_error = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(TokenHealth::statusKey(status));
    query.addBindValue(nullableText(reason));
    query.addBindValue(lastAppleError == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(lastAppleError));
    query.addBindValue(SqlValues::nowText());
    query.addBindValue(id);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("set token status"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(tr("token"), id);
    return {};
}

Result<void> TokenStore::recordSyncFields(const TokenRecord &learnt)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE tokens SET location_name = ?, country_code = ?, uid = ?, expires_at = ?, mdm_info_id = ?, "
        "mdm_info_name = ?, mdm_info_metadata = ?, default_platform = ?, website_url = ?, status = ?, "
        "status_reason = ?, last_apple_error = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(nullableText(learnt.locationName));
    query.addBindValue(nullableText(learnt.countryCode));
    query.addBindValue(nullableText(learnt.uid));
    query.addBindValue(fromDateTime(learnt.expiresAt));
    query.addBindValue(nullableText(learnt.mdmInfoId));
    query.addBindValue(nullableText(learnt.mdmInfoName));
    query.addBindValue(nullableText(learnt.mdmInfoMetadata));
    query.addBindValue(nullableText(learnt.defaultPlatform));
    query.addBindValue(nullableText(learnt.websiteUrl));
    query.addBindValue(TokenHealth::statusKey(learnt.status));
    query.addBindValue(nullableText(learnt.statusReason));
    query.addBindValue(learnt.lastAppleError == 0 ? QVariant(QMetaType::fromType<int>())
                                                  : QVariant(learnt.lastAppleError));
    query.addBindValue(SqlValues::nowText());
    query.addBindValue(learnt.id);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("record sync fields"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(tr("token"), learnt.id);
    return {};
}

Result<void> TokenStore::setSecretFingerprint(const QString &id, const QString &fingerprint)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE tokens SET token_fingerprint = ? WHERE id = ?"));
    query.addBindValue(nullableText(fingerprint));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("set secret fingerprint"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(tr("token"), id);
    return {};
}

Result<void> TokenStore::setSyncVersions(const QString &id, const QString &assetsVersion,
                                         const QString &assignmentsVersion, const QString &usersVersion,
                                         const QDateTime &syncedAt, bool fullSync)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    QString sql =
        QStringLiteral("UPDATE tokens SET assets_version = ?, assignments_version = ?, users_version = ?, "
                       "last_sync_at = ?, updated_at = ?");
    if (fullSync)
        sql += QStringLiteral(", last_full_sync_at = ?");
    query.prepare(sql + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(nullableText(assetsVersion));
    query.addBindValue(nullableText(assignmentsVersion));
    query.addBindValue(nullableText(usersVersion));
    query.addBindValue(fromDateTime(syncedAt));
    query.addBindValue(SqlValues::nowText());
    if (fullSync)
        query.addBindValue(fromDateTime(syncedAt));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("set sync versions"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(tr("token"), id);
    return {};
}
