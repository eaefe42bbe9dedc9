#include "controlapi.h"

#include "eventprocessor.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

SimResponse ok(QJsonObject object = {})
{
    object.insert(u"ok"_s, true);
    return SimResponse::json(object);
}

SimResponse fail(const QString &message, int status = 400)
{
    return SimResponse::json({{u"ok"_s, false}, {u"error"_s, message}}, status);
}

} // namespace

ControlApi::ControlApi(SimState &state, SimConfig &config, FaultPlan &faults, EventProcessor &events)
    : m_state(state)
    , m_config(config)
    , m_faults(faults)
    , m_events(events)
{}

SimLocation *ControlApi::locationOf(const QJsonObject &request, int *index) const
{
    *index = request.contains(u"uId"_s) ? m_state.findLocationByUid(request.value(u"uId"_s).toString())
                                        : (m_state.locationCount() > 0 ? 0 : -1);
    return *index >= 0 ? m_state.location(*index) : nullptr;
}

SimResponse ControlApi::handle(const QHttpServerRequest &request)
{
    const QString action = request.url().path().mid(int(qstrlen("/control/")));
    if (request.method() == QHttpServerRequest::Method::Get) {
        if (action == u"state")
            return state();
        if (action == u"tokens")
            return tokens();
        if (action == u"faults") {
            QJsonArray list;
            for (const ArmedFault &f : m_faults.armed())
                list.append(f.toJson());
            return ok({{u"faults"_s, list}, {u"latencyMs"_s, m_faults.latencyMs()}});
        }
        return fail(u"unknown control endpoint"_s, 404);
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!request.body().isEmpty() && !doc.isObject())
        return fail(u"the body must be a JSON object"_s);
    const QJsonObject body = doc.object();

    if (action == u"faults") {
        QString error;
        const auto fault = FaultPlan::fromJson(body, &error);
        if (!fault)
            return fail(error);
        m_faults.arm(*fault);
        return ok();
    }
    if (action == u"faults/clear") {
        m_faults.clear();
        m_faults.setLatencyMs(0);
        return ok();
    }
    if (action == u"latency") {
        m_faults.setLatencyMs(body.value(u"ms"_s).toInt());
        return ok();
    }
    if (action == u"config")
        return configure(body);
    if (action.startsWith(u"token/"))
        return token(action.mid(6), body);
    if (action == u"mdminfo") {
        int index = -1;
        SimLocation *location = locationOf(body, &index);
        if (!location)
            return fail(u"unknown uId"_s);
        location->mdmInfo = {body.value(u"id"_s).toString(), body.value(u"name"_s).toString(),
                             body.value(u"metadata"_s).toString()};
        return ok();
    }
    if (action == u"licenses")
        return licenses(body);
    if (action == u"users/accept")
        return acceptUser(body);
    if (action == u"mutate")
        return mutate(body);
    if (action == u"events/drain") {
        m_events.drain();
        return ok();
    }
    if (action == u"save") {
        QString error;
        if (!m_state.save(body.value(u"path"_s).toString(), &error))
            return fail(error);
        return ok();
    }
    return fail(u"unknown control endpoint"_s, 404);
}

SimResponse ControlApi::state() const
{
    QJsonArray locations;
    for (int i = 0; i < m_state.locationCount(); ++i) {
        const SimLocation *l = m_state.location(i);
        qint64 activeUsers = 0;
        for (const SimUser &u : l->users())
            activeUsers += u.isActive() ? 1 : 0;
        locations.append(QJsonObject{{u"uId"_s, l->uId()},
                                     {u"locationName"_s, l->locationName()},
                                     {u"countryISO2ACode"_s, l->countryCode()},
                                     {u"assets"_s, qint64(l->assets().size())},
                                     {u"assignments"_s, qint64(l->liveAssignmentCount())},
                                     {u"users"_s, qint64(l->users().size())},
                                     {u"activeUsers"_s, activeUsers},
                                     {u"mdmInfoId"_s, l->mdmInfo.id}});
    }
    return ok({{u"orgName"_s, m_state.orgName()},
               {u"locations"_s, locations},
               {u"pendingEvents"_s, qint64(m_state.pendingEventIds().size())},
               {u"products"_s, qint64(m_state.productCount())}});
}

SimResponse ControlApi::tokens() const
{
    QJsonArray list;
    for (const SimToken &t : m_state.tokens()) {
        const SimLocation *l = m_state.location(t.location);
        list.append(QJsonObject{{u"uId"_s, l->uId()},
                                {u"locationName"_s, l->locationName()},
                                {u"expDate"_s, SimState::formatExpDate(t.expiresAt)},
                                {u"revoked"_s, t.revoked},
                                {u"token"_s, t.fileContents}});
    }
    return ok({{u"tokens"_s, list}});
}

