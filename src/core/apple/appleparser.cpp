#include "core/apple/appleparser.h"

#include "core/apple/applejsonreader.h"
#include "core/common/logging.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

using Reader = AppleJsonReader;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

std::optional<MdmInfo> readMdmInfo(Reader &reader, const QJsonObject &obj, const QString &path)
{
    const std::optional<QJsonObject> info = reader.object(obj, path, key("mdmInfo"));
    if (!info)
        return std::nullopt;
    const QString infoPath = Reader::fieldPath(path, key("mdmInfo"));
    MdmInfo mdm;
    mdm.id = reader.string(*info, infoPath, key("id"));
    mdm.name = reader.string(*info, infoPath, key("name"));
    mdm.metadata = reader.string(*info, infoPath, key("metadata"));
    return mdm;
}

CommonFields readCommon(Reader &reader, const QJsonObject &root)
{
    CommonFields common;
    common.tokenExpirationDateText = reader.string(root, QString(), key("tokenExpirationDate"));
    common.tokenExpirationDate = Reader::parseDateTime(common.tokenExpirationDateText);
    common.uId = reader.id(root, QString(), key("uId"));
    common.mdmInfo = readMdmInfo(reader, root, QString());
    return common;
}

// The reader's parse error, stamped with the HTTP status of the reply.
VppError failed(const Reader &reader, int httpStatus)
{
    VppError error = reader.error();
    error.httpStatus = httpStatus;
    return error;
}

// Artwork dimensions: small non-negative integers.
int readDimension(Reader &reader, const QJsonObject &obj, const QString &path, const char *name)
{
    return int(std::clamp<qint64>(reader.integer(obj, path, key(name)), 0, 1 << 20));
}

int readInt32(Reader &reader, const QJsonObject &obj, const QString &path, const char *name, bool required,
              int fallback = 0)
{
    const qint64 value = reader.integer(obj, path, key(name), required, fallback);
    if (value < 0 || value > 2147483647) {
        reader.fail(Reader::invalidValue(Reader::fieldPath(path, key(name)), QStringLiteral("out of range")));
        return fallback;
    }
    return int(value);
}

// Apple's counts are int32 with no documented sign. availableCount goes below zero in production
// (over-assignment after a refund or a transfer between locations): it is kept as sent. A count
// outside int32, or another count below zero, makes the record malformed.
qint64 readCount(Reader &reader, const QJsonObject &obj, const QString &path, const char *name,
                 bool mayBeNegative = false)
{
    const qint64 value = reader.integer(obj, path, key(name));
    if (value > 2147483647 || value < -2147483647 - 1) {
        reader.fail(Reader::invalidValue(Reader::fieldPath(path, key(name)), QStringLiteral("not an int32")));
        return 0;
    }
    if (value < 0 && !mayBeNegative) {
        reader.fail(
            Reader::invalidValue(Reader::fieldPath(path, key(name)), QStringLiteral("negative count")));
        return 0;
    }
    return value;
}

// The page frame shared by every paginated reply; items are read by the caller.
template<typename T>
void readPageFrame(Reader &reader, const QJsonObject &root, ApplePage<T> &page)
{
    page.currentPageIndex = readInt32(reader, root, QString(), "currentPageIndex", false);
    if (const std::optional<qint64> next = reader.optionalInteger(root, QString(), key("nextPageIndex"))) {
        if (*next <= page.currentPageIndex || *next > 2147483647)
            reader.fail(Reader::invalidValue(QStringLiteral("nextPageIndex"),
                                             QStringLiteral("not after currentPageIndex")));
        else
            page.nextPageIndex = int(*next);
    }
    page.size = readInt32(reader, root, QString(), "size", false);
    page.totalPages = readInt32(reader, root, QString(), "totalPages", false);
    page.versionId = reader.string(root, QString(), key("versionId"));
    page.common = readCommon(reader, root);
}

// The items array of a page: may be absent only on an empty page.
QJsonArray readItems(Reader &reader, const QJsonObject &root, const char *name)
{
    const bool required = root.value(key("size")).toInteger(0) > 0;
    return reader.array(root, QString(), key(name), required);
}

