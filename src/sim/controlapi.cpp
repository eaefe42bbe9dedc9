#include "controlapi.h"

#include "eventprocessor.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

SimResponse ok(QJsonObject object = {})
{
    object.insert(u"ok"_qs, true);
    return SimResponse::json(object);
}

SimResponse fail(const QString &message, int status = 400)
{
    return SimResponse::json({{u"ok"_qs, false}, {u"error"_qs, message}}, status);
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
    *index = request.contains(u"uId"_qs) ? m_state.findLocationByUid(request.value(u"uId"_qs).toString())
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
            return ok({{u"faults"_qs, list}, {u"latencyMs"_qs, m_faults.latencyMs()}});
        }
        return fail(u"unknown control endpoint"_qs, 404);
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!request.body().isEmpty() && !doc.isObject())
        return fail(u"the body must be a JSON object"_qs);
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
        m_faults.setLatencyMs(body.value(u"ms"_qs).toInt());
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
            return fail(u"unknown uId"_qs);
        location->mdmInfo = {body.value(u"id"_qs).toString(), body.value(u"name"_qs).toString(),
                             body.value(u"metadata"_qs).toString()};
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
        if (!m_state.save(body.value(u"path"_qs).toString(), &error))
            return fail(error);
        return ok();
    }
    return fail(u"unknown control endpoint"_qs, 404);
}

SimResponse ControlApi::state() const
{
    QJsonArray locations;
    for (int i = 0; i < m_state.locationCount(); ++i) {
        const SimLocation *l = m_state.location(i);
        qint64 activeUsers = 0;
        for (const SimUser &u : l->users())
            activeUsers += u.isActive() ? 1 : 0;
        locations.append(QJsonObject{{u"uId"_qs, l->uId()},
                                     {u"locationName"_qs, l->locationName()},
                                     {u"countryISO2ACode"_qs, l->countryCode()},
                                     {u"assets"_qs, qint64(l->assets().size())},
                                     {u"assignments"_qs, qint64(l->liveAssignmentCount())},
                                     {u"users"_qs, qint64(l->users().size())},
                                     {u"activeUsers"_qs, activeUsers},
                                     {u"mdmInfoId"_qs, l->mdmInfo.id}});
    }
    return ok({{u"orgName"_qs, m_state.orgName()},
               {u"locations"_qs, locations},
               {u"pendingEvents"_qs, qint64(m_state.pendingEventIds().size())},
               {u"products"_qs, qint64(m_state.productCount())}});
}

SimResponse ControlApi::tokens() const
{
    QJsonArray list;
    for (const SimToken &t : m_state.tokens()) {
        const SimLocation *l = m_state.location(t.location);
        list.append(QJsonObject{{u"uId"_qs, l->uId()},
                                {u"locationName"_qs, l->locationName()},
                                {u"expDate"_qs, SimState::formatExpDate(t.expiresAt)},
                                {u"revoked"_qs, t.revoked},
                                {u"token"_qs, t.fileContents}});
    }
    return ok({{u"tokens"_qs, list}});
}

SimResponse ControlApi::configure(const QJsonObject &r)
{
    if (r.contains(u"pageSize"_qs))
        m_config.pageSize = qMax(1, r.value(u"pageSize"_qs).toInt());
    if (r.contains(u"maxRequestPerSecond"_qs))
        m_config.maxRequestPerSecond = qMax(1, r.value(u"maxRequestPerSecond"_qs).toInt());
    if (r.contains(u"enforceRateLimit"_qs))
        m_config.enforceRateLimit = r.value(u"enforceRateLimit"_qs).toBool();
    if (r.contains(u"invalidTokenStatus"_qs))
        m_config.invalidTokenStatus = r.value(u"invalidTokenStatus"_qs).toInt() == 401 ? 401 : 200;
    if (r.contains(u"strictSerials"_qs))
        m_config.strictSerials = r.value(u"strictSerials"_qs).toBool();
    if (r.contains(u"eventTasksPerSecond"_qs))
        m_config.eventTasksPerSecond = qMax(1, r.value(u"eventTasksPerSecond"_qs).toInt());
    if (r.contains(u"retryAfterSeconds"_qs))
        m_config.retryAfterSeconds = qMax(0, r.value(u"retryAfterSeconds"_qs).toInt());
    const QJsonObject limits = r.value(u"limits"_qs).toObject();
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it)
        m_config.limits.insert(it.key(), it.value().toInt());
    return ok();
}

SimResponse ControlApi::token(const QString &action, const QJsonObject &request)
{
    int index = -1;
    if (!locationOf(request, &index))
        return fail(u"unknown uId"_qs);
    if (action == u"issue") {
        const QDateTime expires =
            QDateTime::currentDateTimeUtc().addSecs(qint64(request.value(u"days"_qs).toDouble(365) * 86400));
        const SimToken &t =
            m_state.issueToken(index, expires, request.value(u"revokePrevious"_qs).toBool(true));
        return ok({{u"token"_qs, t.fileContents}, {u"expDate"_qs, SimState::formatExpDate(t.expiresAt)}});
    }
    for (SimToken *t : m_state.tokensOfLocation(index)) {
        if (action == u"revoke")
            t->revoked = true;
        else if (action == u"expire")
            t->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        else if (action == u"login-required")
            t->loginRequired = true;
        else if (action == u"read-only")
            t->readOnly = request.value(u"readOnly"_qs).toBool(true);
        else if (action == u"restore") {
            t->expiresAt = QDateTime::currentDateTimeUtc().addDays(365);
            t->revoked = false;
            t->loginRequired = false;
            t->readOnly = false;
        } else
            return fail(u"unknown token action"_qs, 404);
    }
    return ok();
}

SimResponse ControlApi::licenses(const QJsonObject &request)
{
    int index = -1;
    SimLocation *location = locationOf(request, &index);
    if (!location)
        return fail(u"unknown uId"_qs);
    const int asset = location->findAsset(request.value(u"adamId"_qs).toString(),
                                          request.value(u"pricingParam"_qs).toString(u"STDQ"_qs));
    if (asset < 0)
        return fail(u"unknown asset"_qs);
    location->changeLicenseCount(asset, qint64(request.value(u"delta"_qs).toDouble()));
    const SimAsset &a = location->assets()[asset];
    return ok({{u"totalCount"_qs, a.totalCount}, {u"availableCount"_qs, a.availableCount()}});
}

SimResponse ControlApi::acceptUser(const QJsonObject &request)
{
    int index = -1;
    SimLocation *location = locationOf(request, &index);
    if (!location)
        return fail(u"unknown uId"_qs);
    const int user = location->findActiveUser(request.value(u"clientUserId"_qs).toString());
    if (user < 0 || location->users()[user].status != u"Registered")
        return fail(u"no registered user with that clientUserId"_qs);
    SimUser u = location->users()[user];
    u.status = u"Associated"_qs;
    u.inviteCode.clear();
    u.idHash = QString::fromLatin1(QByteArray::fromHex(m_state.makeHex(20).toLatin1()).toBase64());
    location->updateUser(user, u);
    return ok({{u"idHash"_qs, u.idHash}});
}

// Changes `count` assignments of a location: half removed, half added (for incremental syncs).
SimResponse ControlApi::mutate(const QJsonObject &request)
{
    int index = -1;
    SimLocation *location = locationOf(request, &index);
    if (!location)
        return fail(u"unknown uId"_qs);
    const qint64 count = qint64(request.value(u"assignments"_qs).toDouble());
    QRandomGenerator random(quint32(request.value(u"seed"_qs).toInt(7)));
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
    return ok({{u"removed"_qs, removed}, {u"added"_qs, added}});
}
