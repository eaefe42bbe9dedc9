// SyncPool: runs the syncs of many tokens at once on a few threads of its own, each thread (a
// SyncRunner) with its own connection to the inventory. Runs fetch, parse and stage without the
// write lock; their applies take turns, one at a time across the pool, and an apply holds up only
// the runs of its own thread, never the network of the others (with one thread, 20 locations
// syncing at once stood still during each other's applies). A host that writes too (the console)
// keeps its writes and the applies apart with setApplyGate. Used by the console, `vppdesk-cli
// sync` and the benchmarks. Every method is called from the thread the pool lives in.
#pragma once

#include "core/store/tokenrecord.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"
#include "core/sync/syncrunner.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QThread;

class SyncPool : public QObject
{
    Q_OBJECT

public:
    using ClientFactory = SyncRunner::ClientFactory;
    // Asked before each apply, one at a time: the host calls `proceed` (on the pool's thread) when
    // the run may take the write lock; applyFinished(tokenId) follows its end.
    using ApplyGate = std::function<void(const QString &tokenId, std::function<void()> proceed)>;

    // Threads are started as runs need them, up to `maxThreads`. More threads stall fewer runs
    // during an apply, but each thread's connection has a page cache of its own (64 MiB) that the
    // other connections' commits make cold: measured with bench_sync --threads, two threads held
    // the lock as long in total, took 120 MiB more at the million-license sync and were no faster.
    // One by default; a thread's checkpoints run on Qt's pool, never on it.
    static constexpr int defaultThreads = 1;

    explicit SyncPool(const QString &databasePath, int maxThreads = defaultThreads,
                      QObject *parent = nullptr);
    ~SyncPool() override;

    void setApplyGate(ApplyGate gate) { m_gate = std::move(gate); }
    // Starts a run of the token; finished() follows exactly once. False (and nothing follows) when
    // a run of the token is in progress already.
    bool run(const TokenRecord &token, ClientFactory makeClient, const SyncOptions &options);
    // Cancels the token's run (empty: every run); it leaves nothing and reports Cancelled.
    void cancel(const QString &tokenId = {});
    bool isRunning(const QString &tokenId) const { return m_laneOf.contains(tokenId); }
    int runningCount() const { return int(m_laneOf.size()); }
    int threadCount() const { return int(m_lanes.size()); }
    bool isApplying() const { return !m_applying.isEmpty(); }
    // Cancels every run and stops the threads (waits for them). Also done by the destructor.
    void shutdown();

Q_SIGNALS:
    void progressChanged(const QString &tokenId, const QString &phase, int pagesDone, int pagesKnown);
    void applyFinished(const QString &tokenId);
    void finished(const SyncReport &report);

private:
    struct Lane
    {
        QThread *thread = nullptr;
        SyncRunner *runner = nullptr; // lives in `thread`
        int runs = 0;
    };

    int laneForNextRun();
    void onApplyRequested(const QString &tokenId);
    void onApplyFinished(const QString &tokenId);
    void onFinished(const SyncReport &report);
    void grantNext();

    QString m_databasePath;
    int m_maxThreads;
    std::vector<Lane> m_lanes;
    QHash<QString, int> m_laneOf; // running token -> its lane
    ApplyGate m_gate;
    QStringList m_waiting; // staged runs waiting for their turn to apply
    QString m_applying;    // the run whose turn it is (asked the gate, or applying)
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};
