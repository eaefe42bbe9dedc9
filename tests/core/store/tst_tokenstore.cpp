// TokenStore: round trip of every field, unique names, duplicate locations, narrow updates.
#include "core/store/database.h"
#include "core/store/tokenstore.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init();
    void cleanup() { m_db.reset(); }

    void insertAndFindRoundTrip();
    void emptyIdGetsUuid();
    void duplicateNameIsRefused();
    void updateReplacesFields();
    void updateToTakenNameIsRefused();
    void removeAndNotFound();
    void listIsSortedByName();
    void duplicatesByUid();
    void statusAndSyncVersions();
    void appDefaultsOfAnOlderRowAreTheDefaults();

private:
    static TokenRecord sample(const QString &name, const QString &uid);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTokenStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    const Result<void> opened =
        m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY2(opened, qPrintable(opened.error().toLogString()));
}

TokenRecord TestTokenStore::sample(const QString &name, const QString &uid)
{
    TokenRecord r;
    r.name = name;
    r.serviceUrl = QStringLiteral("https://vpp.itunes.apple.com/mdm/v2");
    r.locationName = QStringLiteral("Berlin Campus");
    r.countryCode = QStringLiteral("DE");
    r.uid = uid;
    r.orgName = QStringLiteral("Example School");
    r.expiresAt = QDateTime(QDate(2030, 11, 8), QTime(22, 33, 22), Qt::UTC);
    r.mdmInfoId = QStringLiteral("mdm-1");
    r.mdmInfoName = QStringLiteral("VPP Desk");
    r.mdmInfoMetadata = QStringLiteral("meta");
    r.defaultPlatform = QStringLiteral("iOS");
    r.websiteUrl = QStringLiteral("https://example.org");
    r.status = TokenHealth::Status::Active;
    r.statusReason = QStringLiteral("ok");
    r.lastAppleError = 9625;
    r.syncIntervalSeconds = 3600;
    r.addAppsAutomatically = true;
    r.autoUpdateApps = true;
    r.assignmentType = QStringLiteral("user");
    r.lastSyncAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    r.lastFullSyncAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    r.assetsVersion = QStringLiteral("v-assets");
    r.assignmentsVersion = QStringLiteral("v-assignments");
    r.usersVersion = QStringLiteral("v-users");
    r.appDefaults.mandatory = true;
    r.appDefaults.autoInstallUpdates = false;
    r.appDefaults.preventBackup = true;
    r.appDefaults.dataRoaming = false;
    r.appDefaults.cellularData = false;
    r.appDefaults.vpnProfile = QStringLiteral("Corp VPN \u00e9");
    r.appDefaults.ssoProfile = QStringLiteral("Kerberos SSO");
    return r;
}

void TestTokenStore::insertAndFindRoundTrip()
{
    TokenStore store(*m_db);
    const TokenRecord input = sample(QStringLiteral("Berlin"), QStringLiteral("2049025000431439"));
    const Result<TokenRecord> inserted = store.insert(input);
    QVERIFY2(inserted, qPrintable(inserted.error().toLogString()));

    for (const auto &found : {store.findById(inserted->id), store.findByName(QStringLiteral("Berlin"))}) {
        QVERIFY(found);
        QVERIFY(found.value().has_value());
        const TokenRecord &r = *found.value();
        QCOMPARE(r.id, inserted->id);
        QCOMPARE(r.name, input.name);
        QCOMPARE(r.serviceUrl, input.serviceUrl);
        QCOMPARE(r.locationName, input.locationName);
        QCOMPARE(r.countryCode, input.countryCode);
        QCOMPARE(r.uid, input.uid);
        QCOMPARE(r.orgName, input.orgName);
        QCOMPARE(r.expiresAt, input.expiresAt);
        QCOMPARE(r.mdmInfoId, input.mdmInfoId);
        QCOMPARE(r.mdmInfoName, input.mdmInfoName);
        QCOMPARE(r.mdmInfoMetadata, input.mdmInfoMetadata);
        QCOMPARE(r.defaultPlatform, input.defaultPlatform);
        QCOMPARE(r.websiteUrl, input.websiteUrl);
        QCOMPARE(r.status, input.status);
        QCOMPARE(r.statusReason, input.statusReason);
        QCOMPARE(r.lastAppleError, input.lastAppleError);
        QCOMPARE(r.syncIntervalSeconds, input.syncIntervalSeconds);
        QCOMPARE(r.addAppsAutomatically, true);
        QCOMPARE(r.autoUpdateApps, true);
        QCOMPARE(r.assignmentType, input.assignmentType);
        QVERIFY(r.createdAt.isValid());
        QVERIFY(r.updatedAt.isValid());
        QCOMPARE(r.lastSyncAt, input.lastSyncAt);
        QCOMPARE(r.lastFullSyncAt, input.lastFullSyncAt);
        QCOMPARE(r.assetsVersion, input.assetsVersion);
        QCOMPARE(r.assignmentsVersion, input.assignmentsVersion);
        QCOMPARE(r.usersVersion, input.usersVersion);
        QVERIFY(r.appDefaults == input.appDefaults);
    }
    QVERIFY(!store.findByName(QStringLiteral("nobody")).value().has_value());
}

void TestTokenStore::emptyIdGetsUuid()
{
    TokenStore store(*m_db);
    const Result<TokenRecord> inserted = store.insert(sample(QStringLiteral("A"), QStringLiteral("1")));
    QVERIFY(inserted);
    QVERIFY(!QUuid::fromString(inserted->id).isNull());
}

