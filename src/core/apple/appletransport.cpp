#include "core/apple/appletransport.h"

#include "core/apple/appleparser.h"
#include "core/apple/appletrace.h"
#include "core/apple/proxyfactory.h"
#include "core/common/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

VppError networkError(QNetworkReply *reply)
{
    return VppError::make(
        VppError::Kind::Network, QStringLiteral("network.failed"),
        QCoreApplication::translate("AppleTransport", "Apple's service could not be reached: %1.")
            .arg(reply->errorString()),
        QCoreApplication::translate("AppleTransport", "Check the network connection and try again."),
        QStringLiteral("QNetworkReply error %1").arg(int(reply->error())));
}

// The proxy refused, could not be found, timed out or wants credentials: say which proxy, since
// the admin's fix is there (or in the proxy settings), not at Apple.
std::optional<VppError> proxyError(QNetworkReply *reply, QNetworkAccessManager *network)
{
    QNetworkReply::NetworkError code = reply->error();
    const bool proxyCode =
        code >= QNetworkReply::ProxyConnectionRefusedError && code <= QNetworkReply::UnknownProxyError;
    if (!proxyCode && code != QNetworkReply::ConnectionRefusedError &&
        code != QNetworkReply::HostNotFoundError)
        return std::nullopt;
    QString proxy = ProxyFactory::proxyNameFor(network, reply->url());
    if (!proxyCode) {
        // Through an http proxy, plain http connects only to the proxy: Qt reports its refusal as
        // the connection's own.
        if (proxy.isEmpty())
            return std::nullopt;
        code = code == QNetworkReply::ConnectionRefusedError ? QNetworkReply::ProxyConnectionRefusedError
                                                             : QNetworkReply::ProxyNotFoundError;
    }
    if (proxy.isEmpty())
        proxy = QCoreApplication::translate("AppleTransport", "the proxy");
    const QString settings = QCoreApplication::translate(
        "AppleTransport",
        "Check the proxy settings (Preferences > Network, or --proxy) and the proxy itself.");
    QString message;
    QString codeText = QStringLiteral("network.proxy");
    QString advice = settings;
    switch (code) {
    case QNetworkReply::ProxyConnectionRefusedError:
        message =
            QCoreApplication::translate("AppleTransport", "The proxy %1 refused the connection.").arg(proxy);
        codeText = QStringLiteral("network.proxyRefused");
        break;
    case QNetworkReply::ProxyNotFoundError:
        message =
            QCoreApplication::translate("AppleTransport", "The proxy %1 could not be found.").arg(proxy);
        codeText = QStringLiteral("network.proxyNotFound");
        break;
    case QNetworkReply::ProxyTimeoutError:
        message =
            QCoreApplication::translate("AppleTransport", "The proxy %1 did not answer in time.").arg(proxy);
        codeText = QStringLiteral("network.proxyTimeout");
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        message = QCoreApplication::translate(
                      "AppleTransport", "The proxy %1 asks for a user name and password, and did not accept "
                                        "the ones given (or none were given).")
                      .arg(proxy);
        advice = QCoreApplication::translate(
            "AppleTransport", "Set the proxy user in Preferences > Network (or in --proxy) and its "
                              "password there; the password is kept in the system keychain.");
        codeText = QStringLiteral("network.proxyAuthentication");
        break;
    default:
        message = QCoreApplication::translate("AppleTransport", "The proxy %1 failed: %2.")
                      .arg(proxy, reply->errorString());
        break;
    }
    return VppError::make(
        VppError::Kind::Network, codeText, message, advice,
        QStringLiteral("QNetworkReply error %1 via %2").arg(int(reply->error())).arg(proxy));
}

VppError oversizeError(qint64 limit)
{
    return VppError::make(
        VppError::Kind::Parse, QStringLiteral("reply.tooLarge"),
        QCoreApplication::translate("AppleTransport", "Apple's service sent a reply larger than %1 MB.")
            .arg(limit / (1024 * 1024)),
        QCoreApplication::translate("AppleTransport", "Try again later."));
}

