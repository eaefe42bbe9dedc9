// The built vppsim executable, run as a process: --help against the options main.cpp defines,
// the listening line, token files, deterministic generation, state saved on SIGTERM and
// reloaded, and bad flags.
#include "simhttp.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QRegularExpression kListening(u"^vppsim listening on http://127\\.0\\.0\\.1:(\\d+)/mdm/v2$"_qs);

// A vppsim process that is serving.
class Running
{
public:
    ~Running() { stop(); }

    bool start(const QStringList &arguments, QString *why)
    {
        m_process.setProgram(TestSupport::executable(u"vppsim"_qs));
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *why = u"vppsim did not start: "_qs + m_process.errorString();
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
            *why = u"no listening line; stdout: "_qs + QString::fromUtf8(m_stdout) + u" stderr: "_qs +
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
            *why = u"vppsim ignored SIGTERM"_qs;
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
    process.start(TestSupport::executable(u"vppsim"_qs), arguments);
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
    return r.status == 200 ? r.json : QJsonObject{{u"failed"_qs, r.describe()}};
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
    const QString binary = TestSupport::executable(u"vppsim"_qs);
    QVERIFY2(!binary.isEmpty(), "vppsim is not built (VPPDESK_BINARY_DIR/src/sim/vppsim)");
    m_http = std::make_unique<SimHttp>();
}

void TestSimCli::helpDocumentsEveryFlag()
{
    // The options main.cpp defines, read from its source.
    const QString mainPath = qEnvironmentVariable("VPPDESK_SOURCE_DIR") + u"/src/sim/main.cpp"_qs;
    QFile file(mainPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(mainPath));
    const QString source = QString::fromUtf8(file.readAll());
    const qsizetype begin = source.indexOf(u"QList<QCommandLineOption> options{"_qs);
    const qsizetype end = source.indexOf(u"parser.addOptions(options)"_qs);
    QVERIFY(begin > 0 && end > begin);
    QSet<QString> defined;
    static const QRegularExpression optionName(u"\\{u\"([a-z0-9-]+)\"_qs,"_qs);
    for (auto it = optionName.globalMatch(source.mid(begin, end - begin)); it.hasNext();)
        defined.insert(it.next().captured(1));
    QVERIFY2(defined.size() >= 15, qPrintable(QStringList(defined.cbegin(), defined.cend()).join(u' ')));

    const Finished help = runToEnd({u"--help"_qs});
    QVERIFY(!help.crashedOrHung);
    QCOMPARE(help.exitCode, 0);
    QSet<QString> documented;
    static const QRegularExpression helpLine(u"^\\s+(?:-[A-Za-z?], )*--([a-z0-9-]+)"_qs,
                                             QRegularExpression::MultilineOption);
    for (auto it = helpLine.globalMatch(help.out); it.hasNext();)
        documented.insert(it.next().captured(1));
    for (const QString &builtin : {u"help"_qs, u"help-all"_qs, u"version"_qs})
        documented.remove(builtin);
    QStringList missing;
    for (const QString &name : defined)
        if (!documented.contains(name))
            missing.append(name);
    QStringList extra;
    for (const QString &name : documented)
        if (!defined.contains(name))
            extra.append(name);
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in --help: "_qs + missing.join(u", "_qs)));
    QVERIFY2(extra.isEmpty(), qPrintable(u"in --help but not in main.cpp: "_qs + extra.join(u", "_qs)));
    QVERIFY(help.out.contains(u"/mdm/v2"_qs));
}

void TestSimCli::version()
{
    const Finished r = runToEnd({u"--version"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"vppsim "_qs), qPrintable(r.out));
}

void TestSimCli::listeningLineAndServiceConfig()
{
    Running sim;
    QString why;
    QVERIFY2(sim.start({u"--port"_qs, u"0"_qs}, &why), qPrintable(why));
    // The demo organization prints nothing before the line.
    QVERIFY2(sim.output().startsWith(QByteArray(sim.listeningLine().toUtf8() + '\n')),
             sim.output().constData());
    QCOMPARE(sim.listeningLine(),
             QStringLiteral("vppsim listening on http://127.0.0.1:%1/mdm/v2").arg(sim.port()));
    const SimReply r = m_http->send("GET", sim.url(u"/mdm/v2/service/config"_qs));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"limits"_qs).toObject().value(u"maxRequestPerSecond"_qs).toInt(), 15);
    QCOMPARE(r.json.value(u"urls"_qs).toObject().value(u"getAssets"_qs).toString(),
             QStringLiteral("http://127.0.0.1:%1/mdm/v2/assets").arg(sim.port()));
    QVERIFY2(sim.terminate(&why), qPrintable(why));
}

