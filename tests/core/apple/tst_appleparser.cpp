// Tests of AppleParser on Apple's documented example bodies and on broken ones.
#include "core/apple/appleparser.h"

#include "core/apple/applejsonreader.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(TestSupport::dataDir() + QStringLiteral("/apple/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QDateTime exampleExpiry()
{
    return QDateTime(QDate(2030, 11, 8), QTime(22, 33, 22), QTimeZone::utc());
}

namespace AppleJsonReaderProbe {
bool parses(const QByteArray &body)
{
    return AppleJsonReader::parseRoot(body).isOk();
}
} // namespace AppleJsonReaderProbe

} // namespace

class TestAppleParser : public QObject
{
    Q_OBJECT

private slots:
    void serviceConfig();
    void serviceConfigDefaults();
    void clientConfig();
    void assetsPage();
    void assetsUnlimited();
    void assetsNumericIds();
    void assignmentsPage();
    void assignmentsMiddlePage();
    void assignmentIdentity_data();
    void assignmentIdentity();
    void usersPage();
    void eventResponse();
    void eventStatusFailed();
    void eventStatusPending();
    void metadataLookup();
    void metadataArtworkArray();
    void metadataEmpty();
    void errorBodyWinsEverywhere_data();
    void errorBodyWinsEverywhere();
    void brokenBodies_data();
    void brokenBodies();
    void pageFrame_data();
    void pageFrame();
    void checkReply();
    void byteOrderMark();
    void malformedRecordsAreSkippedAndCounted_data();
    void malformedRecordsAreSkippedAndCounted();
    void valuesAreKeptAsSent();
    void everyPrefixFailsCleanly_data();
    void everyPrefixFailsCleanly();
};