VppError deadlineError(std::chrono::milliseconds deadline)
{
    return VppError::make(
        VppError::Kind::Network, QStringLiteral("network.deadline"),
        QCoreApplication::translate("AppleTransport",
                                    "Apple's service did not finish answering within %n second(s).", nullptr,
                                    int((deadline.count() + 999) / 1000)),
        QCoreApplication::translate("AppleTransport", "Check the network connection and try again."),
        QStringLiteral("deadline %1 ms").arg(deadline.count()));
}

// Failures that happen before a byte of the request left this computer: safe to retry a POST.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError: // the proxy did not forward it
        return true;
    default:
        return false;
    }
}

} // namespace

QString AppleTransport::originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
    return scheme + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(port);
}

VppError AppleTransport::outcomeUnknownError(const QUrl &url, const VppError &cause)
{
    VppError error = VppError::make(
        VppError::Kind::Network, VppError::Code::AppleOutcomeUnknown,
        QCoreApplication::translate("AppleTransport",
                                    "The request reached Apple's service, but its answer was lost (%1); "
                                    "Apple may or may not have carried it out.")
            .arg(cause.message),
        QCoreApplication::translate("AppleTransport",
                                    "Check the result in the inventory (sync the location) before sending "
                                    "it again: sending it twice could assign or create twice."),
        QStringLiteral("POST %1: %2").arg(url.path(), cause.toLogString()));
    error.httpStatus = cause.httpStatus;
    error.appleErrorNumber = cause.appleErrorNumber;
    return error;
}

AppleTransport::AppleTransport(QNetworkAccessManager *network, const QString &bearer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_authorization("Bearer " + bearer.trimmed().toUtf8())
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and break the budget
    connect(&m_pumpTimer, &QTimer::timeout, this, &AppleTransport::pump);
}

AppleTransport::~AppleTransport()
{
    for (const auto &call : std::as_const(m_waiting))
        if (call->reply)
            call->reply->abort();
}

bool AppleTransport::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void AppleTransport::send(const AppleHttpRequest &request, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = std::move(done);
    if (!isAllowedUrl(request.url)) {
        complete(
            call,
            VppError::make(VppError::Kind::Usage, QStringLiteral("url.insecure"),
                           QCoreApplication::translate("AppleTransport",
                                                       "Refusing to send the token to %1: only HTTPS, or "
                                                       "plain HTTP to this computer, is allowed.")
                               .arg(request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))),
            QStringLiteral("error"), 0, 0, 0);
        return;
    }
    if (request.authenticated && originOf(request.url) != m_pinnedOrigin) {
        // The bearer is pinned: a URL from a service/config answer or a tampered record that
        // points elsewhere never sees it.
        complete(
            call,
            VppError::make(
                VppError::Kind::Usage, QStringLiteral("url.otherOrigin"),
                QCoreApplication::translate(
                    "AppleTransport", "Refusing to send the token to %1: it belongs to the service at %2.")
                    .arg(originOf(request.url), m_pinnedOrigin.isEmpty()
                                                    ? QCoreApplication::translate("AppleTransport", "(none)")
                                                    : m_pinnedOrigin),
                QCoreApplication::translate("AppleTransport", "Check the token's service address."),
                QStringLiteral("url %1").arg(
                    request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))),
            QStringLiteral("error"), 0, 0, 0);
        return;
    }
    m_queue.push_back(call);
    pump();
}

void AppleTransport::cancelAll()
{
    const VppError cancelled =
        VppError::make(VppError::Kind::Cancelled, QStringLiteral("cancelled"),
                       QCoreApplication::translate("AppleTransport", "The operation was cancelled."));
    auto queued = std::move(m_queue);
    m_queue.clear();
    const auto waiting = m_waiting;
    for (const auto &call : queued)
        complete(call, cancelled, QStringLiteral("cancelled"), 0, 0, 0);
    for (const auto &call : waiting) {
        call->cancelled = true;
        if (call->reply)
            call->reply->abort(); // finished() completes it as cancelled
        else
            complete(call, cancelled, QStringLiteral("cancelled"), 0, 0, 0);
    }
}