Asset readAsset(Reader &reader, const QJsonObject &obj, const QString &path, bool unlimitedList)
{
    Asset asset;
    asset.adamId = reader.id(obj, path, key("adamId"), true);
    asset.pricingParam = reader.string(obj, path, key("pricingParam"), true);
    asset.productType = reader.string(obj, path, key("productType"));
    asset.assignedCount = readCount(reader, obj, path, "assignedCount");
    asset.deviceAssignable = reader.boolean(obj, path, key("deviceAssignable"));
    asset.revocable = reader.boolean(obj, path, key("revocable"));
    asset.supportedPlatforms = reader.stringList(obj, path, key("supportedPlatforms"));
    if (unlimitedList) {
        asset.unlimited = true;
        asset.totalCount = Asset::unlimitedTotalCount;
        return asset;
    }
    asset.availableCount = readCount(reader, obj, path, "availableCount", true);
    asset.retiredCount = readCount(reader, obj, path, "retiredCount");
    asset.totalCount = readCount(reader, obj, path, "totalCount");
    asset.unlimited = asset.totalCount >= Asset::unlimitedTotalCount;
    return asset;
}

Assignment readAssignment(Reader &reader, const QJsonObject &obj, const QString &path)
{
    Assignment assignment;
    assignment.adamId = reader.id(obj, path, key("adamId"), true);
    assignment.pricingParam = reader.string(obj, path, key("pricingParam"), true);
    assignment.clientUserId = reader.string(obj, path, key("clientUserId"));
    assignment.serialNumber = reader.string(obj, path, key("serialNumber"));
    assignment.idHash = reader.string(obj, path, key("idHash"));
    assignment.userStatus = reader.string(obj, path, key("userStatus"));
    if (!reader.hasError() && assignment.clientUserId.isEmpty() == assignment.serialNumber.isEmpty()) {
        reader.fail(assignment.clientUserId.isEmpty()
                        ? Reader::missingField(Reader::fieldPath(path, key("clientUserId|serialNumber")))
                        : Reader::invalidValue(path, QStringLiteral("both clientUserId and serialNumber")));
    }
    return assignment;
}

VppUser readUser(Reader &reader, const QJsonObject &obj, const QString &path)
{
    VppUser user;
    user.clientUserId = reader.string(obj, path, key("clientUserId"), true);
    user.email = reader.string(obj, path, key("email"));
    user.idHash = reader.string(obj, path, key("idHash"));
    user.inviteCode = reader.string(obj, path, key("inviteCode"));
    user.status = reader.string(obj, path, key("status"), true);
    return user;
}

EventFailure readFailure(Reader &reader, const QJsonObject &obj, const QString &path)
{
    EventFailure failure;
    const qint64 number = reader.integer(obj, path, key("errorNumber"), true);
    failure.errorNumber = number > 0 && number <= 2147483647 ? int(number) : 0;
    failure.errorMessage = reader.string(obj, path, key("errorMessage"));
    if (const std::optional<QJsonObject> info = reader.object(obj, path, key("errorInfo"))) {
        const QString infoPath = Reader::fieldPath(path, key("errorInfo"));
        failure.clientUserIds = reader.stringList(*info, infoPath, key("clientUserIds"));
        failure.serialNumbers = reader.stringList(*info, infoPath, key("serialNumbers"));
        const QJsonArray assets = reader.array(*info, infoPath, key("assets"));
        const QString assetsPath = Reader::fieldPath(infoPath, key("assets"));
        for (qsizetype i = 0; i < assets.size() && !reader.hasError(); ++i) {
            const QJsonObject assetObject = reader.element(assets, i, assetsPath);
            const QString assetPath = assetsPath + QStringLiteral("[%1]").arg(i);
            AssetRef ref;
            ref.adamId = reader.id(assetObject, assetPath, key("adamId"), true);
            ref.pricingParam = reader.string(assetObject, assetPath, key("pricingParam"));
            failure.assets.append(ref);
        }
    }
    return failure;
}

