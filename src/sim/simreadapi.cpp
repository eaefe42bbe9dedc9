#include "simreadapi.h"

#include "simerrors.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kUnlimitedCount = std::numeric_limits<qint32>::max();

QString param(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool hasParam(const QUrlQuery &query, const char *name)
{
    return query.hasQueryItem(QLatin1String(name));
}

// Apple's booleans arrive as true/false; 1/0 is tolerated.
std::optional<bool> boolParam(const QUrlQuery &query, const char *name, bool *bad)
{
    if (!hasParam(query, name))
        return std::nullopt;
    const QString value = param(query, name).toLower();
    if (value == u"true" || value == u"1")
        return true;
    if (value == u"false" || value == u"0")
        return false;
    *bad = true;
    return std::nullopt;
}

std::optional<qint64> intParam(const QUrlQuery &query, const char *name, bool *bad)
{
    if (!hasParam(query, name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = param(query, name).toLongLong(&ok);
    if (!ok)
        *bad = true;
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

SimResponse invalidArgument(const char *name)
{
    return SimResponse::error(9602, 400, SimErrors::message(9602) + u" ("_s + QLatin1String(name) + u')');
}

} // namespace

SimReadApi::SimReadApi(SimState &state, const SimConfig &config)
    : m_state(state)
    , m_config(config)
{}

void SimReadApi::addCommonFields(QJsonObject &object, const SimToken &token, const SimLocation &location)
{
    object.insert(u"tokenExpirationDate"_s, SimState::formatExpDate(token.expiresAt));
    object.insert(u"uId"_s, location.uId());
    if (location.mdmInfo.isSet())
        object.insert(u"mdmInfo"_s, QJsonObject{{u"id"_s, location.mdmInfo.id},
                                                {u"name"_s, location.mdmInfo.name},
                                                {u"metadata"_s, location.mdmInfo.metadata}});
}

std::optional<SimReadApi::PageWindow> SimReadApi::pageWindow(const QUrlQuery &query, qsizetype total) const
{
    PageWindow window;
    const int size = qMax(1, m_config.pageSize);
    window.totalPages = int(qMax<qsizetype>(1, (total + size - 1) / size));
    if (hasParam(query, "pageIndex")) {
        bool ok = false;
        window.pageIndex = param(query, "pageIndex").toInt(&ok);
        if (!ok || window.pageIndex < 0 || window.pageIndex >= window.totalPages)
            return std::nullopt;
    }
    window.begin = qsizetype(window.pageIndex) * size;
    window.end = qMin<qsizetype>(total, window.begin + size);
    return window;
}

void SimReadApi::addPaging(QJsonObject &object, const PageWindow &window)
{
    object.insert(u"currentPageIndex"_s, window.pageIndex);
    object.insert(u"size"_s, qint64(window.end - window.begin));
    object.insert(u"totalPages"_s, window.totalPages);
    if (window.pageIndex + 1 < window.totalPages)
        object.insert(u"nextPageIndex"_s, window.pageIndex + 1);
}

SimResponse SimReadApi::serviceConfig() const
{
    QJsonObject limits;
    for (auto it = m_config.limits.cbegin(); it != m_config.limits.cend(); ++it)
        limits.insert(it.key(), it.value());
    limits.insert(u"maxRequestPerSecond"_s, m_config.maxRequestPerSecond);
    const QString v2 = m_config.v2Url();
    const QJsonObject urls{
        {u"invitationEmail"_s,
         QString(m_config.baseUrl + u"/WebObjects/MZFinance.woa/wa/associateVPPUserWithITSAccount"
                                    u"?inviteCode=%25inviteCode%25&mt=8"_s)},
        {u"clientConfig"_s, QString(v2 + u"/client/config"_s)},
        {u"createUsers"_s, QString(v2 + u"/users/create"_s)},
        {u"updateUsers"_s, QString(v2 + u"/users/update"_s)},
        {u"retireUsers"_s, QString(v2 + u"/users/retire"_s)},
        {u"getUsers"_s, QString(v2 + u"/users"_s)},
        {u"getAssets"_s, QString(v2 + u"/assets"_s)},
        {u"getAssignments"_s, QString(v2 + u"/assignments"_s)},
        {u"associateAssets"_s, QString(v2 + u"/assets/associate"_s)},
        {u"disassociateAssets"_s, QString(v2 + u"/assets/disassociate"_s)},
        {u"revokeAssets"_s, QString(v2 + u"/assets/revoke"_s)},
        {u"eventStatus"_s, QString(v2 + u"/status"_s)},
        {u"contentMetadataLookup"_s,
         QString(m_config.baseUrl + u"/WebObjects/MZStorePlatform.woa/wa/lookup"_s)},
    };
    return SimResponse::json({{u"errorCodes"_s, SimErrors::serviceConfigList()},
                              {u"limits"_s, limits},
                              {u"notificationTypes"_s, QJsonArray{u"ASSET_MANAGEMENT"_s, u"USER_MANAGEMENT"_s,
                                                                  u"USER_ASSOCIATED"_s, u"ASSET_COUNT"_s}},
                              {u"urls"_s, urls}});
}

SimResponse SimReadApi::clientConfig(const SimToken &token) const
{
    const SimLocation &location = *m_state.location(token.location);
    QJsonObject o{{u"countryISO2ACode"_s, location.countryCode()},
                  {u"defaultPlatform"_s, location.defaultPlatform()},
                  {u"locationName"_s, location.locationName()},
                  {u"websiteURL"_s, location.websiteUrl()},
                  {u"subscribedNotificationTypes"_s, QJsonArray::fromStringList(location.notificationTypes)}};
    if (!location.notificationUrl.isEmpty()) {
        o.insert(u"notificationUrl"_s, location.notificationUrl);
        o.insert(u"notificationAuthToken"_s, location.notificationAuthToken);
    }
    addCommonFields(o, token, location);
    return SimResponse::json(o);
}

SimResponse SimReadApi::assets(const SimToken &token, const QUrlQuery &query) const
{
    const SimLocation &location = *m_state.location(token.location);
    bool bad = false;
    const QString productType = param(query, "productType");
    const QString pricingParam = param(query, "pricingParam");
    if (!productType.isEmpty() && productType != u"App" && productType != u"Book")
        return invalidArgument("productType");
    if (!pricingParam.isEmpty() && pricingParam != u"STDQ" && pricingParam != u"PLUS")
        return invalidArgument("pricingParam");
    const auto revocable = boolParam(query, "revocable", &bad);
    const auto deviceAssignable = boolParam(query, "deviceAssignable", &bad);
    const auto unlimited = boolParam(query, "unlimited", &bad);
    const auto maxAvailable = intParam(query, "maxAvailableCount", &bad);
    const auto minAvailable = intParam(query, "minAvailableCount", &bad);
    const auto maxAssigned = intParam(query, "maxAssignedCount", &bad);
    const auto minAssigned = intParam(query, "minAssignedCount", &bad);
    if (bad)
        return invalidArgument("query");
    const QString adamId = param(query, "adamId");

    QVector<int> rows;
    const QVector<SimAsset> &all = location.assets();
    for (int i = 0; i < all.size(); ++i) {
        const SimAsset &a = all[i];
        if (unlimited == false && a.unlimited)
            continue;
        const qint64 available = a.unlimited ? kUnlimitedCount - a.assignedCount : a.availableCount();
        if ((!productType.isEmpty() && a.productType != productType) ||
            (!pricingParam.isEmpty() && a.pricingParam != pricingParam) ||
            (!adamId.isEmpty() && a.adamId != adamId) || (revocable && a.revocable != *revocable) ||
            (deviceAssignable && a.deviceAssignable != *deviceAssignable) ||
            (maxAvailable && available > *maxAvailable) || (minAvailable && available < *minAvailable) ||
            (maxAssigned && a.assignedCount > *maxAssigned) ||
            (minAssigned && a.assignedCount < *minAssigned))
            continue;
        rows.append(i);
    }
    const auto window = pageWindow(query, rows.size());
    if (!window)
        return SimResponse::error(9650, 400);

    QJsonArray limited;
    QJsonArray unlimitedList;
    for (qsizetype r = window->begin; r < window->end; ++r) {
        const SimAsset &a = all[rows[r]];
        QJsonObject o{{u"adamId"_s, a.adamId},
                      {u"assignedCount"_s, a.assignedCount},
                      {u"deviceAssignable"_s, a.deviceAssignable},
                      {u"pricingParam"_s, a.pricingParam},
                      {u"productType"_s, a.productType},
                      {u"revocable"_s, a.revocable},
                      {u"supportedPlatforms"_s, QJsonArray::fromStringList(a.supportedPlatforms)}};
        if (a.unlimited && unlimited == true) {
            unlimitedList.append(o);
            continue;
        }
        o.insert(u"availableCount"_s, a.unlimited ? kUnlimitedCount - a.assignedCount : a.availableCount());
        o.insert(u"retiredCount"_s, a.retiredCount);
        o.insert(u"totalCount"_s, a.unlimited ? kUnlimitedCount : a.totalCount);
        limited.append(o);
    }
    QJsonObject o{{u"assets"_s, limited},
                  {u"versionId"_s, location.versionId(SimLocation::VersionKind::Assets)}};
    if (unlimited == true)
        o.insert(u"unlimitedAssets"_s, unlimitedList);
    addPaging(o, *window);
    addCommonFields(o, token, location);
    return SimResponse::json(o);
}

SimResponse SimReadApi::assignments(const SimToken &token, const QUrlQuery &query) const
{
    SimLocation &location = *m_state.location(token.location);
    bool bad = false;
    SimAssignmentQuery q;
    q.adamId = param(query, "adamId");
    q.pricingParam = param(query, "pricingParam");
    q.clientUserId = param(query, "clientUserId");
    q.serialNumber = param(query, "serialNumber");
    q.excludeInactiveUsers = boolParam(query, "excludeInactiveUsers", &bad).value_or(false);
    const bool includeUserState = boolParam(query, "includeUserState", &bad).value_or(false);
    if (bad)
        return invalidArgument("query");
    if (!q.pricingParam.isEmpty() && q.pricingParam != u"STDQ" && q.pricingParam != u"PLUS")
        return invalidArgument("pricingParam");
    if (hasParam(query, "sinceVersionId")) {
        q.since =
            location.decodeVersionId(param(query, "sinceVersionId"), SimLocation::VersionKind::Assignments);
        if (!q.since)
            return SimResponse::error(9721, 400);
    }
    const QVector<qint32> &rows = location.queryAssignments(q);
    const auto window = pageWindow(query, rows.size());
    if (!window)
        return SimResponse::error(9650, 400);

    const QVector<SimAssignment> &all = location.assignments();
    const QVector<SimAsset> &assets = location.assets();
    const QVector<SimTarget> &targets = location.targets();
    QJsonArray list;
    for (qsizetype r = window->begin; r < window->end; ++r) {
        const SimAssignment &a = all[rows[r]];
        const SimAsset &asset = assets[a.asset];
        const SimTarget &target = targets[a.target];
        QJsonObject o{{u"adamId"_s, asset.adamId}, {u"pricingParam"_s, asset.pricingParam}};
        if (target.kind == SimTargetKind::User) {
            o.insert(u"clientUserId"_s, target.id);
            if (includeUserState) {
                const int user = location.findActiveUser(target.id);
                o.insert(u"userStatus"_s, user >= 0 ? location.users()[user].status : u"Retired"_s);
                if (user >= 0 && !location.users()[user].idHash.isEmpty())
                    o.insert(u"idHash"_s, location.users()[user].idHash);
            }
        } else {
            o.insert(u"serialNumber"_s, target.id);
        }
        list.append(o);
    }
    QJsonObject o{{u"assignments"_s, list},
                  {u"versionId"_s, location.versionId(SimLocation::VersionKind::Assignments)}};
    addPaging(o, *window);
    addCommonFields(o, token, location);
    return SimResponse::json(o);
}

SimResponse SimReadApi::users(const SimToken &token, const QUrlQuery &query) const
{
    SimLocation &location = *m_state.location(token.location);
    bool bad = false;
    SimUserQuery q;
    q.clientUserId = param(query, "clientUserId");
    q.activeOnly = boolParam(query, "activeOnly", &bad).value_or(false);
    q.retiredOnly = boolParam(query, "retiredOnly", &bad).value_or(false);
    if (bad)
        return invalidArgument("query");
    if (hasParam(query, "sinceVersionId")) {
        q.since = location.decodeVersionId(param(query, "sinceVersionId"), SimLocation::VersionKind::Users);
        if (!q.since)
            return SimResponse::error(9721, 400);
    }
    const QVector<qint32> &rows = location.queryUsers(q);
    const auto window = pageWindow(query, rows.size());
    if (!window)
        return SimResponse::error(9650, 400);
    QJsonArray list;
    for (qsizetype r = window->begin; r < window->end; ++r) {
        const SimUser &u = location.users()[rows[r]];
        QJsonObject o{{u"clientUserId"_s, u.clientUserId}, {u"status"_s, u.status}};
        if (!u.email.isEmpty())
            o.insert(u"email"_s, u.email);
        if (!u.idHash.isEmpty())
            o.insert(u"idHash"_s, u.idHash);
        if (u.status == u"Registered" && !u.inviteCode.isEmpty())
            o.insert(u"inviteCode"_s, u.inviteCode);
        list.append(o);
    }
    QJsonObject o{{u"users"_s, list}, {u"versionId"_s, location.versionId(SimLocation::VersionKind::Users)}};
    addPaging(o, *window);
    addCommonFields(o, token, location);
    return SimResponse::json(o);
}

SimResponse SimReadApi::status(const SimToken &token, const QUrlQuery &query) const
{
    const SimEvent *event = m_state.event(param(query, "eventId"));
    if (!event || event->location != token.location)
        return SimResponse::error(9708, 400);
    QJsonObject o = event->toStatusJson();
    addCommonFields(o, token, *m_state.location(token.location));
    return SimResponse::json(o);
}
