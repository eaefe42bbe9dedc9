// AuditQuery: the audit log as the Audit page lists it: newest first, a page at a time, filtered
// by action, token name and a free text (in the actor, action, token or details). The log itself
// (appending, verifying the chain) is AuditLog's.
#pragma once

#include "core/common/result.h"
#include "core/store/auditentry.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

class AuditQuery
{
public:
    struct Filter
    {
        QString action;    // exact action name; empty = any
        QString tokenName; // exact token name; empty = any
        QString text;      // case-insensitive substring of actor, action, token or details; empty = any
    };

    explicit AuditQuery(Database &db);

    Result<qint64> count(const Filter &filter) const;
    // Newest first.
    Result<QList<AuditEntry>> page(const Filter &filter, qint64 offset, int limit) const;
    // The distinct action names and token names in the log, sorted.
    Result<QStringList> actions() const;
    Result<QStringList> tokenNames() const;

private:
    Result<QStringList> distinct(const QString &column) const;

    Database &m_db;
};
