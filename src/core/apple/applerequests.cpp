#include "core/apple/applerequests.h"

#include <QJsonArray>

QJsonObject ManageAssetsRequest::toJson() const
{
    QJsonArray assetList;
    for (const AssetRef &a : assets)
        assetList.append(QJsonObject{{QStringLiteral("adamId"), a.adamId},
                                     {QStringLiteral("pricingParam"), a.pricingParam}});
    QJsonObject o{{QStringLiteral("assets"), assetList}};
    if (!clientUserIds.isEmpty())
        o.insert(QStringLiteral("clientUserIds"), QJsonArray::fromStringList(clientUserIds));
    if (!serialNumbers.isEmpty())
        o.insert(QStringLiteral("serialNumbers"), QJsonArray::fromStringList(serialNumbers));
    return o;
}

QJsonObject RevokeAssetsRequest::toJson() const
{
    QJsonObject o;
    if (!clientUserIds.isEmpty())
        o.insert(QStringLiteral("clientUserIds"), QJsonArray::fromStringList(clientUserIds));
    if (!serialNumbers.isEmpty())
        o.insert(QStringLiteral("serialNumbers"), QJsonArray::fromStringList(serialNumbers));
    return o;
}

QJsonObject RequestUser::toJson() const
{
    QJsonObject o{{QStringLiteral("clientUserId"), clientUserId}};
    if (!email.isEmpty())
        o.insert(QStringLiteral("email"), email);
    if (!managedAppleId.isEmpty())
        o.insert(QStringLiteral("managedAppleId"), managedAppleId);
    return o;
}
