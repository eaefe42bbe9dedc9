// vppsim over real HTTP: service/config, client/config (GET and POST), assets with every
// filter and the unlimited modes, users and assignments with their filters.
#include "simhttp.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace SimOrg;

class TestSimReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serviceConfigShape();
    void serviceConfigNeedsNoToken();
    void serviceConfigUrlsWork();
    void clientConfigGet();
    void clientConfigPostSetsAndEchoes();
    void clientConfigPostKeepsOmittedFields();
    void clientConfigPostClearsMdmInfo();
    void clientConfigLocationsDiffer();
    void assetsAll();
    void assetsFilter_data();
    void assetsFilter();
    void assetsBadFilter_data();
    void assetsBadFilter();
    void assetsUnlimitedTrue();
    void assetsUnlimitedFalse();
    void usersAll();
    void usersFilter_data();
    void usersFilter();
    void assignmentsAll();
    void assignmentsFilter_data();
    void assignmentsFilter();
    void assignmentsIncludeUserState();
    void unknownEndpoint();

private:
    std::unique_ptr<SimHttp> m_http;
};

void TestSimReads::init()
{
    m_http = std::make_unique<SimHttp>();
    QVERIFY2(m_http->isListening(), qPrintable(m_http->startError()));
}

void TestSimReads::cleanup()
{
    m_http.reset();
}

void TestSimReads::serviceConfigShape()
{
    const SimReply r = m_http->getAuth(u"service/config"_s, std::nullopt);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.jsonOk, qPrintable(r.describe()));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject &o = r.json;

    QVERIFY(o.value(u"errorCodes"_s).isArray());
    QSet<int> numbers;
    for (const QJsonValue &v : o.value(u"errorCodes"_s).toArray()) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(u"errorNumber"_s).isDouble());
        QVERIFY(e.value(u"errorMessage"_s).isString());
        QVERIFY(!e.value(u"errorMessage"_s).toString().isEmpty());
        QCOMPARE(e.size(), 2);
        numbers.insert(e.value(u"errorNumber"_s).toInt());
    }
    for (const int n :
         {9601, 9603, 9609, 9621, 9625, 9646, 9650, 9700, 9709, 9716, 9721, 9722, 9726, 9727, 9729})
        QVERIFY2(numbers.contains(n), qPrintable(QString::number(n)));

    const QJsonObject limits = o.value(u"limits"_s).toObject();
    const QMap<QString, int> expected{{u"maxAssets"_s, 25},
                                      {u"maxUsers"_s, 100},
                                      {u"maxNotificationLength"_s, 512},
                                      {u"maxRevokeClientUserIds"_s, 100},
                                      {u"maxClientUserIds"_s, 1000},
                                      {u"maxSerialNumbers"_s, 1000},
                                      {u"maxRevokeSerialNumbers"_s, 100},
                                      {u"maxRequestPerSecond"_s, 15},
                                      {u"maxSubscriptions"_s, 25},
                                      {u"maxSubscriptionClientUserIds"_s, 1000},
                                      {u"maxMdmNameLength"_s, 100},
                                      {u"maxMdmMetadataLength"_s, 255},
                                      {u"maxMdmIdLength"_s, 100}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(limits.value(it.key()).isDouble(), qPrintable(it.key()));
        QCOMPARE(limits.value(it.key()).toInt(), it.value());
    }

    static const QStringList allowedTypes{
        u"ASSET_COUNT"_s,     u"ASSET_MANAGEMENT"_s,        u"USER_MANAGEMENT"_s,
        u"USER_ASSOCIATED"_s, u"SUBSCRIPTION_MANAGEMENT"_s, u"SUBSCRIPTION_COUNT"_s,
        u"UNLIMITED_ASSET"_s};
    const QJsonArray types = o.value(u"notificationTypes"_s).toArray();
    QVERIFY(!types.isEmpty());
    for (const QJsonValue &t : types)
        QVERIFY2(allowedTypes.contains(t.toString()), qPrintable(t.toString()));

    const QJsonObject urls = o.value(u"urls"_s).toObject();
    const QMap<QString, QString> endpoints{{u"clientConfig"_s, u"/mdm/v2/client/config"_s},
                                           {u"createUsers"_s, u"/mdm/v2/users/create"_s},
                                           {u"updateUsers"_s, u"/mdm/v2/users/update"_s},
                                           {u"retireUsers"_s, u"/mdm/v2/users/retire"_s},
                                           {u"getUsers"_s, u"/mdm/v2/users"_s},
                                           {u"getAssets"_s, u"/mdm/v2/assets"_s},
                                           {u"getAssignments"_s, u"/mdm/v2/assignments"_s},
                                           {u"associateAssets"_s, u"/mdm/v2/assets/associate"_s},
                                           {u"disassociateAssets"_s, u"/mdm/v2/assets/disassociate"_s},
                                           {u"revokeAssets"_s, u"/mdm/v2/assets/revoke"_s},
                                           {u"eventStatus"_s, u"/mdm/v2/status"_s}};
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
        QCOMPARE(urls.value(it.key()).toString(), QString(m_http->sim().baseUrl() + it.value()));
    QVERIFY(urls.value(u"contentMetadataLookup"_s)
                .toString()
                .endsWith(u"/WebObjects/MZStorePlatform.woa/wa/lookup"_s));
    QVERIFY(urls.value(u"invitationEmail"_s).toString().contains(u"inviteCode=%25inviteCode%25"_s));
    QCOMPARE(urls.size(), 13);
}

