// Typed replies of Apple's App and Book Management API (v2) and of the legacy metadata lookup.
// Plain values filled by AppleParser; ids (adamId, uId) are always kept as strings.
#pragma once

#include "core/token/mdminfo.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Fields most v2 replies carry.
struct CommonFields
{
    QString tokenExpirationDateText; // as sent, e.g. "2030-11-08T22:33:22+0000"; empty when absent
    QDateTime tokenExpirationDate;   // UTC; invalid when absent or unreadable
    QString uId;                     // library id, to de-duplicate tokens of the same location
    std::optional<MdmInfo> mdmInfo;  // only once some management server has set it
};

// An {adamId, pricingParam} pair as used in requests and in errorInfo.
struct AssetRef
{
    QString adamId;
    QString pricingParam;

    friend bool operator==(const AssetRef &, const AssetRef &) = default;
};

struct ErrorCodeEntry
{
    int errorNumber = 0;
    QString errorMessage;
};

// GET /service/config. Limits and URLs change without notice: re-read every 5 minutes.
struct ServiceConfig
{
    QList<ErrorCodeEntry> errorCodes;
    QMap<QString, qint64> limits;
    QMap<QString, QString> urls; // endpoint name -> URL text
    QStringList notificationTypes;

    // The limit named key; when Apple did not send it, defaultLimit(key).
    qint64 limit(const QString &key) const;
    bool hasLimit(const QString &key) const { return limits.contains(key); }
    // Documented defaults (apple-api 2.1 example; maxRequestPerSecond is our conservative 10). 0 if unknown.
    static qint64 defaultLimit(const QString &key);

    qint64 maxAssets() const;
    qint64 maxUsers() const;
    qint64 maxClientUserIds() const;
    qint64 maxSerialNumbers() const;
    qint64 maxRevokeClientUserIds() const;
    qint64 maxRevokeSerialNumbers() const;
    qint64 maxRequestPerSecond() const;
    qint64 maxNotificationLength() const;
    qint64 maxSubscriptions() const;
    qint64 maxSubscriptionClientUserIds() const;
    qint64 maxMdmIdLength() const;
    qint64 maxMdmNameLength() const;
    qint64 maxMdmMetadataLength() const;

    // The URL of an endpoint ("getAssets"); invalid when absent.
    QUrl url(const QString &endpoint) const;
    // The invitation link for a user: the urls.invitationEmail template with the invite code filled in.
    QUrl invitationUrl(const QString &inviteCode) const;
};

// GET/POST /client/config. notificationAuthToken is deliberately not kept: it is a secret.
struct ClientConfig
{
    QString countryISO2ACode;
    QString defaultPlatform; // "volumestore" | "enterprisestore": the platform for the metadata lookup
    QString locationName;
    std::optional<MdmInfo> mdmInfo;
    QString notificationUrl;
    bool hasNotificationAuthToken = false;
    QStringList subscribedNotificationTypes;
    QString tokenExpirationDateText;
    QDateTime tokenExpirationDate;
    QString uId;
    QString websiteUrl; // websiteURL
};

// ResponseAsset / UnlimitedResponseAsset of GET /assets.
struct Asset
{
    static constexpr qint64 unlimitedTotalCount = 2147483647; // INT32_MAX marks free unlimited assets

    QString adamId;
    QString pricingParam; // STDQ | PLUS; other values are kept as sent
    QString productType;  // App | Book; other values are kept as sent
    qint64 assignedCount = 0;
    qint64 availableCount = 0; // below zero when over-assigned (a refund, a transfer): kept as sent
    qint64 retiredCount = 0;
    qint64 totalCount = 0;
    bool deviceAssignable = false;
    bool revocable = false;
    QStringList supportedPlatforms;
    // Free asset without a license count: totalCount == INT32_MAX, or listed in unlimitedAssets.
    // available/total counts are meaningless then.
    bool unlimited = false;
};

// An active assignment: (adamId, pricingParam, clientUserId) or (adamId, pricingParam, serialNumber).
struct Assignment
{
    QString adamId;
    QString pricingParam;
    QString clientUserId; // exactly one of clientUserId / serialNumber is set
    QString serialNumber;
    QString idHash;     // only with includeUserState=true
    QString userStatus; // only with includeUserState=true

    bool isDevice() const { return !serialNumber.isEmpty(); }
};

// ResponseUser of GET /users.
struct VppUser
{
    QString clientUserId;
    QString email;
    QString idHash;     // when an Apple Account is associated
    QString inviteCode; // while Registered
    QString status;     // Registered | Associated | Retired | Deleted (other values kept as sent)

    bool isActive() const;
};

// Reply of the asynchronous POST endpoints.
struct EventResponse
{
    QString eventId;
    CommonFields common;
};

// One ErrorResponse in StatusResponse.failures, with the targets it concerns.
struct EventFailure
{
    int errorNumber = 0;
    QString errorMessage;
    QStringList clientUserIds;
    QStringList serialNumbers;
    QList<AssetRef> assets;
};

// GET /status?eventId=.
struct EventStatus
{
    QString eventStatus; // PENDING | COMPLETE | FAILED
    QString eventType;   // ASSOCIATE | DISASSOCIATE | REVOKE | CREATE | UPDATE | RETIRE
    qint64 numCompleted = 0;
    qint64 numRequested = 0;
    QList<EventFailure> failures;
    CommonFields common;

    bool isPending() const { return eventStatus == QLatin1String("PENDING"); }
    bool isFinished() const { return !isPending(); }
};

// One page of a paginated GET (assets, assignments, users).
template<typename T>
struct ApplePage
{
    QList<T> items;
    int currentPageIndex = 0;
    std::optional<int> nextPageIndex; // absent on the last page
    int size = 0;                     // items on this page, as reported by Apple
    int totalPages = 0;
    QString versionId;
    CommonFields common;
    // Malformed records left out of items (each logged as a warning), and why the first one was.
    int skippedRecords = 0;
    QString firstSkipReason;

    bool isLastPage() const { return !nextPageIndex.has_value(); }
};

// Artwork of the metadata lookup: a URL template ("{w}x{h}bb.{f}") or a list of sized images.
struct Artwork
{
    struct Image
    {
        int width = 0;
        int height = 0;
        QString url;
    };

    QString urlTemplate;
    int width = 0; // largest size the template can produce
    int height = 0;
    QString bgColor;
    QList<Image> images;

    bool isEmpty() const { return urlTemplate.isEmpty() && images.isEmpty(); }
    // A URL for a square size (the template, or the smallest image at least that big, else the largest).
    QUrl url(int size, const QString &format = QStringLiteral("png")) const;
};

// One product of the legacy metadata lookup (apple-api 7.1).
struct StoreMetadata
{
    QString adamId; // the results key
    QString name;
    QString bundleId;
    QString artistName;
    QString kind;              // iosSoftware, macSoftware, ebook...
    QString version;           // offers[0].version.display
    QString externalVersionId; // offers[0].version.externalId (string or number)
    QString minimumOsVersion;
    Artwork artwork;
    QStringList deviceFamilies;
    QStringList genreNames;
    bool deviceBasedLicensing = false; // isVppDeviceBasedLicensingEnabled
    bool b2bCustomApp = false;
    QString storeUrl;
};

// The lookup reply: products keyed by adamId. Empty when the id is unknown or not visible to the token.
struct StoreMetadataLookup
{
    QMap<QString, StoreMetadata> results;
    QString storefrontCountry; // meta.storefront.cc
};
