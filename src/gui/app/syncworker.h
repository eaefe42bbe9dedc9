// SyncWorker: the half of syncing that lives in the sync thread. It owns that thread's database
// connection and runs every SyncEngine the SyncController hands it, concurrently: each run with
// its own AppleClient and network access manager (each location has its own request budget, and
// a manager's connection pool would otherwise cap them all together). Runs fetch and stage
// without the write lock; before a run applies it asks the controller (applyRequested), which
// lets it go when no console write is in progress (grantApply), so the GUI thread never waits on
// a sync. Progress and outcomes go back with queued signals. Every method runs in the worker's
// thread (call them through QMetaObject::invokeMethod).
#pragma once

#include "core/store/tokenrecord.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;
class PinnedToken;
class SyncEngine;

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const QString &databasePath, const SyncOptions &options);
    ~SyncWorker() override;

    // Opens the connection of this thread (the GUI's Console has migrated the database already).
    void open();
    // Starts a run of the token (a run of it already in progress absorbs the request); finished()
    // follows exactly once per started run.
    // The secret goes only to the origin it is pinned to.
    void run(const TokenRecord &token, const PinnedToken &secret, bool full);
    // Cancels the token's run (empty: every run); it leaves nothing and reports Cancelled.
    void cancel(const QString &tokenId = {});
    // Lets the token's staged run take the write lock and apply (after applyRequested()).
    void grantApply(const QString &tokenId);
    // Cancels and releases the connection and the network objects (before the thread ends).
    void close();

Q_SIGNALS:
    void progressChanged(const QString &tokenId, const QString &phase, int pagesDone, int pagesKnown);
    // The token's run is staged and waits for grantApply(); applyFinished() follows the apply.
    void applyRequested(const QString &tokenId);
    void applyFinished(const QString &tokenId);
    void finished(const SyncReport &report);

private:
    SyncReport failedReport(const TokenRecord &token, const VppError &error) const;

    QString m_databasePath;
    SyncOptions m_options;
    std::unique_ptr<Database> m_db;
    QHash<QString, SyncEngine *> m_engines; // deleted later, after their finished() returned
    QHash<QString, std::function<void()>> m_pendingApplies;
    VppError m_openError;
};