void TestSimReads::serviceConfigNeedsNoToken()
{
    // No header, a valid bearer (harmless) and even a garbage one: service config answers all.
    QCOMPARE(m_http->getAuth(u"service/config"_s, std::nullopt).status, 200);
    QCOMPARE(m_http->getAuth(u"service/config"_s, m_http->bearer()).status, 200);
    const SimReply r = m_http->getAuth(u"service/config"_s, QByteArray("Bearer nonsense"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains(u"limits"_s));
    // The wrong method is still refused.
    const SimReply post = m_http->postRaw(u"service/config"_s, "{}", "application/json", std::nullopt);
    QCOMPARE(post.status, 405);
    SIM_SHAPE(SimShape::errorResponse, post.json, 9726);
}

void TestSimReads::serviceConfigUrlsWork()
{
    const QJsonObject urls =
        m_http->getAuth(u"service/config"_s, std::nullopt).json.value(u"urls"_s).toObject();
    for (const QString &key : {u"getAssets"_s, u"getUsers"_s, u"getAssignments"_s, u"clientConfig"_s}) {
        const SimReply r =
            m_http->send("GET", QUrl(urls.value(key).toString()), {}, {{"Authorization", m_http->bearer()}});
        QVERIFY2(r.status == 200, qPrintable(key + u": "_s + r.describe()));
        SIM_SHAPE(SimShape::commonFields, r.json);
    }
}

void TestSimReads::clientConfigGet()
{
    const SimReply r = m_http->get(u"client/config"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject &o = r.json;
    SIM_SHAPE(SimShape::commonFields, o);
    QCOMPARE(o.value(u"countryISO2ACode"_s).toString(), u"US"_s);
    QCOMPARE(o.value(u"defaultPlatform"_s).toString(), u"volumestore"_s);
    QCOMPARE(o.value(u"locationName"_s).toString(), u"Test Library"_s);
    QCOMPARE(o.value(u"websiteURL"_s).toString(), u"https://school.apple.com"_s);
    QCOMPARE(o.value(u"uId"_s).toString(), kUid0);
    QVERIFY(o.value(u"subscribedNotificationTypes"_s).isArray());
    QVERIFY(!o.contains(u"mdmInfo"_s)); // only once someone set it
    QVERIFY(!o.contains(u"notificationUrl"_s));
    QVERIFY(!o.contains(u"clientContext"_s)); // v1 only

    // tokenExpirationDate is the token file's expDate.
    const QJsonObject file =
        QJsonDocument::fromJson(QByteArray::fromBase64(m_http->token().toLatin1())).object();
    QCOMPARE(o.value(u"tokenExpirationDate"_s).toString(), file.value(u"expDate"_s).toString());
}

void TestSimReads::clientConfigPostSetsAndEchoes()
{
    const QJsonObject mdm{{u"id"_s, u"mdm-42"_s}, {u"name"_s, u"VPP Desk"_s}, {u"metadata"_s, u"host=a"_s}};
    const SimReply r = m_http->post(
        u"client/config"_s, {{u"mdmInfo"_s, mdm},
                             {u"notificationUrl"_s, u"https://mdm.example.com/vpp/notify"_s},
                             {u"notificationAuthToken"_s, u"s3cret"_s},
                             {u"notificationTypes"_s, QJsonArray{u"ASSET_MANAGEMENT"_s, u"ASSET_COUNT"_s}}});
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::commonFields, r.json);
    QCOMPARE(r.json.value(u"mdmInfo"_s).toObject(), mdm);
    QCOMPARE(r.json.value(u"notificationUrl"_s).toString(), u"https://mdm.example.com/vpp/notify"_s);
    QCOMPARE(r.json.value(u"notificationAuthToken"_s).toString(), u"s3cret"_s);
    QCOMPARE(r.json.value(u"locationName"_s).toString(), u"Test Library"_s);

    const SimReply g = m_http->get(u"client/config"_s);
    QCOMPARE(g.json.value(u"mdmInfo"_s).toObject(), mdm);
    QCOMPARE(g.json.value(u"subscribedNotificationTypes"_s).toArray(),
             (QJsonArray{u"ASSET_MANAGEMENT"_s, u"ASSET_COUNT"_s}));
    QCOMPARE(g.json.value(u"notificationUrl"_s).toString(), u"https://mdm.example.com/vpp/notify"_s);

    // The complete set replaces the earlier one.
    m_http->post(u"client/config"_s, {{u"notificationTypes"_s, QJsonArray{u"USER_MANAGEMENT"_s}}});
    QCOMPARE(m_http->get(u"client/config"_s).json.value(u"subscribedNotificationTypes"_s).toArray(),
             QJsonArray{u"USER_MANAGEMENT"_s});
    // Another location is not affected.
    QVERIFY(!m_http->get(u"client/config"_s, {}, 1).json.contains(u"mdmInfo"_s));
}

void TestSimReads::clientConfigPostKeepsOmittedFields()
{
    const QJsonObject mdm{{u"id"_s, u"a"_s}, {u"name"_s, u"b"_s}, {u"metadata"_s, u"c"_s}};
    QCOMPARE(m_http->post(u"client/config"_s, {{u"mdmInfo"_s, mdm}}).status, 200);
    const SimReply r =
        m_http->post(u"client/config"_s, {{u"notificationTypes"_s, QJsonArray{u"ASSET_COUNT"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"mdmInfo"_s).toObject(), mdm);
    QCOMPARE(m_http->post(u"client/config"_s, QJsonObject()).json.value(u"mdmInfo"_s).toObject(), mdm);
}

void TestSimReads::clientConfigPostClearsMdmInfo()
{
    const QJsonObject mdm{{u"id"_s, u"a"_s}, {u"name"_s, u"b"_s}, {u"metadata"_s, u"c"_s}};
    QCOMPARE(m_http->post(u"client/config"_s, {{u"mdmInfo"_s, mdm}}).status, 200);
    const QJsonObject empty{{u"id"_s, u""_s}, {u"name"_s, u""_s}, {u"metadata"_s, u""_s}};
    const SimReply r = m_http->post(u"client/config"_s, {{u"mdmInfo"_s, empty}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"mdmInfo"_s));
    QVERIFY(!m_http->get(u"assets"_s).json.contains(u"mdmInfo"_s));
}

void TestSimReads::clientConfigLocationsDiffer()
{
    const SimReply r = m_http->get(u"client/config"_s, {}, 1);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"uId"_s).toString(), kUid1);
    QCOMPARE(r.json.value(u"locationName"_s).toString(), u"Second Site"_s);
    QCOMPARE(r.json.value(u"countryISO2ACode"_s).toString(), u"GB"_s);
    QCOMPARE(r.json.value(u"defaultPlatform"_s).toString(), u"enterprisestore"_s);
    QVERIFY(r.json.value(u"tokenExpirationDate"_s).toString() !=
            m_http->get(u"client/config"_s).json.value(u"tokenExpirationDate"_s).toString());
}

void TestSimReads::assetsAll()
{
    const SimReply r = m_http->get(u"assets"_s);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_s);
    QVERIFY(!r.json.contains(u"unlimitedAssets"_s));
    const QJsonArray assets = r.json.value(u"assets"_s).toArray();
    QCOMPARE(assets.size(), kAssetCount);
    QCOMPARE(r.json.value(u"size"_s).toInt(), kAssetCount);
    QCOMPARE(r.json.value(u"totalPages"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"currentPageIndex"_s).toInt(), 0);
    for (const QJsonValue &v : assets) {
        const QJsonObject a = v.toObject();
        SIM_SHAPE(SimShape::asset, a);
        if (a.value(u"adamId"_s).toString() != kAppFree)
            QCOMPARE(a.value(u"assignedCount"_s).toInt() + a.value(u"availableCount"_s).toInt(),
                     a.value(u"totalCount"_s).toInt());
    }
    const QJsonObject app1 = SimShape::find(assets, u"adamId"_s, kApp1);
    QCOMPARE(app1.value(u"totalCount"_s).toInt(), 10);
    QCOMPARE(app1.value(u"assignedCount"_s).toInt(), 3);
    QCOMPARE(app1.value(u"availableCount"_s).toInt(), 7);
    QCOMPARE(app1.value(u"retiredCount"_s).toInt(), 1);
    QCOMPARE(app1.value(u"productType"_s).toString(), u"App"_s);
    QCOMPARE(app1.value(u"supportedPlatforms"_s).toArray(), QJsonArray{u"iOS"_s});
    // Omitted `unlimited`: the free asset is listed with totalCount INT32_MAX.
    const QJsonObject free = SimShape::find(assets, u"adamId"_s, kAppFree);
    QCOMPARE(free.value(u"totalCount"_s).toDouble(), 2147483647.0);
    QCOMPARE(free.value(u"assignedCount"_s).toInt(), 2);
    const QJsonObject book = SimShape::find(assets, u"adamId"_s, kBook1);
    QCOMPARE(book.value(u"productType"_s).toString(), u"Book"_s);
    QCOMPARE(book.value(u"pricingParam"_s).toString(), u"PLUS"_s);
    QCOMPARE(book.value(u"revocable"_s).toBool(), false);
    QCOMPARE(book.value(u"deviceAssignable"_s).toBool(), false);
    QCOMPARE(SimShape::find(assets, u"adamId"_s, kApp2).value(u"availableCount"_s).toInt(), 0);
}

