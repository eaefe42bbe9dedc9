// vppdesk-cli end to end: the built binary run as a QProcess against an in-process vppsim (demo
// organization: London HQ 301 days, Berlin Office 214 days, Austin Field Team 20 days) with a
// temporary database. Covers usage and exit codes, the token commands (every bad file kind,
// revoked / expired tokens, duplicate name, renewal with the new expiry, other location refused and
// forced, statuses Expiring / Duplicate / OwnedElsewhere, take-over, remove), that the secret never
// reaches the database or the output, the offline read commands and audit tampering.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"

#include "demoorganization.h"
#include "processrun.h"
#include "testsupport.h"
#include "vppsim.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kLondon = 0;
constexpr int kBerlin = 1;
constexpr int kAustin = 2;
const QString kBerlinUid = QStringLiteral("4902110087346512");
const QString kAustinUid = QStringLiteral("1512093347762084");

using Run = ProcessRun;

} // namespace

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (qEnvironmentVariableIsSet("VPPDESK_NO_KEYCHAIN"))                                                \
            QSKIP("no Secret Service (VPPDESK_NO_KEYCHAIN=1)");                                              \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private:
    // Runs the CLI with --database; the event loop keeps running so the in-process sim can answer.
    Run cli(const QStringList &arguments)
    {
        const Run run = ProcessRun::run(TestSupport::executable(QStringLiteral("vppdesk-cli")),
                                        QStringList{QStringLiteral("--database"), m_dbPath} + arguments);
        m_allOutput += run.out + run.err;
        return run;
    }

    QJsonObject control(const QString &action, const QJsonObject &body = {}, bool get = false)
    {
        QNetworkRequest request(QUrl(m_sim->baseUrl() + QStringLiteral("/control/") + action));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply =
            get ? m_network.get(request)
                : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(contents);
        return path;
    }

    QString tokenFile(int location)
    {
        return writeFile(QStringLiteral("loc%1.vpptoken").arg(location),
                         m_sim->tokenFor(location).toLatin1());
    }

    Run addToken(const QString &name, const QString &file)
    {
        return cli({QStringLiteral("token"), QStringLiteral("add"), name, QStringLiteral("--file"), file,
                    QStringLiteral("--service-url"), m_sim->v2Url()});
    }

    QJsonArray tokenList(bool offline = false)
    {
        QStringList args{QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")};
        if (offline)
            args.append(QStringLiteral("--offline"));
        const Run run = cli(args);
        [&] { QVERIFY2(run.code == 0, qPrintable(run.describe())); }();
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    static QJsonObject byName(const QJsonArray &array, const QString &name)
    {
        for (const QJsonValue &v : array)
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }

    QByteArray databaseBytes() const
    {
        return TestSupport::filesBytes(m_dbPath, {QString(), QStringLiteral("-wal")});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VppSim> m_sim;
    QNetworkAccessManager m_network;
    QString m_dbPath;
    QString m_allOutput;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::executable(QStringLiteral("vppdesk-cli")).isEmpty(), "vppdesk-cli not built");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = m_dir->filePath(QStringLiteral("vppdesk.sqlite"));
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_allOutput.clear();
    }

    void cleanup()
    {
        // Leave no secret behind in the keyring of the test run.
        if (!qEnvironmentVariableIsSet("VPPDESK_NO_KEYCHAIN") && QFile::exists(m_dbPath)) {
            const QJsonArray tokens = tokenList(true);
            for (const QJsonValue &t : tokens)
                cli({QStringLiteral("token"), QStringLiteral("remove"),
                     t.toObject().value(QStringLiteral("name")).toString()});
        }
        m_sim.reset();
        m_network.clearConnectionCache();
        m_dir.reset();
    }

    void usageAndHelp()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *command :
             {"token add", "token list", "assets", "assignments", "users", "find", "history", "audit"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("vppdesk-cli " VPPDESK_VERSION "\ncommit ")),
                 qPrintable(version.out));
        QVERIFY2(version.out.contains(QStringLiteral("\nQt " QT_VERSION_STR)), qPrintable(version.out));
        QVERIFY2(version.out.contains(QStringLiteral("\nQtKeychain ")), qPrintable(version.out));
        QCOMPARE(cli({}).code, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        const Run noFile = cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("X")});
        QCOMPARE(noFile.code, 2);
        QVERIFY(noFile.err.contains(QStringLiteral("--file")));
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--help")}).code, 0);
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("--help")}).code, 0);
    }

    void addValidTokenKeepsTheSecretOutOfTheDatabase()
    {
        REQUIRE_KEYCHAIN();
        const Run added = addToken(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY2(added.code == 0, qPrintable(added.describe()));
        QVERIFY(added.out.contains(QStringLiteral("London HQ")));

        const QJsonObject london = byName(tokenList(), QStringLiteral("London"));
        QCOMPARE(london.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(london.value(QStringLiteral("locationName")).toString(), QStringLiteral("London HQ"));
        QCOMPARE(london.value(QStringLiteral("countryCode")).toString(), QStringLiteral("GB"));
        QCOMPARE(london.value(QStringLiteral("uId")).toString(), QStringLiteral("4401870023519736"));
        QVERIFY(london.value(QStringLiteral("expiresAt")).toString().startsWith(QStringLiteral("20")));
        QVERIFY(london.contains(QStringLiteral("statusReason")));
        QVERIFY(london.contains(QStringLiteral("lastSyncAt")));

        const QByteArray secret = m_sim->tokenFor(kLondon).toLatin1();
        QVERIFY(!databaseBytes().contains(secret));
        // The bearer inside the file is a secret too.
        QVERIFY(!databaseBytes().contains(QByteArray::fromBase64(secret).mid(14, 40)));
        QVERIFY(!m_allOutput.contains(QString::fromLatin1(secret)));
    }

    void badFilesFailWithSpecificMessages_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray("") << 3 << QStringLiteral("empty");
        QTest::newRow("not base64") << QByteArray("%%% not a token %%%") << 3 << QStringLiteral("Base64");
        QTest::newRow("not json") << QByteArray("aGVsbG8gd29ybGQ=") << 3 << QStringLiteral("JSON");
        QTest::newRow("expired file")
            << QByteArray(R"({"token":"abc","expDate":"2001-01-01T00:00:00+0000","orgName":"ORG"})")
                   .toBase64()
            << 3 << QStringLiteral("2001");
    }

    void badFilesFailWithSpecificMessages()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        const Run run = addToken(QStringLiteral("Bad"), writeFile(QStringLiteral("bad.vpptoken"), contents));
        QVERIFY2(run.code == exitCode, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(words, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(tokenList(true).isEmpty());
    }

    void missingFileIsAnError()
    {
        const Run run = addToken(QStringLiteral("Gone"), m_dir->filePath(QStringLiteral("nowhere.vpptoken")));
        QVERIFY2(run.code == 1, qPrintable(run.describe()));
        QVERIFY(run.err.contains(QStringLiteral("nowhere.vpptoken")));
    }

    void revokedAndExpiredTokensExitWith3()
    {
        const QString berlin = tokenFile(kBerlin);
        control(QStringLiteral("token/revoke"), {{QStringLiteral("uId"), kBerlinUid}});
        const Run revoked = addToken(QStringLiteral("Berlin"), berlin);
        QVERIFY2(revoked.code == 3, qPrintable(revoked.describe()));
        QVERIFY(revoked.err.contains(QStringLiteral("revoked"), Qt::CaseInsensitive));

        const QString austin = tokenFile(kAustin);
        control(QStringLiteral("token/expire"), {{QStringLiteral("uId"), kAustinUid}});
        const Run expired = addToken(QStringLiteral("Austin"), austin);
        QVERIFY2(expired.code == 3, qPrintable(expired.describe()));
        QVERIFY(expired.err.contains(QStringLiteral("expired"), Qt::CaseInsensitive));
        QVERIFY(tokenList(true).isEmpty());
    }

    void duplicateNameIsRefused()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("Main"), tokenFile(kLondon)).code, 0);
        const Run again = addToken(QStringLiteral("Main"), tokenFile(kBerlin));
        QVERIFY2(again.code == 1, qPrintable(again.describe()));
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(tokenList(true).size(), 1);
    }

    void updateFromAnotherLocationIsRefusedUnlessForced()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("London"), tokenFile(kLondon)).code, 0);
        const QStringList update{QStringLiteral("token"), QStringLiteral("update"), QStringLiteral("London"),
                                 QStringLiteral("--file"), tokenFile(kBerlin)};
        const Run refused = cli(update);
        QVERIFY2(refused.code == 3, qPrintable(refused.describe()));
        QVERIFY(refused.err.contains(QStringLiteral("Berlin Office")));
        QCOMPARE(byName(tokenList(true), QStringLiteral("London"))
                     .value(QStringLiteral("locationName"))
                     .toString(),
                 QStringLiteral("London HQ"));
        const Run forced = cli(update + QStringList{QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(forced.describe()));
        QCOMPARE(byName(tokenList(true), QStringLiteral("London"))
                     .value(QStringLiteral("locationName"))
                     .toString(),
                 QStringLiteral("Berlin Office"));
    }

    void renewedTokenShowsTheNewExpiry()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("Austin"), tokenFile(kAustin)).code, 0);
        const QJsonObject issued =
            control(QStringLiteral("token/issue"),
                    {{QStringLiteral("uId"), kAustinUid}, {QStringLiteral("days"), 365}});
        QVERIFY(issued.value(QStringLiteral("ok")).toBool());
        const QString file = writeFile(QStringLiteral("renewed.vpptoken"),
                                       issued.value(QStringLiteral("token")).toString().toLatin1());
        const Run updated = cli({QStringLiteral("token"), QStringLiteral("update"), QStringLiteral("Austin"),
                                 QStringLiteral("--file"), file});
        QVERIFY2(updated.code == 0, qPrintable(updated.describe()));
        const QString newDay = issued.value(QStringLiteral("expDate")).toString().left(10);
        QVERIFY2(updated.out.contains(newDay), qPrintable(updated.out));
        const QJsonObject austin = byName(tokenList(), QStringLiteral("Austin"));
        QCOMPARE(austin.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(!databaseBytes().contains(issued.value(QStringLiteral("token")).toString().toLatin1()));
    }

    void listShowsExpiringDuplicateAndOwnedElsewhere()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("Austin"), tokenFile(kAustin)).code, 0);
        QCOMPARE(addToken(QStringLiteral("London"), tokenFile(kLondon)).code, 0);
        QCOMPARE(addToken(QStringLiteral("London 2"), tokenFile(kLondon)).code, 0);
        QCOMPARE(addToken(QStringLiteral("Berlin"), tokenFile(kBerlin)).code, 0);
        control(QStringLiteral("mdminfo"), {{QStringLiteral("uId"), kBerlinUid},
                                            {QStringLiteral("id"), QStringLiteral("other-mdm-id")},
                                            {QStringLiteral("name"), QStringLiteral("Other MDM")},
                                            {QStringLiteral("metadata"), QStringLiteral("elsewhere")}});
        const QJsonArray list = tokenList();
        QCOMPARE(list.size(), 4);
        QCOMPARE(byName(list, QStringLiteral("Austin")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("expiring"));
        QCOMPARE(byName(list, QStringLiteral("London")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(byName(list, QStringLiteral("London 2")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("duplicate"));
        const QJsonObject berlin = byName(list, QStringLiteral("Berlin"));
        QCOMPARE(berlin.value(QStringLiteral("status")).toString(), QStringLiteral("ownedElsewhere"));
        QVERIFY(
            berlin.value(QStringLiteral("statusReason")).toString().contains(QStringLiteral("Other MDM")));

        // Take over writes our mdmInfo at Apple.
        const Run taken =
            cli({QStringLiteral("token"), QStringLiteral("takeover"), QStringLiteral("Berlin")});
        QVERIFY2(taken.code == 0, qPrintable(taken.describe()));
        QString ourId;
        for (const QJsonValue &l :
             control(QStringLiteral("state"), {}, true).value(QStringLiteral("locations")).toArray())
            if (l.toObject().value(QStringLiteral("uId")).toString() == kBerlinUid)
                ourId = l.toObject().value(QStringLiteral("mdmInfoId")).toString();
        QVERIFY(!ourId.isEmpty());
        QVERIFY(ourId != QStringLiteral("other-mdm-id"));
        QVERIFY2(taken.out.contains(ourId), qPrintable(taken.out));
        QCOMPARE(byName(tokenList(), QStringLiteral("Berlin")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));

        // Human table too.
        const Run table = cli({QStringLiteral("token"), QStringLiteral("list")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Expiring")));
    }

    void removeDeletesTheToken()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("London"), tokenFile(kLondon)).code, 0);
        const Run removed =
            cli({QStringLiteral("token"), QStringLiteral("remove"), QStringLiteral("London")});
        QVERIFY2(removed.code == 0, qPrintable(removed.describe()));
        QVERIFY(tokenList(true).isEmpty());
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("remove"), QStringLiteral("London")}).code, 1);
    }

    void readCommandsWorkOffline()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("London"), tokenFile(kLondon)).code, 0);
        QCOMPARE(addToken(QStringLiteral("Berlin"), tokenFile(kBerlin)).code, 0);
        {
            // Fill the inventory through the store classes (what a sync would write).
            Database db;
            QVERIFY(db.open(m_dbPath));
            TokenStore tokens(db);
            const QString london = tokens.findByName(QStringLiteral("London")).value()->id;
            const QString berlin = tokens.findByName(QStringLiteral("Berlin")).value()->id;
            AssetRecord app;
            app.adamId = QStringLiteral("408709785");
            app.totalCount = 10;
            app.assignedCount = 2;
            app.availableCount = 8;
            app.deviceAssignable = true;
            app.platforms = {QStringLiteral("iOS")};
            QVERIFY(AssetStore(db).applyFull(london, {app}));
            QVERIFY(AssetStore(db).applyFull(berlin, {app}));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO asset_metadata (adam_id, name, lookup_status) "
                                           "VALUES ('408709785', 'Pages, \"the\" writer', 'found')")));
            AssignmentRecord user;
            user.adamId = app.adamId;
            user.clientUserId = QStringLiteral("emp-10001");
            AssignmentRecord device;
            device.adamId = app.adamId;
            device.serialNumber = QStringLiteral("C02XYZ");
            QVERIFY(AssignmentStore(db).applyFull(london, {user, device}));
            QVERIFY(AssignmentStore(db).applyFull(berlin, {device}));
            VppUserRecord vppUser;
            vppUser.clientUserId = QStringLiteral("emp-10001");
            vppUser.email = QStringLiteral("ann@example.com");
            vppUser.status = QStringLiteral("Associated");
            QVERIFY(UserStore(db).applyFull(london, {vppUser}));
            QSqlQuery q(db.connection());
            q.prepare(
                QStringLiteral("INSERT INTO sync_runs (token_id, started_at, kind, outcome, assets_count) "
                               "VALUES (?, '2030-01-01T00:00:00Z', 'full', 'ok', 1)"));
            q.addBindValue(london);
            QVERIFY(q.exec());
        }
        // No network needed from here on.
        m_sim.reset();

        const Run assets = cli({QStringLiteral("assets"), QStringLiteral("--json")});
        QVERIFY2(assets.code == 0, qPrintable(assets.describe()));
        const QJsonArray assetRows = QJsonDocument::fromJson(assets.out.toUtf8()).array();
        QCOMPARE(assetRows.size(), 2);
        const QJsonObject a = assetRows.first().toObject();
        for (const char *key :
             {"token", "adamId", "name", "pricingParam", "productType", "totalCount", "assignedCount",
              "availableCount", "retiredCount", "deviceAssignable", "revocable"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QCOMPARE(a.value(QStringLiteral("adamId")).toString(), QStringLiteral("408709785"));
        QCOMPARE(a.value(QStringLiteral("totalCount")).toInt(), 10);

        const Run csv = cli({QStringLiteral("assets"), QStringLiteral("--token"), QStringLiteral("London"),
                             QStringLiteral("--csv")});
        QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("token,adamId,name")));
        QVERIFY2(lines.last().contains(QStringLiteral("\"Pages, \"\"the\"\" writer\"")),
                 qPrintable(lines.last()));

        const Run assignments =
            cli({QStringLiteral("assignments"), QStringLiteral("--token"), QStringLiteral("London"),
                 QStringLiteral("--adam-id"), QStringLiteral("408709785"), QStringLiteral("--json")});
        QVERIFY2(assignments.code == 0, qPrintable(assignments.describe()));
        QCOMPARE(QJsonDocument::fromJson(assignments.out.toUtf8()).array().size(), 2);

        const Run users = cli({QStringLiteral("users"), QStringLiteral("--csv")});
        QVERIFY2(users.code == 0, qPrintable(users.describe()));
        QVERIFY(users.out.contains(QStringLiteral("London,emp-10001,ann@example.com,Associated")));

        const Run bySerial =
            cli({QStringLiteral("find"), QStringLiteral("C02XYZ"), QStringLiteral("--json")});
        QVERIFY2(bySerial.code == 0, qPrintable(bySerial.describe()));
        const QJsonArray held = QJsonDocument::fromJson(bySerial.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("assignments"))
                                    .toArray();
        QCOMPARE(held.size(), 2); // on both tokens
        const Run byEmail = cli({QStringLiteral("find"), QStringLiteral("ANN@example.com")});
        QVERIFY2(byEmail.code == 0, qPrintable(byEmail.describe()));
        QVERIFY(byEmail.out.contains(QStringLiteral("emp-10001")));
        QVERIFY(byEmail.out.contains(QStringLiteral("Pages")));

        const Run history =
            cli({QStringLiteral("history"), QStringLiteral("London"), QStringLiteral("--json")});
        QVERIFY2(history.code == 0, qPrintable(history.describe()));
        QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 1);
        QCOMPARE(cli({QStringLiteral("assets"), QStringLiteral("--token"), QStringLiteral("Nope")}).code, 1);

        const Run table = cli({QStringLiteral("assignments")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("C02XYZ")));
    }

    void auditVerifyDetectsTampering()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("London"), tokenFile(kLondon)).code, 0);
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("remove"), QStringLiteral("London")}).code, 0);
        const Run listed = cli({QStringLiteral("audit"), QStringLiteral("--json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.describe()));
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("token.remove"));
        QVERIFY(!entries.first().toObject().value(QStringLiteral("actor")).toString().isEmpty());

        const Run intact = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(intact.code == 0, qPrintable(intact.describe()));
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 1")));
        }
        const Run tampered = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(tampered.code == 1, qPrintable(tampered.describe()));
        QVERIFY(tampered.err.contains(QStringLiteral("tampered")));
        const Run json = cli({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .object()
                     .value(QStringLiteral("firstTamperedId"))
                     .toInt(),
                 1);
    }

    // The keychain's head shows a cut-off end; a chain sealed with a key this keychain does not
    // have for the database is a wrong key: two more findings, told apart.
    void auditVerifyTellsCutOffEndAndWrongKey()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(addToken(QStringLiteral("London"), tokenFile(kLondon)).code, 0);
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("remove"), QStringLiteral("London")}).code, 0);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--verify")}).code, 0);
        auto finding = [this] {
            const Run json =
                cli({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(json.out.toUtf8())
                .object()
                .value(QStringLiteral("finding"))
                .toString();
        };
        QCOMPARE(finding(), QStringLiteral("none"));
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        }
        const Run cut = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(cut.code == 1, qPrintable(cut.describe()));
        QVERIFY2(cut.err.contains(QStringLiteral("end of the audit log is missing")), qPrintable(cut.err));
        QCOMPARE(finding(), QStringLiteral("truncated"));
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QVERIFY(db.exec(
                QStringLiteral("UPDATE settings SET value = 'another-chain' WHERE key = 'audit.chainId'")));
        }
        const Run wrong = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(wrong.code == 1, qPrintable(wrong.describe()));
        QVERIFY2(wrong.err.contains(QStringLiteral("another key")), qPrintable(wrong.err));
        QCOMPARE(finding(), QStringLiteral("wrongKey"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
