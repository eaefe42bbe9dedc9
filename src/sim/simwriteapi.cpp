#include "simwriteapi.h"

#include "simerrors.h"
#include "simreadapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

SimResponse invalidArgument(const QString &detail)
{
    return SimResponse::error(9602, 400, SimErrors::message(9602) + u" ("_s + detail + u')');
}

// A list of strings, or nullopt when the member is present but not an array of strings.
std::optional<QStringList> stringList(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
        list.append(v.toString());
    }
    return list;
}

// The array member `key` of a request: missing or empty gives `missingError`, any other type 9602.
std::optional<SimResponse> requireArray(const QJsonObject &request, const QString &key, int missingError,
                                        QJsonArray *array)
{
    const QJsonValue value = request.value(key);
    if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty()))
        return SimResponse::error(missingError, 400);
    if (!value.isArray())
        return invalidArgument(key);
    *array = value.toArray();
    return std::nullopt;
}

bool hasDuplicates(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend()).size() != list.size();
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

} // namespace

SimWriteApi::SimWriteApi(SimState &state, const SimConfig &config)
    : m_state(state)
    , m_config(config)
{}

SimResponse SimWriteApi::queued(const SimToken &token, SimEvent event)
{
    event.location = token.location;
    const SimEvent &stored = m_state.addEvent(std::move(event));
    QJsonObject o{{u"eventId"_s, stored.eventId}};
    SimReadApi::addCommonFields(o, token, *m_state.location(token.location));
    return SimResponse::json(o);
}

SimResponse SimWriteApi::clientConfig(const SimToken &token, const QByteArray &body)
{
    const auto request = parseObject(body);
    if (!request)
        return invalidArgument(u"body is not a JSON object"_s);
    SimLocation &location = *m_state.location(token.location);

    std::optional<SimMdmInfo> mdmInfo;
    if (request->contains(u"mdmInfo"_s)) {
        const QJsonObject info = request->value(u"mdmInfo"_s).toObject();
        SimMdmInfo m{info.value(u"id"_s).toString(), info.value(u"name"_s).toString(),
                     info.value(u"metadata"_s).toString()};
        const int filled = int(!m.id.isEmpty()) + int(!m.name.isEmpty()) + int(!m.metadata.isEmpty());
        if (filled != 0 && filled != 3)
            return SimResponse::error(9723, 400);
        if (m.id.size() > m_config.limit(u"maxMdmIdLength"_s))
            return SimResponse::error(9724, 400);
        if (m.name.size() > m_config.limit(u"maxMdmNameLength"_s))
            return SimResponse::error(9725, 400);
        if (m.metadata.size() > m_config.limit(u"maxMdmMetadataLength"_s))
            return SimResponse::error(9713, 400);
        mdmInfo = m; // all three empty: clears the claim
    }

    const bool hasUrl = request->contains(u"notificationUrl"_s);
    const bool hasAuth = request->contains(u"notificationAuthToken"_s);
    const QString url = request->value(u"notificationUrl"_s).toString();
    const QString auth = request->value(u"notificationAuthToken"_s).toString();
    if (hasUrl != hasAuth || (hasUrl && url.isEmpty() != auth.isEmpty()))
        return SimResponse::error(9710, 400);
    const int maxLength = m_config.limit(u"maxNotificationLength"_s);
    if (url.size() > maxLength || auth.size() > maxLength)
        return SimResponse::error(9711, 400);
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme() != u"https" || parsed.host().isEmpty())
            return SimResponse::error(9712, 400);
    }
    std::optional<QStringList> types;
    if (request->contains(u"notificationTypes"_s)) {
        types = stringList(*request, u"notificationTypes"_s);
        static const QStringList allowed{
            u"ASSET_COUNT"_s,     u"ASSET_MANAGEMENT"_s,        u"USER_MANAGEMENT"_s,
            u"USER_ASSOCIATED"_s, u"SUBSCRIPTION_MANAGEMENT"_s, u"SUBSCRIPTION_COUNT"_s,
            u"UNLIMITED_ASSET"_s};
        if (!types)
            return invalidArgument(u"notificationTypes"_s);
        for (const QString &t : *types)
            if (!allowed.contains(t))
                return invalidArgument(u"notificationTypes: "_s + t);
    }

    // Omitted fields are kept (Apple does not document partial updates; see the README).
    if (mdmInfo)
        location.mdmInfo = *mdmInfo;
    if (hasUrl) {
        location.notificationUrl = url;
        location.notificationAuthToken = auth;
    }
    if (types)
        location.notificationTypes = *types;
    SimReadApi api(m_state, m_config);
    return api.clientConfig(token);
}