void TestSimCli::tokensOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokens = dir.filePath(u"tokens"_qs);
    Running sim;
    QString why;
    QVERIFY2(sim.start({u"--port"_qs, u"0"_qs, u"--tokens-out"_qs, tokens}, &why), qPrintable(why));
    const QJsonArray locations =
        json(*m_http, sim.url(u"/control/state"_qs)).value(u"locations"_qs).toArray();
    QVERIFY(locations.size() >= 1);

    const QStringList files = QDir(tokens).entryList({u"*.vpptoken"_qs}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), locations.size());
    static const QRegularExpression expDate(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"_qs);
    static const QRegularExpression base64(u"^[A-Za-z0-9+/]+=*$"_qs);
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
        QCOMPARE(QStringList(token.keys()), (QStringList{u"expDate"_qs, u"orgName"_qs, u"token"_qs}));
        QVERIFY(!token.value(u"token"_qs).toString().isEmpty());
        QVERIFY2(expDate.match(token.value(u"expDate"_qs).toString()).hasMatch(),
                 qPrintable(token.value(u"expDate"_qs).toString()));
        QVERIFY(!token.value(u"orgName"_qs).toString().isEmpty());

        // The file contents are a working bearer token for the location the file is named after.
        const QJsonObject config = json(*m_http, sim.url(u"/mdm/v2/client/config"_qs), contents);
        QVERIFY2(config.contains(u"locationName"_qs), qPrintable(config.value(u"failed"_qs).toString()));
        QString expectedName = config.value(u"locationName"_qs).toString();
        expectedName.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_qs), u"-"_qs);
        QCOMPARE(name, QString(expectedName + u".vpptoken"_qs));
        QCOMPARE(config.value(u"tokenExpirationDate"_qs).toString(), token.value(u"expDate"_qs).toString());
        names.append(config.value(u"uId"_qs).toString());
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), files.size()); // one file per location
    QVERIFY2(sim.terminate(&why), qPrintable(why));
}

void TestSimCli::generateIsDeterministic()
{
    const QStringList common{u"--generate"_qs,     u"assets=20,users=100,assignments=500,locations=2"_qs,
                             u"--port"_qs,         u"0"_qs,
                             u"--page-size"_qs,    u"50"_qs,
                             u"--no-rate-limit"_qs};
    auto snapshot = [this, &common](const QString &seed, QString *why) {
        Running sim;
        QJsonObject result;
        if (!sim.start(common + QStringList{u"--seed"_qs, seed}, why))
            return result;
        if (!sim.output().startsWith("vppsim: generated ")) {
            *why = u"no 'generated' line"_qs;
            return result;
        }
        result.insert(u"state"_qs, json(*m_http, sim.url(u"/control/state"_qs)));
        const QJsonArray tokens = json(*m_http, sim.url(u"/control/tokens"_qs)).value(u"tokens"_qs).toArray();
        const QByteArray bearer = tokens.first().toObject().value(u"token"_qs).toString().toLatin1();
        for (const char *page : {"0", "1"}) {
            QJsonObject assignments = json(
                *m_http,
                sim.url(u"/mdm/v2/assignments"_qs, QUrlQuery{{u"pageIndex"_qs, QString::fromLatin1(page)}}),
                bearer);
            assignments.remove(u"tokenExpirationDate"_qs); // relative to the start time
            result.insert(u"assignments"_qs + QLatin1String(page), assignments);
        }
        QJsonObject users = json(*m_http, sim.url(u"/mdm/v2/users"_qs), bearer);
        users.remove(u"tokenExpirationDate"_qs);
        result.insert(u"users"_qs, users);
        if (!sim.terminate(why))
            return QJsonObject();
        return result;
    };
    QString why;
    const QJsonObject first = snapshot(u"3"_qs, &why);
    QVERIFY2(!first.isEmpty(), qPrintable(why));
    const QJsonObject second = snapshot(u"3"_qs, &why);
    QVERIFY2(!second.isEmpty(), qPrintable(why));

    const QJsonObject state = first.value(u"state"_qs).toObject();
    const QJsonArray locations = state.value(u"locations"_qs).toArray();
    QCOMPARE(locations.size(), 2);
    qint64 assets = 0, users = 0, assignments = 0;
    for (const QJsonValue &l : locations) {
        assets += l.toObject().value(u"assets"_qs).toInteger();
        users += l.toObject().value(u"users"_qs).toInteger();
        assignments += l.toObject().value(u"assignments"_qs).toInteger();
    }
    QCOMPARE(assets, 20);
    QCOMPARE(users, 100);
    QCOMPARE(assignments, 500);
    const QJsonObject page0 = first.value(u"assignments0"_qs).toObject();
    QJsonObject withDate = page0; // tokenExpirationDate was left out of the comparison
    withDate.insert(u"tokenExpirationDate"_qs, u"2030-11-08T22:33:22+0000"_qs);
    SIM_SHAPE(SimShape::page, withDate, u"assignments"_qs);
    QCOMPARE(page0.value(u"size"_qs).toInt(), 50);

    QCOMPARE(second.value(u"state"_qs), first.value(u"state"_qs));
    QCOMPARE(second.value(u"assignments0"_qs), first.value(u"assignments0"_qs));
    QCOMPARE(second.value(u"assignments1"_qs), first.value(u"assignments1"_qs));
    QCOMPARE(second.value(u"users"_qs), first.value(u"users"_qs));

    // Another seed gives another organization (so the comparison above can fail).
    const QJsonObject other = snapshot(u"4"_qs, &why);
    QVERIFY2(!other.isEmpty(), qPrintable(why));
    QVERIFY(other.value(u"assignments0"_qs) != first.value(u"assignments0"_qs) ||
            other.value(u"users"_qs) != first.value(u"users"_qs));
}

