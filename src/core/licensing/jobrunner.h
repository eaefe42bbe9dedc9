// JobRunner: executes LicensePlans as jobs for one token. The job and its batches are journaled
// (JobStore) before the first request; each batch's eventId is written as soon as Apple returns it,
// so resumePending() can pick up polling after a restart. Polls GET /status at a configurable
// interval (Apple asks for 30 s), re-submits a batch still PENDING after 10 minutes, applies what
// succeeded to the inventory (failed targets are not applied and stay retryable), and writes an
// audit entry when a job starts and ends.
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
    QString errorMessage;
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
    void jobFinished(qint64 jobId, const QString &state);
    // The VPP users of a finished user batch were read back from Apple into the store.
    void usersRefreshed();

private:
    struct Batch
    {
        PlanBatch plan;
        QString status; // planned, submitting, PENDING, COMPLETE, FAILED, error, cancelled
        QString eventId;
        QDateTime submittedAt;
        qint64 numCompleted = 0;
        qint64 numRequested = 0;
        bool busy = false; // a request about this batch is in flight
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
    };

    void run(Job &job);
    void submitNext(qint64 jobId);
    void submitBatch(Job &job, int index);
    void poll(qint64 jobId);
    void onStatus(qint64 jobId, int index, int generation, const Result<EventStatus> &status);
    void finishBatch(Job &job, int index, const QString &status, qint64 completed, qint64 requested,
                     const QJsonArray &failures);
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
    QHash<qint64, Job> m_jobs;
    int m_generation = 0;
    std::chrono::seconds m_leaseTtl{60};
    QTimer *m_heartbeat = nullptr;
};