void TestSimReads::assetsFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList apps{kApp1, kApp2, kAppFree, kAppUserOnly};
    QTest::newRow("productType=App") << u"productType=App"_s << apps;
    QTest::newRow("productType=Book") << u"productType=Book"_s << QStringList{kBook1, kBook2};
    QTest::newRow("pricingParam=PLUS") << u"pricingParam=PLUS"_s << QStringList{kBook1};
    QTest::newRow("pricingParam=STDQ")
        << u"pricingParam=STDQ"_s << QStringList{kApp1, kApp2, kAppFree, kAppUserOnly, kBook2};
    QTest::newRow("revocable=false") << u"revocable=false"_s << QStringList{kBook1, kBook2};
    QTest::newRow("revocable=true") << u"revocable=true"_s << apps;
    QTest::newRow("deviceAssignable=true")
        << u"deviceAssignable=true"_s << QStringList{kApp1, kApp2, kAppFree};
    QTest::newRow("deviceAssignable=false")
        << u"deviceAssignable=false"_s << QStringList{kAppUserOnly, kBook1, kBook2};
    QTest::newRow("adamId") << QString(u"adamId="_s + kApp2) << QStringList{kApp2};
    QTest::newRow("adamId unknown") << u"adamId=999"_s << QStringList{};
    QTest::newRow("maxAvailableCount=0") << u"maxAvailableCount=0"_s << QStringList{kApp2};
    QTest::newRow("maxAvailableCount=4")
        << u"maxAvailableCount=4"_s << QStringList{kApp2, kAppUserOnly, kBook1, kBook2};
    QTest::newRow("minAvailableCount=5") << u"minAvailableCount=5"_s << QStringList{kApp1, kAppFree};
    QTest::newRow("maxAssignedCount=0") << u"maxAssignedCount=0"_s << QStringList{kBook2};
    QTest::newRow("minAssignedCount=2")
        << u"minAssignedCount=2"_s << QStringList{kApp1, kApp2, kAppFree, kBook1};
    QTest::newRow("min/maxAssignedCount=2")
        << u"minAssignedCount=2&maxAssignedCount=2"_s << QStringList{kApp2, kAppFree, kBook1};
    QTest::newRow("App+not device") << u"productType=App&deviceAssignable=false"_s
                                    << QStringList{kAppUserOnly};
    QTest::newRow("Book+PLUS+minAvailable")
        << u"productType=Book&pricingParam=PLUS&minAvailableCount=3"_s << QStringList{kBook1};
}

