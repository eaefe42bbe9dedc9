#include "simserver.h"

#include "eventprocessor.h"
#include "simerrors.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kV2Prefix = QStringLiteral("/mdm/v2/");

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

SimResponse withRetryAfter(SimResponse response, int seconds)
{
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return response;
}

} // namespace

SimServer::SimServer(SimState &state, SimConfig &config, FaultPlan &faults, EventProcessor &events,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_config(config)
    , m_faults(faults)
    , m_read(state, config)
    , m_write(state, config)
    , m_metadata(state, config)
    , m_control(state, config, faults, events)
{
    using M = QHttpServerRequest::Method;
    m_routes = {
        {u"service/config"_s, {M::Get, false, false}},
        {u"client/config"_s, {M::Unknown, true, false}}, // GET and POST
        {u"assets"_s, {M::Get, true, true}},
        {u"assignments"_s, {M::Get, true, true}},
        {u"users"_s, {M::Get, true, true}},
        {u"status"_s, {M::Get, true, false}},
        {u"assets/associate"_s, {M::Post, true, false}},
        {u"assets/disassociate"_s, {M::Post, true, false}},
        {u"assets/revoke"_s, {M::Post, true, false}},
        {u"users/create"_s, {M::Post, true, false}},
        {u"users/update"_s, {M::Post, true, false}},
        {u"users/retire"_s, {M::Post, true, false}},
    };
    m_clock.start();
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const QString path = request.url().path();
    if (path.startsWith(u"/control/")) {
        // Test hooks answer loopback clients only.
        const SimResponse response = request.remoteAddress().isLoopback()
                                         ? m_control.handle(request)
                                         : SimResponse::error(9637, 403, u"Control API is loopback-only."_s);
        response.writeTo(socket);
        return true;
    }
    std::optional<SimResponse> response;
    std::optional<FaultKind> mangle;
    if (const auto fault = m_faults.take(path)) {
        switch (fault->kind) {
        case FaultKind::RateLimited:
            response = withRetryAfter(SimResponse::error(9646, 429), fault->retryAfterSeconds);
            break;
        case FaultKind::Unavailable:
            response = withRetryAfter(SimResponse::error(9729, 503), fault->retryAfterSeconds);
            break;
        case FaultKind::InternalError:
            response = withRetryAfter(SimResponse::error(9603, 500), fault->retryAfterSeconds);
            break;
        case FaultKind::ErrorIn200:
            response = SimResponse::error(fault->errorNumber ? fault->errorNumber : 9646, 200);
            break;
        default:
            mangle = fault->kind;
        }
    }
    bool isPage = false;
    QString bearer;
    if (!response) {
        if (path.startsWith(kV2Prefix))
            response = handleV2(request, path.mid(kV2Prefix.size()), &isPage, &bearer);
        else if (auto metadata = m_metadata.handle(request))
            response = std::move(*metadata);
        else
            response = SimResponse::error(9602, 404, u"No such endpoint: "_s + path);
    }
    deliver(socket, *response, mangle, isPage ? bearer : QString());
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimResponse::error(9602, 404, u"No such endpoint: "_s + request.url().path()).writeTo(socket);
}

SimResponse SimServer::handleV2(const QHttpServerRequest &request, const QString &endpoint, bool *isPage,
                                QString *bearer)
{
    const auto route = m_routes.constFind(endpoint);
    if (route == m_routes.cend())
        return SimResponse::error(9602, 404, u"No such endpoint: "_s + endpoint);
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    const bool methodOk =
        route->method == M::Unknown ? (method == M::Get || method == M::Post) : method == route->method;
    if (!methodOk)
        return SimResponse::error(9726, 405);
    if (method == M::Post && !header(request, "Content-Type").toLower().startsWith("application/json"))
        return SimResponse::error(9727, 415);
    if (!route->needsToken)
        return m_read.serviceConfig();

    SimToken *token = nullptr;
    if (auto failure = authenticate(request, &token, bearer))
        return *failure;
    // Apple's budget is per location: every token of one location shares it.
    *bearer = QStringLiteral("location-%1").arg(token->location);
    if (auto limited = rateLimit(*bearer, route->isPage))
        return *limited;
    if (method == M::Post && endpoint != u"client/config" && token->readOnly)
        return SimResponse::error(9637, 403);
    *isPage = route->isPage;
    if (route->isPage)
        ++m_pagesInFlight[*bearer];
    return dispatch(endpoint, request, *token);
}

std::optional<SimResponse> SimServer::authenticate(const QHttpServerRequest &request, SimToken **token,
                                                   QString *bearer)
{
    const QByteArray authorization = header(request, "Authorization").trimmed();
    // The scheme name is case-insensitive (RFC 7235); the token itself is not.
    if (authorization.size() <= 7 || authorization.left(7).toLower() != "bearer ")
        return SimResponse::error(9722, 401);
    *bearer = QString::fromLatin1(authorization.mid(7).trimmed());
    *token = m_state.findTokenByBearer(*bearer);
    if (!*token)
        return SimResponse::error(9622, m_config.invalidTokenStatus == 401 ? 401 : 200);
    if ((*token)->revoked)
        return SimResponse::error(9625, 401);
    if ((*token)->expiresAt <= QDateTime::currentDateTimeUtc())
        return SimResponse::error(9621, 401);
    if ((*token)->loginRequired)
        return SimResponse::error(9601, 401);
    return std::nullopt;
}

// Apple allows maxRequestPerSecond per token and at most five parallel page requests.
std::optional<SimResponse> SimServer::rateLimit(const QString &bearer, bool isPage)
{
    if (!m_config.enforceRateLimit)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &recent = m_recentRequests[bearer];
    while (!recent.empty() && recent.front() <= now - 1000)
        recent.pop_front();
    const bool tooFast = qsizetype(recent.size()) >= qMax(1, m_config.maxRequestPerSecond);
    const bool tooParallel = isPage && m_pagesInFlight.value(bearer) >= m_config.maxParallelPages;
    if (tooFast || tooParallel)
        return withRetryAfter(SimResponse::error(9646, 429), m_config.retryAfterSeconds);
    recent.push_back(now);
    return std::nullopt;
}

SimResponse SimServer::dispatch(const QString &endpoint, const QHttpServerRequest &request, SimToken &token)
{
    const QUrlQuery query(request.url());
    const QByteArray body = request.body();
    if (endpoint == u"client/config")
        return request.method() == QHttpServerRequest::Method::Post ? m_write.clientConfig(token, body)
                                                                    : m_read.clientConfig(token);
    if (endpoint == u"assets")
        return m_read.assets(token, query);
    if (endpoint == u"assignments")
        return m_read.assignments(token, query);
    if (endpoint == u"users")
        return m_read.users(token, query);
    if (endpoint == u"status")
        return m_read.status(token, query);
    if (endpoint == u"assets/associate")
        return m_write.associate(token, body);
    if (endpoint == u"assets/disassociate")
        return m_write.disassociate(token, body);
    if (endpoint == u"assets/revoke")
        return m_write.revoke(token, body);
    if (endpoint == u"users/create")
        return m_write.createUsers(token, body);
    if (endpoint == u"users/update")
        return m_write.updateUsers(token, body);
    return m_write.retireUsers(token, body);
}

void SimServer::deliver(QTcpSocket *socket, const SimResponse &response, std::optional<FaultKind> mangle,
                        const QString &pageBearer)
{
    const int latency = m_faults.latencyMs();
    if (latency <= 0) {
        response.writeTo(socket, mangle);
        if (!pageBearer.isEmpty())
            --m_pagesInFlight[pageBearer];
        return;
    }
    QTimer::singleShot(latency, this,
                       [this, socket = QPointer<QTcpSocket>(socket), response, mangle, pageBearer] {
                           if (socket && socket->state() == QAbstractSocket::ConnectedState)
                               response.writeTo(socket, mangle);
                           if (!pageBearer.isEmpty())
                               --m_pagesInFlight[pageBearer];
                       });
}
