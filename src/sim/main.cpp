// vppsim: a local simulator of Apple's App and Book Management service (v2).
#include "demoorganization.h"
#include "orggenerator.h"
#include "vppsim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
#endif

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop cleanly, so --state is saved.
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
void quitOnSignals() {}
#endif

int intOption(const QCommandLineParser &parser, const QString &name, int min, int max, bool *ok)
{
    bool parsed = false;
    const int value = parser.value(name).toInt(&parsed);
    if (!parsed || value < min || value > max) {
        err() << "vppsim: --" << name << " takes a number from " << min << " to " << max << Qt::endl;
        *ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vppsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPPDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local simulator of Apple's App and Book Management service (v2) for VPP Desk.\n"
        "Serves /mdm/v2/* (service/config, client/config, assets, assignments, users,\n"
        "assets/associate|disassociate|revoke, users/create|update|retire, status), the legacy\n"
        "metadata lookup with generated PNG artwork, and loopback-only /control/* test hooks.\n"
        "Without --generate or --state it serves the hand-made demo organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options{
        {u"port"_s, u"Port on 127.0.0.1 (0 picks a free one). Default 8089."_s, u"N"_s, u"8089"_s},
        {u"page-size"_s, u"Items per page of assets, assignments and users. Default 549."_s, u"N"_s,
         u"549"_s},
        {u"latency-ms"_s, u"Delay before every response, in milliseconds. Default 0."_s, u"MS"_s, u"0"_s},
        {u"max-rps"_s,
         u"maxRequestPerSecond advertised and enforced per location (429/9646 above it). Default 15."_s,
         u"N"_s, u"15"_s},
        {u"no-rate-limit"_s, u"Do not enforce maxRequestPerSecond or the 5 parallel page requests."_s},
        {u"invalid-token-status"_s,
         u"HTTP status sent with 9622 (unknown token): 200 (as seen live) or 401."_s, u"STATUS"_s, u"200"_s},
        {u"strict-serials"_s,
         u"Fail associate tasks for serial numbers the organization never had (9602)."_s},
        {u"event-speed"_s, u"Tasks per second processed for queued writes. Default 2000."_s, u"N"_s,
         u"2000"_s},
        {u"retry-after"_s, u"Retry-After seconds sent with the rate limiter's 429. Default 1."_s, u"S"_s,
         u"1"_s},
        {u"fault"_s,
         u"Inject a fault (repeatable): KIND[:COUNT][%PERCENT][@PATH]. KIND is 429, 503, 500, error-in-200, "
         u"truncate, invalid-json or drop. Examples: 429:5 (next 5 requests), 503%20 (20% of requests), "
         u"truncate:1@/assignments."_s,
         u"SPEC"_s},
        {u"demo"_s, u"Serve the hand-made demo organization (the default)."_s},
        {u"generate"_s,
         u"Generate an organization: assets=N,users=N,assignments=N,locations=N "
         u"(e.g. assets=2000,users=200000,assignments=1000000,locations=2)."_s,
         u"SPEC"_s},
        {u"seed"_s, u"Seed of the generator and of ids the simulator makes. Default 1."_s, u"N"_s, u"1"_s},
        {u"tokens-out"_s, u"Write one .vpptoken file per location into DIR."_s, u"DIR"_s},
        {u"state"_s, u"Load the state from FILE if it exists; save it there on exit (SIGINT/SIGTERM)."_s,
         u"FILE"_s},
        {u"save"_s, u"Save the state to FILE once built."_s, u"FILE"_s},
        {u"no-serve"_s, u"Build (and save, write tokens), print timings, then exit without serving."_s},
    };
    parser.addOptions(options);
    // Bad flags exit with 2 and say why (QCommandLineParser::process() would exit with 1).
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "vppsim: " << parser.errorText() << "\nTry 'vppsim --help' for the list of options."
              << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        err() << "vppsim: unexpected argument '" << parser.positionalArguments().first()
              << "'\nTry 'vppsim --help' for the list of options." << Qt::endl;
        return 2;
    }

    bool ok = true;
    VppSim sim;
    SimConfig &config = sim.config();
    const int port = intOption(parser, u"port"_s, 0, 65535, &ok);
    config.pageSize = intOption(parser, u"page-size"_s, 1, 100000, &ok);
    sim.faults().setLatencyMs(intOption(parser, u"latency-ms"_s, 0, 600000, &ok));
    config.maxRequestPerSecond = intOption(parser, u"max-rps"_s, 1, 1000000, &ok);
    config.enforceRateLimit = !parser.isSet(u"no-rate-limit"_s);
    const QString invalidStatus = parser.value(u"invalid-token-status"_s);
    config.invalidTokenStatus = invalidStatus == u"401" ? 401 : 200;
    if (invalidStatus != u"200" && invalidStatus != u"401") {
        err() << "vppsim: --invalid-token-status is 200 or 401" << Qt::endl;
        ok = false;
    }
    config.strictSerials = parser.isSet(u"strict-serials"_s);
    config.eventTasksPerSecond = intOption(parser, u"event-speed"_s, 1, 100000000, &ok);
    config.retryAfterSeconds = intOption(parser, u"retry-after"_s, 0, 86400, &ok);
    const int seed = intOption(parser, u"seed"_s, 0, std::numeric_limits<int>::max(), &ok);
    for (const QString &spec : parser.values(u"fault"_s)) {
        QString error;
        if (const auto fault = FaultPlan::parse(spec, &error)) {
            sim.faults().arm(*fault);
        } else {
            err() << "vppsim: " << error << Qt::endl;
            ok = false;
        }
    }
    if (!ok)
        return 2;

    QElapsedTimer timer;
    timer.start();
    const QString statePath = parser.value(u"state"_s);
    sim.state().seed(quint32(seed));
    if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
        QString error;
        if (!sim.state().load(statePath, &error)) {
            err() << "vppsim: cannot load " << statePath << ": " << error << Qt::endl;
            return 1;
        }
        out() << "vppsim: loaded " << statePath << " in " << timer.elapsed() << " ms" << Qt::endl;
    } else if (parser.isSet(u"generate"_s)) {
        QString error;
        auto spec = OrgGeneratorSpec::parse(parser.value(u"generate"_s), &error);
        if (!spec) {
            err() << "vppsim: --generate: " << error << Qt::endl;
            return 2;
        }
        spec->seed = quint32(seed);
        OrgGenerator::generate(sim.state(), *spec, QDateTime::currentDateTimeUtc());
        out() << "vppsim: generated " << parser.value(u"generate"_s) << " in " << timer.elapsed() << " ms"
              << Qt::endl;
    } else {
        DemoOrganization::build(sim.state(), QDateTime::currentDateTimeUtc());
    }

    if (parser.isSet(u"save"_s)) {
        QString error;
        if (!sim.state().save(parser.value(u"save"_s), &error)) {
            err() << "vppsim: cannot save: " << error << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(u"tokens-out"_s)) {
        QString error;
        QStringList written;
        if (!sim.writeTokens(parser.value(u"tokens-out"_s), &written, &error)) {
            err() << "vppsim: " << error << Qt::endl;
            return 1;
        }
        for (const QString &path : written)
            out() << "vppsim: wrote " << path << Qt::endl;
    }
    if (parser.isSet(u"no-serve"_s))
        return 0;

    QString error;
    if (!sim.listen(quint16(port), &error)) {
        err() << "vppsim: " << error << Qt::endl;
        return 1;
    }
    out() << "vppsim listening on " << sim.v2Url() << Qt::endl;
    quitOnSignals();
    const int code = QCoreApplication::exec();
    if (!statePath.isEmpty()) {
        sim.events().drain();
        if (!sim.state().save(statePath, &error)) {
            err() << "vppsim: cannot save " << statePath << ": " << error << Qt::endl;
            return 1;
        }
    }
    return code;
}
