// LeaseStore: who is doing what, across processes sharing one inventory. A lease is a row per
// resource ("sync:<tokenId>", "job:<jobId>") with its owner (this process: host, pid and a random
// part), a line a person can read (program, pid, host, user) and an expiry. The owner renews it
// while it works (a heartbeat); a lease whose owner died expires and the next process takes it.
// Every call is one short statement: leases never hold the write lock while waiting on Apple.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

class Database;

struct LeaseRecord
{
    QString resource;
    QString owner;
    QString holder; // "vppdesk-cli (pid 4242) on desk-7, user alex"
    QDateTime acquiredAt;
    QDateTime expiresAt;
};

class LeaseStore
{
    Q_DECLARE_TR_FUNCTIONS(LeaseStore)

public:
    explicit LeaseStore(Database &db);

    static QString syncResource(const QString &tokenId) { return QStringLiteral("sync:") + tokenId; }
    static QString jobResource(qint64 jobId) { return QStringLiteral("job:%1").arg(jobId); }
    // This process's owner id and readable description (the same for every call in a process).
    static QString processOwner();
    static QString processHolder();

    // Takes the lease when it is free, expired or already ours; otherwise returns the live lease
    // of its current owner (and takes nothing).
    Result<std::optional<LeaseRecord>> acquire(const QString &resource, std::chrono::seconds ttl);
    // Extends our lease; false when it is no longer ours (it expired and another process took it).
    Result<bool> renew(const QString &resource, std::chrono::seconds ttl);
    Result<void> release(const QString &resource);
    // The live lease of a resource, if any (expired ones are not reported).
    Result<std::optional<LeaseRecord>> find(const QString &resource) const;
    // Every live lease, oldest first: who may be holding the database.
    Result<QList<LeaseRecord>> live() const;
    // Live leases of other processes, in one sentence per lease, for a "database busy" message.
    QString describeOthers() const;

private:
    Database &m_db;
};
