// vppsim over real HTTP: service/config, client/config (GET and POST), assets with every
// filter and the unlimited modes, users and assignments with their filters.
#include "simhttp.h"

#include <QtTest>

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
    const SimReply r = m_http->getAuth(u"service/config"_qs, std::nullopt);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.jsonOk, qPrintable(r.describe()));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject &o = r.json;

    QVERIFY(o.value(u"errorCodes"_qs).isArray());
    QSet<int> numbers;
    for (const QJsonValue &v : o.value(u"errorCodes"_qs).toArray()) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(u"errorNumber"_qs).isDouble());
        QVERIFY(e.value(u"errorMessage"_qs).isString());
        QVERIFY(!e.value(u"errorMessage"_qs).toString().isEmpty());
        QCOMPARE(e.size(), 2);
        numbers.insert(e.value(u"errorNumber"_qs).toInt());
    }
    for (const int n :
         {9601, 9603, 9609, 9621, 9625, 9646, 9650, 9700, 9709, 9716, 9721, 9722, 9726, 9727, 9729})
        QVERIFY2(numbers.contains(n), qPrintable(QString::number(n)));

    const QJsonObject limits = o.value(u"limits"_qs).toObject();
    const QMap<QString, int> expected{{u"maxAssets"_qs, 25},
                                      {u"maxUsers"_qs, 100},
                                      {u"maxNotificationLength"_qs, 512},
                                      {u"maxRevokeClientUserIds"_qs, 100},
                                      {u"maxClientUserIds"_qs, 1000},
                                      {u"maxSerialNumbers"_qs, 1000},
                                      {u"maxRevokeSerialNumbers"_qs, 100},
                                      {u"maxRequestPerSecond"_qs, 15},
                                      {u"maxSubscriptions"_qs, 25},
                                      {u"maxSubscriptionClientUserIds"_qs, 1000},
                                      {u"maxMdmNameLength"_qs, 100},
                                      {u"maxMdmMetadataLength"_qs, 255},
                                      {u"maxMdmIdLength"_qs, 100}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(limits.value(it.key()).isDouble(), qPrintable(it.key()));
        QCOMPARE(limits.value(it.key()).toInt(), it.value());
    }

    static const QStringList allowedTypes{
        u"ASSET_COUNT"_qs,     u"ASSET_MANAGEMENT"_qs,        u"USER_MANAGEMENT"_qs,
        u"USER_ASSOCIATED"_qs, u"SUBSCRIPTION_MANAGEMENT"_qs, u"SUBSCRIPTION_COUNT"_qs,
        u"UNLIMITED_ASSET"_qs};
    const QJsonArray types = o.value(u"notificationTypes"_qs).toArray();
    QVERIFY(!types.isEmpty());
    for (const QJsonValue &t : types)
        QVERIFY2(allowedTypes.contains(t.toString()), qPrintable(t.toString()));

    const QJsonObject urls = o.value(u"urls"_qs).toObject();
    const QMap<QString, QString> endpoints{{u"clientConfig"_qs, u"/mdm/v2/client/config"_qs},
                                           {u"createUsers"_qs, u"/mdm/v2/users/create"_qs},
                                           {u"updateUsers"_qs, u"/mdm/v2/users/update"_qs},
                                           {u"retireUsers"_qs, u"/mdm/v2/users/retire"_qs},
                                           {u"getUsers"_qs, u"/mdm/v2/users"_qs},
                                           {u"getAssets"_qs, u"/mdm/v2/assets"_qs},
                                           {u"getAssignments"_qs, u"/mdm/v2/assignments"_qs},
                                           {u"associateAssets"_qs, u"/mdm/v2/assets/associate"_qs},
                                           {u"disassociateAssets"_qs, u"/mdm/v2/assets/disassociate"_qs},
                                           {u"revokeAssets"_qs, u"/mdm/v2/assets/revoke"_qs},
                                           {u"eventStatus"_qs, u"/mdm/v2/status"_qs}};
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
        QCOMPARE(urls.value(it.key()).toString(), QString(m_http->sim().baseUrl() + it.value()));
    QVERIFY(urls.value(u"contentMetadataLookup"_qs)
                .toString()
                .endsWith(u"/WebObjects/MZStorePlatform.woa/wa/lookup"_qs));
    QVERIFY(urls.value(u"invitationEmail"_qs).toString().contains(u"inviteCode=%25inviteCode%25"_qs));
    QCOMPARE(urls.size(), 13);
}

