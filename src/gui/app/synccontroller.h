// SyncController: the GUI side of syncing. Decides when each token syncs (its own interval, or
// when asked), reads the token's secret and hands the run to a SyncPool (threads of its own, each
// with its own database connection), so the GUI thread never waits for a sync. Every location
// syncs at once, each within its own budget. Relays progress, cancels per token or all, and keeps a
// run's apply (its one short write transaction) and the console's writes apart
// (Console::whenWritable): a write waits only while an apply runs, an apply only while a write does.
#pragma once

#include "core/common/vpperror.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class Console;
class PinnedToken;
class SyncPool;
struct TokenRecord;

class SyncController : public QObject
{
    Q_OBJECT

public:
    // Where a token's sync stands, for the Locations page and the status bar.
    struct RunState
    {
        QString tokenId;
        QString tokenName;
        QString phase; // SyncEngine's phase name: config, assets, users, assignments, metadata, commit
        int pagesDone = 0;
        int pagesKnown = 0;
    };

    explicit SyncController(Console &console, QObject *parent = nullptr);
    ~SyncController() override;

    // Makes the pool of sync threads on the database at `path` (threads start as runs need them).
    void start(const QString &databasePath, const SyncOptions &options);
    // Cancels what runs and stops the sync threads (waits for them).
    void shutdown();

    // Automatic runs on each token's interval (manual runs work either way).
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_automatic; }
    // Paused (working offline): nothing new is dispatched, requests are refused.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Queues a run of the token; a run already queued or in progress absorbs the request.
    void syncNow(const QString &tokenId, bool full = false);
    // Queues every token.
    void syncAll(bool full = false);
    // Cancels the token's run (queued or in progress); empty = everything.
    void cancel(const QString &tokenId = {});

    bool isSyncing(const QString &tokenId) const { return m_runs.contains(tokenId); }
    bool isQueued(const QString &tokenId) const;
    bool isBusy() const { return !m_runs.isEmpty() || m_dispatching || !m_queue.isEmpty(); }
    // The runs in progress, in the order they started.
    QList<RunState> runs() const;
    std::optional<RunState> state(const QString &tokenId) const;
    // The report of the token's last run in this session, if any.
    std::optional<SyncReport> lastReport(const QString &tokenId) const;

    // Console::whenWritable's mechanism: `work` runs when no sync is applying; staged syncs wait
    // to apply until the returned release function is called (by the lock's deleter).
    void acquireWrite(std::function<void(std::function<void()> release)> work);

Q_SIGNALS:
    void runStarted(const QString &tokenId);
    void progressChanged(const SyncController::RunState &state);
    void runFinished(const SyncReport &report);
    void busyChanged(bool busy);

private:
    struct Request
    {
        QString tokenId;
        bool full = false;
    };

    void checkDue();
    void pump();
    void dispatch(const TokenRecord &token, const PinnedToken &secret, bool full);
    void onWorkerProgress(const QString &tokenId, const QString &phase, int done, int known);
    void onApplyFinished(const QString &tokenId);
    void onWorkerFinished(const SyncReport &report);
    void releaseWrite();
    void setBusy();

    Console &m_console;
    std::unique_ptr<SyncPool> m_pool;
    SyncOptions m_options;
    bool m_automatic = false;
    bool m_paused = false;
    QTimer m_dueTimer;
    QList<Request> m_queue;
    QHash<QString, RunState> m_runs;
    QStringList m_runOrder;
    bool m_dispatching = false; // reading the secret of the next run
    int m_writers = 0;
    QList<std::function<void()>> m_waitingWriters;
    struct HeldApply
    {
        QString tokenId;
        std::function<void()> proceed;
    };
    HeldApply m_heldApply; // the pool's next apply, waiting for the console's writes to end
    QString m_applying;    // the run whose apply holds the write lock, if any
    QHash<QString, SyncReport> m_lastReports;
    QHash<QString, QDateTime> m_lastAttempt;
    bool m_wasBusy = false;
};

Q_DECLARE_METATYPE(SyncController::RunState)
