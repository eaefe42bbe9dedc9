// AuditLog: append-only record of every action, hash-chained so that an edited, inserted or
// deleted row is detected: hash = HMAC-SHA256(key, prev_hash + canonical fields), with a key that
// lives in the OS keychain, so whoever can write the database file cannot reseal the chain. Rows
// from before the key have hash = SHA-256(...) and still verify. The head of the chain goes to the
// keychain too after each append, so dropping rows at the end shows. Which key and head belong to a
// database is registered per Database (setKeying): every AuditLog on that connection (the
// workspace's, the job runner's) seals with it.
#pragma once

#include "core/common/result.h"
#include "core/store/auditentry.h"

#include <QList>

#include <functional>
#include <memory>

class Database;

// How the audit log of one database is keyed: where the key comes from (loaded or created on
// first use) and who keeps the head once an append has committed.
struct AuditKeying
{
    std::function<Result<QByteArray>()> key;
    std::function<void(const AuditHead &head)> headWritten;
};

class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Appends one entry at `at` (now when invalid) and returns it with id and hashes.
    Result<AuditEntry> append(const QString &actor, const QString &action, const QString &tokenName,
                              const QJsonObject &details = {}, const QDateTime &at = {});

    Result<qint64> count() const;
    // Newest first.
    Result<QList<AuditEntry>> page(qint64 offset, int limit) const;
    // Hash of the last row (genesisHash() when empty); keep it elsewhere to detect truncation.
    Result<QString> headHash() const;

    // Walks the chain from the first row with the key and head from the keychain: reports a
    // rewritten entry, a truncated tail or a wrong key (AuditVerification::Finding), and which
    // entries predate the key.
    Result<AuditVerification> verify(const AuditTrust &trust) const;
    // The unkeyed check of older callers: the chain's links and the rows' SHA-256 only, keyed
    // rows counted as wrong key. expectedHead: the hash the last row must have (empty: unchecked).
    Result<AuditVerification> verify(const QString &expectedHead = {}) const;

    // Registers (or, with nullptr, removes) the keying of the database `db`.
    static void setKeying(const Database &db, std::shared_ptr<const AuditKeying> keying);
    // The short public id of a key (stored in each row it sealed; it does not reveal the key).
    static QString keyIdOf(const QByteArray &key);

    static QString genesisHash();
    // The hash of a row from its stored text fields.
    static QString computeHash(const QString &prevHash, qint64 id, const QString &at, const QString &actor,
                               const QString &action, const QString &tokenName, const QString &details);
    // The hash of a keyed row: HMAC-SHA256 over the same fields.
    static QString computeKeyedHash(const QByteArray &key, const QString &prevHash, qint64 id,
                                    const QString &at, const QString &actor, const QString &action,
                                    const QString &tokenName, const QString &details);

private:
    Database &m_db;
};
