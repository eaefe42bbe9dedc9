// SyncScheduler: runs the sync of each token on its own interval (the token's syncIntervalSeconds;
// 0 = manual only), queues manual requests and never runs one token twice at once. Tokens sync
// concurrently (each location has its own request budget; a run holds the write lock only for its
// short apply) on the threads of a SyncPool of its own. Full reconciliations happen when SyncEngine
// finds the last one too old (24 h by default).
// Used by `vppdesk-cli sync --watch`.
#pragma once

#include "core/common/result.h"
#include "core/store/tokenrecord.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncpool.h"
#include "core/sync/syncreport.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <QSet>

#include <functional>
#include <memory>

class Database;

class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    // What a run needs to make its client on its own thread (Workspace::clientFactoryFor): the
    // token's secret read on the scheduler's thread.
    using ClientFactoryFor = std::function<Result<SyncPool::ClientFactory>(const TokenRecord &token)>;

    // Runs open connections of their own to `db`'s file; `db` serves the scheduler's own reads.
    SyncScheduler(Database &db, ClientFactoryFor factory, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setOptions(const SyncOptions &options) { m_options = options; }
    const SyncOptions &options() const { return m_options; }
    // Only these token ids are scheduled automatically (empty = every token).
    void setTokenFilter(const QStringList &tokenIds) { m_filter = tokenIds; }
    // Seconds between runs for every token, instead of the tokens' own intervals (0 = theirs).
    void setIntervalOverride(int seconds) { m_intervalOverride = seconds; }
    void setMaxConcurrentRuns(int runs) { m_maxConcurrent = qMax(1, runs); }
    static constexpr int defaultMaxConcurrentRuns = 64;
    // How often due tokens are looked for.
    void setCheckInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Starts (or stops) automatic runs. Manual requests work either way.
    void start();
    void stop();
    // Queues a run of the token now; a run already queued or in progress absorbs it.
    void requestSync(const QString &tokenId, bool full = false);
    // Cancels every run in progress and drops the queue.
    void cancelAll();

    bool isRunning(const QString &tokenId) const { return m_running.contains(tokenId); }
    int runningCount() const { return int(m_running.size()); }
    bool isQueued(const QString &tokenId) const;
    bool isIdle() const { return m_running.isEmpty() && m_queue.isEmpty(); }
    // When the token is due next (invalid: manual only).
    QDateTime nextRunAt(const TokenRecord &token) const;

Q_SIGNALS:
    void runStarted(const QString &tokenId);
    void progressChanged(const QString &tokenId, const QString &phase, int pagesDone, int pagesKnown);
    void runFinished(const SyncReport &report);
    void runFailedToStart(const QString &tokenId, const VppError &error);
    void idle(); // nothing running nor queued

private:
    struct Request
    {
        QString tokenId;
        bool full = false;
    };

    void checkDue();
    void pump();
    void runFinishedInternal(const SyncReport &report);
    int intervalOf(const TokenRecord &token) const;

    Database &m_db;
    ClientFactoryFor m_factory;
    std::unique_ptr<SyncPool> m_pool;
    SyncOptions m_options;
    QStringList m_filter;
    int m_intervalOverride = 0;
    int m_maxConcurrent = defaultMaxConcurrentRuns;
    QTimer m_timer;
    QList<Request> m_queue;
    QSet<QString> m_running;
    QHash<QString, QDateTime> m_lastAttempt; // in memory: a failing token waits its interval too
};
