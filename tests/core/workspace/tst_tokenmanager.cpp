// TokenManager and Workspace against an in-process vppsim (demo organization) with a temporary
// database and a private keychain folder: add (valid, every bad file kind, duplicate name, revoked,
// duplicate location), update (same location, other location refused then forced), remove, the
// status of each token, take-over, the MDM identity, the audit trail, and no secret in the database;
// inspect (which location a file is for) and saveSettings (rename, settings, Distribution groups).
#include "core/apple/appleclient.h"
#include "core/store/auditlog.h"
#include "core/store/groupstore.h"
#include "core/token/vpptoken.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include "demoorganization.h"
#include "testsupport.h"
#include "vppsim.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>
#include <tuple>

namespace {

// Demo locations: 0 London HQ (301 days), 1 Berlin Office (214 days), 2 Austin Field Team (20 days).
constexpr int kLondon = 0;
constexpr int kBerlin = 1;
constexpr int kAustin = 2;

bool keychainSkipped()
{
    return qEnvironmentVariableIsSet("VPPDESK_NO_KEYCHAIN");
}

} // namespace

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (keychainSkipped())                                                                               \
            QSKIP("no Secret Service (VPPDESK_NO_KEYCHAIN=1)");                                              \
    } while (false)

class TestTokenManager : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    Result<T> wait(const std::function<void(TokenManager::Callback<T>)> &call)
    {
        std::optional<Result<T>> result;
        call([&](Result<T> r) { result.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        if (!result)
            return VppError::make(VppError::Kind::Internal, QStringLiteral("test.timeout"),
                                  QStringLiteral("timeout"));
        return std::move(*result);
    }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return QString();
        return path;
    }

    QString tokenFile(int location)
    {
        return writeFile(QStringLiteral("loc%1.vpptoken").arg(location),
                         m_sim->tokenFor(location).toLatin1());
    }

    Result<TokenStatus> add(const QString &name, const QString &file)
    {
        return wait<TokenStatus>([&](auto done) { m_manager->add(name, file, QUrl(m_sim->v2Url()), done); });
    }

    QByteArray databaseBytes() const
    {
        return TestSupport::filesBytes(m_dbPath, {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VppSim> m_sim;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TokenManager> m_manager;
    QString m_dbPath;
    QString m_service;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_service = QStringLiteral("VPP Desk Test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_workspace = std::make_unique<Workspace>(m_service);
        m_dbPath = m_dir->filePath(QStringLiteral("vppdesk.sqlite"));
        const Result<void> opened = m_workspace->open(m_dbPath);
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
        m_manager = std::make_unique<TokenManager>(*m_workspace);
    }

    void cleanup()
    {
        if (m_manager && !keychainSkipped()) {
            const auto records = m_workspace->tokens().list();
            if (records)
                for (const TokenRecord &r : records.value())
                    std::ignore =
                        m_workspace->vault().removeBlocking(r.id); // a failed test may not have added it
        }
        m_manager.reset();
        m_workspace.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void identityIsCreatedOnceAndKept()
    {
        const MdmInfo first = m_workspace->mdmInfo();
        QVERIFY(!QUuid::fromString(first.id).isNull());
        QCOMPARE(first.name, QStringLiteral("VPP Desk"));
        QVERIFY(first.metadata.startsWith(QStringLiteral("host=")));
        m_manager.reset();
        m_workspace = std::make_unique<Workspace>(m_service);
        QVERIFY(m_workspace->open(m_dbPath));
        QCOMPARE(m_workspace->mdmInfo(), first);
        m_manager = std::make_unique<TokenManager>(*m_workspace);
    }

    void addStoresTheRecordAndTheSecretInTheKeychainOnly()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        const TokenRecord &r = added->record;
        QCOMPARE(r.locationName, QStringLiteral("London HQ"));
        QCOMPARE(r.countryCode, QStringLiteral("GB"));
        QCOMPARE(r.uid, QStringLiteral("4401870023519736"));
        QVERIFY(r.expiresAt.isValid());
        QVERIFY(!r.defaultPlatform.isEmpty());
        QCOMPARE(r.serviceUrl, m_sim->v2Url());
        QCOMPARE(added->health.status(), TokenHealth::Status::Active);

        const auto secret = m_workspace->vault().readBlocking(r.id);
        QVERIFY2(secret, qPrintable(secret.error().toLogString()));
        QCOMPARE(secret.value(), m_sim->tokenFor(kLondon));
        QVERIFY(!databaseBytes().contains(m_sim->tokenFor(kLondon).toLatin1()));

        const auto entries = m_workspace->auditLog().page(0, 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().action, QStringLiteral("token.add"));
        QCOMPARE(entries->constFirst().actor, Workspace::actor());
        QCOMPARE(entries->constFirst().tokenName, QStringLiteral("London"));

        // clientFor() reads the secret back and talks to the same service.
        auto client = m_workspace->clientFor(r);
        QVERIFY(client);
        QCOMPARE(client.value()->serviceUrl(), QUrl(m_sim->v2Url()));
    }

    void badFilesAreRefusedWithSpecificErrors_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("token.empty");
        QTest::newRow("not base64") << QByteArray("this is not a token!")
                                    << QStringLiteral("token.notBase64");
        QTest::newRow("not json") << QByteArray("aGVsbG8gd29ybGQ=") << QStringLiteral("token.notJson");
        QTest::newRow("missing field") << QByteArray(R"({"token":"abc","orgName":"ORG"})").toBase64()
                                       << QStringLiteral("token.missingField");
        QTest::newRow("expired")
            << QByteArray(R"({"token":"abc","expDate":"2001-01-01T00:00:00+0000","orgName":"ORG"})")
                   .toBase64()
            << QStringLiteral("token.expired");
    }

    void badFilesAreRefusedWithSpecificErrors()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, code);
        const auto added = add(QStringLiteral("Bad"), writeFile(QStringLiteral("bad.vpptoken"), contents));
        QVERIFY(!added);
        QCOMPARE(added.error().code, code);
        QCOMPARE(added.error().kind, VppError::Kind::Token);
        QVERIFY(!added.error().message.isEmpty());
        QVERIFY(m_workspace->tokens().list()->isEmpty());
        QCOMPARE(m_workspace->auditLog().count().value(), 0);
    }

    void missingFileIsAnIoError()
    {
        const auto added = add(QStringLiteral("Gone"), m_dir->filePath(QStringLiteral("nowhere.vpptoken")));
        QVERIFY(!added);
        QCOMPARE(added.error().code, QStringLiteral("token.fileNotFound"));
        QVERIFY(m_workspace->tokens().list()->isEmpty());
    }

    void revokedTokenIsRefused()
    {
        const QString file = tokenFile(kBerlin); // tokenFor() gives only usable tokens
        for (SimToken *t : m_sim->state().tokensOfLocation(kBerlin))
            t->revoked = true;
        const auto added = add(QStringLiteral("Berlin"), file);
        QVERIFY(!added);
        QCOMPARE(added.error().appleErrorNumber, 9625);
        QVERIFY(m_workspace->tokens().list()->isEmpty());
    }

    void duplicateNameIsRefused()
    {
        REQUIRE_KEYCHAIN();
        QVERIFY(add(QStringLiteral("Main"), tokenFile(kLondon)));
        const auto again = add(QStringLiteral("Main"), tokenFile(kBerlin));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("token.nameTaken"));
        QVERIFY(again.error().message.contains(QStringLiteral("Main")));
        QCOMPARE(m_workspace->tokens().list()->size(), 1);
    }

    void statusesTellExpiringAndDuplicate()
    {
        REQUIRE_KEYCHAIN();
        const auto austin = add(QStringLiteral("Austin"), tokenFile(kAustin));
        QVERIFY2(austin, qPrintable(austin.error().toLogString()));
        QCOMPARE(austin->health.status(), TokenHealth::Status::Expiring);
        QCOMPARE(austin->health.expiringThreshold(), 30);

        QVERIFY(add(QStringLiteral("London"), tokenFile(kLondon)));
        const auto twice = add(QStringLiteral("London again"), tokenFile(kLondon));
        QVERIFY2(twice, qPrintable(twice.error().toLogString()));
        QCOMPARE(twice->health.status(), TokenHealth::Status::Duplicate);
        QCOMPARE(twice->duplicateOf, QStringLiteral("London"));
        const auto first = m_manager->status(QStringLiteral("London"));
        QVERIFY(first);
        QCOMPARE(first->health.status(), TokenHealth::Status::Duplicate);
    }

    void updateChecksTheLocation()
    {
        REQUIRE_KEYCHAIN();
        QVERIFY(add(QStringLiteral("London"), tokenFile(kLondon)));
        const QString berlinFile = tokenFile(kBerlin);
        const auto refused = wait<TokenManager::UpdateOutcome>(
            [&](auto done) { m_manager->update(QStringLiteral("London"), berlinFile, false, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("token.otherLocation"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Berlin Office")));
        const TokenRecord unchanged = m_manager->find(QStringLiteral("London")).value();
        QCOMPARE(unchanged.locationName, QStringLiteral("London HQ"));
        QCOMPARE(m_workspace->vault().readBlocking(unchanged.id).value(), m_sim->tokenFor(kLondon));

        // London has been synced: its versionIds would make the next sync a delta of London.
        QVERIFY(m_workspace->tokens().setSyncVersions(unchanged.id, QStringLiteral("a1"),
                                                      QStringLiteral("b1"), QStringLiteral("c1"),
                                                      QDateTime::currentDateTimeUtc(), true));
        const auto forced = wait<TokenManager::UpdateOutcome>(
            [&](auto done) { m_manager->update(QStringLiteral("London"), berlinFile, true, done); });
        QVERIFY2(forced, qPrintable(forced.error().toLogString()));
        QVERIFY(forced->locationChanged);
        QCOMPARE(forced->status.record.locationName, QStringLiteral("Berlin Office"));
        // A forced move to another location forgets the old location's sync state: full pass next.
        const TokenRecord moved = m_manager->find(QStringLiteral("London")).value();
        QVERIFY(moved.assetsVersion.isEmpty());
        QVERIFY(moved.assignmentsVersion.isEmpty());
        QVERIFY(moved.usersVersion.isEmpty());
        QVERIFY(!moved.lastFullSyncAt.isValid());
        QVERIFY(moved.lastSyncAt.isValid()); // when it last synced stays known
        QCOMPARE(m_workspace->vault().readBlocking(unchanged.id).value(), m_sim->tokenFor(kBerlin));
    }

    // The keychain entry holds the origin with the secret, and the record a fingerprint of it.
    void tokenIsPinnedToItsService()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        const auto pinned = m_workspace->vault().readTokenBlocking(added->record.id);
        QVERIFY2(pinned, qPrintable(pinned.error().toLogString()));
        QVERIFY(!pinned->isLegacy());
        QCOMPARE(pinned->origin(), Workspace::originOf(QUrl(m_sim->v2Url())));
        QCOMPARE(pinned->secret(), m_sim->tokenFor(kLondon));
        QCOMPARE(added->record.secretFingerprint, PinnedToken::fingerprintOf(m_sim->tokenFor(kLondon)));
        QVERIFY(!databaseBytes().contains(m_sim->tokenFor(kLondon).toLatin1()));
        QVERIFY(m_workspace->clientFor(added->record));
    }

    // A database whose service URL is not the keychain's origin gets a clear error and sends nothing
    // (the URL here is the same simulator under another name: a request would succeed).
    void databasePointingElsewhereSendsNothing()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY(added);
        const QString elsewhere = QStringLiteral("http://localhost:%1/mdm/v2").arg(m_sim->port());
        QVERIFY(m_workspace->database().exec(
            QStringLiteral("UPDATE tokens SET service_url = '%1'").arg(elsewhere)));
        const TokenRecord tampered = m_manager->find(QStringLiteral("London")).value();
        const qint64 before = m_sim->requestCount();
        const auto client = m_workspace->clientFor(tampered);
        QVERIFY(!client);
        QCOMPARE(client.error().code, QStringLiteral("token.serviceMismatch"));
        QVERIFY(client.error().message.contains(QStringLiteral("localhost")));
        std::optional<Result<PinnedToken>> async;
        m_workspace->tokenFor(tampered, [&](Result<PinnedToken> t) { async.emplace(std::move(t)); });
        QTRY_VERIFY(async.has_value());
        QCOMPARE(async->error().code, QStringLiteral("token.serviceMismatch"));
        const auto refreshed = wait<QList<TokenStatus>>([&](auto done) { m_manager->refresh(done); });
        QVERIFY(refreshed);
        QVERIFY(!refreshed->constFirst().checkError.isEmpty());
        QCOMPARE(m_sim->requestCount(), before);

        // A caller that reads the secret itself and passes the tampered URL (whose service/config
        // names endpoints there too): the transport refuses to send the token.
        m_sim->config().baseUrl = QStringLiteral("http://localhost:%1").arg(m_sim->port());
        const QString secret = m_workspace->vault().readBlocking(tampered.id).value();
        auto direct = m_workspace->makeClient(QUrl(elsewhere), secret);
        std::optional<Result<ClientConfig>> config;
        direct->clientConfig([&](Result<ClientConfig> c) { config.emplace(std::move(c)); });
        QTRY_VERIFY(config.has_value());
        QCOMPARE(config->error().code, QStringLiteral("url.otherOrigin"));
        QCOMPARE(m_sim->requestCount(), before + 1); // service/config, which carries no token
    }

    // A keychain write that finished late paired the record with another secret: caught before use.
    void secretOfAnotherRecordIsRefused()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY(added);
        const PinnedToken other(m_sim->tokenFor(kBerlin), Workspace::originOf(QUrl(m_sim->v2Url())));
        QVERIFY(m_workspace->vault().writeTokenBlocking(added->record.id, other));
        const qint64 before = m_sim->requestCount();
        const auto client = m_workspace->clientFor(m_manager->find(QStringLiteral("London")).value());
        QVERIFY(!client);
        QCOMPARE(client.error().code, QStringLiteral("token.secretMismatch"));
        QCOMPARE(m_sim->requestCount(), before);
    }

    // Entries written before pinning are pinned on first use when the service is Apple's or local,
    // and refused when the record points anywhere else.
    void entriesFromBeforePinningMigrate()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY(added);
        const QString id = added->record.id;
        QVERIFY(m_workspace->vault().writeBlocking(id, m_sim->tokenFor(kLondon))); // the old format
        QVERIFY(m_workspace->tokens().setSecretFingerprint(id, QString()));
        QVERIFY(m_workspace->vault().readTokenBlocking(id)->isLegacy());
        const auto client = m_workspace->clientFor(m_manager->find(QStringLiteral("London")).value());
        QVERIFY2(client, qPrintable(client.error().toLogString()));
        const auto migrated = m_workspace->vault().readTokenBlocking(id);
        QVERIFY(!migrated->isLegacy());
        QCOMPARE(migrated->origin(), Workspace::originOf(QUrl(m_sim->v2Url())));
        QCOMPARE(m_manager->find(QStringLiteral("London"))->secretFingerprint,
                 PinnedToken::fingerprintOf(m_sim->tokenFor(kLondon)));

        QVERIFY(m_workspace->vault().writeBlocking(id, m_sim->tokenFor(kLondon)));
        QVERIFY(m_workspace->database().exec(
            QStringLiteral("UPDATE tokens SET service_url = 'https://vpp.example.com/mdm/v2'")));
        const auto refused = m_workspace->clientFor(m_manager->find(QStringLiteral("London")).value());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("token.unpinned"));
        QVERIFY(m_workspace->vault().readTokenBlocking(id)->isLegacy());
    }

    void renewedTokenReplacesTheSecret()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("Austin"), tokenFile(kAustin));
        QVERIFY(added);
        const QDateTime oldExpiry = added->record.expiresAt;
        const SimToken &renewed =
            m_sim->state().issueToken(kAustin, QDateTime::currentDateTimeUtc().addDays(365), true);
        const QString file = writeFile(QStringLiteral("renewed.vpptoken"), renewed.fileContents.toLatin1());
        const auto updated = wait<TokenManager::UpdateOutcome>(
            [&](auto done) { m_manager->update(QStringLiteral("Austin"), file, false, done); });
        QVERIFY2(updated, qPrintable(updated.error().toLogString()));
        QVERIFY(!updated->locationChanged);
        QCOMPARE(updated->previousExpiry, oldExpiry);
        QVERIFY(updated->status.record.expiresAt > oldExpiry.addDays(300));
        QCOMPARE(updated->status.health.status(), TokenHealth::Status::Active);
        QCOMPARE(m_workspace->vault().readBlocking(added->record.id).value(), m_sim->tokenFor(kAustin));
        QCOMPARE(m_workspace->auditLog().page(0, 1)->constFirst().action, QStringLiteral("token.update"));
    }

    void removeDeletesSecretRecordAndInventory()
    {
        REQUIRE_KEYCHAIN();
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY(added);
        const auto removed =
            wait<TokenRecord>([&](auto done) { m_manager->remove(QStringLiteral("London"), done); });
        QVERIFY2(removed, qPrintable(removed.error().toLogString()));
        QVERIFY(m_workspace->tokens().list()->isEmpty());
        const auto secret = m_workspace->vault().readBlocking(added->record.id);
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, QStringLiteral("keychain.notFound"));
        QCOMPARE(m_workspace->auditLog().page(0, 1)->constFirst().action, QStringLiteral("token.remove"));

        const auto unknown =
            wait<TokenRecord>([&](auto done) { m_manager->remove(QStringLiteral("London"), done); });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("token.unknownName"));
    }

    void refreshSeesOtherOwnerAndTakeOverClaims()
    {
        REQUIRE_KEYCHAIN();
        QVERIFY(add(QStringLiteral("Berlin"), tokenFile(kBerlin)));
        m_sim->state().location(kBerlin)->mdmInfo = {QStringLiteral("other-id"), QStringLiteral("Other MDM"),
                                                     QStringLiteral("x")};
        const auto refreshed = wait<QList<TokenStatus>>([&](auto done) { m_manager->refresh(done); });
        QVERIFY2(refreshed, qPrintable(refreshed.error().toLogString()));
        QCOMPARE(refreshed->size(), 1);
        QCOMPARE(refreshed->constFirst().health.status(), TokenHealth::Status::OwnedElsewhere);
        QCOMPARE(refreshed->constFirst().health.otherMdmName(), QStringLiteral("Other MDM"));

        const auto taken =
            wait<TokenStatus>([&](auto done) { m_manager->takeOver(QStringLiteral("Berlin"), done); });
        QVERIFY2(taken, qPrintable(taken.error().toLogString()));
        QCOMPARE(taken->health.status(), TokenHealth::Status::Active);
        QCOMPARE(m_sim->state().location(kBerlin)->mdmInfo.id, m_workspace->mdmInfo().id);
        QCOMPARE(m_workspace->auditLog().page(0, 1)->constFirst().action, QStringLiteral("token.takeover"));
    }

    void refreshMarksRevokedTokens()
    {
        REQUIRE_KEYCHAIN();
        QVERIFY(add(QStringLiteral("London"), tokenFile(kLondon)));
        for (SimToken *t : m_sim->state().tokensOfLocation(kLondon))
            t->revoked = true;
        const auto refreshed = wait<QList<TokenStatus>>([&](auto done) { m_manager->refresh(done); });
        QVERIFY(refreshed);
        QCOMPARE(refreshed->constFirst().health.status(), TokenHealth::Status::Revoked);
        const TokenRecord stored = m_manager->find(QStringLiteral("London")).value();
        QCOMPARE(stored.status, TokenHealth::Status::Revoked);
        // A code in the row, the same words as the sync's when shown (summary and advice).
        QVERIFY2(stored.statusReason.contains(QStringLiteral("\"code\":\"token.revoked\"")),
                 qPrintable(stored.statusReason));
        QCOMPARE(TokenHealth::reasonText(stored.statusReason), refreshed->constFirst().health.reason());
    }

    // The memory-only vault: these cases need no keychain.
    void inspectTellsTheLocationAndStoresNothing()
    {
        m_workspace->vault().setMemoryOnly(true);
        const auto config = wait<ClientConfig>([&](auto done) {
            m_manager->inspect(m_sim->tokenFor(kBerlin).toLatin1(), QUrl(m_sim->v2Url()), done);
        });
        QVERIFY2(config, qPrintable(config.error().toLogString()));
        QCOMPARE(config->locationName, QStringLiteral("Berlin Office"));
        QCOMPARE(config->countryISO2ACode, QStringLiteral("DE"));
        QVERIFY(m_workspace->tokens().list()->isEmpty());

        const auto malformed = wait<ClientConfig>(
            [&](auto done) { m_manager->inspect("not a token", QUrl(m_sim->v2Url()), done); });
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().kind, VppError::Kind::Token);
    }

    void saveSettingsRenamesStoresAndAudits()
    {
        m_workspace->vault().setMemoryOnly(true);
        const auto added = add(QStringLiteral("London"), tokenFile(kLondon));
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        QVERIFY(add(QStringLiteral("Berlin"), tokenFile(kBerlin)));
        GroupStore groups(m_workspace->database());
        const qint64 teachers = groups.ensureGroup(QStringLiteral("Teachers")).value();

        TokenManager::Settings settings;
        settings.name = QStringLiteral("  London Head Office ");
        settings.syncIntervalSeconds = 900;
        settings.addAppsAutomatically = true;
        settings.autoUpdateApps = true;
        settings.assignmentType = QStringLiteral("user");
        settings.appDefaults.mandatory = true;
        settings.appDefaults.vpnProfile = QStringLiteral("Corp VPN");
        settings.distributionGroups = QList<qint64>{teachers};
        const auto saved = m_manager->saveSettings(QStringLiteral("London"), settings);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QCOMPARE(saved->record.name, QStringLiteral("London Head Office"));

        const TokenRecord stored = m_manager->find(QStringLiteral("London Head Office")).value();
        QCOMPARE(stored.id, added->record.id);
        QCOMPARE(stored.syncIntervalSeconds, 900);
        QVERIFY(stored.addAppsAutomatically);
        QVERIFY(stored.autoUpdateApps);
        QCOMPARE(stored.assignmentType, QStringLiteral("user"));
        QVERIFY(stored.appDefaults.mandatory);
        QCOMPARE(stored.appDefaults.vpnProfile, QStringLiteral("Corp VPN"));
        QCOMPARE(groups.tokenGroups(stored.id)->size(), 1);
        const AuditEntry entry = m_workspace->auditLog().page(0, 1)->constFirst();
        QCOMPARE(entry.action, QStringLiteral("token.settings"));
        QCOMPARE(entry.details.value(QStringLiteral("previousName")).toString(), QStringLiteral("London"));

        // nullopt keeps the groups; a taken name, an empty name and a bad type are refused.
        settings.name = QStringLiteral("London Head Office");
        settings.distributionGroups.reset();
        QVERIFY(m_manager->saveSettings(QStringLiteral("London Head Office"), settings));
        QCOMPARE(groups.tokenGroups(stored.id)->size(), 1);
        settings.name = QStringLiteral("Berlin");
        QCOMPARE(m_manager->saveSettings(QStringLiteral("London Head Office"), settings).error().code,
                 QStringLiteral("store.duplicate"));
        settings.name = QStringLiteral(" ");
        QCOMPARE(m_manager->saveSettings(QStringLiteral("London Head Office"), settings).error().code,
                 QStringLiteral("token.emptyName"));
        settings.name = QStringLiteral("London Head Office");
        settings.assignmentType = QStringLiteral("both");
        QCOMPARE(m_manager->saveSettings(QStringLiteral("London Head Office"), settings).error().code,
                 QStringLiteral("token.badAssignmentType"));
        QCOMPARE(m_manager->find(QStringLiteral("London Head Office"))->assignmentType,
                 QStringLiteral("user"));
    }
};

QTEST_GUILESS_MAIN(TestTokenManager)
#include "tst_tokenmanager.moc"