// Starts every queued call the budget allows now, and sets a timer for the rest.
void AppleTransport::pump()
{
    while (!m_queue.empty()) {
        const qint64 now = nowMs();
        const auto delay = m_limiter.delayBeforeNextRequest(now);
        if (delay.count() > 0) {
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delay.count())
                m_pumpTimer.start(int(qMin<qint64>(delay.count(), std::numeric_limits<int>::max())));
            return;
        }
        // The first call that may go: page requests wait for one of the page slots.
        auto it = std::find_if(m_queue.begin(), m_queue.end(), [this](const std::shared_ptr<Call> &call) {
            return !call->request.isPage || m_limiter.inFlight() < m_limiter.maxConcurrent();
        });
        if (it == m_queue.end())
            return; // a finishing page request pumps again
        if (!m_limiter.tryAcquire(now))
            continue;
        auto call = *it;
        m_queue.erase(it);
        if (call->request.isPage)
            m_limiter.tryAcquireSlot();
        start(call);
    }
}

void AppleTransport::start(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    call->pastDeadline = false;
    call->oversize = false;
    ++m_active;
    ++m_sent;
    call->startedMs = nowMs();
    QNetworkRequest request(call->request.url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VPPDesk/" VPPDESK_VERSION));
    if (call->request.authenticated)
        request.setRawHeader("Authorization", m_authorization);
    if (call->request.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        call->reply = m_network->post(request, call->request.body);
    } else {
        call->reply = m_network->get(request);
    }
    m_waiting.append(call);
    QNetworkReply *reply = call->reply;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, call, reply](qint64 received, qint64 total) {
                if (received > m_maxBodyBytes || total > m_maxBodyBytes) {
                    call->oversize = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, call] { finished(call); });
    // The transfer timeout restarts with every byte: a server that trickles one byte a second
    // would hold the request forever. The deadline ends the attempt whatever arrives.
    QTimer::singleShot(m_deadline, reply, [call, reply] {
        if (call->reply != reply || reply->isFinished())
            return;
        call->pastDeadline = true;
        reply->abort(); // finished() reports the deadline
    });
}

