#include "core/licensing/licenserequest.h"

#include <QJsonArray>

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QString LicenseRequest::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Assign:
        return QStringLiteral("assign");
    case Kind::Unassign:
        return QStringLiteral("unassign");
    case Kind::Revoke:
        return QStringLiteral("revoke");
    case Kind::CreateUsers:
        return QStringLiteral("createUsers");
    case Kind::UpdateUsers:
        return QStringLiteral("updateUsers");
    case Kind::RetireUsers:
        return QStringLiteral("retireUsers");
    }
    return {};
}

std::optional<LicenseRequest::Kind> LicenseRequest::kindFromKey(const QString &key)
{
    for (Kind k : {Kind::Assign, Kind::Unassign, Kind::Revoke, Kind::CreateUsers, Kind::UpdateUsers,
                   Kind::RetireUsers})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString LicenseRequest::eventType(Kind kind)
{
    switch (kind) {
    case Kind::Assign:
        return QStringLiteral("ASSOCIATE");
    case Kind::Unassign:
        return QStringLiteral("DISASSOCIATE");
    case Kind::Revoke:
        return QStringLiteral("REVOKE");
    case Kind::CreateUsers:
        return QStringLiteral("CREATE");
    case Kind::UpdateUsers:
        return QStringLiteral("UPDATE");
    case Kind::RetireUsers:
        return QStringLiteral("RETIRE");
    }
    return {};
}

QJsonObject LicenseRequest::toJson() const
{
    QJsonArray assetArray;
    for (const AssetRef &a : assets)
        assetArray.append(QJsonObject{{QStringLiteral("adamId"), a.adamId},
                                      {QStringLiteral("pricingParam"), a.pricingParam}});
    QJsonArray userArray;
    for (const RequestUser &u : users)
        userArray.append(u.toJson());
    QJsonObject json{{QStringLiteral("kind"), kindKey(kind)},
                     {QStringLiteral("tokenId"), tokenId},
                     {QStringLiteral("assets"), assetArray},
                     {QStringLiteral("clientUserIds"), toArray(clientUserIds)},
                     {QStringLiteral("serialNumbers"), toArray(serialNumbers)},
                     {QStringLiteral("users"), userArray},
                     {QStringLiteral("force"), force},
                     {QStringLiteral("oversubscribe"), oversubscribe}};
    if (!groupName.isEmpty())
        json.insert(QStringLiteral("group"), groupName);
    return json;
}

LicenseRequest LicenseRequest::fromJson(const QJsonObject &json)
{
    LicenseRequest r;
    r.kind = kindFromKey(json.value(QStringLiteral("kind")).toString()).value_or(Kind::Assign);
    r.tokenId = json.value(QStringLiteral("tokenId")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("assets")).toArray())
        r.assets.append(
            {v[QStringLiteral("adamId")].toString(), v[QStringLiteral("pricingParam")].toString()});
    r.clientUserIds = toStrings(json.value(QStringLiteral("clientUserIds")));
    r.serialNumbers = toStrings(json.value(QStringLiteral("serialNumbers")));
    r.groupName = json.value(QStringLiteral("group")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("users")).toArray())
        r.users.append({v[QStringLiteral("clientUserId")].toString(), v[QStringLiteral("email")].toString(),
                        v[QStringLiteral("managedAppleId")].toString()});
    r.force = json.value(QStringLiteral("force")).toBool();
    r.oversubscribe = json.value(QStringLiteral("oversubscribe")).toBool();
    return r;
}
