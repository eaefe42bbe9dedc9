// AppleClient: the typed client of Apple's App and Book Management API (v2) for one content
// token. One small call per endpoint; limits and URLs come from service/config (re-read every
// five minutes), everything goes through the token's AppleTransport. Callbacks run on the
// client's thread, exactly once per call.
#pragma once

#include "core/apple/applerequests.h"
#include "core/apple/appletransport.h"
#include "core/apple/appletypes.h"
#include "core/common/threadhandoff.h"

#include <QUrlQuery>

#include <optional>

class AppleClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    static QUrl defaultServiceUrl(); // https://vpp.itunes.apple.com/mdm/v2

    // serviceUrl: the v2 base; the secret is the whole .vpptoken file contents.
    AppleClient(QNetworkAccessManager *network, const QUrl &serviceUrl, const QString &sToken,
                QObject *parent = nullptr);

    AppleTransport &transport() { return m_transport; }
    QUrl serviceUrl() const { return m_serviceUrl; }
    // The last service config read (limits and URLs), if any.
    std::optional<ServiceConfig> cachedServiceConfig() const { return m_serviceConfig; }

    void serviceConfig(Callback<ServiceConfig> done);
    void clientConfig(Callback<ClientConfig> done);
    // POST client/config with our mdmInfo: the explicit take-over. Nothing else writes it.
    void setMdmInfo(const MdmInfo &mdmInfo, Callback<ClientConfig> done);

    // Paginated GETs. pageIndex < 0 leaves pageIndex out (the first request, as Apple asks).
    void assetsPage(const QUrlQuery &filters, int pageIndex, Callback<ApplePage<Asset>> done);
    void assignmentsPage(const QUrlQuery &filters, int pageIndex, Callback<ApplePage<Assignment>> done);
    void usersPage(const QUrlQuery &filters, int pageIndex, Callback<ApplePage<VppUser>> done);

    void associate(const ManageAssetsRequest &request, Callback<EventResponse> done);
    void disassociate(const ManageAssetsRequest &request, Callback<EventResponse> done);
    void revoke(const RevokeAssetsRequest &request, Callback<EventResponse> done);
    void createUsers(const QList<RequestUser> &users, Callback<EventResponse> done);
    void updateUsers(const QList<RequestUser> &users, Callback<EventResponse> done);
    void retireUsers(const QList<RequestUser> &users, Callback<EventResponse> done);
    void eventStatus(const QString &eventId, Callback<EventStatus> done);

    // Legacy metadata lookup of several adamIds (platform from client config, cc lower-case).
    void metadataLookup(const QStringList &adamIds, const QString &platform, const QString &countryCode,
                        Callback<StoreMetadataLookup> done);
    // Any resource the service points at (artwork); same URL rules, no bearer.
    void download(const QUrl &url, Callback<QByteArray> done);

    void cancelAll() { m_transport.cancelAll(); }

private:
    // Runs `then` with a fresh enough service config (fetching it when missing or 5 min old).
    void withServiceConfig(std::function<void(Result<ServiceConfig>)> then);
    QUrl endpointUrl(const QString &name, const QString &fallbackPath) const;
    template<typename T>
    void get(const QString &name, const QString &path, const QUrlQuery &query, bool isPage,
             Result<T> (*parse)(const QByteArray &, int), Callback<T> done, int parseRetries = 2);
    void post(const QString &name, const QString &path, const QJsonObject &body,
              Callback<EventResponse> done);

    QUrl m_serviceUrl;
    AppleTransport m_transport;
    std::optional<ServiceConfig> m_serviceConfig;
    QElapsedTimer m_serviceConfigAge;
    QList<std::function<void(Result<ServiceConfig>)>> m_serviceConfigWaiters;
    // Big pages are parsed on the thread pool, so the thread that drives the network (and stages
    // the pages of every concurrent sync) does not.
    ThreadHandoff m_parser{this};
};