void TestSimReads::assetsFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SimReply r = m_http->get(u"assets"_s, QUrlQuery(query));
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    SIM_SHAPE(SimShape::page, r.json, u"assets"_s);
    QStringList ids = SimShape::strings(r.json.value(u"assets"_s).toArray(), u"adamId"_s);
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(r.json.value(u"size"_s).toInt(), int(expected.size()));
}

void TestSimReads::assetsBadFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("productType=Game") << u"productType=Game"_s;
    QTest::newRow("pricingParam=HIGH") << u"pricingParam=HIGH"_s;
    QTest::newRow("revocable=maybe") << u"revocable=maybe"_s;
    QTest::newRow("minAvailableCount=x") << u"minAvailableCount=x"_s;
}

void TestSimReads::assetsBadFilter()
{
    QFETCH(QString, query);
    const SimReply r = m_http->get(u"assets"_s, QUrlQuery(query));
    QCOMPARE(r.status, 400);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9602);
}

void TestSimReads::assetsUnlimitedTrue()
{
    const SimReply r = m_http->get(u"assets"_s, QUrlQuery(u"unlimited=true"_s));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_s);
    const QJsonArray assets = r.json.value(u"assets"_s).toArray();
    const QJsonArray unlimited = r.json.value(u"unlimitedAssets"_s).toArray();
    QCOMPARE(assets.size(), kAssetCount - 1);
    QVERIFY(SimShape::find(assets, u"adamId"_s, kAppFree).isEmpty());
    QCOMPARE(unlimited.size(), 1);
    const QJsonObject free = unlimited.first().toObject();
    SIM_SHAPE(SimShape::unlimitedAsset, free);
    QCOMPARE(free.value(u"adamId"_s).toString(), kAppFree);
    QCOMPARE(free.value(u"assignedCount"_s).toInt(), 2);
    QVERIFY(!free.contains(u"totalCount"_s));
    QVERIFY(!free.contains(u"availableCount"_s));
    QVERIFY(!free.contains(u"retiredCount"_s));
    for (const QJsonValue &v : assets) {
        SIM_SHAPE(SimShape::asset, v.toObject());
        QVERIFY(v.toObject().value(u"totalCount"_s).toInt() < 2147483647);
    }
}