void TestSimReads::serviceConfigNeedsNoToken()
{
    // No header, a valid bearer (harmless) and even a garbage one: service config answers all.
    QCOMPARE(m_http->getAuth(u"service/config"_qs, std::nullopt).status, 200);
    QCOMPARE(m_http->getAuth(u"service/config"_qs, m_http->bearer()).status, 200);
    const SimReply r = m_http->getAuth(u"service/config"_qs, QByteArray("Bearer nonsense"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains(u"limits"_qs));
    // The wrong method is still refused.
    const SimReply post = m_http->postRaw(u"service/config"_qs, "{}", "application/json", std::nullopt);
    QCOMPARE(post.status, 405);
    SIM_SHAPE(SimShape::errorResponse, post.json, 9726);
}

void TestSimReads::serviceConfigUrlsWork()
{
    const QJsonObject urls =
        m_http->getAuth(u"service/config"_qs, std::nullopt).json.value(u"urls"_qs).toObject();
    for (const QString &key : {u"getAssets"_qs, u"getUsers"_qs, u"getAssignments"_qs, u"clientConfig"_qs}) {
        const SimReply r =
            m_http->send("GET", QUrl(urls.value(key).toString()), {}, {{"Authorization", m_http->bearer()}});
        QVERIFY2(r.status == 200, qPrintable(key + u": "_qs + r.describe()));
        SIM_SHAPE(SimShape::commonFields, r.json);
    }
}

void TestSimReads::clientConfigGet()
{
    const SimReply r = m_http->get(u"client/config"_qs);
    QCOMPARE(r.status, 200);
    const QJsonObject &o = r.json;
    SIM_SHAPE(SimShape::commonFields, o);
    QCOMPARE(o.value(u"countryISO2ACode"_qs).toString(), u"US"_qs);
    QCOMPARE(o.value(u"defaultPlatform"_qs).toString(), u"volumestore"_qs);
    QCOMPARE(o.value(u"locationName"_qs).toString(), u"Test Library"_qs);
    QCOMPARE(o.value(u"websiteURL"_qs).toString(), u"https://school.apple.com"_qs);
    QCOMPARE(o.value(u"uId"_qs).toString(), kUid0);
    QVERIFY(o.value(u"subscribedNotificationTypes"_qs).isArray());
    QVERIFY(!o.contains(u"mdmInfo"_qs)); // only once someone set it
    QVERIFY(!o.contains(u"notificationUrl"_qs));
    QVERIFY(!o.contains(u"clientContext"_qs)); // v1 only

    // tokenExpirationDate is the token file's expDate.
    const QJsonObject file =
        QJsonDocument::fromJson(QByteArray::fromBase64(m_http->token().toLatin1())).object();
    QCOMPARE(o.value(u"tokenExpirationDate"_qs).toString(), file.value(u"expDate"_qs).toString());
}

void TestSimReads::clientConfigPostSetsAndEchoes()
{
    const QJsonObject mdm{
        {u"id"_qs, u"mdm-42"_qs}, {u"name"_qs, u"VPP Desk"_qs}, {u"metadata"_qs, u"host=a"_qs}};
    const SimReply r =
        m_http->post(u"client/config"_qs,
                     {{u"mdmInfo"_qs, mdm},
                      {u"notificationUrl"_qs, u"https://mdm.example.com/vpp/notify"_qs},
                      {u"notificationAuthToken"_qs, u"s3cret"_qs},
                      {u"notificationTypes"_qs, QJsonArray{u"ASSET_MANAGEMENT"_qs, u"ASSET_COUNT"_qs}}});
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::commonFields, r.json);
    QCOMPARE(r.json.value(u"mdmInfo"_qs).toObject(), mdm);
    QCOMPARE(r.json.value(u"notificationUrl"_qs).toString(), u"https://mdm.example.com/vpp/notify"_qs);
    QCOMPARE(r.json.value(u"notificationAuthToken"_qs).toString(), u"s3cret"_qs);
    QCOMPARE(r.json.value(u"locationName"_qs).toString(), u"Test Library"_qs);

    const SimReply g = m_http->get(u"client/config"_qs);
    QCOMPARE(g.json.value(u"mdmInfo"_qs).toObject(), mdm);
    QCOMPARE(g.json.value(u"subscribedNotificationTypes"_qs).toArray(),
             (QJsonArray{u"ASSET_MANAGEMENT"_qs, u"ASSET_COUNT"_qs}));
    QCOMPARE(g.json.value(u"notificationUrl"_qs).toString(), u"https://mdm.example.com/vpp/notify"_qs);

    // The complete set replaces the earlier one.
    m_http->post(u"client/config"_qs, {{u"notificationTypes"_qs, QJsonArray{u"USER_MANAGEMENT"_qs}}});
    QCOMPARE(m_http->get(u"client/config"_qs).json.value(u"subscribedNotificationTypes"_qs).toArray(),
             QJsonArray{u"USER_MANAGEMENT"_qs});
    // Another location is not affected.
    QVERIFY(!m_http->get(u"client/config"_qs, {}, 1).json.contains(u"mdmInfo"_qs));
}