void TestTokenStore::duplicateNameIsRefused()
{
    TokenStore store(*m_db);
    QVERIFY(store.insert(sample(QStringLiteral("Same"), QStringLiteral("1"))));
    const Result<TokenRecord> again = store.insert(sample(QStringLiteral("Same"), QStringLiteral("2")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, VppError::Kind::Store);
    QCOMPARE(again.error().code, QStringLiteral("store.duplicate"));
    QVERIFY(again.error().message.contains(QStringLiteral("\"Same\"")));
    QCOMPARE(store.list().value().size(), 1);
}

void TestTokenStore::updateReplacesFields()
{
    TokenStore store(*m_db);
    TokenRecord r = store.insert(sample(QStringLiteral("Old"), QStringLiteral("1"))).value();
    r.name = QStringLiteral("New");
    r.statusReason.clear();
    r.lastAppleError = 0;
    r.expiresAt = QDateTime();
    r.addAppsAutomatically = false;
    QVERIFY(store.update(r));
    const TokenRecord back = *store.findById(r.id).value();
    QCOMPARE(back.name, QStringLiteral("New"));
    QVERIFY(back.statusReason.isEmpty());
    QCOMPARE(back.lastAppleError, 0);
    QVERIFY(!back.expiresAt.isValid());
    QCOMPARE(back.addAppsAutomatically, false);
    QCOMPARE(back.createdAt, r.createdAt);

    TokenRecord ghost = r;
    ghost.id = QStringLiteral("no-such-id");
    ghost.name = QStringLiteral("Ghost");
    QCOMPARE(store.update(ghost).error().code, QStringLiteral("store.notFound"));
}

void TestTokenStore::updateToTakenNameIsRefused()
{
    TokenStore store(*m_db);
    QVERIFY(store.insert(sample(QStringLiteral("A"), QStringLiteral("1"))));
    TokenRecord b = store.insert(sample(QStringLiteral("B"), QStringLiteral("2"))).value();
    b.name = QStringLiteral("A");
    QCOMPARE(store.update(b).error().code, QStringLiteral("store.duplicate"));
}

void TestTokenStore::removeAndNotFound()
{
    TokenStore store(*m_db);
    const TokenRecord r = store.insert(sample(QStringLiteral("A"), QStringLiteral("1"))).value();
    QVERIFY(store.remove(r.id));
    QVERIFY(store.list().value().isEmpty());
    const Result<void> again = store.remove(r.id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("store.notFound"));
}

void TestTokenStore::listIsSortedByName()
{
    TokenStore store(*m_db);
    for (const char *name : {"Paris", "Austin", "Munich"})
        QVERIFY(store.insert(sample(QString::fromLatin1(name), QString::fromLatin1(name))));
    QStringList names;
    const QList<TokenRecord> all = store.list().value();
    for (const TokenRecord &r : all)
        names << r.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("Austin"), QStringLiteral("Munich"), QStringLiteral("Paris")}));
}

void TestTokenStore::duplicatesByUid()
{
    TokenStore store(*m_db);
    QVERIFY(store.insert(sample(QStringLiteral("One"), QStringLiteral("loc-1"))));
    QVERIFY(store.insert(sample(QStringLiteral("Two"), QStringLiteral("loc-1"))));
    QVERIFY(store.insert(sample(QStringLiteral("Three"), QStringLiteral("loc-2"))));
    QCOMPARE(store.duplicateUids().value(), QStringList{QStringLiteral("loc-1")});
    QCOMPARE(store.findByUid(QStringLiteral("loc-1")).value().size(), 2);
    QCOMPARE(store.findByUid(QStringLiteral("loc-2")).value().size(), 1);
}

void TestTokenStore::statusAndSyncVersions()
{
    TokenStore store(*m_db);
    const TokenRecord r = store.insert(sample(QStringLiteral("A"), QStringLiteral("1"))).value();
    QVERIFY(
        store.setStatus(r.id, TokenHealth::Status::Revoked, QStringLiteral("Revoked in the portal"), 9625));
    const QDateTime syncedAt(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
    QVERIFY(store.setSyncVersions(r.id, QStringLiteral("a2"), QStringLiteral("b2"), QStringLiteral("c2"),
                                  syncedAt, false));
    TokenRecord back = *store.findById(r.id).value();
    QCOMPARE(back.status, TokenHealth::Status::Revoked);
    QCOMPARE(back.lastAppleError, 9625);
    QCOMPARE(back.assignmentsVersion, QStringLiteral("b2"));
    QCOMPARE(back.lastSyncAt, syncedAt);
    QCOMPARE(back.lastFullSyncAt, r.lastFullSyncAt); // incremental: untouched
    QVERIFY(store.setSyncVersions(r.id, QStringLiteral("a3"), QStringLiteral("b3"), QStringLiteral("c3"),
                                  syncedAt, true));
    QCOMPARE(store.findById(r.id).value()->lastFullSyncAt, syncedAt);
    QCOMPARE(store.setStatus(QStringLiteral("nope"), TokenHealth::Status::Active, QString(), 0).error().code,
             QStringLiteral("store.notFound"));
}

void TestTokenStore::appDefaultsOfAnOlderRowAreTheDefaults()
{
    TokenStore store(*m_db);
    const Result<TokenRecord> inserted = store.insert(sample(QStringLiteral("Old"), QStringLiteral("7")));
    QVERIFY(inserted);
    // A row written before migration 5 carries the column's default, '{}'.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE tokens SET app_defaults = '{}'")));
    const auto found = store.findById(inserted->id);
    QVERIFY(found && found.value());
    QVERIFY(found.value()->appDefaults == TokenAppDefaults());
    QVERIFY(found.value()->appDefaults.autoInstallUpdates);
    QVERIFY(found.value()->appDefaults.cellularData);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
