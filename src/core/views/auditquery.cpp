#include "core/views/auditquery.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/views/sqlsearch.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The filter as a WHERE clause whose placeholders bind() fills in the same order.
const QString kWhere = QStringLiteral(
    " WHERE (COALESCE(?, '') = '' OR action = ?) AND (COALESCE(?, '') = '' OR token_name = ?) "
    "AND (COALESCE(?, '') = '' OR lower(actor) LIKE ? ESCAPE '\\' OR lower(action) LIKE ? ESCAPE '\\' "
    "OR lower(COALESCE(token_name, '')) LIKE ? ESCAPE '\\' OR lower(details) LIKE ? ESCAPE '\\')");

void bind(QSqlQuery &query, const AuditQuery::Filter &filter)
{
    const QString pattern =
        QLatin1Char('%') + SqlSearch::likeEscaped(filter.text.trimmed().toLower()) + QLatin1Char('%');
    query.addBindValue(filter.action);
    query.addBindValue(filter.action);
    query.addBindValue(filter.tokenName);
    query.addBindValue(filter.tokenName);
    query.addBindValue(filter.text.trimmed());
    for (int i = 0; i < 4; ++i)
        query.addBindValue(pattern);
}

} // namespace

AuditQuery::AuditQuery(Database &db)
    : m_db(db)
{}

Result<qint64> AuditQuery::count(const Filter &filter) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + kWhere);
    bind(query, filter);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count audit entries"));
    return query.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditQuery::page(const Filter &filter, qint64 offset, int limit) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at, actor, action, token_name, details, prev_hash, hash FROM audit_log") +
        kWhere + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    bind(query, filter);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list audit entries"));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = SqlValues::toDateTime(query.value(1));
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.tokenName = query.value(4).toString();
        e.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        e.prevHash = query.value(6).toString();
        e.hash = query.value(7).toString();
        entries.append(e);
    }
    return entries;
}

Result<QStringList> AuditQuery::actions() const
{
    return distinct(QStringLiteral("action"));
}

Result<QStringList> AuditQuery::tokenNames() const
{
    return distinct(QStringLiteral("token_name"));
}

Result<QStringList> AuditQuery::distinct(const QString &column) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // `column` is one of ours, never user input.
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT %1 FROM audit_log WHERE COALESCE(%1, '') <> '' ORDER BY %1")
                .arg(column)))
        return m_db.failure(query, QStringLiteral("list audit %1s").arg(column));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}