void TestSimReads::assetsUnlimitedFalse()
{
    const SimReply r = m_http->get(u"assets"_s, QUrlQuery(u"unlimited=false"_s));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_s);
    QVERIFY(!r.json.contains(u"unlimitedAssets"_s));
    const QJsonArray assets = r.json.value(u"assets"_s).toArray();
    QCOMPARE(assets.size(), kAssetCount - 1);
    QVERIFY(SimShape::find(assets, u"adamId"_s, kAppFree).isEmpty());
}

void TestSimReads::usersAll()
{
    const SimReply r = m_http->get(u"users"_s);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"users"_s);
    const QJsonArray users = r.json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), kUserRows);
    for (const QJsonValue &v : users) {
        SIM_SHAPE(SimShape::user, v.toObject());
        QVERIFY(!v.toObject().contains(u"userId"_s));         // v1 only
        QVERIFY(!v.toObject().contains(u"managedAppleId"_s)); // never in a response
    }
    const QJsonObject registered = SimShape::find(users, u"clientUserId"_s, u"user-04"_s);
    QCOMPARE(registered.value(u"status"_s).toString(), u"Registered"_s);
    QCOMPARE(registered.value(u"inviteCode"_s).toString(), u"invite04"_s);
    QCOMPARE(registered.value(u"email"_s).toString(), u"user-04@example.com"_s);
    const QJsonObject retired = SimShape::find(users, u"clientUserId"_s, u"user-06"_s);
    QCOMPARE(retired.value(u"status"_s).toString(), u"Retired"_s);
    QCOMPARE(retired.value(u"idHash"_s).toString(), u"aGFzaDA2"_s); // a retired user may keep its idHash
    QCOMPARE(SimShape::strings(users, u"clientUserId"_s).count(u"user-07"_s), 2);
}

