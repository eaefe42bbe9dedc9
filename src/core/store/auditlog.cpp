#include "core/store/auditlog.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectColumns =
    QStringLiteral("id, at, actor, action, token_name, details, prev_hash, hash, key_id");

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
    e.keyId = q.value(8).toString();
    return e;
}

// The keying of each open database, by address: the workspace registers it, every AuditLog on
// that connection looks it up. A mutex, because a worker thread may open its own connection.
QMutex keyingLock;
QHash<const Database *, std::shared_ptr<const AuditKeying>> &keyings()
{
    static QHash<const Database *, std::shared_ptr<const AuditKeying>> map;
    return map;
}

std::shared_ptr<const AuditKeying> keyingOf(const Database *db)
{
    const QMutexLocker locker(&keyingLock);
    return keyings().value(db);
}

// Length-prefixed so that moving text between fields changes the hash.
template<typename Hash>
void addField(Hash &hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArray(":", 1)); // the same bytes for both hash kinds
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

void AuditLog::setKeying(const Database &db, std::shared_ptr<const AuditKeying> keying)
{
    const QMutexLocker locker(&keyingLock);
    if (keying)
        keyings().insert(&db, std::move(keying));
    else
        keyings().remove(&db);
}

QString AuditLog::keyIdOf(const QByteArray &key)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArrayLiteral("vppdesk audit key id"), key,
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(8).toHex());
}

QString AuditLog::computeKeyedHash(const QByteArray &key, const QString &prevHash, qint64 id,
                                   const QString &at, const QString &actor, const QString &action,
                                   const QString &tokenName, const QString &details)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    addField(mac, prevHash);
    addField(mac, QString::number(id));
    addField(mac, at);
    addField(mac, actor);
    addField(mac, action);
    addField(mac, tokenName);
    addField(mac, details);
    return QString::fromLatin1(mac.result().toHex());
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
    // The key first (it may ask the keychain): without it nothing is written, because an unkeyed
    // row after keyed ones reads as a rewritten entry.
    const std::shared_ptr<const AuditKeying> keying = keyingOf(&m_db);
    QByteArray key;
    if (keying && keying->key) {
        const Result<QByteArray> loaded = keying->key();
        if (!loaded)
            return loaded.error();
        key = loaded.value();
    }
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
    entry.keyId = key.isEmpty() ? QString() : keyIdOf(key);
    insert.prepare(
        QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, token_name, details, prev_hash, hash, key_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
        m_db.dialect().returningId());
    insert.addBindValue(atText);
    insert.addBindValue(entry.actor);
    insert.addBindValue(action.isNull() ? QStringLiteral("") : action);
    insert.addBindValue(tokenName);
    insert.addBindValue(detailsText);
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(QStringLiteral("pending")); // sealed below, once the id is known
    insert.addBindValue(entry.keyId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(entry.keyId));
    if (!insert.exec())
        return m_db.failure(insert, QStringLiteral("append audit entry"));
    const Result<qint64> insertedId = m_db.dialect().insertedId(insert);
    if (!insertedId)
        return insertedId.error();
    entry.id = insertedId.value();
    entry.hash = key.isEmpty() ? computeHash(entry.prevHash, entry.id, atText, entry.actor, action, tokenName,
                                             detailsText)
                               : computeKeyedHash(key, entry.prevHash, entry.id, atText, entry.actor, action,
                                                  tokenName, detailsText);

    QSqlQuery seal(m_db.connection());
    seal.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"));
    seal.addBindValue(entry.hash);
    seal.addBindValue(entry.id);
    if (!seal.exec())
        return m_db.failure(seal, QStringLiteral("seal audit entry"));
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    // Only once the row is for good: inside a caller's transaction it could still roll back, and a
    // head ahead of the log would read as a truncated tail. The next append moves the head on.
    if (keying && keying->headWritten && !key.isEmpty() && m_db.transactionDepth() == 0)
        keying->headWritten({entry.id, entry.hash, 0});
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
    AuditTrust trust;
    Result<AuditVerification> report = verify(trust);
    if (!report || !report->intact || expectedHead.isEmpty())
        return report;
    const Result<QString> head = headHash();
    if (!head)
        return head.error();
    if (head.value() != expectedHead) {
        report.value().intact = false;
        report.value().finding = AuditVerification::Finding::TruncatedTail;
        report.value().reason = QStringLiteral("the last rows of the log are missing (head hash differs)");
    }
    return report;
}

