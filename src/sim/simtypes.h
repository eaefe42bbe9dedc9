// Plain records of the simulated service: what one location holds. Owned by SimLocation.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

// Metadata of a store product, shared by every location (the store catalog).
struct SimProduct
{
    QString adamId;
    QString name;
    QString bundleId;
    QString artistName;
    QString version;
    QString kind; // iosSoftware, macSoftware, ebook
    QString genre;
    QString minimumOsVersion;
    QStringList deviceFamilies;
    double price = 0;
    bool b2bCustomApp = false;
};

struct SimAsset
{
    QString adamId;
    QString pricingParam; // STDQ | PLUS
    QString productType;  // App | Book
    QStringList supportedPlatforms;
    qint64 totalCount = 0;    // purchased (ignored when unlimited)
    qint64 assignedCount = 0; // live assignments (kept by SimLocation)
    qint64 retiredCount = 0;
    bool deviceAssignable = true;
    bool revocable = true;
    bool unlimited = false; // free asset: totalCount is reported as INT32_MAX
    qint64 modSeq = 0;

    // Below zero when licenses were taken back (a refund, a transfer) while still assigned: Apple
    // reports such an over-assignment as a negative availableCount, and so does the simulator.
    qint64 availableCount() const { return unlimited ? 0 : totalCount - assignedCount; }
};

enum class SimTargetKind : quint8 { User, Device };

// A target of an assignment: a clientUserId or a serial number, interned per location.
struct SimTarget
{
    QString id;
    SimTargetKind kind = SimTargetKind::User;
};

struct SimAssignment
{
    qint32 asset = -1;  // index into SimLocation::assets()
    qint32 target = -1; // index into SimLocation::targets()
    qint64 modSeq = 0;
    bool alive = true;
};

struct SimUser
{
    QString clientUserId;
    QString email;
    QString managedAppleId;
    QString status; // Registered | Associated | Retired | Deleted
    QString inviteCode;
    QString idHash;
    qint64 modSeq = 0;

    bool isActive() const { return status == u"Registered" || status == u"Associated"; }
};

struct SimMdmInfo
{
    QString id;
    QString name;
    QString metadata;
    bool isSet() const { return !id.isEmpty(); }
};

// A content token as issued to the admin: the file contents are the Bearer value.
struct SimToken
{
    QString fileContents; // Base64 of the JSON {token, expDate, orgName}
    QString secret;       // the "token" field inside
    int location = -1;
    QDateTime expiresAt;
    bool revoked = false;
    bool loginRequired = false; // password of the downloading account changed (9601)
    bool readOnly = false;      // a read-only content manager's token: writes get 9637
};