// Reads the records of `items` into the page, each with its own reader: the shape of the page is
// strict, but one malformed record is skipped and counted (a warning), so that one odd record
// does not keep a location's inventory from updating.
template<typename T, typename ReadItem>
void readRecords(const QJsonArray &items, const QString &itemsPath, ApplePage<T> &page, ReadItem readItem)
{
    page.items.reserve(page.items.size() + items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Reader itemReader;
        const QString itemPath = itemsPath + QStringLiteral("[%1]").arg(i);
        const QJsonObject item = itemReader.element(items, i, itemsPath);
        T record;
        if (!itemReader.hasError())
            record = readItem(itemReader, item, itemPath);
        if (itemReader.hasError()) {
            if (page.skippedRecords == 0)
                page.firstSkipReason = itemReader.error().detail;
            ++page.skippedRecords;
            qCWarning(lcClient).noquote() << "skipped a malformed record:" << itemReader.error().detail;
            continue;
        }
        page.items.append(std::move(record));
    }
}

// Reads a page frame and its items array; problems of the frame are left in the reader.
template<typename T, typename ReadItem>
ApplePage<T> readPage(Reader &reader, const QJsonObject &root, const char *itemsKey, ReadItem readItem)
{
    ApplePage<T> page;
    readPageFrame(reader, root, page);
    const QJsonArray items = readItems(reader, root, itemsKey);
    if (!reader.hasError())
        readRecords(items, QString(key(itemsKey)), page, readItem);
    return page;
}

template<typename T, typename ReadItem>
Result<ApplePage<T>> parsePage(const QByteArray &body, int httpStatus, const char *itemsKey,
                               ReadItem readItem)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    ApplePage<T> page = readPage<T>(reader, *root, itemsKey, readItem);
    if (reader.hasError())
        return failed(reader, httpStatus);
    return page;
}

StoreMetadata readMetadata(Reader &reader, const QString &adamId, const QJsonObject &obj, const QString &path)
{
    StoreMetadata meta;
    meta.adamId = adamId;
    meta.name = reader.string(obj, path, key("name"));
    meta.bundleId = reader.string(obj, path, key("bundleId"));
    meta.artistName = reader.string(obj, path, key("artistName"));
    meta.kind = reader.string(obj, path, key("kind"));
    meta.minimumOsVersion = reader.string(obj, path, key("minimumOSVersion"));
    meta.deviceFamilies = reader.stringList(obj, path, key("deviceFamilies"));
    meta.genreNames = reader.stringList(obj, path, key("genreNames"));
    meta.deviceBasedLicensing = reader.boolean(obj, path, key("isVppDeviceBasedLicensingEnabled"));
    meta.b2bCustomApp = reader.boolean(obj, path, key("isB2BCustomApp"));
    meta.storeUrl = reader.string(obj, path, key("url"));

    // offers[0].version.{display, externalId}; every level may be missing.
    const QJsonArray offers = reader.array(obj, path, key("offers"));
    if (!offers.isEmpty() && offers.first().isObject()) {
        const QString offerPath = Reader::fieldPath(path, key("offers")) + QStringLiteral("[0]");
        if (const std::optional<QJsonObject> version =
                reader.object(offers.first().toObject(), offerPath, key("version"))) {
            const QString versionPath = Reader::fieldPath(offerPath, key("version"));
            meta.version = reader.string(*version, versionPath, key("display")).trimmed();
            meta.externalVersionId = reader.id(*version, versionPath, key("externalId"));
        }
    }

    // artwork: {url, width, height, bgColor} with a {w}x{h}bb.{f} template, or [{width, height, url}].
    const QJsonValue artwork = obj.value(key("artwork"));
    const QString artworkPath = Reader::fieldPath(path, key("artwork"));
    if (artwork.isObject()) {
        const QJsonObject art = artwork.toObject();
        meta.artwork.urlTemplate = reader.string(art, artworkPath, key("url"));
        meta.artwork.width = readDimension(reader, art, artworkPath, "width");
        meta.artwork.height = readDimension(reader, art, artworkPath, "height");
        meta.artwork.bgColor = reader.string(art, artworkPath, key("bgColor"));
    } else if (artwork.isArray()) {
        const QJsonArray images = artwork.toArray();
        for (qsizetype i = 0; i < images.size() && !reader.hasError(); ++i) {
            const QJsonObject image = reader.element(images, i, artworkPath);
            const QString imagePath = artworkPath + QStringLiteral("[%1]").arg(i);
            Artwork::Image sized;
            sized.width = readDimension(reader, image, imagePath, "width");
            sized.height = readDimension(reader, image, imagePath, "height");
            sized.url = reader.string(image, imagePath, key("url"), true);
            meta.artwork.images.append(sized);
        }
    } else if (!artwork.isUndefined() && !artwork.isNull()) {
        reader.fail(Reader::wrongType(artworkPath, QStringLiteral("object or array")));
    }
    return meta;
}

} // namespace

