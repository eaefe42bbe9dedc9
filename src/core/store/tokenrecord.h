// TokenRecord: one content token (location) as the store keeps it. It never holds the secret:
// that lives in the OS keychain under `id`.
#pragma once

#include <QDateTime>
#include <QString>

struct TokenRecord
{
    QString id;   // UUID, also the keychain key of the secret
    QString name; // unique, chosen by the admin
    QString serviceUrl;
    QString locationName;
    QString countryCode;
    QString uid; // Apple's location id (uId); two tokens with one uid are duplicates
    QString orgName;
    QDateTime expiresAt;
    QString mdmInfoId;
    QString mdmInfoName;
    QString mdmInfoMetadata;
    QString defaultPlatform;
    QString websiteUrl;
    QString status = QStringLiteral("unknown");
    QString statusReason;
    int lastAppleError = 0;
    int syncIntervalSeconds = 0; // 0 = manual only
    bool addAppsAutomatically = false;
    bool autoUpdateApps = false;
    QString assignmentType = QStringLiteral("device"); // "device" or "user"
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastSyncAt;
    QDateTime lastFullSyncAt;
    QString assetsVersion;
    QString assignmentsVersion;
    QString usersVersion;
};