void TestSimReads::clientConfigPostKeepsOmittedFields()
{
    const QJsonObject mdm{{u"id"_qs, u"a"_qs}, {u"name"_qs, u"b"_qs}, {u"metadata"_qs, u"c"_qs}};
    QCOMPARE(m_http->post(u"client/config"_qs, {{u"mdmInfo"_qs, mdm}}).status, 200);
    const SimReply r =
        m_http->post(u"client/config"_qs, {{u"notificationTypes"_qs, QJsonArray{u"ASSET_COUNT"_qs}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"mdmInfo"_qs).toObject(), mdm);
    QCOMPARE(m_http->post(u"client/config"_qs, QJsonObject()).json.value(u"mdmInfo"_qs).toObject(), mdm);
}

void TestSimReads::clientConfigPostClearsMdmInfo()
{
    const QJsonObject mdm{{u"id"_qs, u"a"_qs}, {u"name"_qs, u"b"_qs}, {u"metadata"_qs, u"c"_qs}};
    QCOMPARE(m_http->post(u"client/config"_qs, {{u"mdmInfo"_qs, mdm}}).status, 200);
    const QJsonObject empty{{u"id"_qs, u""_qs}, {u"name"_qs, u""_qs}, {u"metadata"_qs, u""_qs}};
    const SimReply r = m_http->post(u"client/config"_qs, {{u"mdmInfo"_qs, empty}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"mdmInfo"_qs));
    QVERIFY(!m_http->get(u"assets"_qs).json.contains(u"mdmInfo"_qs));
}

void TestSimReads::clientConfigLocationsDiffer()
{
    const SimReply r = m_http->get(u"client/config"_qs, {}, 1);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"uId"_qs).toString(), kUid1);
    QCOMPARE(r.json.value(u"locationName"_qs).toString(), u"Second Site"_qs);
    QCOMPARE(r.json.value(u"countryISO2ACode"_qs).toString(), u"GB"_qs);
    QCOMPARE(r.json.value(u"defaultPlatform"_qs).toString(), u"enterprisestore"_qs);
    QVERIFY(r.json.value(u"tokenExpirationDate"_qs).toString() !=
            m_http->get(u"client/config"_qs).json.value(u"tokenExpirationDate"_qs).toString());
}

