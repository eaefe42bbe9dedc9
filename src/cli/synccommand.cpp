#include "synccommand.h"

#include "commandcontext.h"
#include "commandregistry.h"

#include "core/apple/appleclient.h"
#include "core/sync/syncpool.h"
#include "core/sync/syncscheduler.h"
#include "core/workspace/workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>
#include <vector>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

enum class TokenOutcome { Ok, TokenProblem, Error };

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

bool isTokenProblemStatus(std::optional<TokenHealth::Status> status)
{
    return status && (TokenHealth::isDead(*status) || *status == TokenHealth::Status::OwnedElsewhere);
}

class ProgressLine
{
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
    {}
    ~ProgressLine() { clear(); }

    void show(const QString &token, const QString &phase, int done, int known)
    {
        if (!m_enabled)
            return;
        const QString line = SyncCommand::tr("%1: %2, %3/%4 pages").arg(token, phase).arg(done).arg(known);
        std::fprintf(stderr, "\r%-78s", line.toLocal8Bit().constData());
        std::fflush(stderr);
        m_shown = true;
    }
    void clear()
    {
        if (m_enabled && m_shown) {
            std::fprintf(stderr, "\r%-78s\r", "");
            std::fflush(stderr);
        }
        m_shown = false;
    }

private:
    bool m_enabled = false;
    bool m_shown = false;
};

} // namespace

void SyncCommand::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("sync"), tr("Sync tokens with Apple (incremental; --full reconciles)."),
                 &SyncCommand::run);
}

int SyncCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("Full reconciliation: also learns what Apple no longer lists."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("Keep running: sync each token on its interval (or every "
                                      "--poll-interval seconds) until stopped."));
    const QCommandLineOption noMetadata(QStringLiteral("no-metadata"), tr("Do not look up names and icons."));
    parser.addOptions({full, watch, noMetadata, CommandContext::jsonOption()});
    if (!context.parse(parser, tr("Sync the inventory of tokens with Apple."), tr("[NAME...]"), 0, 1000))
        return context.exitCode();
    context.applyFormat(parser);
    OutputFormatter &out = context.out();
    const bool json = out.isMachineReadable();

    Workspace *ws = context.workspace();
    if (!ws)
        return ExitError;

    QList<TokenRecord> tokens;
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        const Result<QList<TokenRecord>> all = ws->tokens().list();
        if (!all)
            return context.fail(all.error());
        tokens = all.value();
        if (tokens.isEmpty()) {
            out.note(tr("No token to sync. Add one with \u201cvppdesk-cli token add\u201d."));
            return ExitOk;
        }
    } else {
        for (const QString &name : names) {
            const Result<std::optional<TokenRecord>> found = ws->tokens().findByName(name);
            if (!found)
                return context.fail(found.error());
            if (!found.value())
                return context.fail(VppError::make(VppError::Kind::Usage, QStringLiteral("cli.unknownToken"),
                                                   tr("There is no token named \u201c%1\u201d.").arg(name),
                                                   tr("See \u201cvppdesk-cli token list\u201d.")));
            tokens.append(*found.value());
        }
    }

    SyncOptions options;
    options.forceFull = parser.isSet(full);
    options.fetchMetadata = !parser.isSet(noMetadata);
    options.ourMdmId = ws->mdmInfo().id;
    ProgressLine progress(!json && stderrIsTerminal());

    // What one finished run means for the exit code; prints its line.
    auto report = [&](const TokenRecord &token, const SyncReport &r, const VppError &startError) {
        progress.clear();
        if (startError.isError()) {
            out.error(QString(token.name + QStringLiteral(": ") + startError.toDisplayString()));
            if (json)
                out.json(QJsonObject{{QStringLiteral("token"), token.name},
                                     {QStringLiteral("outcome"), QStringLiteral("failed")},
                                     {QStringLiteral("error"), startError.toDisplayString()}});
            return CommandContext::exitCodeFor(startError) == ExitTokenProblem ? TokenOutcome::TokenProblem
                                                                               : TokenOutcome::Error;
        }
        if (!r.isOk())
            out.error(r.summary());
        else
            out.message(r.summary());
        const auto row = ws->tokens().findById(token.id);
        const std::optional<TokenHealth::Status> status =
            row && row.value() ? row.value()->status : std::nullopt;
        const QString reason =
            row && row.value() ? TokenHealth::reasonText(row.value()->statusReason) : QString();
        if (r.isOk() && isTokenProblemStatus(status))
            out.note(QString(token.name + QStringLiteral(": ") + reason));
        if (!r.isOk())
            return CommandContext::exitCodeFor(r.error) == ExitTokenProblem ? TokenOutcome::TokenProblem
                                                                            : TokenOutcome::Error;
        return isTokenProblemStatus(status) ? TokenOutcome::TokenProblem : TokenOutcome::Ok;
    };

    if (parser.isSet(watch)) {
        // JSON lines: one report object per line, as runs finish.
        if (json)
            out.setFormat(OutputFormatter::Format::Table);
        SyncScheduler scheduler(ws->database(),
                                [ws](const TokenRecord &token) { return ws->clientFactoryFor(token); });
        scheduler.setOptions(options);
        scheduler.setIntervalOverride(context.globals().pollIntervalSeconds);
        QStringList ids;
        QHash<QString, QString> nameOf;
        for (const TokenRecord &t : std::as_const(tokens)) {
            ids << t.id;
            nameOf.insert(t.id, t.name);
        }
        scheduler.setTokenFilter(ids);
        QObject::connect(&scheduler, &SyncScheduler::progressChanged, &scheduler,
                         [&](const QString &tokenId, const QString &phase, int done, int known) {
                             progress.show(nameOf.value(tokenId, tokenId), phase, done, known);
                         });
        QObject::connect(&scheduler, &SyncScheduler::runFinished, &scheduler, [&](const SyncReport &r) {
            progress.clear();
            if (json) {
                std::fprintf(stdout, "%s\n",
                             QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
            } else if (r.isOk()) {
                out.message(r.summary());
                out.flush();
            } else {
                out.error(r.summary());
            }
        });
        QObject::connect(&scheduler, &SyncScheduler::runFailedToStart, &scheduler,
                         [&](const QString &tokenId, const VppError &error) {
                             out.error(QString(tokenId + QStringLiteral(": ") + error.toDisplayString()));
                         });
        for (const TokenRecord &t : std::as_const(tokens)) {
            if (context.globals().pollIntervalSeconds <= 0 && t.syncIntervalSeconds <= 0)
                out.note(tr("%1: manual sync only (interval 0); synced once now. Use --poll-interval to "
                            "repeat.")
                             .arg(t.name));
            scheduler.requestSync(t.id, options.forceFull);
        }
        scheduler.start();
        QEventLoop loop;
        loop.exec(); // until the process is stopped; an unfinished run is never committed
        return ExitOk;
    }

    // Every token at once, each within its own location's budget, on the threads of a pool;
    // applies take turns. Reports are printed in the order the tokens were named.
    SyncPool pool(ws->database().path());
    QList<SyncReport> results(tokens.size());
    QList<VppError> startErrors(tokens.size());
    QHash<QString, qsizetype> indexOf;
    int pending = 0;
    QEventLoop loop;
    QObject::connect(&pool, &SyncPool::progressChanged, &loop,
                     [&](const QString &tokenId, const QString &phase, int done, int known) {
                         progress.show(tokens.at(indexOf.value(tokenId)).name, phase, done, known);
                     });
    QObject::connect(&pool, &SyncPool::finished, &loop, [&](const SyncReport &r) {
        results[indexOf.value(r.tokenId)] = r;
        if (--pending == 0)
            loop.quit();
    });
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TokenRecord &token = tokens.at(i);
        Result<SyncPool::ClientFactory> makeClient = ws->clientFactoryFor(token);
        if (!makeClient) {
            startErrors[i] = makeClient.error();
            continue;
        }
        if (!pool.run(token, std::move(makeClient.value()), options)) {
            startErrors[i] = VppError::make(VppError::Kind::Usage, QStringLiteral("cli.tokenNamedTwice"),
                                            tr("Named more than once; synced once."));
            continue;
        }
        indexOf.insert(token.id, i);
        ++pending;
    }
    if (pending > 0)
        loop.exec();

    QJsonArray runs;
    int ok = 0;
    int tokenProblems = 0;
    int errors = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TokenOutcome outcome = report(tokens.at(i), results.at(i), startErrors.at(i));
        if (json && !startErrors.at(i).isError())
            runs.append(results.at(i).toJson());
        ok += outcome == TokenOutcome::Ok ? 1 : 0;
        tokenProblems += outcome == TokenOutcome::TokenProblem ? 1 : 0;
        errors += outcome == TokenOutcome::Error ? 1 : 0;
    }
    if (json)
        out.json(QJsonObject{{QStringLiteral("runs"), runs}});
    out.flush();
    if (tokenProblems + errors == 0)
        return ExitOk;
    if (ok > 0)
        return ExitPartial;
    return errors == 0 ? ExitTokenProblem : ExitError;
}