SimResponse ControlApi::configure(const QJsonObject &r)
{
    if (r.contains(u"pageSize"_s))
        m_config.pageSize = qMax(1, r.value(u"pageSize"_s).toInt());
    if (r.contains(u"maxRequestPerSecond"_s))
        m_config.maxRequestPerSecond = qMax(1, r.value(u"maxRequestPerSecond"_s).toInt());
    if (r.contains(u"enforceRateLimit"_s))
        m_config.enforceRateLimit = r.value(u"enforceRateLimit"_s).toBool();
    if (r.contains(u"invalidTokenStatus"_s))
        m_config.invalidTokenStatus = r.value(u"invalidTokenStatus"_s).toInt() == 401 ? 401 : 200;
    if (r.contains(u"strictSerials"_s))
        m_config.strictSerials = r.value(u"strictSerials"_s).toBool();
    if (r.contains(u"eventTasksPerSecond"_s))
        m_config.eventTasksPerSecond = qMax(1, r.value(u"eventTasksPerSecond"_s).toInt());
    if (r.contains(u"retryAfterSeconds"_s))
        m_config.retryAfterSeconds = qMax(0, r.value(u"retryAfterSeconds"_s).toInt());
    const QJsonObject limits = r.value(u"limits"_s).toObject();
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it)
        m_config.limits.insert(it.key(), it.value().toInt());
    return ok();
}

SimResponse ControlApi::token(const QString &action, const QJsonObject &request)
{
    int index = -1;
    if (!locationOf(request, &index))
        return fail(u"unknown uId"_s);
    if (action == u"issue") {
        const QDateTime expires =
            QDateTime::currentDateTimeUtc().addSecs(qint64(request.value(u"days"_s).toDouble(365) * 86400));
        const SimToken &t =
            m_state.issueToken(index, expires, request.value(u"revokePrevious"_s).toBool(true));
        return ok({{u"token"_s, t.fileContents}, {u"expDate"_s, SimState::formatExpDate(t.expiresAt)}});
    }
    for (SimToken *t : m_state.tokensOfLocation(index)) {
        if (action == u"revoke")
            t->revoked = true;
        else if (action == u"expire")
            t->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        else if (action == u"login-required")
            t->loginRequired = true;
        else if (action == u"read-only")
            t->readOnly = request.value(u"readOnly"_s).toBool(true);
        else if (action == u"restore") {
            t->expiresAt = QDateTime::currentDateTimeUtc().addDays(365);
            t->revoked = false;
            t->loginRequired = false;
            t->readOnly = false;
        } else
            return fail(u"unknown token action"_s, 404);
    }
    return ok();
}

SimResponse ControlApi::licenses(const QJsonObject &request)
{
    int index = -1;
    SimLocation *location = locationOf(request, &index);
    if (!location)
        return fail(u"unknown uId"_s);
    const int asset = location->findAsset(request.value(u"adamId"_s).toString(),
                                          request.value(u"pricingParam"_s).toString(u"STDQ"_s));
    if (asset < 0)
        return fail(u"unknown asset"_s);
    location->changeLicenseCount(asset, qint64(request.value(u"delta"_s).toDouble()));
    const SimAsset &a = location->assets()[asset];
    return ok({{u"totalCount"_s, a.totalCount}, {u"availableCount"_s, a.availableCount()}});
}

SimResponse ControlApi::acceptUser(const QJsonObject &request)
{
    int index = -1;
    SimLocation *location = locationOf(request, &index);
    if (!location)
        return fail(u"unknown uId"_s);
    const int user = location->findActiveUser(request.value(u"clientUserId"_s).toString());
    if (user < 0 || location->users()[user].status != u"Registered")
        return fail(u"no registered user with that clientUserId"_s);
    SimUser u = location->users()[user];
    u.status = u"Associated"_s;
    u.inviteCode.clear();
    u.idHash = QString::fromLatin1(QByteArray::fromHex(m_state.makeHex(20).toLatin1()).toBase64());
    location->updateUser(user, u);
    return ok({{u"idHash"_s, u.idHash}});
}

// Changes `count` assignments of a location: half removed, half added (for incremental syncs).
SimResponse ControlApi::mutate(const QJsonObject &request)
{
    int index = -1;
    SimLocation *location = locationOf(request, &index);
    if (!location)
        return fail(u"unknown uId"_s);
    const qint64 count = qint64(request.value(u"assignments"_s).toDouble());
    QRandomGenerator random(quint32(request.value(u"seed"_s).toInt(7)));
    qint64 removed = 0;
    qint64 added = 0;
    const qsizetype total = location->assignments().size();
    for (qint64 tries = 0; removed < count / 2 && total > 0 && tries < count * 20; ++tries) {
        const SimAssignment a = location->assignments()[qsizetype(random.bounded(quint64(total)))];
        if (a.alive && location->assets()[a.asset].revocable && location->unassign(a.asset, a.target))
            ++removed;
    }
    QVector<int> userTargets;
    for (int t = 0; t < location->targets().size(); ++t)
        if (location->targets()[t].kind == SimTargetKind::User &&
            location->findActiveUser(location->targets()[t].id) >= 0)
            userTargets.append(t);
    const int assetCount = int(location->assets().size());
    for (qint64 tries = 0;
         added < count - count / 2 && !userTargets.isEmpty() && assetCount > 0 && tries < count * 20;
         ++tries) {
        const int asset = int(random.bounded(assetCount));
        const int target = userTargets[int(random.bounded(int(userTargets.size())))];
        if (location->assets()[asset].availableCount() <= 0 && !location->assets()[asset].unlimited)
            location->changeLicenseCount(asset, 10);
        if (location->assign(asset, target) == SimLocation::AssignOutcome::Added)
            ++added;
    }
    return ok({{u"removed"_s, removed}, {u"added"_s, added}});
}
