// Bodies of Apple's write requests (apple-api 2.5, 2.6, 2.8), as the client builds them.
#pragma once

#include "core/apple/appletypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// POST assets/associate and assets/disassociate.
struct ManageAssetsRequest
{
    QList<AssetRef> assets;
    QStringList clientUserIds;
    QStringList serialNumbers;

    QJsonObject toJson() const;
};

// POST assets/revoke: every revocable license the targets hold.
struct RevokeAssetsRequest
{
    QStringList clientUserIds;
    QStringList serialNumbers;

    QJsonObject toJson() const;
};

// One user of POST users/create, users/update or users/retire.
struct RequestUser
{
    QString clientUserId;
    QString email;          // empty: not sent
    QString managedAppleId; // empty: not sent

    QJsonObject toJson() const;
};