SimResponse SimWriteApi::manageAssets(const SimToken &token, const QByteArray &body, bool disassociate)
{
    const auto request = parseObject(body);
    if (!request)
        return invalidArgument(u"body is not a JSON object"_s);
    QJsonArray assetList;
    if (auto error = requireArray(*request, u"assets"_s, 9718, &assetList))
        return *error;
    QVector<SimAssetRef> assets;
    for (const QJsonValue &v : assetList) {
        const QJsonObject a = v.toObject();
        const QString adamId = a.value(u"adamId"_s).isDouble()
                                   ? QString::number(a.value(u"adamId"_s).toInteger())
                                   : a.value(u"adamId"_s).toString();
        // Apple's own example leaves pricingParam out: STDQ is assumed (see the README).
        const QString pricing = a.value(u"pricingParam"_s).toString(u"STDQ"_s);
        if (adamId.isEmpty() || (pricing != u"STDQ" && pricing != u"PLUS"))
            return invalidArgument(u"assets"_s);
        assets.append({adamId, pricing});
    }
    const auto users = stringList(*request, u"clientUserIds"_s);
    const auto serials = stringList(*request, u"serialNumbers"_s);
    if (!users || !serials)
        return invalidArgument(u"clientUserIds or serialNumbers"_s);
    if (users->isEmpty() && serials->isEmpty())
        return SimResponse::error(9719, 400);

    if (assets.size() > m_config.limit(u"maxAssets"_s))
        return SimResponse::error(9700, 400);
    if (users->size() > m_config.limit(u"maxClientUserIds"_s))
        return SimResponse::error(9701, 400);
    if (serials->size() > m_config.limit(u"maxSerialNumbers"_s))
        return SimResponse::error(9702, 400);

    QStringList assetKeys;
    for (const SimAssetRef &a : assets)
        assetKeys.append(a.adamId + u'/' + a.pricingParam);
    if (hasDuplicates(assetKeys))
        return SimResponse::error(9703, 400);
    if (hasDuplicates(*users))
        return SimResponse::error(9704, 400);
    if (hasDuplicates(*serials))
        return SimResponse::error(9705, 400);

    const SimLocation &location = *m_state.location(token.location);
    for (const SimAssetRef &a : assets) {
        const int index = location.findAsset(a.adamId, a.pricingParam);
        if (index < 0)
            continue; // unknown assets fail per task, asynchronously
        const SimAsset &asset = location.assets()[index];
        if (disassociate && !asset.revocable)
            return SimResponse::error(9706, 400);
        if (!serials->isEmpty() && !asset.deviceAssignable)
            return SimResponse::error(9707, 400);
    }

    SimEvent event;
    event.eventType = disassociate ? u"DISASSOCIATE"_s : u"ASSOCIATE"_s;
    event.assets = assets;
    event.clientUserIds = *users;
    event.serialNumbers = *serials;
    event.numRequested = qint64(assets.size()) * (users->size() + serials->size());
    return queued(token, std::move(event));
}

SimResponse SimWriteApi::revoke(const SimToken &token, const QByteArray &body)
{
    const auto request = parseObject(body);
    if (!request)
        return invalidArgument(u"body is not a JSON object"_s);
    const auto users = stringList(*request, u"clientUserIds"_s);
    const auto serials = stringList(*request, u"serialNumbers"_s);
    if (!users || !serials)
        return invalidArgument(u"clientUserIds or serialNumbers"_s);
    if (users->isEmpty() && serials->isEmpty())
        return SimResponse::error(9719, 400);
    if (users->size() > m_config.limit(u"maxRevokeClientUserIds"_s))
        return SimResponse::error(9701, 400);
    if (serials->size() > m_config.limit(u"maxRevokeSerialNumbers"_s))
        return SimResponse::error(9702, 400);
    if (hasDuplicates(*users))
        return SimResponse::error(9704, 400);
    if (hasDuplicates(*serials))
        return SimResponse::error(9705, 400);
    SimEvent event;
    event.eventType = u"REVOKE"_s;
    event.clientUserIds = *users;
    event.serialNumbers = *serials;
    // Apple does not say how revoke counts tasks; one task per target here (see the README).
    event.numRequested = users->size() + serials->size();
    return queued(token, std::move(event));
}

SimResponse SimWriteApi::manageUsers(const SimToken &token, const QByteArray &body, const QString &type)
{
    const auto request = parseObject(body);
    if (!request)
        return invalidArgument(u"body is not a JSON object"_s);
    QJsonArray list;
    if (auto error = requireArray(*request, u"users"_s, 9720, &list))
        return *error;
    if (list.size() > m_config.limit(u"maxUsers"_s))
        return SimResponse::error(9714, 400);
    QVector<SimRequestUser> users;
    QStringList ids;
    for (const QJsonValue &v : list) {
        const QJsonObject u = v.toObject();
        SimRequestUser user;
        user.clientUserId = u.value(u"clientUserId"_s).toString();
        if (user.clientUserId.isEmpty())
            return invalidArgument(u"clientUserId is required"_s);
        user.hasEmail = u.contains(u"email"_s);
        user.email = u.value(u"email"_s).toString();
        user.hasManagedAppleId = u.contains(u"managedAppleId"_s);
        user.managedAppleId = u.value(u"managedAppleId"_s).toString();
        users.append(user);
        ids.append(user.clientUserId);
    }
    if (hasDuplicates(ids))
        return SimResponse::error(9715, 400);
    if (type != u"RETIRE")
        for (const SimRequestUser &user : users)
            if (user.hasEmail && !user.email.isEmpty() && !isValidEmail(user.email))
                return SimResponse::error(9717, 400);
    SimEvent event;
    event.eventType = type;
    event.users = users;
    event.numRequested = users.size();
    return queued(token, std::move(event));
}
