// TokenRecord: one content token (location) as the store keeps it. It never holds the secret:
// that lives in the OS keychain under `id`. TokenAppDefaults: the settings the apps this token
// distributes get by default (the token dialog's Assignment type tab), kept as JSON.
#pragma once

#include "core/token/tokenhealth.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct TokenAppDefaults
{
    bool mandatory = false;         // the app cannot be removed by the user
    bool autoInstallUpdates = true; // updates install without asking
    bool preventBackup = false;     // the app's data is left out of backups
    bool dataRoaming = true;        // the app may use data while roaming
    bool cellularData = true;       // the app may use cellular data
    QString vpnProfile;             // name of the per-app VPN profile, empty = none
    QString ssoProfile;             // name of the single sign-on profile, empty = none

    friend bool operator==(const TokenAppDefaults &, const TokenAppDefaults &) = default;
};

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
    std::optional<TokenHealth::Status> status; // nullopt: never checked (stored as "unknown")
    // TokenHealth::reasonCode(): a code with untranslated parameters; a row from before codes holds
    // a sentence. TokenHealth::reasonText() makes the words.
    QString statusReason;
    int lastAppleError = 0;
    int syncIntervalSeconds = 0; // 0 = manual only
    bool addAppsAutomatically = false;
    bool autoUpdateApps = false;
    QString assignmentType = QStringLiteral("device"); // "device" or "user"
    TokenAppDefaults appDefaults;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastSyncAt;
    QDateTime lastFullSyncAt;
    QString assetsVersion;
    QString assignmentsVersion;
    QString usersVersion;
    // Truncated SHA-256 of the secret in the keychain (never the secret): a keychain entry that
    // does not match it is not used. Empty for a row from before fingerprints. Column
    // tokens.token_fingerprint.
    QString secretFingerprint;
};