void TestSimReads::assetsAll()
{
    const SimReply r = m_http->get(u"assets"_qs);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_qs);
    QVERIFY(!r.json.contains(u"unlimitedAssets"_qs));
    const QJsonArray assets = r.json.value(u"assets"_qs).toArray();
    QCOMPARE(assets.size(), kAssetCount);
    QCOMPARE(r.json.value(u"size"_qs).toInt(), kAssetCount);
    QCOMPARE(r.json.value(u"totalPages"_qs).toInt(), 1);
    QCOMPARE(r.json.value(u"currentPageIndex"_qs).toInt(), 0);
    for (const QJsonValue &v : assets) {
        const QJsonObject a = v.toObject();
        SIM_SHAPE(SimShape::asset, a);
        if (a.value(u"adamId"_qs).toString() != kAppFree)
            QCOMPARE(a.value(u"assignedCount"_qs).toInt() + a.value(u"availableCount"_qs).toInt(),
                     a.value(u"totalCount"_qs).toInt());
    }
    const QJsonObject app1 = SimShape::find(assets, u"adamId"_qs, kApp1);
    QCOMPARE(app1.value(u"totalCount"_qs).toInt(), 10);
    QCOMPARE(app1.value(u"assignedCount"_qs).toInt(), 3);
    QCOMPARE(app1.value(u"availableCount"_qs).toInt(), 7);
    QCOMPARE(app1.value(u"retiredCount"_qs).toInt(), 1);
    QCOMPARE(app1.value(u"productType"_qs).toString(), u"App"_qs);
    QCOMPARE(app1.value(u"supportedPlatforms"_qs).toArray(), QJsonArray{u"iOS"_qs});
    // Omitted `unlimited`: the free asset is listed with totalCount INT32_MAX.
    const QJsonObject free = SimShape::find(assets, u"adamId"_qs, kAppFree);
    QCOMPARE(free.value(u"totalCount"_qs).toDouble(), 2147483647.0);
    QCOMPARE(free.value(u"assignedCount"_qs).toInt(), 2);
    const QJsonObject book = SimShape::find(assets, u"adamId"_qs, kBook1);
    QCOMPARE(book.value(u"productType"_qs).toString(), u"Book"_qs);
    QCOMPARE(book.value(u"pricingParam"_qs).toString(), u"PLUS"_qs);
    QCOMPARE(book.value(u"revocable"_qs).toBool(), false);
    QCOMPARE(book.value(u"deviceAssignable"_qs).toBool(), false);
    QCOMPARE(SimShape::find(assets, u"adamId"_qs, kApp2).value(u"availableCount"_qs).toInt(), 0);
}

void TestSimReads::assetsFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList apps{kApp1, kApp2, kAppFree, kAppUserOnly};
    QTest::newRow("productType=App") << u"productType=App"_qs << apps;
    QTest::newRow("productType=Book") << u"productType=Book"_qs << QStringList{kBook1, kBook2};
    QTest::newRow("pricingParam=PLUS") << u"pricingParam=PLUS"_qs << QStringList{kBook1};
    QTest::newRow("pricingParam=STDQ")
        << u"pricingParam=STDQ"_qs << QStringList{kApp1, kApp2, kAppFree, kAppUserOnly, kBook2};
    QTest::newRow("revocable=false") << u"revocable=false"_qs << QStringList{kBook1, kBook2};
    QTest::newRow("revocable=true") << u"revocable=true"_qs << apps;
    QTest::newRow("deviceAssignable=true")
        << u"deviceAssignable=true"_qs << QStringList{kApp1, kApp2, kAppFree};
    QTest::newRow("deviceAssignable=false")
        << u"deviceAssignable=false"_qs << QStringList{kAppUserOnly, kBook1, kBook2};
    QTest::newRow("adamId") << QString(u"adamId="_qs + kApp2) << QStringList{kApp2};
    QTest::newRow("adamId unknown") << u"adamId=999"_qs << QStringList{};
    QTest::newRow("maxAvailableCount=0") << u"maxAvailableCount=0"_qs << QStringList{kApp2};
    QTest::newRow("maxAvailableCount=4")
        << u"maxAvailableCount=4"_qs << QStringList{kApp2, kAppUserOnly, kBook1, kBook2};
    QTest::newRow("minAvailableCount=5") << u"minAvailableCount=5"_qs << QStringList{kApp1, kAppFree};
    QTest::newRow("maxAssignedCount=0") << u"maxAssignedCount=0"_qs << QStringList{kBook2};
    QTest::newRow("minAssignedCount=2")
        << u"minAssignedCount=2"_qs << QStringList{kApp1, kApp2, kAppFree, kBook1};
    QTest::newRow("min/maxAssignedCount=2")
        << u"minAssignedCount=2&maxAssignedCount=2"_qs << QStringList{kApp2, kAppFree, kBook1};
    QTest::newRow("App+not device") << u"productType=App&deviceAssignable=false"_qs
                                    << QStringList{kAppUserOnly};
    QTest::newRow("Book+PLUS+minAvailable")
        << u"productType=Book&pricingParam=PLUS&minAvailableCount=3"_qs << QStringList{kBook1};
}

