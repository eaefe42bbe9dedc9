// SyncEngine: one sync run of one token. Reads client/config, every asset page, the users and
// the assignments (incremental through sinceVersionId, or a full reconciliation that also learns
// removals), then the catalog metadata and icons of new assets, and writes everything in ONE
// database transaction: a failure, a cancel or a killed process leaves the previous inventory as
// it was. Pages are streamed into the database as they arrive (assignments through a staging
// table) and the diff is applied with set-based SQL at the end, so memory stays flat whatever the
// size of the location. The run is recorded in the sync history with what it changed.
//
// Threading: the engine is event-loop driven (no blocking waits) and works on the thread it lives
// in, with the Database connection and AppleClient of that thread. The GUI runs it in a worker
// thread with its own QNetworkAccessManager and its own Database connection. While a run is in
// progress its transaction is open on that connection: nothing else may use the connection.
#pragma once

#include "core/apple/appletypes.h"
#include "core/common/result.h"
#include "core/store/assetrecord.h"
#include "core/store/syncrunrecord.h"
#include "core/store/tokenrecord.h"
#include "core/sync/pagefetcher.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class AppleClient;
class Database;
class Transaction;

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
    void cancel();
    bool isRunning() const { return m_running; }
    const SyncReport &report() const { return m_report; }

    // Whether a run for this token would be a full reconciliation.
    static bool wantsFullPass(const TokenRecord &token, const SyncOptions &options, const QDateTime &now);
    // Apple errors that make the token itself unusable (9601, 9621, 9622, 9625).
    static bool isTokenFatal(const VppError &error);

Q_SIGNALS:
    // phase: "config", "assets", "users", "assignments", "metadata", "commit".
    void progressChanged(const QString &phase, int pagesDone, int pagesKnown);
    void failed(const VppError &error);
    void finished(const SyncReport &report);

private:
    enum class Phase { Idle, Config, Assets, Users, Assignments, Metadata, Commit, Done };

    void enterPhase(Phase phase);
    void later(void (SyncEngine::*step)());
    void startConfig();
    void configArrived(const ClientConfig &config);
    void startAssets();
    void assetsDone();
    void startUsers();
    void usersDoneStep();
    void usersDone(const QString &versionId);
    void startAssignments();
    void assignmentsDoneStep();
    void assignmentsDone(const QString &versionId);
    void startMetadata();
    void lookupArrived(const QStringList &ids, const Result<StoreMetadataLookup> &result);
    void metadataStepDone();
    void commitRun();
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
    bool check(const Result<void> &result);
    void addChange(const SyncChangeRecord &change);
    void recordTokenProblem(const VppError &error);
    void applyConfigToToken(const ClientConfig &config);
    void evaluateHealth();
    void countWork();
    SyncRunRecord runRecord();
    static QString phaseName(Phase phase);

    Database &m_db;
    TokenRecord m_token;
    AppleClient *m_client;
    SyncOptions m_options;
    SyncReport m_report;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    bool m_done = false;
    bool m_usersFull = false;
    bool m_assignmentsFull = false;
    std::unique_ptr<Transaction> m_tx;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    QElapsedTimer m_phaseTimer;
    qint64 m_requestsAtStart = 0;

    std::unique_ptr<PageFetcher<Asset>> m_assetFetcher;
    std::unique_ptr<PageFetcher<VppUser>> m_userFetcher;
    std::unique_ptr<PageFetcher<Assignment>> m_assignmentFetcher;
    QList<AssetRecord> m_assets; // small (hundreds to thousands): kept until the pass ends
    QString m_assetsVersion;
    QString m_usersVersion;
    QString m_assignmentsVersion;
    int m_pagesBefore = 0;           // pages of the lists already finished, for progress
    qint64 m_pagesFetchedBefore = 0; // work of fetchers replaced after a 9721 fallback
    int m_restartsBefore = 0;
    QList<SyncChangeRecord> m_changes;
    std::optional<ClientConfig> m_config;
    int m_metadataOutstanding = 0;
    qint64 m_usersStoreMs = 0; // time spent writing pages, apart from waiting for them
    qint64 m_assignmentsStoreMs = 0;
};
