// AppleTransport: the one way requests reach Apple for one content token. It holds the token's
// request budget (RateLimiter: maxRequestPerSecond, five page requests in flight, pauses after a
// 429), retries what RetryPolicy says is worth retrying, caps reply sizes, maps failures to
// VppError and writes the redacted trace. The bearer value never leaves this class, and goes only
// to the origin (scheme, host, port) it is pinned to. Every attempt has an overall deadline besides
// the inactivity timeout. A POST whose body may have reached Apple is never retried: it fails with
// code "apple.outcomeUnknown" so that the caller looks the outcome up.
#pragma once

#include "core/apple/ratelimiter.h"
#include "core/apple/retrypolicy.h"
#include "core/common/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class AppleTrace;
class QNetworkAccessManager;
class QNetworkReply;

struct AppleHttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;           // JSON for POST
    bool isPage = false;       // a paginated GET: holds one of the five page slots
    bool authenticated = true; // service/config goes without the bearer
    bool idempotent = false;   // a POST that may safely be sent twice (client/config): retried like a GET
};

struct AppleHttpReply
{
    int httpStatus = 0;
    QByteArray body;
};

class AppleTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<AppleHttpReply>)>;

    AppleTransport(QNetworkAccessManager *network, const QString &bearer, QObject *parent = nullptr);
    ~AppleTransport() override;

    RateLimiter &limiter() { return m_limiter; }
    QNetworkAccessManager *network() const { return m_network; }
    // maxRequestPerSecond from service/config, on the transport's own clock.
    // 5 % below the limit: clocks differ and Apple counts on its side (with no burst, requests
    // stay at least 1 / (0.95 x rate) apart, so no sliding second ever holds more than the limit).
    void setRequestsPerSecond(double rate) { m_limiter.setRequestsPerSecond(rate * 0.95, nowMs()); }
    RetryPolicy &retryPolicy() { return m_retry; }
    // Inactivity timeout: restarts with every byte received.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Overall deadline of one attempt, however the bytes trickle in.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // The only origin the bearer goes to (scheme, host and port; the path does not matter). Set by
    // AppleClient to its service URL; an authenticated request elsewhere fails without being sent.
    void setPinnedOrigin(const QUrl &url) { m_pinnedOrigin = originOf(url); }
    QString pinnedOrigin() const { return m_pinnedOrigin; }
    // "scheme://host:port" with the scheme's default port filled in; empty for an invalid URL.
    static QString originOf(const QUrl &url);
    // The error of a POST that may have been acted on: nobody knows whether Apple did it.
    static VppError outcomeUnknownError(const QUrl &url, const VppError &cause);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void setTrace(AppleTrace *trace) { m_trace = trace; }

    // Plain http is allowed for loopback hosts only (vppsim); everything else must be https.
    static bool isAllowedUrl(const QUrl &url);

    // Sends with retries; `done` runs exactly once (Kind::Cancelled after cancelAll()).
    void send(const AppleHttpRequest &request, Callback done);
    void cancelAll();
    int pendingCount() const { return int(m_queue.size()) + m_active; }
    qint64 requestsSent() const { return m_sent; }

private:
    struct Call
    {
        AppleHttpRequest request;
        Callback done;
        int attempt = 0;
        bool cancelled = false;
        bool oversize = false;
        bool pastDeadline = false;
        QPointer<QNetworkReply> reply;
        qint64 startedMs = 0;
    };
    void pump();
    void start(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call);
    void retryLater(const std::shared_ptr<Call> &call, std::chrono::milliseconds delay);
    static bool mayHaveBeenActedOn(const RetryPolicy::Failure &failure);
    void complete(const std::shared_ptr<Call> &call, Result<AppleHttpReply> result, const QString &outcome,
                  int httpStatus, int appleError, qint64 bytes);
    qint64 nowMs() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_network;
    QByteArray m_authorization;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(60)};
    std::chrono::milliseconds m_deadline{std::chrono::minutes(5)};
    QString m_pinnedOrigin;
    qint64 m_maxBodyBytes = 64 * 1024 * 1024;
    AppleTrace *m_trace = nullptr;
    std::deque<std::shared_ptr<Call>> m_queue;
    QList<std::shared_ptr<Call>> m_waiting; // retries sleeping on their timer, and calls in flight
    int m_active = 0;
    qint64 m_sent = 0;
    QElapsedTimer m_clock;
    QTimer m_pumpTimer;
};