Result<void> AppleParser::checkReply(const QByteArray &body, int httpStatus)
{
    // An empty 2xx body is success here; anything else must be a JSON object without an Apple error.
    const bool httpOk = httpStatus == 0 || (httpStatus >= 200 && httpStatus <= 299);
    if (httpOk && body.trimmed().isEmpty())
        return {};
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    return {};
}

Result<ServiceConfig> AppleParser::parseServiceConfig(const QByteArray &body, int httpStatus)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    ServiceConfig config;

    // errorCodes is informational: entries that are not {errorNumber, errorMessage} are skipped.
    const QJsonArray codes = reader.array(*root, QString(), key("errorCodes"));
    for (const QJsonValue &value : codes) {
        const QJsonObject entry = value.toObject();
        const QJsonValue number = entry.value(key("errorNumber"));
        if (!number.isDouble())
            continue;
        ErrorCodeEntry code;
        code.errorNumber = number.toInt();
        code.errorMessage = entry.value(key("errorMessage")).toString();
        if (code.errorNumber > 0)
            config.errorCodes.append(code);
    }

    // limits: the key set changes over time. Known keys must be integers; unknown odd values are skipped.
    if (const std::optional<QJsonObject> limits = reader.object(*root, QString(), key("limits"))) {
        for (auto it = limits->constBegin(); it != limits->constEnd(); ++it) {
            const bool known = ServiceConfig::defaultLimit(it.key()) != 0;
            const QJsonValue value = it.value();
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInteger())) {
                if (known)
                    reader.fail(Reader::wrongType(QStringLiteral("limits.") + it.key(),
                                                  QStringLiteral("non-negative integer")));
                continue;
            }
            config.limits.insert(it.key(), value.toInteger());
        }
    }

    if (const std::optional<QJsonObject> urls = reader.object(*root, QString(), key("urls"))) {
        for (auto it = urls->constBegin(); it != urls->constEnd(); ++it) {
            if (it.value().isString())
                config.urls.insert(it.key(), it.value().toString());
        }
    }
    config.notificationTypes = reader.stringList(*root, QString(), key("notificationTypes"));
    if (reader.hasError())
        return failed(reader, httpStatus);
    return config;
}

Result<ClientConfig> AppleParser::parseClientConfig(const QByteArray &body, int httpStatus)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    ClientConfig config;
    config.countryISO2ACode = reader.string(*root, QString(), key("countryISO2ACode"));
    config.defaultPlatform = reader.string(*root, QString(), key("defaultPlatform"));
    config.locationName = reader.string(*root, QString(), key("locationName"));
    config.mdmInfo = readMdmInfo(reader, *root, QString());
    config.notificationUrl = reader.string(*root, QString(), key("notificationUrl"));
    config.hasNotificationAuthToken =
        !reader.string(*root, QString(), key("notificationAuthToken")).isEmpty();
    config.subscribedNotificationTypes =
        reader.stringList(*root, QString(), key("subscribedNotificationTypes"));
    config.tokenExpirationDateText = reader.string(*root, QString(), key("tokenExpirationDate"));
    config.tokenExpirationDate = Reader::parseDateTime(config.tokenExpirationDateText);
    config.uId = reader.id(*root, QString(), key("uId"));
    config.websiteUrl = reader.string(*root, QString(), key("websiteURL"));
    if (reader.hasError())
        return failed(reader, httpStatus);
    return config;
}

