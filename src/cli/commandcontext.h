// CommandContext: what one command gets to do its job: its own arguments, the global options, a
// Workspace opened on first use, the OutputFormatter, and helpers for the common endings (usage
// error -> 2, engine error -> 1 or 3). wait() runs one asynchronous engine call in a local event
// loop, which is how the CLI drives the async engine without busy waiting.
#pragma once

#include "core/apple/proxyconfig.h"
#include "core/common/result.h"
#include "outputformatter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class AppleTrace;
class Workspace;

// Exit codes of vppdesk-cli, part of its interface for scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitTokenProblem = 3, // expired, revoked, invalid, owned elsewhere, wrong location
    ExitPartial = 4,      // some targets or tokens failed, others succeeded
};

// Options every command accepts, before or after the command name.
struct GlobalOptions
{
    QString databasePath;        // empty = Workspace::defaultDatabasePath()
    int pollIntervalSeconds = 0; // 0 = the command's default (sync --watch, jobs)
    QString tracePath;           // a redacted trace of the traffic with Apple (JSON lines); empty = none
    QString proxy;               // --proxy URL: an explicit proxy; empty = the system's
    bool noProxy = false;        // --no-proxy: straight to the service, whatever the system says
};

class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const QString &commandName, const QStringList &arguments, const GlobalOptions &globals,
                   OutputFormatter &out);
    ~CommandContext();

    QString commandName() const { return m_commandName; }
    const GlobalOptions &globals() const { return m_globals; }
    OutputFormatter &out() { return m_out; }

    // Adds --help and the global options to `parser` and parses the command's arguments. Returns
    // false when the command must end now (after --help, or a usage error): return exitCode().
    // positional: the syntax shown in the help ("NAME"); min/max: how many are accepted.
    bool parse(QCommandLineParser &parser, const QString &description, const QString &positional = {},
               int minPositional = 0, int maxPositional = 0);
    int exitCode() const { return m_exitCode; }

    // The --json / --csv pair most read commands offer; sets the formatter's format from them.
    static QCommandLineOption jsonOption();
    static QCommandLineOption csvOption();
    void applyFormat(const QCommandLineParser &parser);

    // The workspace, opened on first use at the --database path. nullptr after reporting why.
    Workspace *workspace();

    // Prints the error on one line and returns its exit code (1, or 3 for token problems).
    int fail(const VppError &error);
    // Prints a usage error and the hint to use --help; returns 2.
    int usage(const QString &message);
    static int exitCodeFor(const VppError &error);
    // The proxy the global options ask for; a usage error for a malformed --proxy.
    static Result<ProxyConfig> proxyConfig(const GlobalOptions &globals);

    // Starts an asynchronous call and waits in a local event loop until it calls back.
    template<typename T>
    Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &start)
    {
        std::optional<Result<T>> result;
        QEventLoop loop;
        start([&result, &loop](Result<T> r) {
            result.emplace(std::move(r));
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }

private:
    QString m_commandName;
    QStringList m_arguments;
    GlobalOptions m_globals;
    OutputFormatter &m_out;
    std::unique_ptr<AppleTrace> m_trace; // outlives the workspace's clients
    std::unique_ptr<Workspace> m_workspace;
    int m_exitCode = ExitOk;
};