void TestSimReads::usersFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("activeOnly") << u"activeOnly=true"_s << kActiveUsers
                                << QStringList{u"Associated"_s, u"Registered"_s};
    QTest::newRow("retiredOnly") << u"retiredOnly=true"_s << 2 << QStringList{u"Retired"_s};
    QTest::newRow("activeOnly=false")
        << u"activeOnly=false"_s << kUserRows << QStringList{u"Associated"_s, u"Registered"_s, u"Retired"_s};
    QTest::newRow("clientUserId two rows")
        << u"clientUserId=user-07"_s << 2 << QStringList{u"Associated"_s, u"Retired"_s};
    QTest::newRow("clientUserId+activeOnly")
        << u"clientUserId=user-07&activeOnly=true"_s << 1 << QStringList{u"Associated"_s};
    QTest::newRow("clientUserId+retiredOnly")
        << u"clientUserId=user-07&retiredOnly=true"_s << 1 << QStringList{u"Retired"_s};
    QTest::newRow("registered") << u"clientUserId=user-05"_s << 1 << QStringList{u"Registered"_s};
    QTest::newRow("unknown") << u"clientUserId=nobody"_s << 0 << QStringList{};
}

void TestSimReads::usersFilter()
{
    QFETCH(QString, query);
    QFETCH(int, rows);
    QFETCH(QStringList, statuses);
    const SimReply r = m_http->get(u"users"_s, QUrlQuery(query));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"users"_s);
    const QJsonArray users = r.json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), rows);
    QCOMPARE(r.json.value(u"size"_s).toInt(), rows);
    QStringList seen = SimShape::strings(users, u"status"_s);
    seen.removeDuplicates();
    seen.sort();
    QCOMPARE(seen, statuses);
    for (const QJsonValue &v : users)
        SIM_SHAPE(SimShape::user, v.toObject());
}

void TestSimReads::assignmentsAll()
{
    const SimReply r = m_http->get(u"assignments"_s);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assignments"_s);
    const QJsonArray list = r.json.value(u"assignments"_s).toArray();
    QCOMPARE(list.size(), kAssignments);
    int devices = 0;
    for (const QJsonValue &v : list) {
        SIM_SHAPE(SimShape::assignment, v.toObject(), false);
        devices += v.toObject().contains(u"serialNumber"_s) ? 1 : 0;
    }
    QCOMPARE(devices, 2);
    // Location 1 sees only its own.
    const SimReply other = m_http->get(u"assignments"_s, {}, 1);
    QCOMPARE(other.json.value(u"assignments"_s).toArray().size(), 1);
    QCOMPARE(other.json.value(u"uId"_s).toString(), kUid1);
}