void TestSimCli::stateSurvivesSigterm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString statePath = dir.filePath(u"sim.state"_qs);
    const QJsonObject mdm{
        {u"id"_qs, u"cli-test"_qs}, {u"name"_qs, u"VPP Desk CLI test"_qs}, {u"metadata"_qs, u"pid"_qs}};
    QString why;
    QByteArray bearer;
    {
        Running sim;
        QVERIFY2(sim.start({u"--port"_qs, u"0"_qs, u"--state"_qs, statePath}, &why), qPrintable(why));
        QVERIFY(!QFile::exists(statePath));
        bearer = json(*m_http, sim.url(u"/control/tokens"_qs))
                     .value(u"tokens"_qs)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"token"_qs)
                     .toString()
                     .toLatin1();
        QVERIFY(!bearer.isEmpty());
        const SimReply set =
            m_http->send("POST", sim.url(u"/mdm/v2/client/config"_qs),
                         QJsonDocument(QJsonObject{{u"mdmInfo"_qs, mdm}}).toJson(),
                         {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}});
        QVERIFY2(set.status == 200, qPrintable(set.describe()));
        // A write still queued at SIGTERM is finished before saving.
        const SimReply create =
            m_http->send("POST", sim.url(u"/mdm/v2/users/create"_qs),
                         R"({"users":[{"clientUserId":"saved-user-1","email":"saved@example.com"}]})",
                         {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}});
        QVERIFY2(create.status == 200, qPrintable(create.describe()));
        QVERIFY2(sim.terminate(&why), qPrintable(why));
    }
    QVERIFY(QFile::exists(statePath));

    Running again;
    QVERIFY2(again.start({u"--port"_qs, u"0"_qs, u"--state"_qs, statePath}, &why), qPrintable(why));
    QVERIFY2(again.output().startsWith(QString(u"vppsim: loaded "_qs + statePath).toUtf8()),
             again.output().constData());
    const QJsonObject config = json(*m_http, again.url(u"/mdm/v2/client/config"_qs), bearer);
    QCOMPARE(config.value(u"mdmInfo"_qs).toObject(), mdm);
    const QJsonObject users =
        json(*m_http, again.url(u"/mdm/v2/users"_qs, QUrlQuery(u"clientUserId=saved-user-1"_qs)), bearer);
    QCOMPARE(users.value(u"users"_qs).toArray().size(), 1);
    QCOMPARE(users.value(u"users"_qs).toArray().first().toObject().value(u"email"_qs).toString(),
             u"saved@example.com"_qs);
    QVERIFY2(again.terminate(&why), qPrintable(why));
}

void TestSimCli::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_qs} << u"bogus"_qs;
    QTest::newRow("missing value") << QStringList{u"--port"_qs} << u"port"_qs;
    QTest::newRow("port not a number") << QStringList{u"--port"_qs, u"abc"_qs} << u"--port"_qs;
    QTest::newRow("port too big") << QStringList{u"--port"_qs, u"70000"_qs} << u"--port"_qs;
    QTest::newRow("page size 0") << QStringList{u"--page-size"_qs, u"0"_qs} << u"--page-size"_qs;
    QTest::newRow("invalid-token-status 302")
        << QStringList{u"--invalid-token-status"_qs, u"302"_qs} << u"--invalid-token-status"_qs;
    QTest::newRow("unknown fault") << QStringList{u"--fault"_qs, u"explode"_qs} << u"explode"_qs;
    QTest::newRow("fault percent") << QStringList{u"--fault"_qs, u"503%200"_qs} << u"percentage"_qs;
    QTest::newRow("bad generate") << QStringList{u"--generate"_qs, u"assets=many"_qs} << u"--generate"_qs;
    QTest::newRow("unknown generate key") << QStringList{u"--generate"_qs, u"planets=3"_qs} << u"planets"_qs;
    QTest::newRow("positional") << QStringList{u"extra"_qs} << u"extra"_qs;
}

void TestSimCli::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Finished r = runToEnd(QStringList{u"--port"_qs, u"0"_qs} + arguments, 10000);
    QVERIFY2(!r.crashedOrHung, qPrintable(u"did not exit: "_qs + r.err));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(u"vppsim: "_qs), qPrintable(r.err));
    QVERIFY(!r.out.contains(u"listening"_qs));
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_sim_cli.moc"
