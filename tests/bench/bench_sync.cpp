// bench_sync: the sync pipeline at scale. Starts the built vppsim as a separate process with a
// generated organization and measures, in one run:
//   - a full sync of every token at once into a fresh SQLite file (what `Sync all` does), with
//     each run's apply time (the only time it holds the write lock) and the worst wait of a small
//     console-like write made every 20 ms from another connection meanwhile;
//   - the same rows imported by SQLite alone (prepared INSERT in one transaction, the inventory's
//     assignments table and indexes), the floor the sync is compared with;
//   - with --compare-single, the first location synced alone before, so `Sync all` can be compared
//     with its largest location; with --max-rps/--latency-ms (Apple's limits), each run against
//     its bound max(requests / rps, pages x latency / 5);
//   - after 1% of the assignments changed (/control/mutate), the incremental sync.
// Prints wall times, ratios, pages, requests and peak memory (VmHWM). No timing is asserted.
#include "core/apple/appleclient.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncpool.h"

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
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Token
{
    TokenRecord record;
    QString secret;
};

// Every token at once, as `Sync all` and `vppdesk-cli sync` run them: a SyncPool of `threads`
// threads (each with its own connection to `db`'s file), one client and network access manager
// per token.
QList<SyncReport> syncAll(Database &db, const std::vector<Token> &tokens, const QString &v2Url,
                          const SyncOptions &options, int threads)
{
    QList<SyncReport> reports(qsizetype(tokens.size()));
    QHash<QString, qsizetype> indexOf;
    SyncPool pool(db.path(), threads);
    QEventLoop loop;
    int pending = 0;
    QObject::connect(&pool, &SyncPool::finished, &loop, [&](const SyncReport &r) {
        reports[indexOf.value(r.tokenId)] = r;
        if (--pending == 0)
            loop.quit();
    });
    for (size_t i = 0; i < tokens.size(); ++i) {
        indexOf.insert(tokens[i].record.id, qsizetype(i));
        ++pending;
        pool.run(
            tokens[i].record,
            [url = QUrl(v2Url), secret = tokens[i].secret](
                QNetworkAccessManager *network) -> Result<std::unique_ptr<AppleClient>> {
                return std::make_unique<AppleClient>(network, url, secret);
            },
            options);
    }
    if (pending > 0)
        loop.exec();
    return reports;
}