void AppleTransport::finished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *reply = call->reply;
    call->reply = nullptr; // a retry sleeping on its timer has no reply to abort
    reply->deleteLater();
    --m_active;
    if (call->request.isPage)
        m_limiter.releaseSlot();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 received = reply->bytesAvailable();
    if (call->cancelled) {
        complete(
            call,
            VppError::make(VppError::Kind::Cancelled, QStringLiteral("cancelled"),
                           QCoreApplication::translate("AppleTransport", "The operation was cancelled.")),
            QStringLiteral("cancelled"), status, 0, 0);
        pump();
        return;
    }
    if (call->oversize || received > m_maxBodyBytes) {
        complete(call, oversizeError(m_maxBodyBytes), QStringLiteral("error"), status, 0, received);
        pump();
        return;
    }
    const QByteArray body = reply->readAll();

    const bool isPost = call->request.method == "POST" && !call->request.idempotent;
    if (call->pastDeadline) {
        RetryPolicy::Failure late;
        late.networkError = QNetworkReply::TimeoutError;
        const VppError error = deadlineError(m_deadline);
        if (isPost) {
            complete(call, outcomeUnknownError(call->request.url, error), QStringLiteral("unknown"), status,
                     0, received);
            pump();
            return;
        }
        const RetryPolicy::Decision decision =
            m_retry.decide(late, call->attempt, QDateTime::currentDateTimeUtc());
        if (decision.retry) {
            qCInfo(lcClient).noquote() << "retrying" << call->request.url.path() << "in"
                                       << decision.delay.count() << "ms: past the deadline";
            retryLater(call, decision.delay);
        } else {
            complete(call, error, QStringLiteral("error"), status, 0, received);
        }
        pump();
        return;
    }

    RetryPolicy::Failure failure;
    // A transport failure (codes below 100: refused, closed mid-body, timeout) is a network error
    // even when the status line had arrived.
    const bool transportFailure = reply->error() > QNetworkReply::NoError && reply->error() < 100;
    failure.httpStatus = transportFailure ? 0 : status;
    failure.networkError = reply->error();
    failure.retryAfter = reply->rawHeader("Retry-After");
    std::optional<VppError> error = proxyError(reply, m_network);
    if (error)
        failure.httpStatus = 0; // a 407 is the proxy's, not Apple's
    // An Apple error body can come with any status, 200 included; big pages never are errors.
    if (!error && (status >= 300 || (status > 0 && body.size() < 65536 && body.contains("errorNumber")))) {
        const Result<void> check = AppleParser::checkReply(body, status);
        if (!check) {
            error = check.error();
            failure.appleErrorNumber = check.error().appleErrorNumber;
        }
    }
    if (!error && status == 0 && reply->error() != QNetworkReply::NoError)
        error = networkError(reply);
    else if (!error && reply->error() != QNetworkReply::NoError && status < 300)
        error = networkError(reply); // e.g. the connection dropped in the middle of the body

    if (!error) {
        complete(call, AppleHttpReply{status, body}, QStringLiteral("ok"), status, 0, body.size());
        pump();
        return;
    }
    const RetryPolicy::Decision decision =
        m_retry.decide(failure, call->attempt, QDateTime::currentDateTimeUtc());
    if (isPost && mayHaveBeenActedOn(failure)) {
        // Sending it again could assign, revoke or create a second time.
        complete(call, outcomeUnknownError(call->request.url, *error), QStringLiteral("unknown"), status,
                 failure.appleErrorNumber, body.size());
        pump();
        return;
    }
    if (decision.retry) {
        qCInfo(lcClient).noquote() << "retrying" << call->request.url.path() << "in" << decision.delay.count()
                                   << "ms:" << RetryPolicy::reasonName(decision.reason);
        if (m_trace)
            m_trace->record({QDateTime::currentDateTimeUtc(), QString::fromLatin1(call->request.method),
                             call->request.url.toDisplayString(QUrl::RemoveUserInfo), status,
                             failure.appleErrorNumber, call->attempt, nowMs() - call->startedMs, body.size(),
                             QStringLiteral("retry")});
        if (decision.pauseToken)
            m_limiter.pause(nowMs() + decision.delay.count());
        retryLater(call, decision.delay);
        pump();
        return;
    }
    complete(call, *error, QStringLiteral("error"), status, failure.appleErrorNumber, body.size());
    pump();
}

// A failed POST may have been carried out unless the server said plainly that it was not (rate
// limited, license not found, a validation or token error) or the request never left this
// computer. A server error (5xx) or a connection lost after sending leaves the outcome unknown.
bool AppleTransport::mayHaveBeenActedOn(const RetryPolicy::Failure &failure)
{
    if (failure.httpStatus == 0 && failure.networkError != QNetworkReply::NoError)
        return !failedBeforeSending(failure.networkError) &&
               failure.networkError != QNetworkReply::SslHandshakeFailedError &&
               failure.networkError != QNetworkReply::ProtocolUnknownError;
    return RetryPolicy::classify(failure) == RetryPolicy::Reason::ServerError;
}

void AppleTransport::retryLater(const std::shared_ptr<Call> &call, std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this, call] {
        m_waiting.removeOne(call);
        if (call->cancelled)
            return;
        m_queue.push_front(call);
        pump();
    });
}

void AppleTransport::complete(const std::shared_ptr<Call> &call, Result<AppleHttpReply> result,
                              const QString &outcome, int httpStatus, int appleError, qint64 bytes)
{
    m_waiting.removeOne(call);
    if (m_trace && call->attempt > 0)
        m_trace->record({QDateTime::currentDateTimeUtc(), QString::fromLatin1(call->request.method),
                         call->request.url.toDisplayString(QUrl::RemoveUserInfo), httpStatus, appleError,
                         call->attempt, nowMs() - call->startedMs, bytes, outcome});
    if (!result)
        qCInfo(lcClient).noquote() << call->request.method << call->request.url.path()
                                   << "failed:" << result.error().toLogString();
    auto done = std::move(call->done);
    call->done = nullptr;
    if (done)
        done(std::move(result));
}
