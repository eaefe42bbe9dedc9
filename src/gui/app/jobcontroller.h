// JobController: license and user operations for the GUI. Plans a request with the inventory alone
// (the dry run every dialog shows first), then runs the plan as a job through the token's
// JobRunner once no sync is writing, relays progress, retries the failed targets of a finished job,
// cancels, and resumes the jobs a previous session left running. Also the invitation link of a
// registered user. One JobRunner and AppleClient per token, created on first use.
#pragma once

#include "core/apple/appletypes.h"
#include "core/common/result.h"
#include "core/common/threadhandoff.h"
#include "core/licensing/licenseplan.h"
#include "core/licensing/licenserequest.h"
#include "core/store/recordstate.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class AppleClient;
class Console;
class JobRunner;

class JobController : public QObject
{
    Q_OBJECT

public:
    using JobCallback = std::function<void(Result<qint64>)>;

    explicit JobController(Console &console, QObject *parent = nullptr);
    ~JobController() override;

    void setPollInterval(std::chrono::milliseconds interval);

    // The dry run: what the request would do, from the inventory alone (nothing is sent).
    Result<LicensePlan> plan(const LicenseRequest &request) const;
    // The same off the GUI thread (its queries grow with the targets: a group of thousands), on a
    // connection of its own; `done` runs on the GUI thread, never after the controller is gone.
    void planAsync(const LicenseRequest &request, std::function<void(Result<LicensePlan>)> done);
    // Journals `plan` as a job and starts it (after any sync in progress); `done` gets the job id
    // or why it could not start (offline, keychain, token unusable).
    void start(const LicensePlan &plan, JobCallback done);
    // A new job with the failed targets of `jobId`, planned again.
    void retryFailed(qint64 jobId, JobCallback done);
    Result<LicensePlan> planRetry(qint64 jobId) const;
    void cancel(qint64 jobId);
    // Resumes the jobs still running in the journal (at start-up, when online).
    void resumePending();
    void shutdown();

    bool isActive(qint64 jobId) const;
    bool hasActiveJobs() const { return !m_active.isEmpty(); }

    // The invitation link of a registered user of the token (needs the service config: online).
    void invitationUrl(const QString &tokenId, const QString &clientUserId,
                       std::function<void(Result<QUrl>)> done);

Q_SIGNALS:
    void jobStarted(qint64 jobId, const QString &tokenId);
    void jobProgress(qint64 jobId, int batchesDone, int batchesTotal, qint64 numCompleted,
                     qint64 numRequested);
    void jobFinished(qint64 jobId, RecordState::Job state);

private:
    struct TokenRunner
    {
        std::unique_ptr<AppleClient> client;
        std::unique_ptr<JobRunner> runner;
    };

    // The runner of a token, created (secret read from the keychain) on first use.
    void withRunner(const QString &tokenId, std::function<void(Result<TokenRunner *>)> done);
    void startWithRunner(const QString &tokenId, std::function<Result<qint64>(JobRunner &)> begin,
                         JobCallback done);
    void track(qint64 jobId, const QString &tokenId);
    void networkOutcome(const VppError &error);
    std::optional<ServiceConfig> serviceConfigOf(const QString &tokenId) const;

    Console &m_console;
    std::chrono::milliseconds m_pollInterval{30000};
    std::map<QString, TokenRunner> m_runners; // by token id (std::map: TokenRunner is move-only)
    QHash<QString, QList<std::function<void(Result<TokenRunner *>)>>> m_creating; // keychain reads in flight
    QHash<qint64, QString> m_active;                                              // job id -> token id
    ThreadHandoff m_planner{this};
};
