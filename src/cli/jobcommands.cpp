#include "jobcommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/apple/appleclient.h"
#include "core/licensing/jobrunner.h"
#include "core/store/jobstore.h"
#include "core/workspace/workspace.h"

#include <QEventLoop>
#include <QSet>

namespace {

// A JobRunner for one token, with the CLI's poll interval, waiting for the jobs it runs.
struct TokenRunner
{
    std::unique_ptr<AppleClient> client;
    std::unique_ptr<JobRunner> runner;
};

Result<TokenRunner> runnerFor(CommandContext &ctx, Workspace &ws, const QString &tokenId)
{
    const auto token = ws.tokens().findById(tokenId);
    if (!token)
        return token.error();
    if (!token->has_value())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("job.unknownToken"),
                              JobCommands::tr("The job's token no longer exists."));
    auto client = ws.clientFor(token->value());
    if (!client)
        return client.error();
    TokenRunner result{std::move(client.value()), nullptr};
    result.runner = std::make_unique<JobRunner>(ws.database(), result.client.get(), tokenId);
    result.runner->setOurMdmId(ws.mdmInfo().id);
    result.runner->setActor(Workspace::actor());
    if (ctx.globals().pollIntervalSeconds > 0)
        result.runner->setPollInterval(std::chrono::seconds(ctx.globals().pollIntervalSeconds));
    return result;
}

// Collects jobFinished from the runners it watches (connected before any job starts, since a
// resumed job whose events had all finished ends at once) and waits for the jobs it is given.
class JobWaiter
{
public:
    void watch(JobRunner *runner)
    {
        QObject::connect(runner, &JobRunner::jobFinished, &m_loop, [this](qint64 id, RecordState::Job state) {
            m_states.insert(id, state);
            m_pending.remove(id);
            if (m_pending.isEmpty())
                m_loop.quit();
        });
    }
    void add(qint64 jobId)
    {
        if (!m_states.contains(jobId))
            m_pending.insert(jobId);
    }
    QHash<qint64, RecordState::Job> wait()
    {
        if (!m_pending.isEmpty())
            m_loop.exec();
        return m_states;
    }

private:
    QEventLoop m_loop;
    QSet<qint64> m_pending;
    QHash<qint64, RecordState::Job> m_states;
};

int report(CommandContext &ctx, const QHash<qint64, RecordState::Job> &states)
{
    bool partial = false;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        ctx.out().message(
            JobCommands::tr("Job %1: %2.").arg(QString::number(it.key()), RecordState::label(it.value())));
        if (it.value() == RecordState::Job::NeedsChecking)
            ctx.out().note(RecordState::outcomeUnknownAdvice());
        partial = partial || it.value() != RecordState::Job::Done;
    }
    return partial ? ExitPartial : ExitOk;
}

} // namespace

int JobCommands::resume(CommandContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Resume polling Apple for the license jobs still running (after a restart or "
                              "--no-wait) and wait until they finish.")))
        return ctx.exitCode();
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    JobStore store(ws->database());
    const auto running = store.running();
    if (!running)
        return ctx.fail(running.error());
    QSet<QString> tokenIds;
    for (const JobRecord &job : running.value())
        tokenIds.insert(job.tokenId);
    if (tokenIds.isEmpty()) {
        ctx.out().message(tr("No license job is running."));
        return ExitOk;
    }
    std::vector<TokenRunner> runners;
    JobWaiter waiter;
    for (const QString &tokenId : std::as_const(tokenIds)) {
        auto made = runnerFor(ctx, *ws, tokenId);
        if (!made)
            return ctx.fail(made.error());
        runners.push_back(std::move(made.value()));
        waiter.watch(runners.back().runner.get());
        const auto resumed = runners.back().runner->resumePending();
        if (!resumed)
            return ctx.fail(resumed.error());
        for (const qint64 id : resumed.value())
            waiter.add(id);
    }
    return report(ctx, waiter.wait());
}

int JobCommands::retry(CommandContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Send again the targets that failed in a license job, as a new job."),
                   QStringLiteral("JOB"), 1, 1))
        return ctx.exitCode();
    bool ok = false;
    const qint64 jobId = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("JOB is a job number, as `jobs` lists them."));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    const auto job = JobStore(ws->database()).find(jobId);
    if (!job)
        return ctx.fail(job.error());
    if (!job->has_value())
        return ctx.usage(tr("No job %1.").arg(jobId));
    auto made = runnerFor(ctx, *ws, job->value().tokenId);
    if (!made)
        return ctx.fail(made.error());
    JobWaiter waiter;
    waiter.watch(made->runner.get());
    const auto retried = made->runner->retryFailed(jobId);
    if (!retried)
        return ctx.fail(retried.error());
    ctx.out().message(tr("Job %1 retries the failed targets of job %2.").arg(retried.value()).arg(jobId));
    waiter.add(retried.value());
    return report(ctx, waiter.wait());
}

void JobCommands::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("jobs resume"), tr("Resume and finish the license jobs still running"),
                 &resume);
    registry.add(QStringLiteral("jobs retry"), tr("Retry the failed targets of a license job"), &retry);
}
