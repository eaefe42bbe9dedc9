#include "core/apple/appleclient.h"

#include "core/apple/appleparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qint64 kServiceConfigMaxAgeMs = 5 * 60 * 1000;
// Pages at least this big are parsed on the thread pool (a full page of assignments is ~50 KiB).
constexpr qsizetype kParseElsewhereBytes = 16 * 1024;

// Apple asks for the first page without pageIndex.
QUrlQuery withPage(QUrlQuery query, int pageIndex)
{
    if (pageIndex >= 0)
        query.addQueryItem(QStringLiteral("pageIndex"), QString::number(pageIndex));
    return query;
}

QJsonObject usersBody(const QList<RequestUser> &users)
{
    QJsonArray list;
    for (const RequestUser &u : users)
        list.append(u.toJson());
    return {{QStringLiteral("users"), list}};
}

} // namespace

QUrl AppleClient::defaultServiceUrl()
{
    return QUrl(QStringLiteral("https://vpp.itunes.apple.com/mdm/v2"));
}

AppleClient::AppleClient(QNetworkAccessManager *network, const QUrl &serviceUrl, const QString &sToken,
                         QObject *parent)
    : QObject(parent)
    , m_serviceUrl(serviceUrl.adjusted(QUrl::StripTrailingSlash))
    , m_transport(network, sToken)
{
    // The token goes to this origin only: endpoint URLs of service/config elsewhere are refused.
    m_transport.setPinnedOrigin(m_serviceUrl);
}

void AppleClient::withServiceConfig(std::function<void(Result<ServiceConfig>)> then)
{
    if (m_serviceConfig && m_serviceConfigAge.isValid() &&
        m_serviceConfigAge.elapsed() < kServiceConfigMaxAgeMs) {
        then(*m_serviceConfig);
        return;
    }
    m_serviceConfigWaiters.append(std::move(then));
    if (m_serviceConfigWaiters.size() > 1)
        return; // one fetch serves every waiter
    AppleHttpRequest request;
    request.url = QUrl(m_serviceUrl.toString() + QStringLiteral("/service/config"));
    request.authenticated = false;
    m_transport.send(request, [this](Result<AppleHttpReply> reply) {
        Result<ServiceConfig> config = reply ? AppleParser::parseServiceConfig(reply->body, reply->httpStatus)
                                             : Result<ServiceConfig>(reply.error());
        if (config) {
            m_serviceConfig = config.value();
            m_serviceConfigAge.start();
            m_transport.setRequestsPerSecond(double(config->maxRequestPerSecond()));
        } else if (m_serviceConfig) {
            config = *m_serviceConfig; // a failed refresh keeps the last good limits and URLs
        }
        const auto waiters = std::move(m_serviceConfigWaiters);
        m_serviceConfigWaiters.clear();
        for (const auto &waiter : waiters)
            waiter(config);
    });
}

void AppleClient::serviceConfig(Callback<ServiceConfig> done)
{
    withServiceConfig(std::move(done));
}

QUrl AppleClient::endpointUrl(const QString &name, const QString &fallbackPath) const
{
    const QUrl fromConfig = m_serviceConfig ? m_serviceConfig->url(name) : QUrl();
    return fromConfig.isValid() && !fromConfig.isEmpty()
               ? fromConfig
               : QUrl(m_serviceUrl.toString() + u'/' + fallbackPath);
}

template<typename T>
void AppleClient::get(const QString &name, const QString &path, const QUrlQuery &query, bool isPage,
                      Result<T> (*parse)(const QByteArray &, int), Callback<T> done, int parseRetries)
{
    withServiceConfig([=, this](Result<ServiceConfig> config) {
        if (!config) {
            done(config.error());
            return;
        }
        AppleHttpRequest request;
        request.url = endpointUrl(name, path);
        request.url.setQuery(query);
        request.isPage = isPage;
        m_transport.send(request, [=, this](Result<AppleHttpReply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            std::function<void(Result<T>)> handle = [=, this](Result<T> parsed) {
                // A garbled or truncated body of an idempotent GET is worth another try.
                if (!parsed && parsed.error().kind == VppError::Kind::Parse && parseRetries > 0) {
                    get<T>(name, path, query, isPage, parse, done, parseRetries - 1);
                    return;
                }
                done(std::move(parsed));
            };
            if (isPage && reply->body.size() >= kParseElsewhereBytes) {
                const QByteArray body = reply->body;
                const int status = reply->httpStatus;
                m_parser.run<Result<T>>([body, status, parse] { return parse(body, status); },
                                        std::move(handle));
                return;
            }
            handle(parse(reply->body, reply->httpStatus));
        });
    });
}

void AppleClient::post(const QString &name, const QString &path, const QJsonObject &body,
                       Callback<EventResponse> done)
{
    withServiceConfig([=, this](Result<ServiceConfig> config) {
        if (!config) {
            done(config.error());
            return;
        }
        AppleHttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = endpointUrl(name, path);
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QUrl url = request.url;
        m_transport.send(request, [done, url](Result<AppleHttpReply> reply) {
            if (!reply)
                return done(reply.error());
            Result<EventResponse> event = AppleParser::parseEventResponse(reply->body, reply->httpStatus);
            // A 2xx reply cut or garbled on its way: Apple took the request, the event id is lost.
            const bool accepted = reply->httpStatus >= 200 && reply->httpStatus <= 299;
            if (!event && accepted && event.error().kind == VppError::Kind::Parse)
                return done(AppleTransport::outcomeUnknownError(url, event.error()));
            done(std::move(event));
        });
    });
}

