// AuditLog: append-only record of every action, hash-chained so that an edited, inserted or
// deleted row is detected: hash = SHA-256(prev_hash + canonical fields). Dropping rows at the
// end is only detectable against a head hash kept elsewhere (verify(expectedHead)).
#pragma once

#include "core/common/result.h"
#include "core/store/auditentry.h"

#include <QList>

class Database;

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

    // Walks the chain from the first row; reports the first row whose hash or link is wrong.
    Result<AuditVerification> verify(const QString &expectedHead = {}) const;

    static QString genesisHash();
    // The hash of a row from its stored text fields.
    static QString computeHash(const QString &prevHash, qint64 id, const QString &at, const QString &actor,
                               const QString &action, const QString &tokenName, const QString &details);

private:
    Database &m_db;
};
