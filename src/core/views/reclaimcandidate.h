// ReclaimCandidate: one license the reclaim advisor suggests taking back, with the reason, and
// ReclaimAppTotal: how many of them an app has (over every location).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct ReclaimCandidate
{
    Q_DECLARE_TR_FUNCTIONS(ReclaimCandidate)

public:
    enum class Reason {
        DeviceNotSeen,       // the device has not been seen for the chosen number of days
        UserRetired,         // the user's VPP account is retired (or deleted)
        UserNotRegistered,   // no VPP user with that clientUserId is known on the token
        OutsideDistribution, // the holder is in none of the token's Distribution groups
    };

    qint64 assignmentId = 0;
    QString tokenId;
    QString tokenName;
    QString adamId;
    QString pricingParam;
    QString name; // the app's or book's name; empty when the catalog has none
    QString productType;
    QString clientUserId; // one of the two is set
    QString serialNumber;
    Reason reason = Reason::DeviceNotSeen;
    QDateTime lastSeen; // DeviceNotSeen: when the device was last seen

    QString target() const { return serialNumber.isEmpty() ? clientUserId : serialNumber; }
    bool isDevice() const { return !serialNumber.isEmpty(); }
    QString displayName() const { return name.isEmpty() ? adamId : name; }

    // Stable keys for JSON and CSV: deviceNotSeen, userRetired, userNotRegistered, outsideDistribution.
    static QString reasonKey(Reason reason);
    // The reason in words ("device not seen since 2026-01-05").
    QString reasonText() const;
};

struct ReclaimAppTotal
{
    QString adamId;
    QString name;
    QString productType;
    qint64 licenses = 0;
    qint64 devices = 0; // of them, held by devices
    qint64 users = 0;   // and by users
};
