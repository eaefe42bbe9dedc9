// JobRunner: executes LicensePlans as jobs for one token. The job and its batches are journaled
// (JobStore) before the first request; each batch's eventId is written as soon as Apple returns it,
// so resumePending() can pick up polling after a restart. Polls GET /status at a configurable
// interval (Apple asks for 30 s), re-submits a batch still PENDING after 10 minutes (at most
// MaxPendingResubmits times, and never once the job is older than MaxJobAge), applies what succeeded
// to the inventory (failed targets are not applied and stay retryable), and writes an audit entry
// when a job starts and ends. A batch whose request may have reached Apple without an answer
// (apple.outcomeUnknown) is never sent again: it is looked up in Apple's assignments when that is
// cheap, else left as OutcomeUnknown and its job as NeedsChecking for the admin.
#pragma once

#include "core/common/result.h"
#include "core/licensing/licenseplan.h"
#include "core/store/jobrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>

class AppleClient;
class Database;
class QTimer;
struct EventStatus;

// One failed target of a job, with Apple's error.
struct JobFailure
{
    int errorNumber = 0;
    QString errorMessage; // translated when shown (ours: made from the journaled code)
    QString clientUserId; // one of the two is set
    QString serialNumber;
    QList<AssetRef> assets;
};

class JobRunner : public QObject
{
    Q_OBJECT

public:
    JobRunner(Database &db, AppleClient *client, const QString &tokenId, QObject *parent = nullptr);
    ~JobRunner() override;

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setResubmitAfter(std::chrono::milliseconds after) { m_resubmitAfter = after; }
    void setMaxResubmits(int count) { m_maxResubmits = count; }
    void setMaxJobAge(std::chrono::seconds age) { m_maxJobAge = age; }

    // A batch Apple keeps PENDING is sent again at most this many times, then fails.
    static constexpr int MaxPendingResubmits = 5;
    // A job still running after this long fails its open batches instead of polling on.
    static constexpr std::chrono::hours MaxJobAge{24};
    // Lookups (one GET of assignments per asset and target) spent settling an unknown outcome.
    static constexpr int MaxSettleLookups = 50;
    static constexpr int SettleAttempts = 3;

    // Translated sentence for a journaled failure: made from its code when it is one of ours
    // (licensing.*), else Apple's message as journaled.
    static QString failureText(const QJsonObject &failure);
    // Each running job is leased to this process (LeaseStore, "job:<id>"), renewed every third of
    // this; a job whose owner stopped renewing is taken over by the next resumePending() after it.
    void setLeaseTtl(std::chrono::seconds ttl);
    void setActor(const QString &actor) { m_actor = actor; }
    void setOurMdmId(const QString &id) { m_ourMdmId = id; }
    QString actor() const { return m_actor; }

    // Journals the plan as a new job and starts it; returns the job id.
    Result<qint64> start(const LicensePlan &plan);
    // Resumes the token's jobs that are still running in the journal (after a restart).
    Result<QList<qint64>> resumePending();
    // A new plan with only the failed targets of a finished job (checked again by the planner).
    Result<LicensePlan> planRetry(qint64 jobId) const;
    Result<qint64> retryFailed(qint64 jobId);
    // Stops submitting and polling; events already at Apple keep running and stay recorded.
    void cancel(qint64 jobId);
    // Forgets every running job without changing the journal (shutdown; resumePending() continues).
    void stop();

    bool isActive(qint64 jobId) const { return m_jobs.contains(jobId); }
    QList<qint64> activeJobs() const { return m_jobs.keys(); }

    // The failed targets recorded for a job.
    static QList<JobFailure> failuresOf(const QList<JobEventRecord> &events);

Q_SIGNALS:
    void jobStarted(qint64 jobId);
    void progressChanged(qint64 jobId, int batchesDone, int batchesTotal, qint64 numCompleted,
                         qint64 numRequested);
    void jobFinished(qint64 jobId, RecordState::Job state);
    // The VPP users of a finished user batch were read back from Apple into the store.
    void usersRefreshed();

private:
    struct Batch
    {
        PlanBatch plan;
        RecordState::Batch status = RecordState::Batch::Planned;
        QString eventId;
        QDateTime submittedAt;
        qint64 numCompleted = 0;
        qint64 numRequested = 0;
        bool busy = false; // a request about this batch is in flight
        int resubmits = 0; // journaled: sent again because Apple kept it PENDING
    };
    struct Job
    {
        qint64 id = 0;
        LicensePlan plan;
        QList<Batch> batches;
        QTimer *timer = nullptr;
        int generation = 0;
        bool submitting = false;
        int refreshing = 0; // user read-backs in flight
        QDateTime createdAt;
    };

    void run(Job &job);
    void submitNext(qint64 jobId);
    void submitBatch(Job &job, int index);
    void poll(qint64 jobId);
    void onStatus(qint64 jobId, int index, int generation, const Result<EventStatus> &status);
    void finishBatch(Job &job, int index, RecordState::Batch status, qint64 completed, qint64 requested,
                     const QJsonArray &failures);
    // Fails every open batch of a job older than the maximum age; true when it did.
    bool expireIfTooOld(Job &job);
    // The batch's request may have reached Apple: journal it and look its outcome up.
    void outcomeUnknown(Job &job, int index);
    // Looks the batch up in Apple's assignments, up to SettleAttempts times a poll interval apart.
    void settle(qint64 jobId, int index, int generation, int attempt);
    void settled(qint64 jobId, int index, int generation, int attempt, bool confirmed);
    void applySucceeded(Job &job, const Batch &batch, const QJsonArray &failures);
    void refreshUsers(qint64 jobId, const QStringList &clientUserIds);
    void maybeFinish(qint64 jobId);
    void emitProgress(const Job &job);
    void audit(const QString &action, const LicensePlan &plan, const QJsonObject &details);
    Job *job(qint64 jobId);
    void scheduleResume(qint64 jobId);
    // Whether this process still drives the job; drops it from this runner when another took it.
    bool stillOurs(qint64 jobId);
    void renewLeases();
    void releaseLease(qint64 jobId);

    Database &m_db;
    QPointer<AppleClient> m_client;
    QString m_tokenId;
    QString m_actor;
    QString m_ourMdmId;
    std::chrono::milliseconds m_pollInterval{30000};
    std::chrono::milliseconds m_resubmitAfter{600000};
    int m_maxResubmits = MaxPendingResubmits;
    std::chrono::seconds m_maxJobAge{MaxJobAge};
    QHash<qint64, Job> m_jobs;
    int m_generation = 0;
    std::chrono::seconds m_leaseTtl{60};
    QTimer *m_heartbeat = nullptr;
};