void TestSimReads::assignmentsFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // adamId/target
    QTest::newRow("adamId") << QString(u"adamId="_s + kApp1)
                            << QStringList{kApp1 + u"/user-01"_s, kApp1 + u"/user-02"_s,
                                           kApp1 + u"/SERIAL0001"_s};
    QTest::newRow("clientUserId") << u"clientUserId=user-01"_s
                                  << QStringList{kApp1 + u"/user-01"_s, kApp2 + u"/user-01"_s,
                                                 kAppFree + u"/user-01"_s, kBook1 + u"/user-01"_s};
    QTest::newRow("serialNumber") << u"serialNumber=SERIAL0002"_s << QStringList{kAppFree + u"/SERIAL0002"_s};
    QTest::newRow("pricingParam=PLUS")
        << u"pricingParam=PLUS"_s << QStringList{kBook1 + u"/user-01"_s, kBook1 + u"/user-06"_s};
    QTest::newRow("adamId+clientUserId") << QString(u"clientUserId=user-02&adamId="_s + kAppUserOnly)
                                         << QStringList{kAppUserOnly + u"/user-02"_s};
    QTest::newRow("excludeInactiveUsers")
        << QString(u"excludeInactiveUsers=true&adamId="_s + kBook1) << QStringList{kBook1 + u"/user-01"_s};
    QTest::newRow("unknown user") << u"clientUserId=nobody"_s << QStringList{};
    QTest::newRow("unknown serial") << u"serialNumber=NOPE"_s << QStringList{};
}

void TestSimReads::assignmentsFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SimReply r = m_http->get(u"assignments"_s, QUrlQuery(query));
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    SIM_SHAPE(SimShape::page, r.json, u"assignments"_s);
    QStringList seen;
    for (const QJsonValue &v : r.json.value(u"assignments"_s).toArray()) {
        const QJsonObject a = v.toObject();
        SIM_SHAPE(SimShape::assignment, a, false);
        seen.append(a.value(u"adamId"_s).toString() + u'/' +
                    (a.contains(u"clientUserId"_s) ? a.value(u"clientUserId"_s).toString()
                                                   : a.value(u"serialNumber"_s).toString()));
    }
    seen.sort();
    expected.sort();
    QCOMPARE(seen, expected);
}

void TestSimReads::assignmentsIncludeUserState()
{
    const SimReply r =
        m_http->get(u"assignments"_s, QUrlQuery(QString(u"includeUserState=true&adamId="_s + kBook1)));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value(u"assignments"_s).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list)
        SIM_SHAPE(SimShape::assignment, v.toObject(), true);
    const QJsonObject active = SimShape::find(list, u"clientUserId"_s, u"user-01"_s);
    QCOMPARE(active.value(u"userStatus"_s).toString(), u"Associated"_s);
    QCOMPARE(active.value(u"idHash"_s).toString(), u"aGFzaDAx"_s);
    QCOMPARE(SimShape::find(list, u"clientUserId"_s, u"user-06"_s).value(u"userStatus"_s).toString(),
             u"Retired"_s);
    // Without the flag neither member appears.
    for (const QJsonValue &v : m_http->get(u"assignments"_s).json.value(u"assignments"_s).toArray())
        QVERIFY(!v.toObject().contains(u"userStatus"_s) && !v.toObject().contains(u"idHash"_s));
}

void TestSimReads::unknownEndpoint()
{
    const SimReply r = m_http->get(u"status/123"_s); // the event id goes in the query, not the path
    QCOMPARE(r.status, 404);
    QVERIFY(r.jsonOk);
    QVERIFY(r.json.value(u"errorNumber"_s).isDouble());
}

QTEST_GUILESS_MAIN(TestSimReads)
#include "tst_sim_reads.moc"
