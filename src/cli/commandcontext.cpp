#include "commandcontext.h"

#include "core/apple/appleclient.h"
#include "core/apple/appleerror.h"
#include "core/apple/appletrace.h"
#include "core/workspace/workspace.h"

CommandContext::CommandContext(const QString &commandName, const QStringList &arguments,
                               const GlobalOptions &globals, OutputFormatter &out)
    : m_commandName(commandName)
    , m_arguments(arguments)
    , m_globals(globals)
    , m_out(out)
{}

CommandContext::~CommandContext() = default;

bool CommandContext::parse(QCommandLineParser &parser, const QString &description, const QString &positional,
                           int minPositional, int maxPositional)
{
    const QCommandLineOption database(
        QStringLiteral("database"), tr("Inventory database: a file or a postgresql:// URL."), tr("FILE|URL"));
    const QCommandLineOption pollInterval(QStringLiteral("poll-interval"),
                                          tr("Seconds between polls (sync --watch, jobs)."), tr("SECONDS"));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   tr("Append a redacted trace of the traffic with Apple to FILE."),
                                   tr("FILE"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   tr("Reach the service through this proxy (http://[user@]host:port)."),
                                   tr("URL"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"),
                                     tr("Use no proxy, whatever the system says."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.setApplicationDescription(description);
    parser.addOption(database);
    parser.addOption(pollInterval);
    parser.addOption(trace);
    parser.addOption(proxy);
    parser.addOption(noProxy);
    parser.addOption(help);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, QString());

    // The program name in the help is the command ("vppdesk-cli token add").
    QStringList arguments{QStringLiteral("vppdesk-cli ") + m_commandName};
    arguments += m_arguments;
    if (!parser.parse(arguments)) {
        m_exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out.flush();
        // The usage line names the program as started; show the command instead.
        QString text = parser.helpText();
        const QStringList args = QCoreApplication::arguments();
        const qsizetype at = args.isEmpty() ? -1 : text.indexOf(args.constFirst());
        if (at >= 0)
            text.replace(at, args.constFirst().size(), QStringLiteral("vppdesk-cli ") + m_commandName);
        QTextStream(stdout) << text;
        m_exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(database))
        m_globals.databasePath = parser.value(database);
    if (parser.isSet(trace))
        m_globals.tracePath = parser.value(trace);
    if (parser.isSet(proxy))
        m_globals.proxy = parser.value(proxy);
    if (parser.isSet(noProxy))
        m_globals.noProxy = true;
    if (const Result<ProxyConfig> config = proxyConfig(m_globals); !config) {
        m_exitCode = usage(config.error().message);
        return false;
    }
    if (parser.isSet(pollInterval)) {
        bool ok = false;
        const int seconds = parser.value(pollInterval).toInt(&ok);
        if (!ok || seconds <= 0) {
            m_exitCode = usage(tr("--poll-interval needs a whole number of seconds above 0."));
            return false;
        }
        m_globals.pollIntervalSeconds = seconds;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional) {
        m_exitCode = usage(tr("Missing argument: %1.").arg(positional));
        return false;
    }
    if (count > maxPositional) {
        m_exitCode = usage(
            tr("Unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

QCommandLineOption CommandContext::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON (Apple's field names)."));
}

QCommandLineOption CommandContext::csvOption()
{
    return QCommandLineOption(QStringLiteral("csv"), tr("Print CSV with a header line."));
}

void CommandContext::applyFormat(const QCommandLineParser &parser)
{
    const QStringList names = parser.optionNames();
    if (names.contains(QStringLiteral("json")))
        m_out.setFormat(OutputFormatter::Format::Json);
    else if (names.contains(QStringLiteral("csv")))
        m_out.setFormat(OutputFormatter::Format::Csv);
}

Workspace *CommandContext::workspace()
{
    if (!m_workspace) {
        auto workspace = std::make_unique<Workspace>();
        const Result<void> opened = workspace->open(m_globals.databasePath);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        const Result<ProxyConfig> proxy = proxyConfig(m_globals);
        if (!proxy) {
            fail(proxy.error());
            return nullptr;
        }
        const Result<ProxyConfig> withPassword = workspace->withProxyPassword(proxy.value());
        if (!withPassword) {
            fail(withPassword.error());
            return nullptr;
        }
        workspace->setProxy(withPassword.value());
        if (!m_globals.tracePath.isEmpty()) {
            m_trace = std::make_unique<AppleTrace>();
            QString error;
            if (!m_trace->setFile(m_globals.tracePath, &error)) {
                fail(VppError::make(VppError::Kind::Io, QStringLiteral("trace.unwritable"),
                                    tr("Cannot write the trace to %1: %2.").arg(m_globals.tracePath, error)));
                return nullptr;
            }
            AppleTrace *traceLog = m_trace.get();
            workspace->setClientSetup(
                [traceLog](AppleClient &client) { client.transport().setTrace(traceLog); });
        }
        m_workspace = std::move(workspace);
    }
    return m_workspace.get();
}

Result<ProxyConfig> CommandContext::proxyConfig(const GlobalOptions &globals)
{
    if (globals.noProxy && !globals.proxy.isEmpty())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("proxy.conflict"),
                              tr("--proxy and --no-proxy cannot be used together."));
    if (globals.noProxy)
        return ProxyConfig::none();
    if (globals.proxy.isEmpty())
        return ProxyConfig::system();
    return ProxyConfig::manual(globals.proxy);
}

int CommandContext::exitCodeFor(const VppError &error)
{
    if (!error.isError())
        return ExitOk;
    if (error.kind == VppError::Kind::Token)
        return ExitTokenProblem;
    if (error.kind == VppError::Kind::Apple && AppleError::isTokenFatal(error.appleErrorNumber))
        return ExitTokenProblem;
    return ExitError;
}

int CommandContext::fail(const VppError &error)
{
    m_out.error(error);
    return exitCodeFor(error);
}

int CommandContext::usage(const QString &message)
{
    m_out.error(
        QString(message + QLatin1Char(' ') +
                tr("Run \u201cvppdesk-cli %1 --help\u201d for the options.").arg(m_commandName).trimmed()));
    return ExitUsage;
}