void TestAppleParser::serviceConfig()
{
    const Result<ServiceConfig> result =
        AppleParser::parseServiceConfig(dataFile(QStringLiteral("service_config.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const ServiceConfig &config = *result;
    QCOMPARE(config.errorCodes.size(), 2);
    QCOMPARE(config.errorCodes.at(0).errorNumber, 9601);
    QCOMPARE(config.errorCodes.at(0).errorMessage, QStringLiteral("Login required."));
    QCOMPARE(config.limits.size(), 13);
    QCOMPARE(config.maxAssets(), 25);
    QCOMPARE(config.maxUsers(), 100);
    QCOMPARE(config.maxClientUserIds(), 1000);
    QCOMPARE(config.maxSerialNumbers(), 1000);
    QCOMPARE(config.maxRevokeClientUserIds(), 100);
    QCOMPARE(config.maxRevokeSerialNumbers(), 100);
    QCOMPARE(config.maxRequestPerSecond(), 15);
    QCOMPARE(config.maxNotificationLength(), 512);
    QCOMPARE(config.maxMdmMetadataLength(), 255);
    QCOMPARE(config.notificationTypes,
             (QStringList{QStringLiteral("ASSET_MANAGEMENT"), QStringLiteral("USER_MANAGEMENT"),
                          QStringLiteral("USER_ASSOCIATED"), QStringLiteral("ASSET_COUNT")}));
    QCOMPARE(config.urls.size(), 13);
    QCOMPARE(config.url(QStringLiteral("getAssets")),
             QUrl(QStringLiteral("https://vpp.itunes.apple.com/mdm/v2/assets")));
    QVERIFY(!config.url(QStringLiteral("noSuchEndpoint")).isValid());
    QCOMPARE(
        config.invitationUrl(QStringLiteral("46bc93ea3acd41e0a4919c02db0d7d3a")).toString(),
        QStringLiteral("https://buy.itunes.apple.com/WebObjects/MZFinance.woa/wa/"
                       "associateVPPUserWithITSAccount?inviteCode=46bc93ea3acd41e0a4919c02db0d7d3a&mt=8"));
}

void TestAppleParser::serviceConfigDefaults()
{
    const Result<ServiceConfig> result =
        AppleParser::parseServiceConfig(dataFile(QStringLiteral("service_config_minimal.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const ServiceConfig &config = *result;
    QCOMPARE(config.errorCodes.size(), 1);                        // the placeholder string entry is skipped
    QCOMPARE(config.maxAssets(), 20);                             // sent
    QVERIFY(!config.hasLimit(QStringLiteral("someFutureLimit"))); // odd unknown value skipped
    QVERIFY(!config.hasLimit(QStringLiteral("maxUsers")));
    QCOMPARE(config.maxUsers(), 100);           // documented default
    QCOMPARE(config.maxRequestPerSecond(), 10); // our conservative default
    QCOMPARE(config.maxMdmIdLength(), 100);
    QCOMPARE(config.limit(QStringLiteral("unknownLimit")), 0);
    QVERIFY(config.notificationTypes.isEmpty());

    const Result<ServiceConfig> bad =
        AppleParser::parseServiceConfig(QByteArray(R"({"limits": {"maxAssets": "twenty-five"}})"));
    QVERIFY(bad.hasError());
    QCOMPARE(bad.error().code, QStringLiteral("parse.wrongType"));
}

void TestAppleParser::clientConfig()
{
    const Result<ClientConfig> result =
        AppleParser::parseClientConfig(dataFile(QStringLiteral("client_config.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const ClientConfig &config = *result;
    QCOMPARE(config.countryISO2ACode, QStringLiteral("US"));
    QCOMPARE(config.defaultPlatform, QStringLiteral("volumestore"));
    QCOMPARE(config.locationName, QStringLiteral("PS01"));
    QVERIFY(config.mdmInfo.has_value());
    QCOMPARE(config.mdmInfo->id, QStringLiteral("mdm-42"));
    QCOMPARE(config.mdmInfo->name, QStringLiteral("VPP Desk"));
    QCOMPARE(config.mdmInfo->metadata, QStringLiteral("host=desk-1"));
    QCOMPARE(config.notificationUrl, QStringLiteral("https://mdm.example.com/vpp/notify"));
    QVERIFY(config.hasNotificationAuthToken);
    QCOMPARE(config.subscribedNotificationTypes.size(), 2);
    QCOMPARE(config.tokenExpirationDateText, QStringLiteral("2030-11-08T22:33:22+0000"));
    QCOMPARE(config.tokenExpirationDate, exampleExpiry());
    QCOMPARE(config.uId, QStringLiteral("2049025000431439"));
    QCOMPARE(config.websiteUrl, QStringLiteral("https://school.apple.com"));

    const Result<ClientConfig> bare =
        AppleParser::parseClientConfig(QByteArray(R"({"locationName": "PS02"})"));
    QVERIFY(bare.isOk());
    QVERIFY(!bare->mdmInfo.has_value());
    QVERIFY(!bare->hasNotificationAuthToken);
    QVERIFY(!bare->tokenExpirationDate.isValid());
}

void TestAppleParser::assetsPage()
{
    const Result<ApplePage<Asset>> result =
        AppleParser::parseAssetsPage(dataFile(QStringLiteral("assets.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const ApplePage<Asset> &page = *result;
    QCOMPARE(page.items.size(), 1);
    const Asset &asset = page.items.first();
    QCOMPARE(asset.adamId, QStringLiteral("408709785"));
    QCOMPARE(asset.assignedCount, 5000);
    QCOMPARE(asset.availableCount, 10000);
    QCOMPARE(asset.retiredCount, 0);
    QCOMPARE(asset.totalCount, 15000);
    QVERIFY(asset.deviceAssignable);
    QVERIFY(asset.revocable);
    QVERIFY(!asset.unlimited);
    QCOMPARE(asset.pricingParam, QStringLiteral("STDQ"));
    QCOMPARE(asset.productType, QStringLiteral("App"));
    QCOMPARE(asset.supportedPlatforms, QStringList{QStringLiteral("iOS")});
    QCOMPARE(page.currentPageIndex, 0);
    QVERIFY(!page.nextPageIndex.has_value());
    QVERIFY(page.isLastPage());
    QCOMPARE(page.size, 1);
    QCOMPARE(page.totalPages, 1);
    QCOMPARE(page.versionId, QStringLiteral("70e8c740-514c-11eb-bb63-a90b882fcd52"));
    QCOMPARE(page.common.uId, QStringLiteral("2049025000431439"));
    QCOMPARE(page.common.tokenExpirationDate, exampleExpiry());
    QVERIFY(!page.common.mdmInfo.has_value());
}

void TestAppleParser::assetsUnlimited()
{
    const Result<ApplePage<Asset>> result =
        AppleParser::parseAssetsPage(dataFile(QStringLiteral("assets_unlimited.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const QList<Asset> &items = result->items;
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).adamId, QStringLiteral("361309726"));
    QVERIFY(items.at(0).unlimited); // totalCount == INT32_MAX
    QCOMPARE(items.at(0).totalCount, Asset::unlimitedTotalCount);
    QCOMPARE(items.at(0).supportedPlatforms.size(), 2);
    QVERIFY(!items.at(1).unlimited);
    QCOMPARE(items.at(1).productType, QStringLiteral("Book"));
    QCOMPARE(items.at(1).pricingParam, QStringLiteral("PLUS"));
    QVERIFY(!items.at(1).revocable);
    QCOMPARE(items.at(2).adamId, QStringLiteral("284882215")); // from unlimitedAssets
    QVERIFY(items.at(2).unlimited);
    QCOMPARE(items.at(2).assignedCount, 7);
    QCOMPARE(items.at(2).availableCount, 0);
}

void TestAppleParser::assetsNumericIds()
{
    const Result<ApplePage<Asset>> result =
        AppleParser::parseAssetsPage(dataFile(QStringLiteral("assets_numeric_ids.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QCOMPARE(result->items.size(), 2);
    QCOMPARE(result->items.at(0).adamId, QStringLiteral("408709785"));
    QCOMPARE(result->items.at(1).adamId, QStringLiteral("9007199254740993")); // beyond 2^53, exact
    QCOMPARE(result->common.uId, QStringLiteral("2049025000431439"));
    QCOMPARE(result->currentPageIndex, 2);
    QCOMPARE(result->nextPageIndex.value_or(-1), 3);
    QVERIFY(!result->isLastPage());
    QCOMPARE(result->totalPages, 5);
    QVERIFY(result->common.tokenExpirationDateText.isEmpty());
    QVERIFY(!result->common.tokenExpirationDate.isValid());
}

void TestAppleParser::assignmentsPage()
{
    const Result<ApplePage<Assignment>> result =
        AppleParser::parseAssignmentsPage(dataFile(QStringLiteral("assignments.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const ApplePage<Assignment> &page = *result;
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0).adamId, QStringLiteral("408709785"));
    QCOMPARE(page.items.at(0).clientUserId, QStringLiteral("client-1"));
    QVERIFY(page.items.at(0).serialNumber.isEmpty());
    QVERIFY(!page.items.at(0).isDevice());
    QCOMPARE(page.items.at(1).serialNumber, QStringLiteral("serial-1"));
    QVERIFY(page.items.at(1).isDevice());
    QCOMPARE(page.items.at(1).pricingParam, QStringLiteral("STDQ"));
    QVERIFY(page.isLastPage());
    QCOMPARE(page.versionId, QStringLiteral("009061cb-87d1-4ea8-ae4c-7849dc49224e"));
}

void TestAppleParser::assignmentsMiddlePage()
{
    const Result<ApplePage<Assignment>> result =
        AppleParser::parseAssignmentsPage(dataFile(QStringLiteral("assignments_page_middle.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QCOMPARE(result->currentPageIndex, 1);
    QCOMPARE(result->nextPageIndex.value_or(-1), 2);
    QCOMPARE(result->totalPages, 353);
    QCOMPARE(result->items.at(0).idHash, QStringLiteral("rRVS8rlBrJjRqYwL8aNGDJG2CbU="));
    QCOMPARE(result->items.at(0).userStatus, QStringLiteral("Associated"));
    QVERIFY(result->common.mdmInfo.has_value());
    QCOMPARE(*result->common.mdmInfo,
             (MdmInfo{QStringLiteral("other-mdm"), QStringLiteral("Other MDM"), QStringLiteral("x")}));
}

void TestAppleParser::assignmentIdentity_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("code"); // empty: ok

    QTest::newRow("user") << QByteArray(R"({"adamId":"1","pricingParam":"STDQ","clientUserId":"u"})")
                          << QString();
    QTest::newRow("numeric adamId") << QByteArray(R"({"adamId":1,"pricingParam":"STDQ","serialNumber":"s"})")
                                    << QString();
    QTest::newRow("no target") << QByteArray(R"({"adamId":"1","pricingParam":"STDQ"})")
                               << QStringLiteral("parse.missingField");
    QTest::newRow("both targets")
        << QByteArray(R"({"adamId":"1","pricingParam":"STDQ","clientUserId":"u","serialNumber":"s"})")
        << QStringLiteral("parse.invalidValue");
    QTest::newRow("no adamId") << QByteArray(R"({"pricingParam":"STDQ","clientUserId":"u"})")
                               << QStringLiteral("parse.missingField");
    QTest::newRow("no pricingParam") << QByteArray(R"({"adamId":"1","clientUserId":"u"})")
                                     << QStringLiteral("parse.missingField");
    QTest::newRow("not an object") << QByteArray(R"("1")") << QStringLiteral("parse.wrongType");
}

void TestAppleParser::assignmentIdentity()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, code);
    const QByteArray body =
        "{\"assignments\": [" + item + "], \"size\": 1, \"currentPageIndex\": 0, \"totalPages\": 1}";
    const Result<ApplePage<Assignment>> result = AppleParser::parseAssignmentsPage(body);
    if (code.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
        QCOMPARE(result->items.size(), 1);
        QCOMPARE(result->items.first().adamId, QStringLiteral("1"));
        return;
    }
    // One malformed record is skipped and counted; the page itself is fine.
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QVERIFY(result->items.isEmpty());
    QCOMPARE(result->skippedRecords, 1);
    QVERIFY2(result->firstSkipReason.contains(QLatin1String("assignments[0]")),
             qPrintable(result->firstSkipReason));
    Q_UNUSED(code)
}

void TestAppleParser::usersPage()
{
    const Result<ApplePage<VppUser>> result =
        AppleParser::parseUsersPage(dataFile(QStringLiteral("users.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const QList<VppUser> &users = result->items;
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.at(0).clientUserId, QStringLiteral("client-101"));
    QCOMPARE(users.at(0).email, QStringLiteral("client-101@apple.com"));
    QCOMPARE(users.at(0).inviteCode, QStringLiteral("46bc93ea3acd41e0a4919c02db0d7d3a"));
    QCOMPARE(users.at(0).status, QStringLiteral("Registered"));
    QVERIFY(users.at(0).isActive());
    QCOMPARE(users.at(1).status, QStringLiteral("Retired"));
    QVERIFY(!users.at(1).isActive());
    QCOMPARE(users.at(2).idHash, QStringLiteral("rRVS8rlBrJjRqYwL8aNGDJG2CbU="));
    QVERIFY(users.at(2).isActive());
    QVERIFY(users.at(2).email.isEmpty());
    QCOMPARE(result->versionId, QStringLiteral("021f10a0-7035-11eb-9f67-bd1df52e1e13"));
    QCOMPARE(result->size, 3);
}

void TestAppleParser::eventResponse()
{
    const Result<EventResponse> result =
        AppleParser::parseEventResponse(dataFile(QStringLiteral("event_response.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QCOMPARE(result->eventId, QStringLiteral("954910a8-3d9c-4fde-948d-253e5aef431a"));
    QCOMPARE(result->common.uId, QStringLiteral("2049025000431439"));
    QCOMPARE(result->common.tokenExpirationDate, exampleExpiry());

    const Result<EventResponse> missing = AppleParser::parseEventResponse(QByteArray(R"({"uId": "1"})"));
    QVERIFY(missing.hasError());
    QCOMPARE(missing.error().code, QStringLiteral("parse.missingField"));
    const Result<EventResponse> empty = AppleParser::parseEventResponse(QByteArray(R"({"eventId": " "})"));
    QVERIFY(empty.hasError());
    QCOMPARE(empty.error().code, QStringLiteral("parse.missingField"));
}

void TestAppleParser::eventStatusFailed()
{
    const Result<EventStatus> result =
        AppleParser::parseEventStatus(dataFile(QStringLiteral("event_status_failed.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const EventStatus &status = *result;
    QCOMPARE(status.eventStatus, QStringLiteral("FAILED"));
    QCOMPARE(status.eventType, QStringLiteral("ASSOCIATE"));
    QCOMPARE(status.numCompleted, 14);
    QCOMPARE(status.numRequested, 16);
    QVERIFY(status.isFinished());
    QCOMPARE(status.failures.size(), 2);
    const EventFailure &first = status.failures.at(0);
    QCOMPARE(first.errorNumber, 9609);
    QCOMPARE(first.errorMessage, QStringLiteral("Registered user not found"));
    QCOMPARE(first.clientUserIds, QStringList{QStringLiteral("client-4")});
    QVERIFY(first.serialNumbers.isEmpty());
    QCOMPARE(first.assets.size(), 1);
    QCOMPARE(first.assets.first(), (AssetRef{QStringLiteral("1"), QStringLiteral("STDQ")}));
    const EventFailure &second = status.failures.at(1);
    QCOMPARE(second.errorNumber, 9709);
    QCOMPARE(second.serialNumbers, QStringList{QStringLiteral("serial-9")});
    QVERIFY(second.clientUserIds.isEmpty());
    QCOMPARE(second.assets.first().adamId, QStringLiteral("408709785")); // number in the wild
}

void TestAppleParser::eventStatusPending()
{
    const Result<EventStatus> result =
        AppleParser::parseEventStatus(dataFile(QStringLiteral("event_status_pending.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QVERIFY(result->isPending());
    QCOMPARE(result->numRequested, 4000);
    QVERIFY(result->failures.isEmpty());
    QCOMPARE(result->eventType, QStringLiteral("CREATE"));

    const Result<EventStatus> noStatus =
        AppleParser::parseEventStatus(QByteArray(R"({"eventType": "CREATE"})"));
    QVERIFY(noStatus.hasError());
    QCOMPARE(noStatus.error().code, QStringLiteral("parse.missingField"));
}

void TestAppleParser::metadataLookup()
{
    const Result<StoreMetadataLookup> result =
        AppleParser::parseMetadataLookup(dataFile(QStringLiteral("lookup.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QCOMPARE(result->results.size(), 1);
    QCOMPARE(result->storefrontCountry, QStringLiteral("US"));
    const StoreMetadata meta = result->results.value(QStringLiteral("361309726"));
    QCOMPARE(meta.adamId, QStringLiteral("361309726"));
    QCOMPARE(meta.name, QStringLiteral("Pages"));
    QCOMPARE(meta.bundleId, QStringLiteral("com.apple.Pages"));
    QCOMPARE(meta.artistName, QStringLiteral("Apple"));
    QCOMPARE(meta.kind, QStringLiteral("iosSoftware"));
    QCOMPARE(meta.version, QStringLiteral("5.0.1"));
    QCOMPARE(meta.externalVersionId, QStringLiteral("830786363"));
    QCOMPARE(meta.minimumOsVersion, QStringLiteral("11.0"));
    QCOMPARE(meta.deviceFamilies,
             (QStringList{QStringLiteral("iphone"), QStringLiteral("ipad"), QStringLiteral("ipod")}));
    QCOMPARE(meta.genreNames, (QStringList{QStringLiteral("Productivity"), QStringLiteral("Business")}));
    QVERIFY(meta.deviceBasedLicensing);
    QVERIFY(!meta.b2bCustomApp);
    QCOMPARE(meta.artwork.width, 1024);
    QCOMPARE(meta.artwork.bgColor, QStringLiteral("abd763"));
    QCOMPARE(meta.artwork.url(512).toString(),
             QStringLiteral("https://is2-ssl.mzstatic.com/image/thumb/.../512x512bb.png"));
    QCOMPARE(meta.artwork.url(64, QStringLiteral("jpg")).toString(),
             QStringLiteral("https://is2-ssl.mzstatic.com/image/thumb/.../64x64bb.jpg"));
    QCOMPARE(meta.artwork.url(4096).toString(), // never more than the original
             QStringLiteral("https://is2-ssl.mzstatic.com/image/thumb/.../1024x1024bb.png"));
}

void TestAppleParser::metadataArtworkArray()
{
    const Result<StoreMetadataLookup> result =
        AppleParser::parseMetadataLookup(dataFile(QStringLiteral("lookup_artwork_array.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const StoreMetadata meta = result->results.value(QStringLiteral("1234567890"));
    QCOMPARE(meta.name, QStringLiteral("Big Book"));
    QCOMPARE(meta.version, QStringLiteral("353.0"));            // trimmed
    QCOMPARE(meta.externalVersionId, QStringLiteral("884422")); // string form
    QCOMPARE(meta.artwork.images.size(), 3);
    QCOMPARE(meta.artwork.url(150).toString(), QStringLiteral("https://example.com/a-200.jpg"));
    QCOMPARE(meta.artwork.url(100).toString(), QStringLiteral("https://example.com/a-100.jpg"));
    QCOMPARE(meta.artwork.url(1000).toString(), QStringLiteral("https://example.com/a-400.jpg"));
    QVERIFY(result->storefrontCountry.isEmpty());

    QVERIFY(Artwork().url(100).isEmpty());
}

void TestAppleParser::metadataEmpty()
{
    const Result<StoreMetadataLookup> result =
        AppleParser::parseMetadataLookup(dataFile(QStringLiteral("lookup_empty.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QVERIFY(result->results.isEmpty());

    const Result<StoreMetadataLookup> noResults =
        AppleParser::parseMetadataLookup(QByteArray(R"({"version": 2})"));
    QVERIFY(noResults.hasError());
    QCOMPARE(noResults.error().code, QStringLiteral("parse.missingField"));
    const Result<StoreMetadataLookup> badArtwork =
        AppleParser::parseMetadataLookup(QByteArray(R"({"results": {"1": {"artwork": "x.png"}}})"));
    QVERIFY(badArtwork.hasError());
    QCOMPARE(badArtwork.error().code, QStringLiteral("parse.wrongType"));
}

void TestAppleParser::errorBodyWinsEverywhere_data()
{
    QTest::addColumn<int>("parser");
    for (int i = 0; i < 8; ++i)
        QTest::newRow(qPrintable(QStringLiteral("parser %1").arg(i))) << i;
}

void TestAppleParser::errorBodyWinsEverywhere()
{
    QFETCH(int, parser);
    // 9646 inside HTTP 200 (apple-api 11a) must become an Apple error, whatever the endpoint.
    const QByteArray body = dataFile(QStringLiteral("error_in_200_9646.json"));
    VppError error;
    switch (parser) {
    case 0:
        error = AppleParser::parseServiceConfig(body).error();
        break;
    case 1:
        error = AppleParser::parseClientConfig(body).error();
        break;
    case 2:
        error = AppleParser::parseAssetsPage(body).error();
        break;
    case 3:
        error = AppleParser::parseAssignmentsPage(body).error();
        break;
    case 4:
        error = AppleParser::parseUsersPage(body).error();
        break;
    case 5:
        error = AppleParser::parseEventResponse(body).error();
        break;
    case 6:
        error = AppleParser::parseEventStatus(body).error();
        break;
    case 7:
        error = AppleParser::parseMetadataLookup(body).error();
        break;
    }
    QCOMPARE(error.kind, VppError::Kind::Apple);
    QCOMPARE(error.appleErrorNumber, 9646);
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(error.code, QStringLiteral("apple.9646"));
}

void TestAppleParser::brokenBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("code");

    QTest::newRow("truncated") << dataFile(QStringLiteral("truncated.json")) << 200
                               << QStringLiteral("parse.truncated");
    QTest::newRow("garbage") << dataFile(QStringLiteral("garbage.json")) << 200
                             << QStringLiteral("parse.invalidJson");
    QTest::newRow("html 200") << dataFile(QStringLiteral("html_error.html")) << 200
                              << QStringLiteral("parse.notJson");
    QTest::newRow("html 503") << dataFile(QStringLiteral("html_error.html")) << 503
                              << QStringLiteral("http.status");
    QTest::newRow("array") << dataFile(QStringLiteral("not_object.json")) << 200
                           << QStringLiteral("parse.notObject");
    QTest::newRow("token expired 401")
        << dataFile(QStringLiteral("error_9621.json")) << 401 << QStringLiteral("apple.9621");
    QTest::newRow("items not an array") << QByteArray(R"({"assets": {"adamId": "1"}, "size": 1})") << 200
                                        << QStringLiteral("parse.wrongType");
    QTest::newRow("items missing on non-empty page")
        << QByteArray(R"({"size": 3, "totalPages": 1})") << 200 << QStringLiteral("parse.missingField");
    QTest::newRow("page index as string")
        << QByteArray(R"({"assets": [], "size": 0, "currentPageIndex": "0"})") << 200
        << QStringLiteral("parse.wrongType");
}

void TestAppleParser::brokenBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, http);
    QFETCH(QString, code);
    const Result<ApplePage<Asset>> result = AppleParser::parseAssetsPage(body, http);
    QVERIFY(result.hasError());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().httpStatus, http);
    QVERIFY(!result.error().message.isEmpty());
}

void TestAppleParser::pageFrame_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("next"); // -1: last page

    QTest::newRow("empty page without array")
        << QByteArray(R"({"size": 0, "currentPageIndex": 0, "totalPages": 0})") << true << -1;
    QTest::newRow("last page") << QByteArray(
                                      R"({"users": [], "size": 0, "currentPageIndex": 4, "totalPages": 5})")
                               << true << -1;
    QTest::newRow("next page") << QByteArray(R"({"users": [], "currentPageIndex": 0, "nextPageIndex": 1})")
                               << true << 1;
    QTest::newRow("next not after current")
        << QByteArray(R"({"users": [], "currentPageIndex": 3, "nextPageIndex": 3})") << false << -1;
    QTest::newRow("size as string") << QByteArray(R"({"users": [], "size": "0"})") << false << -1;
}

void TestAppleParser::pageFrame()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, next);
    const Result<ApplePage<VppUser>> result = AppleParser::parseUsersPage(body);
    QCOMPARE(result.isOk(), ok);
    if (ok) {
        QCOMPARE(result->nextPageIndex.value_or(-1), next);
        QVERIFY(result->items.isEmpty());
    } else {
        QCOMPARE(result.error().kind, VppError::Kind::Parse);
    }
}

void TestAppleParser::checkReply()
{
    QVERIFY(AppleParser::checkReply(QByteArray(), 200).isOk());
    QVERIFY(AppleParser::checkReply(QByteArray(R"({"uId": "1"})"), 200).isOk());
    const Result<void> apple =
        AppleParser::checkReply(dataFile(QStringLiteral("error_in_200_9646.json")), 200);
    QVERIFY(apple.hasError());
    QCOMPARE(apple.error().appleErrorNumber, 9646);
    const Result<void> http = AppleParser::checkReply(QByteArray(), 502);
    QVERIFY(http.hasError());
    QCOMPARE(http.error().kind, VppError::Kind::Network);
    QCOMPARE(http.error().httpStatus, 502);
}

void TestAppleParser::byteOrderMark()
{
    const Result<EventResponse> result =
        AppleParser::parseEventResponse("\xEF\xBB\xBF" + dataFile(QStringLiteral("event_response.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    QCOMPARE(result->eventId, QStringLiteral("954910a8-3d9c-4fde-948d-253e5aef431a"));
}

void TestAppleParser::everyPrefixFailsCleanly_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"service_config.json", "client_config.json", "assets.json",
                             "assets_unlimited.json", "assignments.json", "users.json", "event_response.json",
                             "event_status_failed.json", "lookup.json", "lookup_artwork_array.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAppleParser::everyPrefixFailsCleanly()
{
    // A reply cut off anywhere must give an error (never a crash, never a half-filled value).
    QFETCH(QString, file);
    const QByteArray full = dataFile(file).trimmed();
    for (qsizetype length = 0; length < full.size(); ++length) {
        const QByteArray prefix = full.left(length);
        const QList<VppError> errors = {
            AppleParser::parseServiceConfig(prefix).error(),
            AppleParser::parseClientConfig(prefix).error(),
            AppleParser::parseAssetsPage(prefix).error(),
            AppleParser::parseAssignmentsPage(prefix).error(),
            AppleParser::parseUsersPage(prefix).error(),
            AppleParser::parseEventResponse(prefix).error(),
            AppleParser::parseEventStatus(prefix).error(),
            AppleParser::parseMetadataLookup(prefix).error(),
        };
        for (const VppError &error : errors) {
            QVERIFY2(error.kind == VppError::Kind::Parse, qPrintable(QString::number(length)));
            QVERIFY2(error.code == QLatin1String("parse.truncated") ||
                         error.code == QLatin1String("parse.emptyBody"),
                     qPrintable(QString::number(length) + QLatin1Char(' ') + error.code));
        }
    }
    QVERIFY(AppleJsonReaderProbe::parses(full));
}

// Strict on shape, tolerant on values: one odd record is left out and counted, the page goes on.
void TestAppleParser::malformedRecordsAreSkippedAndCounted_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("why");
    QTest::newRow("count of the wrong type")
        << QByteArray(R"({"adamId": "2", "pricingParam": "STDQ", "totalCount": "many"})")
        << QStringLiteral("totalCount");
    QTest::newRow("negative total") << QByteArray(
                                           R"({"adamId": "2", "pricingParam": "STDQ", "totalCount": -1})")
                                    << QStringLiteral("negative");
    QTest::newRow("count beyond int32")
        << QByteArray(R"({"adamId": "2", "pricingParam": "STDQ", "assignedCount": 4294967296})")
        << QStringLiteral("int32");
    QTest::newRow("adamId too big for a double")
        << QByteArray(R"({"adamId": 123456789012345678901234, "pricingParam": "STDQ"})")
        << QStringLiteral("adamId");
    QTest::newRow("not an object") << QByteArray(R"("oops")") << QStringLiteral("assets[1]");
    QTest::newRow("no adamId") << QByteArray(R"({"pricingParam": "STDQ"})") << QStringLiteral("adamId");
}

void TestAppleParser::malformedRecordsAreSkippedAndCounted()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, why);
    const QByteArray body = R"({"assets": [{"adamId": "1", "pricingParam": "STDQ", "totalCount": 5}, )" +
                            record +
                            R"(, {"adamId": "3", "pricingParam": "PLUS", "totalCount": 2}], "size": 3,)"
                            R"( "currentPageIndex": 0, "totalPages": 1, "versionId": "v"})";
    const Result<ApplePage<Asset>> page = AppleParser::parseAssetsPage(body);
    QVERIFY2(page.isOk(), qPrintable(page.error().toLogString()));
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).adamId, QStringLiteral("1"));
    QCOMPARE(page->items.at(1).adamId, QStringLiteral("3"));
    QCOMPARE(page->skippedRecords, 1);
    QVERIFY2(page->firstSkipReason.contains(why), qPrintable(page->firstSkipReason));

    // The users list behaves the same (missing_field.json: the second user has no clientUserId).
    const Result<ApplePage<VppUser>> users =
        AppleParser::parseUsersPage(dataFile(QStringLiteral("missing_field.json")));
    QVERIFY2(users.isOk(), qPrintable(users.error().toLogString()));
    QCOMPARE(users->items.size(), 1);
    QCOMPARE(users->skippedRecords, 1);
}

void TestAppleParser::valuesAreKeptAsSent()
{
    // Over-assigned (availableCount below zero) and values Apple has not documented (yet).
    const QByteArray body =
        R"({"assets": [{"adamId": "1", "pricingParam": "PROMO", "productType": "Podcast", "assignedCount": 12,)"
        R"( "availableCount": -2, "retiredCount": 0, "totalCount": 10, "supportedPlatforms": ["visionOS", "carOS"]}],)"
        R"( "size": 1, "currentPageIndex": 0, "totalPages": 1, "versionId": "v"})";
    const Result<ApplePage<Asset>> page = AppleParser::parseAssetsPage(body);
    QVERIFY2(page.isOk(), qPrintable(page.error().toLogString()));
    QCOMPARE(page->skippedRecords, 0);
    QCOMPARE(page->items.size(), 1);
    const Asset &asset = page->items.first();
    QCOMPARE(asset.availableCount, -2);
    QCOMPARE(asset.pricingParam, QStringLiteral("PROMO"));
    QCOMPARE(asset.productType, QStringLiteral("Podcast"));
    QCOMPARE(asset.supportedPlatforms, (QStringList{QStringLiteral("visionOS"), QStringLiteral("carOS")}));
    // The most negative int32 is still a count; one below it is not.
    const QByteArray lowest =
        R"({"assets": [{"adamId": "1", "pricingParam": "STDQ", "availableCount": -2147483648}],)"
        R"( "size": 1})";
    QCOMPARE(AppleParser::parseAssetsPage(lowest)->items.size(), 1);
    const QByteArray below =
        R"({"assets": [{"adamId": "1", "pricingParam": "STDQ", "availableCount": -2147483649}],)"
        R"( "size": 1})";
    QCOMPARE(AppleParser::parseAssetsPage(below)->skippedRecords, 1);
}

QTEST_GUILESS_MAIN(TestAppleParser)
#include "tst_appleparser.moc"