Result<AuditVerification> AuditLog::verify(const AuditTrust &trust) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + selectColumns +
                    QStringLiteral(" FROM audit_log ORDER BY id")))
        return m_db.failure(query, QStringLiteral("verify audit log"));

    using Finding = AuditVerification::Finding;
    AuditVerification report;
    auto found = [&report](Finding finding, qint64 id, const QString &reason) {
        report.intact = false;
        report.finding = finding;
        report.firstTamperedId = id;
        report.reason = reason;
        return report;
    };
    const QString trustedKeyId = trust.key.isEmpty() ? QString() : keyIdOf(trust.key);
    const qint64 firstKeyedId = trust.head ? trust.head->firstKeyedId : 0;
    QString previous = genesisHash();
    qint64 lastId = 0;
    std::optional<QString> hashAtHead;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString prevHash = query.value(6).toString();
        const QString stored = query.value(7).toString();
        const QString keyId = query.value(8).toString();
        ++report.rowsChecked;
        if (prevHash != previous)
            return found(
                Finding::RewrittenEntry, id,
                QStringLiteral("row %1 does not follow the previous row (a row was removed, inserted "
                               "or reordered before it)")
                    .arg(id));
        const QString at = query.value(1).toString();
        const QString actor = query.value(2).toString();
        const QString action = query.value(3).toString();
        const QString tokenName = query.value(4).toString();
        const QString details = query.value(5).toString();
        if (keyId.isEmpty()) {
            if (firstKeyedId > 0 && id >= firstKeyedId)
                return found(
                    Finding::RewrittenEntry, id,
                    QStringLiteral("row %1 lost its key: every row from %2 on was sealed with the key")
                        .arg(id)
                        .arg(firstKeyedId));
            if (computeHash(prevHash, id, at, actor, action, tokenName, details) != stored)
                return found(Finding::RewrittenEntry, id,
                             QStringLiteral("row %1 was changed after it was written").arg(id));
            ++report.legacyRows;
            report.lastLegacyId = id;
        } else if (keyId != trustedKeyId) {
            return found(
                Finding::WrongKey, id,
                trustedKeyId.isEmpty()
                    ? QStringLiteral("row %1 was sealed with key %2, and this keychain has no audit key")
                          .arg(id)
                          .arg(keyId)
                    : QStringLiteral("row %1 was sealed with key %2, not with this keychain's key %3")
                          .arg(id)
                          .arg(keyId, trustedKeyId));
        } else if (computeKeyedHash(trust.key, prevHash, id, at, actor, action, tokenName, details) !=
                   stored) {
            return found(Finding::RewrittenEntry, id,
                         QStringLiteral("row %1 was changed after it was written").arg(id));
        }
        if (trust.head && id == trust.head->id)
            hashAtHead = stored;
        previous = stored;
        lastId = id;
    }
    if (trust.head && trust.head->id > 0) {
        report.headChecked = true;
        if (lastId < trust.head->id)
            return found(
                Finding::TruncatedTail, lastId + 1,
                QStringLiteral("the log ends at row %1, but the keychain recorded row %2 as its last")
                    .arg(lastId)
                    .arg(trust.head->id));
        if (!hashAtHead || *hashAtHead != trust.head->hash)
            return found(
                Finding::TruncatedTail, trust.head->id,
                QStringLiteral("row %1 is not the row the keychain recorded as the last: the end of the "
                               "log was cut off and written again")
                    .arg(trust.head->id));
    }
    return report;
}

QString AuditVerification::findingKey(Finding finding)
{
    switch (finding) {
    case Finding::RewrittenEntry:
        return QStringLiteral("rewritten");
    case Finding::TruncatedTail:
        return QStringLiteral("truncated");
    case Finding::WrongKey:
        return QStringLiteral("wrongKey");
    case Finding::None:
        break;
    }
    return QStringLiteral("none");
}
