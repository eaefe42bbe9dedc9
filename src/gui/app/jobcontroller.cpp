#include "jobcontroller.h"

#include "console.h"
#include "writegate.h"

#include "core/apple/appleclient.h"
#include "core/licensing/assignmentplanner.h"
#include "core/licensing/jobrunner.h"
#include "core/licensing/usermanager.h"
#include "core/store/database.h"
#include "core/store/jobstore.h"
#include "core/store/tokenstore.h"
#include "core/workspace/workspace.h"

#include <QSet>

JobController::JobController(Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{}

JobController::~JobController()
{
    shutdown();
}

void JobController::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
    for (auto &[id, runner] : m_runners)
        runner.runner->setPollInterval(interval);
}

Result<LicensePlan> JobController::plan(const LicenseRequest &request) const
{
    AssignmentPlanner planner(m_console.workspace().database());
    planner.setOurMdmId(m_console.workspace().mdmInfo().id);
    if (const auto config = serviceConfigOf(request.tokenId))
        planner.setServiceConfig(*config);
    return planner.plan(request);
}

std::optional<ServiceConfig> JobController::serviceConfigOf(const QString &tokenId) const
{
    // Apple's limits as this session learnt them, else the documented defaults.
    const auto found = m_runners.find(tokenId);
    return found != m_runners.end() ? found->second.client->cachedServiceConfig() : std::nullopt;
}

void JobController::planAsync(const LicenseRequest &request, std::function<void(Result<LicensePlan>)> done)
{
    const QString path = m_console.workspace().database().path();
    const QString mdmId = m_console.workspace().mdmInfo().id;
    const std::optional<ServiceConfig> config = serviceConfigOf(request.tokenId);
    m_planner.run<Result<LicensePlan>>(
        [path, mdmId, config, request]() -> Result<LicensePlan> {
            Database db;
            if (const Result<void> opened = db.open(path); !opened)
                return opened.error();
            AssignmentPlanner planner(db);
            planner.setOurMdmId(mdmId);
            if (config)
                planner.setServiceConfig(*config);
            return planner.plan(request);
        },
        std::move(done));
}

void JobController::start(const LicensePlan &plan, JobCallback done)
{
    startWithRunner(
        plan.request.tokenId, [plan](JobRunner &runner) { return runner.start(plan); }, std::move(done));
}

void JobController::retryFailed(qint64 jobId, JobCallback done)
{
    const auto job = JobStore(m_console.workspace().database()).find(jobId);
    if (!job)
        return done(job.error());
    if (!job->has_value())
        return done(VppError::make(VppError::Kind::Usage, QStringLiteral("job.unknown"),
                                   tr("Job %1 does not exist.").arg(jobId)));
    startWithRunner(
        job->value().tokenId, [jobId](JobRunner &runner) { return runner.retryFailed(jobId); },
        std::move(done));
}

Result<LicensePlan> JobController::planRetry(qint64 jobId) const
{
    const auto job = JobStore(m_console.workspace().database()).find(jobId);
    if (!job)
        return job.error();
    if (!job->has_value())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("job.unknown"),
                              tr("Job %1 does not exist.").arg(jobId));
    // Planning reads the journal and the inventory only: no client needed.
    JobRunner runner(m_console.workspace().database(), nullptr, job->value().tokenId);
    return runner.planRetry(jobId);
}

void JobController::startWithRunner(const QString &tokenId, std::function<Result<qint64>(JobRunner &)> begin,
                                    JobCallback done)
{
    const QString blocked = m_console.writeGate().blockedReason(WriteGate::Reach::Apple);
    if (!blocked.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, blocked] {
                done(VppError::make(VppError::Kind::Usage, QStringLiteral("job.offline"), blocked));
            },
            Qt::QueuedConnection);
        return;
    }
    m_console.whenWritable([this, tokenId, begin, done](Console::WriteLock lock) {
        withRunner(tokenId, [this, tokenId, begin, done, lock](Result<TokenRunner *> runner) {
            if (!runner)
                return done(runner.error());
            const Result<qint64> id = begin(*runner.value()->runner);
            if (id)
                track(id.value(), tokenId);
            done(id);
        });
    });
}

void JobController::track(qint64 jobId, const QString &tokenId)
{
    // A resumed job may have ended inside resumePending()/start() already.
    if (const auto it = m_runners.find(tokenId); it == m_runners.end() || !it->second.runner->isActive(jobId))
        return;
    m_active.insert(jobId, tokenId);
    Q_EMIT jobStarted(jobId, tokenId);
}