void print(const QString &label, const SyncReport &r, double maxRps, int latencyMs)
{
    out() << label << " " << r.tokenName << ": " << SyncReport::outcomeKey(r.outcome) << " in "
          << r.elapsedMs() << " ms; assets " << r.assets << ", users " << r.users << ", assignments "
          << r.assignments << " (+" << r.assignmentsAdded << " / -" << r.assignmentsRemoved << "), pages "
          << r.pages << ", requests " << r.requests << ", write lock held " << r.lockHeldMs << " ms (waited "
          << r.applyWaitMs << " ms for it)\n  phases:";
    for (const auto &[name, ms] : r.phaseMs)
        out() << " " << name << "=" << ms << "ms";
    if (maxRps > 0 && maxRps < 1000) {
        // What Apple's limits allow at best: the request budget, or five pages in flight.
        const double bound = qMax(double(r.requests) / maxRps, double(r.pages) * latencyMs / 1000.0 / 5.0);
        out() << "\n  bound max(requests/" << maxRps << ", pages x " << latencyMs
              << " ms / 5) = " << qint64(bound * 1000) << " ms; ratio "
              << QString::number(r.elapsedMs() / 1000.0 / bound, 'f', 2);
    }
    if (!r.isOk())
        out() << "\n  error: " << r.error.toLogString();
    out() << Qt::endl;
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

// A console-like writer on its own connection: one small write every 20 ms while the sync runs;
// records the longest a write waited.
class Writer : public QThread
{
public:
    explicit Writer(QString path)
        : m_path(std::move(path))
    {}
    void stop() { m_stop = true; }
    qint64 worstMs() const { return m_worst; }
    int writes() const { return m_writes; }
    int failures() const { return m_failures; }

protected:
    void run() override
    {
        Database db;
        if (!db.open(m_path))
            return;
        while (!m_stop) {
            QElapsedTimer t;
            t.start();
            const Result<void> done =
                db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bench.writer', '%1') "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                            .arg(m_writes));
            m_worst = qMax<qint64>(m_worst, t.elapsed());
            if (done)
                ++m_writes;
            else
                ++m_failures;
            QThread::msleep(20);
        }
    }

private:
    QString m_path;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_worst{0};
    std::atomic<int> m_writes{0};
    std::atomic<int> m_failures{0};
};

// The floor: the same assignment rows written by SQLite alone into the inventory's table (same
// columns and indexes) with one prepared statement in one transaction.
qint64 sqliteImportMs(Database &synced, const QString &path)
{
    struct Row
    {
        QByteArray token, adam, pricing, user, serial;
    };
    std::vector<Row> rows;
    QSqlQuery read(synced.connection());
    read.setForwardOnly(true);
    read.exec(QStringLiteral("SELECT token_id, adam_id, pricing_param, client_user_id, serial_number FROM "
                             "assignments ORDER BY id"));
    while (read.next())
        rows.push_back({read.value(0).toString().toUtf8(), read.value(1).toString().toUtf8(),
                        read.value(2).toString().toUtf8(), read.value(3).toString().toUtf8(),
                        read.value(4).toString().toUtf8()});
    read.finish();
    QStringList ddl;
    QSqlQuery schema(synced.connection());
    schema.exec(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'assignments' AND sql IS NOT NULL"));
    while (schema.next())
        ddl << schema.value(0).toString().replace(QStringLiteral("REFERENCES tokens (id) ON DELETE CASCADE"),
                                                  QString());
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536", nullptr,
                 nullptr, nullptr);
    for (const QString &statement : std::as_const(ddl))
        sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO assignments (token_id, adam_id, pricing_param, client_user_id, serial_number) "
        "VALUES (?, ?, ?, ?, ?)",
        -1, &insert, nullptr);
    for (const Row &r : rows) {
        const QByteArray *values[] = {&r.token, &r.adam, &r.pricing, &r.user, &r.serial};
        for (int i = 0; i < 5; ++i) {
            if (values[i]->isEmpty())
                sqlite3_bind_null(insert, i + 1);
            else
                sqlite3_bind_text(insert, i + 1, values[i]->constData(), int(values[i]->size()),
                                  SQLITE_STATIC);
        }
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const qint64 ms = t.elapsed();
    sqlite3_close(db);
    out() << "SQLITE IMPORT of " << rows.size() << " assignment rows: " << ms << " ms" << Qt::endl;
    return ms;
}

bool insertTokens(Database &db, const std::vector<Token> &tokens)
{
    for (const Token &t : tokens) {
        if (const Result<TokenRecord> inserted = TokenStore(db).insert(t.record); !inserted) {
            out() << inserted.error().toLogString() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync pipeline benchmark against vppsim."));
    parser.addHelpOption();
    const QCommandLineOption generate(
        QStringLiteral("generate"), QStringLiteral("vppsim --generate spec"), QStringLiteral("SPEC"),
        QStringLiteral("assets=2000,users=200000,assignments=1000000,locations=2"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("page size"),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption maxRps(QStringLiteral("max-rps"), QStringLiteral("requests per second"),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("vppsim reply latency"),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption mutatePct(QStringLiteral("mutate-percent"),
                                       QStringLiteral("assignments changed"), QStringLiteral("P"),
                                       QStringLiteral("1"));
    const QCommandLineOption metadata(QStringLiteral("metadata"),
                                      QStringLiteral("also fetch names and icons"));
    const QCommandLineOption single(
        QStringLiteral("compare-single"),
        QStringLiteral("sync the first location alone first, to compare Sync all with it"));
    const QCommandLineOption noImport(QStringLiteral("no-import"),
                                      QStringLiteral("skip the SQLite import floor"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("sync threads (SyncPool), default %1").arg(SyncPool::defaultThreads),
        QStringLiteral("n"), QString::number(SyncPool::defaultThreads));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral(
            "sync into this database (a PostgreSQL URL for the team inventory; implies --no-import)"),
        QStringLiteral("LOCATION"));
    parser.addOptions(
        {generate, pageSize, maxRps, latency, mutatePct, metadata, single, noImport, threads, database});
    parser.process(app);
    const double rps = parser.value(maxRps).toDouble();
    const int latencyMs = parser.value(latency).toInt();
    const int syncThreads = qMax(1, parser.value(threads).toInt());

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
                      QStringLiteral("--max-rps"), parser.value(maxRps), QStringLiteral("--latency-ms"),
                      parser.value(latency), QStringLiteral("--tokens-out"), tokensDir});
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

    std::vector<Token> tokens;
    for (const QFileInfo &file : QDir(tokensDir).entryInfoList({QStringLiteral("*.vpptoken")}, QDir::Files)) {
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        TokenRecord record;
        record.id = QStringLiteral("bench-%1").arg(tokens.size() + 1);
        record.name = file.completeBaseName();
        record.serviceUrl = v2Url;
        tokens.push_back({record, QString::fromLatin1(f.readAll().trimmed())});
    }
    SyncOptions options;
    options.fetchMetadata = parser.isSet(metadata);
    bool ok = true;

    qint64 singleMs = -1;
    if (parser.isSet(single)) {
        Database alone;
        if (!alone.open(dir.filePath(QStringLiteral("single.sqlite"))) ||
            !insertTokens(alone, {tokens.front()}))
            return 1;
        const QList<SyncReport> r = syncAll(alone, {tokens.front()}, v2Url, options, syncThreads);
        print(QStringLiteral("single"), r.constFirst(), rps, latencyMs);
        singleMs = r.constFirst().elapsedMs();
        ok = ok && r.constFirst().isOk();
    }

    const QString dbPath =
        parser.isSet(database) ? parser.value(database) : dir.filePath(QStringLiteral("bench.sqlite"));
    Database db;
    if (const Result<void> opened = db.open(dbPath); !opened || !insertTokens(db, tokens)) {
        out() << "cannot open the database" << Qt::endl;
        return 1;
    }
    out() << "peak RSS before sync " << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;
    Writer writer(dbPath);
    writer.start();
    QElapsedTimer total;
    total.start();
    const QList<SyncReport> full = syncAll(db, tokens, v2Url, options, syncThreads);
    const qint64 fullMs = total.elapsed();
    writer.stop();
    writer.wait();
    qint64 longestLock = 0;
    QList<qint64> assignmentCounts;
    for (const SyncReport &r : full) {
        print(QStringLiteral("full"), r, rps, latencyMs);
        ok = ok && r.isOk();
        longestLock = qMax(longestLock, r.lockHeldMs);
        assignmentCounts.append(r.assignments);
    }
    out() << "FULL SYNC of " << tokens.size() << " tokens at once: " << fullMs << " ms, peak RSS "
          << BenchUtil::peakRssKib() / 1024 << " MiB (later peaks include the import floor's own buffers)"
          << Qt::endl;
    out() << "LONGEST WRITE LOCK of a run: " << longestLock << " ms" << Qt::endl;
    out() << "CONSOLE WRITES during the sync: " << writer.writes() << " ok, " << writer.failures()
          << " failed, longest wait " << writer.worstMs() << " ms" << Qt::endl;
    if (singleMs > 0)
        out() << "SYNC ALL vs the first location alone: " << fullMs << " / " << singleMs
              << " ms = " << QString::number(double(fullMs) / double(singleMs), 'f', 2) << Qt::endl;
    if (!parser.isSet(noImport) && !parser.isSet(database)) {
        const qint64 importMs = sqliteImportMs(db, dir.filePath(QStringLiteral("import.sqlite")));
        if (importMs > 0)
            out() << "FULL SYNC vs SQLITE IMPORT: " << fullMs << " / " << importMs
                  << " ms = " << QString::number(double(fullMs) / double(importMs), 'f', 1) << "x"
                  << Qt::endl;
    }

    // A share of each location's assignments, half removed and half added by the simulator.
    QNetworkAccessManager nam;
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
    const QList<SyncReport> incremental = syncAll(db, tokens, v2Url, options, syncThreads);
    const qint64 incrementalMs = total.elapsed();
    for (const SyncReport &r : incremental) {
        print(QStringLiteral("incremental"), r, rps, latencyMs);
        ok = ok && r.isOk() && !r.full;
    }
    out() << "INCREMENTAL SYNC of " << tokens.size() << " tokens at once: " << incrementalMs
          << " ms, peak RSS " << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;

    // The daily full reconciliation of an inventory already in place (removals learnt).
    SyncOptions fullOptions = options;
    fullOptions.forceFull = true;
    total.restart();
    const QList<SyncReport> reconciled = syncAll(db, tokens, v2Url, fullOptions, syncThreads);
    const qint64 reconcileMs = total.elapsed();
    qint64 reconcileLock = 0;
    for (const SyncReport &r : reconciled) {
        print(QStringLiteral("reconcile"), r, rps, latencyMs);
        ok = ok && r.isOk() && r.full;
        reconcileLock = qMax(reconcileLock, r.lockHeldMs);
    }
    out() << "FULL RECONCILIATION of " << tokens.size() << " tokens at once: " << reconcileMs
          << " ms, longest write lock " << reconcileLock << " ms" << Qt::endl;

    sim.terminate();
    if (!sim.waitForFinished(5000))
        sim.kill();
    return ok ? 0 : 1;
}
