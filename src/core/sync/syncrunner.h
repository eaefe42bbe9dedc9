// SyncRunner: the sync runs of one SyncPool thread. It owns that thread's connection to the
// inventory and runs every SyncEngine the pool hands it, concurrently: each run with its own
// network access manager and AppleClient (a manager's connection pool would otherwise cap the
// runs together, and each location has its own request budget). A run fetches and stages without
// the write lock; before it applies it asks the pool (applyRequested) and applies when the pool
// lets it (grantApply), on this thread. Every method runs in the runner's thread: the pool calls
// them through queued invocations.
#pragma once

#include "core/common/result.h"
#include "core/store/tokenrecord.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class AppleClient;
class Database;
class QNetworkAccessManager;
class SyncEngine;

class SyncRunner : public QObject
{
    Q_OBJECT

public:
    // Makes the run's client on the run's network access manager, in the runner's thread: it
    // captures what it needs (service URL, secret, pinned origin) by value.
    using ClientFactory = std::function<Result<std::unique_ptr<AppleClient>>(QNetworkAccessManager *network)>;

    explicit SyncRunner(const QString &databasePath);
    ~SyncRunner() override;

    // Opens the connection of this thread (the database was migrated by whoever made the pool).
    void open();
    // Starts a run of the token; finished() follows exactly once.
    void run(const TokenRecord &token, const ClientFactory &makeClient, const SyncOptions &options);
    // Cancels the token's run (empty: every run); it leaves nothing and reports Cancelled.
    void cancel(const QString &tokenId = {});
    // Lets the token's staged run take the write lock and apply (after applyRequested()).
    void grantApply(const QString &tokenId);
    // Cancels every run and releases the connection (before the thread ends).
    void close();

Q_SIGNALS:
    void progressChanged(const QString &tokenId, const QString &phase, int pagesDone, int pagesKnown);
    // The token's run is staged and waits for grantApply(); applyFinished() follows the apply, or
    // the end of a run that stopped while it waited.
    void applyRequested(const QString &tokenId);
    void applyFinished(const QString &tokenId);
    void finished(const SyncReport &report);

private:
    SyncReport failedReport(const TokenRecord &token, const VppError &error) const;
    // The journal's checkpoint after an apply, on Qt's thread pool (one pending at a time).
    void checkpointLater();

    QString m_databasePath;
    std::unique_ptr<Database> m_db;
    QHash<QString, SyncEngine *> m_engines; // deleted later, after their finished() returned
    QHash<QString, std::function<void()>> m_pendingApplies;
    VppError m_openError;
    std::shared_ptr<std::atomic_bool> m_checkpointPending = std::make_shared<std::atomic_bool>(false);
};
