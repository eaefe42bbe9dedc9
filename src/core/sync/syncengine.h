// SyncEngine: one sync run of one token, as a pipeline whose cost is what Apple imposes.
//   fetch: client/config, every asset page, the users and the assignments (incremental through
//          sinceVersionId, or a full reconciliation that also learns removals), pages parsed and
//          streamed into the run's StagingArea (TEMP tables: no lock on the inventory);
//   apply: once everything is staged, ONE short write transaction diffs the staged run against the
//          inventory with set-based SQL, writes what changed, updates the token's own columns
//          field by field and records the run. A failure, a cancel or a killed process at any
//          moment before its commit leaves the previous inventory whole;
//   beside it: names and icons (MetadataFetcher) on their own budget, outside the transaction.
// A lease (LeaseStore) says which process syncs the token, so two processes sharing the database
// never sync it at once. An apply gate (setApplyGate) lets a host serialise applies with its own
// writes; applies of one connection are serialised anyway (they run synchronously).
//
// Threading: the engine is event-loop driven (no blocking waits) and works on the thread it lives
// in, with the Database connection and AppleClient of that thread. Several engines may share one
// thread and one connection: each has its own staging tables.
#pragma once

#include "core/apple/appletypes.h"
#include "core/common/result.h"
#include "core/store/assetrecord.h"
#include "core/store/assignmentstore.h"
#include "core/store/syncrunrecord.h"
#include "core/store/tokenrecord.h"
#include "core/sync/pagefetcher.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class AppleClient;
class Database;
class MetadataFetcher;
class StagingArea;

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // `client` must hold the token's secret and outlive the run; it is used by this run only.
    SyncEngine(Database &db, const TokenRecord &token, AppleClient *client, const SyncOptions &options = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Starts the run; finished() follows exactly once (also when it fails at once).
    void start();
    // Aborts the requests in flight and rolls everything back; finished() reports Cancelled.
    // After the apply committed, only the metadata still on its way is dropped.
    void cancel();
    // Asked once the run is staged: the host calls `proceed` (on the engine's thread) when the run
    // may take the write lock. Without a gate the run applies at once.
    using ApplyGate = std::function<void(std::function<void()> proceed)>;
    void setApplyGate(ApplyGate gate) { m_applyGate = std::move(gate); }
    bool isRunning() const { return m_running; }
    const SyncReport &report() const { return m_report; }

    // Whether a run for this token would be a full reconciliation.
    static bool wantsFullPass(const TokenRecord &token, const SyncOptions &options, const QDateTime &now);
    // Apple errors that make the token itself unusable (9601, 9621, 9622, 9625).
    static bool isTokenFatal(const VppError &error);

Q_SIGNALS:
    // phase: "config", "assets", "users", "assignments", "commit" (waiting for and applying),
    // "metadata" (names and icons still arriving after the commit).
    void progressChanged(const QString &phase, int pagesDone, int pagesKnown);
    void failed(const VppError &error);
    void finished(const SyncReport &report);

private:
    enum class Phase { Idle, Config, Assets, Users, Assignments, Commit, Metadata, Done };

    void enterPhase(Phase phase);
    void later(void (SyncEngine::*step)());
    bool takeLease();
    void heartbeat();
    void releaseLease();
    void startConfig();
    void configArrived(const ClientConfig &config);
    void startAssets();
    void assetsDone();
    void startMetadata(const QStringList &adamIds);
    void startUsers();
    void usersDoneStep();
    void startAssignments();
    void assignmentsDoneStep();
    // Reads the full passes' diffs before the lock (all of them, or those another connection's
    // commit made stale).
    Result<void> prepareDiffs(bool staleOnly);
    void requestApply();
    void apply();
    // The apply's writes, inside its transaction.
    Result<void> applyAssets();
    Result<void> applyUsers();
    Result<void> applyAssignments();
    Result<void> recordRun();
    void committed();
    void metadataFinished();
    void fail(const VppError &error);
    // Makes every fetcher ignore the replies still to come.
    void abortFetchers();
    void finish();

    // What tells the users and the assignments passes apart: both fetch a list by
    // sinceVersionId, or whole, and fall back to a whole pass when Apple refuses the version.
    template<typename T>
    struct DeltaList
    {
        QString name;             // the list, for logs and errors
        const char *fallbackText; // logged (with the token id) when Apple refuses the version
        const bool *full;
        QString sinceVersion;
        std::unique_ptr<PageFetcher<T>> *fetcher;
        QString *version; // where the finished pass leaves its versionId
        bool *fellBackToFull;
        void (SyncEngine::*restartPass)();
        void (SyncEngine::*doneStep)();
        // A plain function, not a pointer to member: GCC 12's ASan flags calls through the latter.
        std::function<void(AppleClient *, const QUrlQuery &, int, AppleClient::Callback<ApplePage<T>>)>
            fetchPage;
    };
    // Completes `h` (end, fallback, progress) and (re)starts the list's fetcher, counting the
    // work of the one it replaces.
    template<typename T>
    void startDeltaList(const DeltaList<T> &list, typename PageFetcher<T>::Handlers h);

    void emitProgress();
    void addChange(const SyncChangeRecord &change);
    void recordTokenProblem(const VppError &error);
    void applyConfigToToken(const ClientConfig &config);
    void evaluateHealth();
    VppError leaseHeldError(const QString &holder) const;
    void countWork();
    SyncRunRecord runRecord();
    static QString phaseName(Phase phase);

    Database &m_db;
    TokenRecord m_token;
    QString m_startUid; // the location the run started on
    AppleClient *m_client;
    SyncOptions m_options;
    SyncReport m_report;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    bool m_done = false;
    bool m_committed = false;
    bool m_leased = false;
    bool m_usersFull = false;
    bool m_assignmentsFull = false;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    QElapsedTimer m_phaseTimer;
    QElapsedTimer m_runTimer;
    QElapsedTimer m_applyWait;
    QTimer m_heartbeat;
    QTimer m_deadline;
    ApplyGate m_applyGate;
    qint64 m_requestsAtStart = 0;

    std::unique_ptr<StagingArea> m_staging;
    std::unique_ptr<MetadataFetcher> m_metadata;
    std::unique_ptr<PageFetcher<Asset>> m_assetFetcher;
    std::unique_ptr<PageFetcher<VppUser>> m_userFetcher;
    std::unique_ptr<PageFetcher<Assignment>> m_assignmentFetcher;
    QList<AssetRecord> m_assets; // small (hundreds to thousands): kept until the apply
    std::optional<AssignmentStore::PreparedDiff> m_preparedAssignments; // a reconciliation's diff
    std::optional<qint64> m_preparedUsers; // the data version the users' diff was read at
    QString m_assetsVersion;
    QString m_usersVersion;
    QString m_assignmentsVersion;
    int m_pagesBefore = 0;           // pages of the lists already finished, for progress
    qint64 m_pagesFetchedBefore = 0; // work of fetchers replaced after a 9721 fallback
    int m_restartsBefore = 0;
    QList<SyncChangeRecord> m_changes;
    std::optional<ClientConfig> m_config;
    qint64 m_usersStoreMs = 0; // time spent staging pages, apart from waiting for them
    qint64 m_assignmentsStoreMs = 0;
};
