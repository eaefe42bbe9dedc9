// AuditEntry: one row of the tamper-evident audit log, and the outcome of verifying the chain.
// AuditHead: the last row as the keychain remembers it; AuditTrust: what verification trusts (the
// key and the head from the keychain, never from the database).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;     // OS user or "cli", "scheduler"
    QString action;    // stable machine name, e.g. "token.add", "license.assign"
    QString tokenName; // may be empty
    QJsonObject details;
    QString prevHash; // hash of the previous row (64 zeros for the first)
    QString hash;     // HMAC-SHA256 hex (keyed rows) or SHA-256 hex (rows from before the key)
    QString keyId;    // the key the hash was made with; empty for a row from before the key
};

// The end of the chain, kept in the keychain so that dropping rows at the end shows.
struct AuditHead
{
    qint64 id = 0;
    QString hash;
    qint64 firstKeyedId = 0; // every row from here on must be keyed (0: none keyed yet)
};

struct AuditTrust
{
    QByteArray key;                // empty: no audit key in this keychain
    std::optional<AuditHead> head; // nullopt: no head recorded for this database
};

struct AuditVerification
{
    // What is wrong, at most one (the first found): three causes an admin handles differently.
    enum class Finding {
        None,
        RewrittenEntry, // an entry was edited, inserted or removed in the middle
        TruncatedTail,  // the last entries are gone (the chain ends before the keychain's head)
        WrongKey,       // the entries were sealed with another key than this keychain's
    };

    bool intact = true;
    Finding finding = Finding::None;
    qint64 rowsChecked = 0;
    qint64 firstTamperedId = 0; // 0 when intact (and for a truncated tail: the first missing id)
    QString reason;             // untranslated, for logs and the audit page
    qint64 legacyRows = 0;      // rows from before the key (plain SHA-256 chain)
    qint64 lastLegacyId = 0;    // the last of them, 0 if none
    bool headChecked = false;   // the keychain had a head to compare the end of the chain with

    static QString findingKey(Finding finding); // "rewritten", "truncated", "wrongKey", "none"
};