void TestSimReads::assetsFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SimReply r = m_http->get(u"assets"_qs, QUrlQuery(query));
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    SIM_SHAPE(SimShape::page, r.json, u"assets"_qs);
    QStringList ids = SimShape::strings(r.json.value(u"assets"_qs).toArray(), u"adamId"_qs);
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(r.json.value(u"size"_qs).toInt(), int(expected.size()));
}

void TestSimReads::assetsBadFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("productType=Game") << u"productType=Game"_qs;
    QTest::newRow("pricingParam=HIGH") << u"pricingParam=HIGH"_qs;
    QTest::newRow("revocable=maybe") << u"revocable=maybe"_qs;
    QTest::newRow("minAvailableCount=x") << u"minAvailableCount=x"_qs;
}

void TestSimReads::assetsBadFilter()
{
    QFETCH(QString, query);
    const SimReply r = m_http->get(u"assets"_qs, QUrlQuery(query));
    QCOMPARE(r.status, 400);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9602);
}

void TestSimReads::assetsUnlimitedTrue()
{
    const SimReply r = m_http->get(u"assets"_qs, QUrlQuery(u"unlimited=true"_qs));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_qs);
    const QJsonArray assets = r.json.value(u"assets"_qs).toArray();
    const QJsonArray unlimited = r.json.value(u"unlimitedAssets"_qs).toArray();
    QCOMPARE(assets.size(), kAssetCount - 1);
    QVERIFY(SimShape::find(assets, u"adamId"_qs, kAppFree).isEmpty());
    QCOMPARE(unlimited.size(), 1);
    const QJsonObject free = unlimited.first().toObject();
    SIM_SHAPE(SimShape::unlimitedAsset, free);
    QCOMPARE(free.value(u"adamId"_qs).toString(), kAppFree);
    QCOMPARE(free.value(u"assignedCount"_qs).toInt(), 2);
    QVERIFY(!free.contains(u"totalCount"_qs));
    QVERIFY(!free.contains(u"availableCount"_qs));
    QVERIFY(!free.contains(u"retiredCount"_qs));
    for (const QJsonValue &v : assets) {
        SIM_SHAPE(SimShape::asset, v.toObject());
        QVERIFY(v.toObject().value(u"totalCount"_qs).toInt() < 2147483647);
    }
}

void TestSimReads::assetsUnlimitedFalse()
{
    const SimReply r = m_http->get(u"assets"_qs, QUrlQuery(u"unlimited=false"_qs));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_qs);
    QVERIFY(!r.json.contains(u"unlimitedAssets"_qs));
    const QJsonArray assets = r.json.value(u"assets"_qs).toArray();
    QCOMPARE(assets.size(), kAssetCount - 1);
    QVERIFY(SimShape::find(assets, u"adamId"_qs, kAppFree).isEmpty());
}

