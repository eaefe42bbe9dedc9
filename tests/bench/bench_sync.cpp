// bench_sync: the sync engine at scale. Starts the built vppsim as a separate process with a large
// generated organization, runs a full sync of every token into a fresh SQLite file, then changes
// 1% of the assignments through /control/mutate and runs an incremental sync. Prints wall time per
// phase, pages, requests and peak memory (VmHWM). No timing is asserted.
#include "core/apple/appleclient.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/sync/syncengine.h"

#include "benchutil.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

SyncReport runSync(Database &db, const TokenRecord &token, AppleClient &client, const SyncOptions &options)
{
    SyncEngine engine(db, token, &client, options);
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    engine.start();
    loop.exec();
    return report;
}

void print(const QString &label, const SyncReport &r)
{
    out() << label << " " << r.tokenName << ": " << SyncReport::outcomeKey(r.outcome) << " in "
          << r.elapsedMs() << " ms; assets " << r.assets << ", users " << r.users << ", assignments "
          << r.assignments << " (+" << r.assignmentsAdded << " / -" << r.assignmentsRemoved << "), pages "
          << r.pages << ", requests " << r.requests << "\n  phases:";
    for (const auto &[name, ms] : r.phaseMs)
        out() << " " << name << "=" << ms << "ms";
    out() << "\n  peak RSS " << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;
    if (!r.isOk())
        out() << "  error: " << r.error.toLogString() << Qt::endl;
}

QJsonObject post(QNetworkAccessManager &nam, const QString &url, const QJsonObject &body)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync engine benchmark against vppsim."));
    parser.addHelpOption();
    const QCommandLineOption generate(
        QStringLiteral("generate"), QStringLiteral("vppsim --generate spec"), QStringLiteral("SPEC"),
        QStringLiteral("assets=2000,users=200000,assignments=1000000,locations=2"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("page size"),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption maxRps(QStringLiteral("max-rps"), QStringLiteral("requests per second"),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption mutatePct(QStringLiteral("mutate-percent"),
                                       QStringLiteral("assignments changed"), QStringLiteral("P"),
                                       QStringLiteral("1"));
    const QCommandLineOption metadata(QStringLiteral("metadata"),
                                      QStringLiteral("also fetch names and icons"));
    parser.addOptions({generate, pageSize, maxRps, mutatePct, metadata});
    parser.process(app);

    QTemporaryDir dir;
    const QString tokensDir = dir.filePath(QStringLiteral("tokens"));
    QDir().mkpath(tokensDir);
    QProcess sim;
    sim.setProgram(TestSupport::executable(QStringLiteral("vppsim")));
    if (sim.program().isEmpty()) {
        out() << "vppsim not found (set VPPDESK_BINARY_DIR)" << Qt::endl;
        return 1;
    }
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
                      parser.value(generate), QStringLiteral("--page-size"), parser.value(pageSize),
                      QStringLiteral("--max-rps"), parser.value(maxRps), QStringLiteral("--tokens-out"),
                      tokensDir});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    sim.start();
    QString v2Url;
    const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    while (v2Url.isEmpty() && sim.waitForReadyRead(120000)) {
        while (sim.canReadLine()) {
            const QString line = QString::fromUtf8(sim.readLine()).trimmed();
            const auto match = listening.match(line);
            if (match.hasMatch())
                v2Url = match.captured(1);
        }
    }
    if (v2Url.isEmpty()) {
        out() << "vppsim did not start" << Qt::endl;
        return 1;
    }
    const QString baseUrl = v2Url.left(v2Url.indexOf(QStringLiteral("/mdm/")));
    out() << "vppsim ready at " << v2Url << " after " << timer.elapsed() << " ms" << Qt::endl;

    Database db;
    if (const Result<void> opened = db.open(dir.filePath(QStringLiteral("bench.sqlite"))); !opened) {
        out() << opened.error().toLogString() << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    struct Token
    {
        TokenRecord record;
        std::unique_ptr<AppleClient> client;
    };
    std::vector<Token> tokens;
    for (const QFileInfo &file : QDir(tokensDir).entryInfoList({QStringLiteral("*.vpptoken")}, QDir::Files)) {
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        TokenRecord record;
        record.name = file.completeBaseName();
        record.serviceUrl = v2Url;
        const Result<TokenRecord> inserted = TokenStore(db).insert(record);
        if (!inserted) {
            out() << inserted.error().toLogString() << Qt::endl;
            return 1;
        }
        tokens.push_back(
            {inserted.value(),
             std::make_unique<AppleClient>(&nam, QUrl(v2Url), QString::fromLatin1(f.readAll().trimmed()))});
    }

    SyncOptions options;
    options.fetchMetadata = parser.isSet(metadata);
    out() << "peak RSS before sync " << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;
    QElapsedTimer total;
    total.start();
    bool ok = true;
    QList<qint64> assignmentCounts;
    for (Token &t : tokens) {
        const SyncReport r = runSync(db, t.record, *t.client, options);
        print(QStringLiteral("full"), r);
        ok = ok && r.isOk();
        assignmentCounts.append(r.assignments);
    }
    out() << "FULL SYNC of " << tokens.size() << " tokens: " << total.elapsed() << " ms, peak RSS "
          << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;

    // A share of each location's assignments, half removed and half added by the simulator.
    const double percent = parser.value(mutatePct).toDouble();
    for (size_t i = 0; i < tokens.size(); ++i) {
        const auto row = TokenStore(db).findById(tokens[i].record.id);
        const qint64 changes = qint64(double(assignmentCounts.value(qsizetype(i))) * percent / 100.0);
        const QJsonObject mutated =
            post(nam, baseUrl + QStringLiteral("/control/mutate"),
                 {{QStringLiteral("uId"), row.value()->uid}, {QStringLiteral("assignments"), changes}});
        out() << "mutated " << row.value()->name << ": "
              << QJsonDocument(mutated).toJson(QJsonDocument::Compact).constData() << Qt::endl;
    }
    total.restart();
    for (Token &t : tokens) {
        const SyncReport r = runSync(db, t.record, *t.client, options);
        print(QStringLiteral("incremental"), r);
        ok = ok && r.isOk() && !r.full;
    }
    out() << "INCREMENTAL SYNC of " << tokens.size() << " tokens: " << total.elapsed() << " ms, peak RSS "
          << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;

    sim.terminate();
    if (!sim.waitForFinished(5000))
        sim.kill();
    return ok ? 0 : 1;
}