Result<ApplePage<Asset>> AppleParser::parseAssetsPage(const QByteArray &body, int httpStatus)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    ApplePage<Asset> page =
        readPage<Asset>(reader, *root, "assets", [](Reader &r, const QJsonObject &obj, const QString &path) {
            return readAsset(r, obj, path, false);
        });
    // Only with unlimited=true: free assets without counts, in their own array.
    const QJsonArray unlimited = reader.array(*root, QString(), key("unlimitedAssets"));
    if (!reader.hasError())
        readRecords(unlimited, QStringLiteral("unlimitedAssets"), page,
                    [](Reader &r, const QJsonObject &obj, const QString &path) {
                        return readAsset(r, obj, path, true);
                    });
    if (reader.hasError())
        return failed(reader, httpStatus);
    return page;
}

Result<ApplePage<Assignment>> AppleParser::parseAssignmentsPage(const QByteArray &body, int httpStatus)
{
    return parsePage<Assignment>(body, httpStatus, "assignments", readAssignment);
}

Result<ApplePage<VppUser>> AppleParser::parseUsersPage(const QByteArray &body, int httpStatus)
{
    return parsePage<VppUser>(body, httpStatus, "users", readUser);
}

Result<EventResponse> AppleParser::parseEventResponse(const QByteArray &body, int httpStatus)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    EventResponse response;
    response.eventId = reader.string(*root, QString(), key("eventId"), true).trimmed();
    if (!reader.hasError() && response.eventId.isEmpty())
        reader.fail(Reader::missingField(QStringLiteral("eventId")));
    response.common = readCommon(reader, *root);
    if (reader.hasError())
        return failed(reader, httpStatus);
    return response;
}

Result<EventStatus> AppleParser::parseEventStatus(const QByteArray &body, int httpStatus)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    EventStatus status;
    status.eventStatus = reader.string(*root, QString(), key("eventStatus"), true);
    status.eventType = reader.string(*root, QString(), key("eventType"));
    status.numCompleted = readCount(reader, *root, QString(), "numCompleted");
    status.numRequested = readCount(reader, *root, QString(), "numRequested");
    const QJsonArray failures = reader.array(*root, QString(), key("failures"));
    const QString path = QStringLiteral("failures");
    for (qsizetype i = 0; i < failures.size() && !reader.hasError(); ++i) {
        const QJsonObject failure = reader.element(failures, i, path);
        if (reader.hasError())
            break;
        status.failures.append(readFailure(reader, failure, path + QStringLiteral("[%1]").arg(i)));
    }
    status.common = readCommon(reader, *root);
    if (reader.hasError())
        return failed(reader, httpStatus);
    return status;
}

Result<StoreMetadataLookup> AppleParser::parseMetadataLookup(const QByteArray &body, int httpStatus)
{
    const Result<QJsonObject> root = Reader::parseRoot(body, httpStatus);
    if (!root)
        return root.error();
    Reader reader;
    StoreMetadataLookup lookup;
    const std::optional<QJsonObject> results = reader.object(*root, QString(), key("results"), true);
    if (results) {
        for (auto it = results->constBegin(); it != results->constEnd() && !reader.hasError(); ++it) {
            const QString path = QStringLiteral("results.") + it.key();
            if (!it.value().isObject()) {
                reader.fail(Reader::wrongType(path, QStringLiteral("object")));
                break;
            }
            const QString adamId = it.key().trimmed();
            lookup.results.insert(adamId, readMetadata(reader, adamId, it.value().toObject(), path));
        }
    }
    if (const std::optional<QJsonObject> meta = reader.object(*root, QString(), key("meta"))) {
        if (const std::optional<QJsonObject> storefront =
                reader.object(*meta, QStringLiteral("meta"), key("storefront")))
            lookup.storefrontCountry =
                reader.string(*storefront, QStringLiteral("meta.storefront"), key("cc"));
    }
    if (reader.hasError())
        return failed(reader, httpStatus);
    return lookup;
}
