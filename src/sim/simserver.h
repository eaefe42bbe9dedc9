// The simulator's HTTP front: routes Apple's v2 endpoints, the legacy metadata lookup, the
// artwork and invitation pages and the loopback-only control API; applies authentication,
// Apple's validation order, the per-token rate limits, latency and injected faults.
#pragma once

#include "controlapi.h"
#include "faultplan.h"
#include "metadataapi.h"
#include "simconfig.h"
#include "simreadapi.h"
#include "simresponse.h"
#include "simwriteapi.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>

#include <deque>

class EventProcessor;

class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SimServer(SimState &state, SimConfig &config, FaultPlan &faults, EventProcessor &events,
              QObject *parent = nullptr);

    qint64 requestCount() const { return m_requestCount; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        bool needsToken;
        bool isPage; // a paginated GET: counts against the parallel-page limit
    };
    SimResponse handleV2(const QHttpServerRequest &request, const QString &endpoint, bool *isPage,
                         QString *bearer);
    std::optional<SimResponse> authenticate(const QHttpServerRequest &request, SimToken **token,
                                            QString *bearer);
    std::optional<SimResponse> rateLimit(const QString &bearer, bool isPage);
    SimResponse dispatch(const QString &endpoint, const QHttpServerRequest &request, SimToken &token);
    void deliver(QTcpSocket *socket, const SimResponse &response, std::optional<FaultKind> mangle,
                 const QString &pageBearer);

    SimState &m_state;
    SimConfig &m_config;
    FaultPlan &m_faults;
    SimReadApi m_read;
    SimWriteApi m_write;
    MetadataApi m_metadata;
    ControlApi m_control;
    QHash<QString, Route> m_routes;
    QHash<QString, std::deque<qint64>> m_recentRequests; // per bearer: request times (ms)
    QHash<QString, int> m_pagesInFlight;
    QElapsedTimer m_clock;
    qint64 m_requestCount = 0;
};