void AppleClient::clientConfig(Callback<ClientConfig> done)
{
    get<ClientConfig>(QStringLiteral("clientConfig"), QStringLiteral("client/config"), {}, false,
                      &AppleParser::parseClientConfig, std::move(done));
}

void AppleClient::setMdmInfo(const MdmInfo &mdmInfo, Callback<ClientConfig> done)
{
    withServiceConfig([=, this](Result<ServiceConfig> config) {
        if (!config) {
            done(config.error());
            return;
        }
        AppleHttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = endpointUrl(QStringLiteral("clientConfig"), QStringLiteral("client/config"));
        request.idempotent = true; // setting the same mdmInfo twice changes nothing
        const QJsonObject info{{QStringLiteral("id"), mdmInfo.id},
                               {QStringLiteral("name"), mdmInfo.name},
                               {QStringLiteral("metadata"), mdmInfo.metadata}};
        request.body =
            QJsonDocument(QJsonObject{{QStringLiteral("mdmInfo"), info}}).toJson(QJsonDocument::Compact);
        m_transport.send(request, [done](Result<AppleHttpReply> reply) {
            done(reply ? AppleParser::parseClientConfig(reply->body, reply->httpStatus)
                       : Result<ClientConfig>(reply.error()));
        });
    });
}

void AppleClient::assetsPage(const QUrlQuery &filters, int pageIndex, Callback<ApplePage<Asset>> done)
{
    get<ApplePage<Asset>>(QStringLiteral("getAssets"), QStringLiteral("assets"), withPage(filters, pageIndex),
                          true, &AppleParser::parseAssetsPage, std::move(done));
}

void AppleClient::assignmentsPage(const QUrlQuery &filters, int pageIndex,
                                  Callback<ApplePage<Assignment>> done)
{
    get<ApplePage<Assignment>>(QStringLiteral("getAssignments"), QStringLiteral("assignments"),
                               withPage(filters, pageIndex), true, &AppleParser::parseAssignmentsPage,
                               std::move(done));
}

void AppleClient::usersPage(const QUrlQuery &filters, int pageIndex, Callback<ApplePage<VppUser>> done)
{
    get<ApplePage<VppUser>>(QStringLiteral("getUsers"), QStringLiteral("users"), withPage(filters, pageIndex),
                            true, &AppleParser::parseUsersPage, std::move(done));
}

void AppleClient::associate(const ManageAssetsRequest &request, Callback<EventResponse> done)
{
    post(QStringLiteral("associateAssets"), QStringLiteral("assets/associate"), request.toJson(),
         std::move(done));
}

void AppleClient::disassociate(const ManageAssetsRequest &request, Callback<EventResponse> done)
{
    post(QStringLiteral("disassociateAssets"), QStringLiteral("assets/disassociate"), request.toJson(),
         std::move(done));
}

void AppleClient::revoke(const RevokeAssetsRequest &request, Callback<EventResponse> done)
{
    post(QStringLiteral("revokeAssets"), QStringLiteral("assets/revoke"), request.toJson(), std::move(done));
}

void AppleClient::createUsers(const QList<RequestUser> &users, Callback<EventResponse> done)
{
    post(QStringLiteral("createUsers"), QStringLiteral("users/create"), usersBody(users), std::move(done));
}

void AppleClient::updateUsers(const QList<RequestUser> &users, Callback<EventResponse> done)
{
    post(QStringLiteral("updateUsers"), QStringLiteral("users/update"), usersBody(users), std::move(done));
}

void AppleClient::retireUsers(const QList<RequestUser> &users, Callback<EventResponse> done)
{
    QList<RequestUser> idsOnly;
    for (const RequestUser &u : users)
        idsOnly.append({u.clientUserId, {}, {}});
    post(QStringLiteral("retireUsers"), QStringLiteral("users/retire"), usersBody(idsOnly), std::move(done));
}

void AppleClient::eventStatus(const QString &eventId, Callback<EventStatus> done)
{
    get<EventStatus>(QStringLiteral("eventStatus"), QStringLiteral("status"),
                     QUrlQuery{{QStringLiteral("eventId"), eventId}}, false, &AppleParser::parseEventStatus,
                     std::move(done));
}

void AppleClient::metadataLookup(const QStringList &adamIds, const QString &platform,
                                 const QString &countryCode, Callback<StoreMetadataLookup> done)
{
    withServiceConfig([=, this](Result<ServiceConfig> config) {
        if (!config) {
            done(config.error());
            return;
        }
        AppleHttpRequest request;
        request.url = config->url(QStringLiteral("contentMetadataLookup"));
        request.authenticated = false;
        request.url.setQuery(QUrlQuery{{QStringLiteral("version"), QStringLiteral("2")},
                                       {QStringLiteral("id"), adamIds.join(u',')},
                                       {QStringLiteral("p"), QStringLiteral("mdm-lockup")},
                                       {QStringLiteral("caller"), QStringLiteral("MDM")},
                                       {QStringLiteral("platform"), platform},
                                       {QStringLiteral("cc"), countryCode.toLower()}});
        m_transport.send(request, [done](Result<AppleHttpReply> reply) {
            done(reply ? AppleParser::parseMetadataLookup(reply->body, reply->httpStatus)
                       : Result<StoreMetadataLookup>(reply.error()));
        });
    });
}

void AppleClient::download(const QUrl &url, Callback<QByteArray> done)
{
    AppleHttpRequest request;
    request.url = url;
    request.authenticated = false;
    m_transport.send(request, [done](Result<AppleHttpReply> reply) {
        done(reply ? Result<QByteArray>(reply->body) : Result<QByteArray>(reply.error()));
    });
}
