// AuditEntry: one row of the tamper-evident audit log, and the outcome of verifying the chain.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;     // OS user or "cli", "scheduler"
    QString action;    // stable machine name, e.g. "token.add", "license.assign"
    QString tokenName; // may be empty
    QJsonObject details;
    QString prevHash; // hash of the previous row (64 zeros for the first)
    QString hash;     // SHA-256 hex of prevHash + canonical fields
};

struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstTamperedId = 0; // 0 when intact
    QString reason;             // untranslated, for logs and the audit page
};
