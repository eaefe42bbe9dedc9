// vppdesk-cli: the headless console on the same engine as the GUI. main() only parses the global
// options and hands over to the command found in the CommandRegistry.
#include "commandcontext.h"
#include "commandregistry.h"
#include "core/common/buildinfo.h"
#include "core/i18n/pluraltranslator.h"
#include "outputformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The GUI's names, so both find the same inventory under AppDataLocation.
    QCoreApplication::setOrganizationName(QStringLiteral("VPP Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("VPP Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPPDESK_VERSION));
    // English plural forms, so "%n day(s)" prints "19 days"; missing, the "(s)" forms stay.
    PluralTranslator::install(app);
    // Engine info lines would mix with the output; QT_LOGGING_RULES still turns them on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vppdesk.*.info=false\nvppdesk.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    OutputFormatter formatter(out, err);
    CommandRegistry registry;
    registerAllCommands(registry);

    QCommandLineParser parser;
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(tr("Headless console for Apple's Apps and Books licensing (VPP)."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("Inventory database: a file (default: the one of the VPP Desk app) or "
           "postgresql://[user@]host[:port]/database[?sslmode=...]."),
        tr("FILE|URL"));
    const QCommandLineOption pollInterval(QStringLiteral("poll-interval"),
                                          tr("Seconds between polls (sync --watch, jobs)."), tr("SECONDS"));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        tr("Append a redacted trace of the traffic with Apple to FILE (JSON lines: "
           "method, path, status, time, error number; never the token)."),
        tr("FILE"));
    const QCommandLineOption proxy(
        QStringLiteral("proxy"),
        tr("Reach the service through this proxy: http://[user@]host:port (the password comes from the "
           "system keychain, as stored by the VPP Desk app). Default: the system's proxy settings."),
        tr("URL"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"),
                                     tr("Use no proxy, whatever the system says."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOptions({database, pollInterval, trace, proxy, noProxy, help, version});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run, and its arguments."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    QStringList arguments = app.arguments();
    if (!arguments.isEmpty())
        arguments.first() = QStringLiteral("vppdesk-cli");
    if (!parser.parse(arguments)) {
        formatter.error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        out << BuildInfo::versionText(QStringLiteral("vppdesk-cli"));
        return ExitOk;
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        if (parser.isSet(help)) {
            out << parser.helpText() << "\n" << registry.helpText();
            return ExitOk;
        }
        formatter.error(tr("No command given. Run \u201cvppdesk-cli --help\u201d for the list of commands."));
        return ExitUsage;
    }

    qsizetype used = 0;
    const CommandRegistry::Command *command = registry.match(words, &used);
    if (!command) {
        const QStringList group = words.mid(0, 1);
        const bool wantsHelp = parser.isSet(help) || words.contains(QStringLiteral("--help")) ||
                               words.contains(QStringLiteral("-h"));
        if (registry.isGroup(group) && wantsHelp && words.size() <= 2) {
            out << registry.helpText(group);
            return ExitOk;
        }
        formatter.error(tr("Unknown command \u201c%1\u201d.").arg(words.join(QLatin1Char(' '))));
        err << (registry.isGroup(group) ? registry.helpText(group) : registry.helpText());
        return ExitUsage;
    }

    GlobalOptions globals;
    globals.databasePath = parser.value(database);
    globals.tracePath = parser.value(trace);
    globals.proxy = parser.value(proxy);
    globals.noProxy = parser.isSet(noProxy);
    if (const Result<ProxyConfig> config = CommandContext::proxyConfig(globals); !config) {
        formatter.error(config.error().message);
        return ExitUsage;
    }
    if (parser.isSet(pollInterval)) {
        bool ok = false;
        globals.pollIntervalSeconds = parser.value(pollInterval).toInt(&ok);
        if (!ok || globals.pollIntervalSeconds <= 0) {
            formatter.error(tr("--poll-interval needs a whole number of seconds above 0."));
            return ExitUsage;
        }
    }
    QStringList commandArguments = words.mid(used);
    if (parser.isSet(help))
        commandArguments.append(QStringLiteral("--help"));
    CommandContext context(command->name, commandArguments, globals, formatter);
    const int code = command->run(context);
    formatter.flush();
    return code;
}