void JobController::cancel(qint64 jobId)
{
    const QString tokenId = m_active.value(jobId);
    const auto it = m_runners.find(tokenId);
    if (it != m_runners.end())
        it->second.runner->cancel(jobId); // emits jobFinished
}

void JobController::resumePending()
{
    const auto running = JobStore(m_console.workspace().database()).running();
    if (!running || running->isEmpty())
        return;
    QSet<QString> tokens;
    for (const JobRecord &job : running.value())
        tokens.insert(job.tokenId);
    for (const QString &tokenId : tokens) {
        m_console.whenWritable([this, tokenId](Console::WriteLock lock) {
            withRunner(tokenId, [this, tokenId, lock](Result<TokenRunner *> runner) {
                if (!runner) {
                    qWarning("Could not resume the jobs of a token: %s",
                             qUtf8Printable(runner.error().toLogString()));
                    return;
                }
                const auto resumed = runner.value()->runner->resumePending();
                if (!resumed)
                    return;
                for (qint64 jobId : resumed.value())
                    track(jobId, tokenId);
            });
        });
    }
}

void JobController::shutdown()
{
    // Jobs stay "running" in the journal and resume at the next start.
    for (auto &[id, runner] : m_runners)
        runner.runner->stop();
    m_active.clear();
    m_runners.clear();
}

bool JobController::isActive(qint64 jobId) const
{
    return m_active.contains(jobId);
}

void JobController::invitationUrl(const QString &tokenId, const QString &clientUserId,
                                  std::function<void(Result<QUrl>)> done)
{
    withRunner(tokenId, [this, tokenId, clientUserId, done](Result<TokenRunner *> runner) {
        if (!runner)
            return done(runner.error());
        TokenRunner *r = runner.value();
        r->client->serviceConfig([this, r, tokenId, clientUserId, done](Result<ServiceConfig> config) {
            if (!config) {
                networkOutcome(config.error());
                return done(config.error());
            }
            m_console.reportReachable(true);
            UserManager users(m_console.workspace().database(), *r->runner, tokenId);
            users.setServiceConfig(config.value());
            done(users.invitationUrl(clientUserId));
        });
    });
}

void JobController::withRunner(const QString &tokenId, std::function<void(Result<TokenRunner *>)> done)
{
    if (const auto it = m_runners.find(tokenId); it != m_runners.end())
        return done(&it->second);
    auto &waiting = m_creating[tokenId];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return; // the keychain is being read for this token already

    const auto finish = [this, tokenId](const Result<TokenRunner *> &result) {
        const auto callbacks = m_creating.take(tokenId);
        for (const auto &callback : callbacks)
            callback(result);
    };
    const auto token = m_console.workspace().tokens().findById(tokenId);
    if (!token)
        return finish(token.error());
    if (!token->has_value())
        return finish(VppError::make(VppError::Kind::Usage, QStringLiteral("job.unknownToken"),
                                     tr("The token of this job no longer exists.")));
    const TokenRecord record = token->value();
    // The audit key before the keychain read: the runner audits from inside its callback.
    if (const Result<void> ready = m_console.workspace().prepareAudit(); !ready)
        return finish(ready.error());
    // The pinned token, checked against the record (service and secret fingerprint).
    m_console.workspace().tokenFor(record, [this, record, finish](Result<PinnedToken> pinned) {
        if (!pinned)
            return finish(pinned.error());
        Workspace &ws = m_console.workspace();
        TokenRunner runner;
        runner.client = ws.makeClient(Workspace::serviceUrlOf(record), pinned->secret());
        runner.runner = std::make_unique<JobRunner>(ws.database(), runner.client.get(), record.id);
        JobRunner *jobRunner = runner.runner.get();
        jobRunner->setOurMdmId(ws.mdmInfo().id);
        jobRunner->setActor(Workspace::actor());
        jobRunner->setPollInterval(m_pollInterval);
        const QString id = record.id;
        connect(jobRunner, &JobRunner::progressChanged, this, &JobController::jobProgress);
        connect(jobRunner, &JobRunner::jobFinished, this, [this, id](qint64 jobId, RecordState::Job state) {
            m_active.remove(jobId);
            m_console.notifyInventoryChanged(id);
            Q_EMIT jobFinished(jobId, state);
        });
        connect(jobRunner, &JobRunner::usersRefreshed, this,
                [this, id] { m_console.notifyInventoryChanged(id); });
        auto inserted = m_runners.emplace(id, std::move(runner));
        finish(&inserted.first->second);
    });
}

void JobController::networkOutcome(const VppError &error)
{
    if (error.kind == VppError::Kind::Network)
        m_console.reportReachable(false, error.message);
}
