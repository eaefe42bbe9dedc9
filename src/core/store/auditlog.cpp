#include "core/store/auditlog.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectColumns = QStringLiteral("id, at, actor, action, token_name, details, prev_hash, hash");

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = SqlValues::toDateTime(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.tokenName = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

// Length-prefixed so that moving text between fields changes the hash.
void addField(QCryptographicHash &hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const QString &prevHash, qint64 id, const QString &at, const QString &actor,
                              const QString &action, const QString &tokenName, const QString &details)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, prevHash);
    addField(hash, QString::number(id));
    addField(hash, at);
    addField(hash, actor);
    addField(hash, action);
    addField(hash, tokenName);
    addField(hash, details);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> AuditLog::append(const QString &actor, const QString &action, const QString &tokenName,
                                    const QJsonObject &details, const QDateTime &at)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();

    const Result<QString> prev = headHash();
    if (!prev)
        return prev.error();

    AuditEntry entry;
    entry.at = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC();
    // Stored as given but never NULL, so that the hash of the stored text is the hash computed here.
    entry.actor = actor.isEmpty() ? QStringLiteral("unknown") : actor;
    entry.action = action;
    entry.tokenName = tokenName;
    entry.details = details;
    entry.prevHash = prev.value();
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QString detailsText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString atText = SqlValues::fromDateTime(entry.at).toString();

    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, token_name, details, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(atText);
    insert.addBindValue(entry.actor);
    insert.addBindValue(action.isNull() ? QStringLiteral("") : action);
    insert.addBindValue(tokenName);
    insert.addBindValue(detailsText);
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(QStringLiteral("pending")); // sealed below, once the id is known
    if (!insert.exec())
        return m_db.failure(insert, QStringLiteral("append audit entry"));
    entry.id = insert.lastInsertId().toLongLong();
    entry.hash = computeHash(entry.prevHash, entry.id, atText, entry.actor, action, tokenName, detailsText);

    QSqlQuery seal(m_db.connection());
    seal.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"));
    seal.addBindValue(entry.hash);
    seal.addBindValue(entry.id);
    if (!seal.exec())
        return m_db.failure(seal, QStringLiteral("seal audit entry"));
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return entry;
}

Result<qint64> AuditLog::count() const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) || !query.next())
        return m_db.failure(query, QStringLiteral("count audit entries"));
    return query.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditLog::page(qint64 offset, int limit) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + selectColumns +
                  QStringLiteral(" FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list audit entries"));
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFromQuery(query));
    return entries;
}

Result<QString> AuditLog::headHash() const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return m_db.failure(query, QStringLiteral("audit head"));
    return query.next() ? query.value(0).toString() : genesisHash();
}

Result<AuditVerification> AuditLog::verify(const QString &expectedHead) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + selectColumns +
                    QStringLiteral(" FROM audit_log ORDER BY id")))
        return m_db.failure(query, QStringLiteral("verify audit log"));

    AuditVerification report;
    QString previous = genesisHash();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString prevHash = query.value(6).toString();
        const QString stored = query.value(7).toString();
        ++report.rowsChecked;
        if (prevHash != previous) {
            report.intact = false;
            report.firstTamperedId = id;
            report.reason =
                QStringLiteral("row %1 does not follow the previous row (a row was removed, inserted "
                               "or reordered before it)")
                    .arg(id);
            return report;
        }
        const QString expected =
            computeHash(prevHash, id, query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString());
        if (expected != stored) {
            report.intact = false;
            report.firstTamperedId = id;
            report.reason = QStringLiteral("row %1 was changed after it was written").arg(id);
            return report;
        }
        previous = stored;
    }
    if (!expectedHead.isEmpty() && expectedHead != previous) {
        report.intact = false;
        report.reason = QStringLiteral("the last rows of the log are missing (head hash differs)");
    }
    return report;
}