void TestSimReads::usersAll()
{
    const SimReply r = m_http->get(u"users"_qs);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"users"_qs);
    const QJsonArray users = r.json.value(u"users"_qs).toArray();
    QCOMPARE(users.size(), kUserRows);
    for (const QJsonValue &v : users) {
        SIM_SHAPE(SimShape::user, v.toObject());
        QVERIFY(!v.toObject().contains(u"userId"_qs));         // v1 only
        QVERIFY(!v.toObject().contains(u"managedAppleId"_qs)); // never in a response
    }
    const QJsonObject registered = SimShape::find(users, u"clientUserId"_qs, u"user-04"_qs);
    QCOMPARE(registered.value(u"status"_qs).toString(), u"Registered"_qs);
    QCOMPARE(registered.value(u"inviteCode"_qs).toString(), u"invite04"_qs);
    QCOMPARE(registered.value(u"email"_qs).toString(), u"user-04@example.com"_qs);
    const QJsonObject retired = SimShape::find(users, u"clientUserId"_qs, u"user-06"_qs);
    QCOMPARE(retired.value(u"status"_qs).toString(), u"Retired"_qs);
    QCOMPARE(retired.value(u"idHash"_qs).toString(), u"aGFzaDA2"_qs); // a retired user may keep its idHash
    QCOMPARE(SimShape::strings(users, u"clientUserId"_qs).count(u"user-07"_qs), 2);
}

void TestSimReads::usersFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("activeOnly") << u"activeOnly=true"_qs << kActiveUsers
                                << QStringList{u"Associated"_qs, u"Registered"_qs};
    QTest::newRow("retiredOnly") << u"retiredOnly=true"_qs << 2 << QStringList{u"Retired"_qs};
    QTest::newRow("activeOnly=false") << u"activeOnly=false"_qs << kUserRows
                                      << QStringList{u"Associated"_qs, u"Registered"_qs, u"Retired"_qs};
    QTest::newRow("clientUserId two rows")
        << u"clientUserId=user-07"_qs << 2 << QStringList{u"Associated"_qs, u"Retired"_qs};
    QTest::newRow("clientUserId+activeOnly")
        << u"clientUserId=user-07&activeOnly=true"_qs << 1 << QStringList{u"Associated"_qs};
    QTest::newRow("clientUserId+retiredOnly")
        << u"clientUserId=user-07&retiredOnly=true"_qs << 1 << QStringList{u"Retired"_qs};
    QTest::newRow("registered") << u"clientUserId=user-05"_qs << 1 << QStringList{u"Registered"_qs};
    QTest::newRow("unknown") << u"clientUserId=nobody"_qs << 0 << QStringList{};
}

void TestSimReads::usersFilter()
{
    QFETCH(QString, query);
    QFETCH(int, rows);
    QFETCH(QStringList, statuses);
    const SimReply r = m_http->get(u"users"_qs, QUrlQuery(query));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"users"_qs);
    const QJsonArray users = r.json.value(u"users"_qs).toArray();
    QCOMPARE(users.size(), rows);
    QCOMPARE(r.json.value(u"size"_qs).toInt(), rows);
    QStringList seen = SimShape::strings(users, u"status"_qs);
    seen.removeDuplicates();
    seen.sort();
    QCOMPARE(seen, statuses);
    for (const QJsonValue &v : users)
        SIM_SHAPE(SimShape::user, v.toObject());
}

void TestSimReads::assignmentsAll()
{
    const SimReply r = m_http->get(u"assignments"_qs);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assignments"_qs);
    const QJsonArray list = r.json.value(u"assignments"_qs).toArray();
    QCOMPARE(list.size(), kAssignments);
    int devices = 0;
    for (const QJsonValue &v : list) {
        SIM_SHAPE(SimShape::assignment, v.toObject(), false);
        devices += v.toObject().contains(u"serialNumber"_qs) ? 1 : 0;
    }
    QCOMPARE(devices, 2);
    // Location 1 sees only its own.
    const SimReply other = m_http->get(u"assignments"_qs, {}, 1);
    QCOMPARE(other.json.value(u"assignments"_qs).toArray().size(), 1);
    QCOMPARE(other.json.value(u"uId"_qs).toString(), kUid1);
}

