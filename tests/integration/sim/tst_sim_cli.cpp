// The built vppsim executable, run as a process: --help against the options main.cpp defines,
// the listening line, token files, deterministic generation, state saved on SIGTERM and
// reloaded, and bad flags.
#include "simhttp.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression kListening(u"^vppsim listening on http://127\\.0\\.0\\.1:(\\d+)/mdm/v2$"_s);

// A vppsim process that is serving.
class Running
{
public:
    ~Running() { stop(); }

    bool start(const QStringList &arguments, QString *why)
    {
        m_process.setProgram(TestSupport::executable(u"vppsim"_s));
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *why = u"vppsim did not start: "_s + m_process.errorString();
            return false;
        }
        const bool listening = QTest::qWaitFor(
            [this] {
                m_stdout += m_process.readAllStandardOutput();
                return (m_stdout.contains("listening on") &&
                        m_stdout.indexOf('\n', m_stdout.indexOf("listening on")) >= 0) ||
                       m_process.state() == QProcess::NotRunning;
            },
            20000);
        for (const QByteArray &line : m_stdout.split('\n')) {
            const QRegularExpressionMatch match = kListening.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                m_listeningLine = QString::fromUtf8(line);
            }
        }
        if (!listening || m_port == 0) {
            *why = u"no listening line; stdout: "_s + QString::fromUtf8(m_stdout) + u" stderr: "_s +
                   QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }

    // SIGTERM, then wait; true when it exited normally with code 0.
    bool terminate(QString *why)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            *why = u"vppsim ignored SIGTERM"_s;
            m_process.kill();
            m_process.waitForFinished(5000);
            return false;
        }
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
            *why = QStringLiteral("vppsim exited with %1: %2")
                       .arg(m_process.exitCode())
                       .arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QString listeningLine() const { return m_listeningLine; }
    QByteArray output() const { return m_stdout; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl u(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

private:
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
    QString m_listeningLine;
};

struct Finished
{
    int exitCode = -1;
    bool crashedOrHung = true;
    QString out;
    QString err;
};

Finished runToEnd(const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess process;
    process.start(TestSupport::executable(u"vppsim"_s), arguments);
    Finished result;
    if (!process.waitForStarted(10000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.crashedOrHung = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject json(SimHttp &http, const QUrl &url, const QByteArray &bearer = {})
{
    SimHeaders headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    const SimReply r = http.send("GET", url, {}, headers);
    return r.status == 200 ? r.json : QJsonObject{{u"failed"_s, r.describe()}};
}

} // namespace

class TestSimCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void helpDocumentsEveryFlag();
    void version();
    void listeningLineAndServiceConfig();
    void tokensOut();
    void generateIsDeterministic();
    void stateSurvivesSigterm();
    void badFlags_data();
    void badFlags();

private:
    // A client; its own simulator is not used.
    std::unique_ptr<SimHttp> m_http;
};

void TestSimCli::initTestCase()
{
    const QString binary = TestSupport::executable(u"vppsim"_s);
    QVERIFY2(!binary.isEmpty(), "vppsim is not built (VPPDESK_BINARY_DIR/src/sim/vppsim)");
    m_http = std::make_unique<SimHttp>();
}

void TestSimCli::helpDocumentsEveryFlag()
{
    // The options main.cpp defines, read from its source.
    const QString mainPath = qEnvironmentVariable("VPPDESK_SOURCE_DIR") + u"/src/sim/main.cpp"_s;
    QFile file(mainPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(mainPath));
    const QString source = QString::fromUtf8(file.readAll());
    const qsizetype begin = source.indexOf(u"QList<QCommandLineOption> options{"_s);
    const qsizetype end = source.indexOf(u"parser.addOptions(options)"_s);
    QVERIFY(begin > 0 && end > begin);
    QSet<QString> defined;
    static const QRegularExpression optionName(u"\\{u\"([a-z0-9-]+)\"_s,"_s);
    for (auto it = optionName.globalMatch(source.mid(begin, end - begin)); it.hasNext();)
        defined.insert(it.next().captured(1));
    QVERIFY2(defined.size() >= 15, qPrintable(QStringList(defined.cbegin(), defined.cend()).join(u' ')));

    const Finished help = runToEnd({u"--help"_s});
    QVERIFY(!help.crashedOrHung);
    QCOMPARE(help.exitCode, 0);
    QSet<QString> documented;
    static const QRegularExpression helpLine(u"^\\s+(?:-[A-Za-z?], )*--([a-z0-9-]+)"_s,
                                             QRegularExpression::MultilineOption);
    for (auto it = helpLine.globalMatch(help.out); it.hasNext();)
        documented.insert(it.next().captured(1));
    for (const QString &builtin : {u"help"_s, u"help-all"_s, u"version"_s})
        documented.remove(builtin);
    QStringList missing;
    for (const QString &name : defined)
        if (!documented.contains(name))
            missing.append(name);
    QStringList extra;
    for (const QString &name : documented)
        if (!defined.contains(name))
            extra.append(name);
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in --help: "_s + missing.join(u", "_s)));
    QVERIFY2(extra.isEmpty(), qPrintable(u"in --help but not in main.cpp: "_s + extra.join(u", "_s)));
    QVERIFY(help.out.contains(u"/mdm/v2"_s));
}

void TestSimCli::version()
{
    const Finished r = runToEnd({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"vppsim "_s), qPrintable(r.out));
}

void TestSimCli::listeningLineAndServiceConfig()
{
    Running sim;
    QString why;
    QVERIFY2(sim.start({u"--port"_s, u"0"_s}, &why), qPrintable(why));
    // The demo organization prints nothing before the line.
    QVERIFY2(sim.output().startsWith(QByteArray(sim.listeningLine().toUtf8() + '\n')),
             sim.output().constData());
    QCOMPARE(sim.listeningLine(),
             QStringLiteral("vppsim listening on http://127.0.0.1:%1/mdm/v2").arg(sim.port()));
    const SimReply r = m_http->send("GET", sim.url(u"/mdm/v2/service/config"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"limits"_s).toObject().value(u"maxRequestPerSecond"_s).toInt(), 15);
    QCOMPARE(r.json.value(u"urls"_s).toObject().value(u"getAssets"_s).toString(),
             QStringLiteral("http://127.0.0.1:%1/mdm/v2/assets").arg(sim.port()));
    QVERIFY2(sim.terminate(&why), qPrintable(why));
}

void TestSimCli::tokensOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokens = dir.filePath(u"tokens"_s);
    Running sim;
    QString why;
    QVERIFY2(sim.start({u"--port"_s, u"0"_s, u"--tokens-out"_s, tokens}, &why), qPrintable(why));
    const QJsonArray locations = json(*m_http, sim.url(u"/control/state"_s)).value(u"locations"_s).toArray();
    QVERIFY(locations.size() >= 1);

    const QStringList files = QDir(tokens).entryList({u"*.vpptoken"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), locations.size());
    static const QRegularExpression expDate(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"_s);
    static const QRegularExpression base64(u"^[A-Za-z0-9+/]+=*$"_s);
    QStringList names;
    for (const QString &name : files) {
        QVERIFY2(sim.output().contains(QDir(tokens).filePath(name).toUtf8()),
                 "vppsim did not report the file");
        QFile f(QDir(tokens).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray contents = f.readAll();
        QVERIFY2(base64.match(QString::fromLatin1(contents)).hasMatch(), contents.constData());
        const QByteArray decoded = QByteArray::fromBase64(contents);
        QVERIFY2(decoded.startsWith("{\n") && decoded.contains("\n    \""), "the JSON is not pretty-printed");
        QJsonParseError error{};
        const QJsonObject token = QJsonDocument::fromJson(decoded, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QStringList(token.keys()), (QStringList{u"expDate"_s, u"orgName"_s, u"token"_s}));
        QVERIFY(!token.value(u"token"_s).toString().isEmpty());
        QVERIFY2(expDate.match(token.value(u"expDate"_s).toString()).hasMatch(),
                 qPrintable(token.value(u"expDate"_s).toString()));
        QVERIFY(!token.value(u"orgName"_s).toString().isEmpty());

        // The file contents are a working bearer token for the location the file is named after.
        const QJsonObject config = json(*m_http, sim.url(u"/mdm/v2/client/config"_s), contents);
        QVERIFY2(config.contains(u"locationName"_s), qPrintable(config.value(u"failed"_s).toString()));
        QString expectedName = config.value(u"locationName"_s).toString();
        expectedName.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
        QCOMPARE(name, QString(expectedName + u".vpptoken"_s));
        QCOMPARE(config.value(u"tokenExpirationDate"_s).toString(), token.value(u"expDate"_s).toString());
        names.append(config.value(u"uId"_s).toString());
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), files.size()); // one file per location
    QVERIFY2(sim.terminate(&why), qPrintable(why));
}

void TestSimCli::generateIsDeterministic()
{
    const QStringList common{u"--generate"_s,     u"assets=20,users=100,assignments=500,locations=2"_s,
                             u"--port"_s,         u"0"_s,
                             u"--page-size"_s,    u"50"_s,
                             u"--no-rate-limit"_s};
    auto snapshot = [this, &common](const QString &seed, QString *why) {
        Running sim;
        QJsonObject result;
        if (!sim.start(common + QStringList{u"--seed"_s, seed}, why))
            return result;
        if (!sim.output().startsWith("vppsim: generated ")) {
            *why = u"no 'generated' line"_s;
            return result;
        }
        result.insert(u"state"_s, json(*m_http, sim.url(u"/control/state"_s)));
        const QJsonArray tokens = json(*m_http, sim.url(u"/control/tokens"_s)).value(u"tokens"_s).toArray();
        const QByteArray bearer = tokens.first().toObject().value(u"token"_s).toString().toLatin1();
        for (const char *page : {"0", "1"}) {
            QJsonObject assignments = json(
                *m_http,
                sim.url(u"/mdm/v2/assignments"_s, QUrlQuery{{u"pageIndex"_s, QString::fromLatin1(page)}}),
                bearer);
            assignments.remove(u"tokenExpirationDate"_s); // relative to the start time
            result.insert(u"assignments"_s + QLatin1String(page), assignments);
        }
        QJsonObject users = json(*m_http, sim.url(u"/mdm/v2/users"_s), bearer);
        users.remove(u"tokenExpirationDate"_s);
        result.insert(u"users"_s, users);
        if (!sim.terminate(why))
            return QJsonObject();
        return result;
    };
    QString why;
    const QJsonObject first = snapshot(u"3"_s, &why);
    QVERIFY2(!first.isEmpty(), qPrintable(why));
    const QJsonObject second = snapshot(u"3"_s, &why);
    QVERIFY2(!second.isEmpty(), qPrintable(why));

    const QJsonObject state = first.value(u"state"_s).toObject();
    const QJsonArray locations = state.value(u"locations"_s).toArray();
    QCOMPARE(locations.size(), 2);
    qint64 assets = 0, users = 0, assignments = 0;
    for (const QJsonValue &l : locations) {
        assets += l.toObject().value(u"assets"_s).toInteger();
        users += l.toObject().value(u"users"_s).toInteger();
        assignments += l.toObject().value(u"assignments"_s).toInteger();
    }
    QCOMPARE(assets, 20);
    QCOMPARE(users, 100);
    QCOMPARE(assignments, 500);
    const QJsonObject page0 = first.value(u"assignments0"_s).toObject();
    QJsonObject withDate = page0; // tokenExpirationDate was left out of the comparison
    withDate.insert(u"tokenExpirationDate"_s, u"2030-11-08T22:33:22+0000"_s);
    SIM_SHAPE(SimShape::page, withDate, u"assignments"_s);
    QCOMPARE(page0.value(u"size"_s).toInt(), 50);

    QCOMPARE(second.value(u"state"_s), first.value(u"state"_s));
    QCOMPARE(second.value(u"assignments0"_s), first.value(u"assignments0"_s));
    QCOMPARE(second.value(u"assignments1"_s), first.value(u"assignments1"_s));
    QCOMPARE(second.value(u"users"_s), first.value(u"users"_s));

    // Another seed gives another organization (so the comparison above can fail).
    const QJsonObject other = snapshot(u"4"_s, &why);
    QVERIFY2(!other.isEmpty(), qPrintable(why));
    QVERIFY(other.value(u"assignments0"_s) != first.value(u"assignments0"_s) ||
            other.value(u"users"_s) != first.value(u"users"_s));
}

void TestSimCli::stateSurvivesSigterm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString statePath = dir.filePath(u"sim.state"_s);
    const QJsonObject mdm{
        {u"id"_s, u"cli-test"_s}, {u"name"_s, u"VPP Desk CLI test"_s}, {u"metadata"_s, u"pid"_s}};
    QString why;
    QByteArray bearer;
    {
        Running sim;
        QVERIFY2(sim.start({u"--port"_s, u"0"_s, u"--state"_s, statePath}, &why), qPrintable(why));
        QVERIFY(!QFile::exists(statePath));
        bearer = json(*m_http, sim.url(u"/control/tokens"_s))
                     .value(u"tokens"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"token"_s)
                     .toString()
                     .toLatin1();
        QVERIFY(!bearer.isEmpty());
        const SimReply set =
            m_http->send("POST", sim.url(u"/mdm/v2/client/config"_s),
                         QJsonDocument(QJsonObject{{u"mdmInfo"_s, mdm}}).toJson(),
                         {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}});
        QVERIFY2(set.status == 200, qPrintable(set.describe()));
        // A write still queued at SIGTERM is finished before saving.
        const SimReply create =
            m_http->send("POST", sim.url(u"/mdm/v2/users/create"_s),
                         R"({"users":[{"clientUserId":"saved-user-1","email":"saved@example.com"}]})",
                         {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}});
        QVERIFY2(create.status == 200, qPrintable(create.describe()));
        QVERIFY2(sim.terminate(&why), qPrintable(why));
    }
    QVERIFY(QFile::exists(statePath));

    Running again;
    QVERIFY2(again.start({u"--port"_s, u"0"_s, u"--state"_s, statePath}, &why), qPrintable(why));
    QVERIFY2(again.output().startsWith(QString(u"vppsim: loaded "_s + statePath).toUtf8()),
             again.output().constData());
    const QJsonObject config = json(*m_http, again.url(u"/mdm/v2/client/config"_s), bearer);
    QCOMPARE(config.value(u"mdmInfo"_s).toObject(), mdm);
    const QJsonObject users =
        json(*m_http, again.url(u"/mdm/v2/users"_s, QUrlQuery(u"clientUserId=saved-user-1"_s)), bearer);
    QCOMPARE(users.value(u"users"_s).toArray().size(), 1);
    QCOMPARE(users.value(u"users"_s).toArray().first().toObject().value(u"email"_s).toString(),
             u"saved@example.com"_s);
    QVERIFY2(again.terminate(&why), qPrintable(why));
}

void TestSimCli::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("missing value") << QStringList{u"--port"_s} << u"port"_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << u"--port"_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("page size 0") << QStringList{u"--page-size"_s, u"0"_s} << u"--page-size"_s;
    QTest::newRow("invalid-token-status 302")
        << QStringList{u"--invalid-token-status"_s, u"302"_s} << u"--invalid-token-status"_s;
    QTest::newRow("unknown fault") << QStringList{u"--fault"_s, u"explode"_s} << u"explode"_s;
    QTest::newRow("fault percent") << QStringList{u"--fault"_s, u"503%200"_s} << u"percentage"_s;
    QTest::newRow("bad generate") << QStringList{u"--generate"_s, u"assets=many"_s} << u"--generate"_s;
    QTest::newRow("unknown generate key") << QStringList{u"--generate"_s, u"planets=3"_s} << u"planets"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
}

void TestSimCli::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Finished r = runToEnd(QStringList{u"--port"_s, u"0"_s} + arguments, 10000);
    QVERIFY2(!r.crashedOrHung, qPrintable(u"did not exit: "_s + r.err));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(u"vppsim: "_s), qPrintable(r.err));
    QVERIFY(!r.out.contains(u"listening"_s));
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_sim_cli.moc"