void TestSimReads::assignmentsFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // adamId/target
    QTest::newRow("adamId") << QString(u"adamId="_qs + kApp1)
                            << QStringList{kApp1 + u"/user-01"_qs, kApp1 + u"/user-02"_qs,
                                           kApp1 + u"/SERIAL0001"_qs};
    QTest::newRow("clientUserId") << u"clientUserId=user-01"_qs
                                  << QStringList{kApp1 + u"/user-01"_qs, kApp2 + u"/user-01"_qs,
                                                 kAppFree + u"/user-01"_qs, kBook1 + u"/user-01"_qs};
    QTest::newRow("serialNumber") << u"serialNumber=SERIAL0002"_qs
                                  << QStringList{kAppFree + u"/SERIAL0002"_qs};
    QTest::newRow("pricingParam=PLUS")
        << u"pricingParam=PLUS"_qs << QStringList{kBook1 + u"/user-01"_qs, kBook1 + u"/user-06"_qs};
    QTest::newRow("adamId+clientUserId") << QString(u"clientUserId=user-02&adamId="_qs + kAppUserOnly)
                                         << QStringList{kAppUserOnly + u"/user-02"_qs};
    QTest::newRow("excludeInactiveUsers")
        << QString(u"excludeInactiveUsers=true&adamId="_qs + kBook1) << QStringList{kBook1 + u"/user-01"_qs};
    QTest::newRow("unknown user") << u"clientUserId=nobody"_qs << QStringList{};
    QTest::newRow("unknown serial") << u"serialNumber=NOPE"_qs << QStringList{};
}

void TestSimReads::assignmentsFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SimReply r = m_http->get(u"assignments"_qs, QUrlQuery(query));
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    SIM_SHAPE(SimShape::page, r.json, u"assignments"_qs);
    QStringList seen;
    for (const QJsonValue &v : r.json.value(u"assignments"_qs).toArray()) {
        const QJsonObject a = v.toObject();
        SIM_SHAPE(SimShape::assignment, a, false);
        seen.append(a.value(u"adamId"_qs).toString() + u'/' +
                    (a.contains(u"clientUserId"_qs) ? a.value(u"clientUserId"_qs).toString()
                                                    : a.value(u"serialNumber"_qs).toString()));
    }
    seen.sort();
    expected.sort();
    QCOMPARE(seen, expected);
}

void TestSimReads::assignmentsIncludeUserState()
{
    const SimReply r =
        m_http->get(u"assignments"_qs, QUrlQuery(QString(u"includeUserState=true&adamId="_qs + kBook1)));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value(u"assignments"_qs).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list)
        SIM_SHAPE(SimShape::assignment, v.toObject(), true);
    const QJsonObject active = SimShape::find(list, u"clientUserId"_qs, u"user-01"_qs);
    QCOMPARE(active.value(u"userStatus"_qs).toString(), u"Associated"_qs);
    QCOMPARE(active.value(u"idHash"_qs).toString(), u"aGFzaDAx"_qs);
    QCOMPARE(SimShape::find(list, u"clientUserId"_qs, u"user-06"_qs).value(u"userStatus"_qs).toString(),
             u"Retired"_qs);
    // Without the flag neither member appears.
    for (const QJsonValue &v : m_http->get(u"assignments"_qs).json.value(u"assignments"_qs).toArray())
        QVERIFY(!v.toObject().contains(u"userStatus"_qs) && !v.toObject().contains(u"idHash"_qs));
}

void TestSimReads::unknownEndpoint()
{
    const SimReply r = m_http->get(u"status/123"_qs); // the event id goes in the query, not the path
    QCOMPARE(r.status, 404);
    QVERIFY(r.jsonOk);
    QVERIFY(r.json.value(u"errorNumber"_qs).isDouble());
}

QTEST_GUILESS_MAIN(TestSimReads)
#include "tst_sim_reads.moc"
