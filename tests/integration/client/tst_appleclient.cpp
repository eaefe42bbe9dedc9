// The Apple client against vppsim over real loopback HTTP: typed calls, paging, limits from
// service/config, retries (429, 503, 500, truncated and dropped replies), token-fatal errors
// that are never retried, the URL rules and the redacted trace.
#include "core/apple/appleclient.h"
#include "core/apple/appletrace.h"

#include "demoorganization.h"
#include "vppsim.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

class TestAppleClient : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    Result<T> wait(std::function<void(AppleClient::Callback<T>)> call, int timeoutMs = 20000)
    {
        std::optional<Result<T>> result;
        call([&](Result<T> r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs); }();
        if (!result)
            return VppError::make(VppError::Kind::Internal, QStringLiteral("test.timeout"),
                                  QStringLiteral("timeout"));
        return *result;
    }

    std::unique_ptr<AppleClient> makeClient(int location = 0)
    {
        auto client =
            std::make_unique<AppleClient>(&m_network, QUrl(m_sim->v2Url()), m_sim->tokenFor(location));
        RetryPolicy::Settings fast;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(2000);
        fast.licenseNotFoundDelay = std::chrono::milliseconds(20);
        client->transport().retryPolicy().setSettings(fast);
        client->transport().setTrace(&m_trace);
        return client;
    }

    // An assignable app of location 0 and a request for a new serial number.
    ManageAssetsRequest associateRequest()
    {
        QString adamId;
        for (const SimAsset &a : m_sim->state().location(0)->assets())
            if (a.productType == u"App" && a.availableCount() > 2 && a.deviceAssignable) {
                adamId = a.adamId;
                break;
            }
        return ManageAssetsRequest{{{adamId, QStringLiteral("STDQ")}}, {}, {QStringLiteral("C02ONCEONLY")}};
    }

    QNetworkAccessManager m_network;
    AppleTrace m_trace;
    std::unique_ptr<VppSim> m_sim;

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        m_sim->config().pageSize = 7;
        m_sim->config().eventTasksPerSecond = 100000;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_trace.clear();
        m_sim.reset();
        m_network.clearConnectionCache();
    }

    void serviceConfigSetsLimitsAndUrls()
    {
        auto client = makeClient();
        m_sim->config().maxRequestPerSecond = 23;
        const auto config = wait<ServiceConfig>([&](auto done) { client->serviceConfig(done); });
        QVERIFY2(config, qPrintable(config.error().toLogString()));
        QCOMPARE(config->maxRequestPerSecond(), 23);
        QCOMPARE(config->url(QStringLiteral("getAssets")).toString(),
                 m_sim->v2Url() + QStringLiteral("/assets"));
        QCOMPARE(client->transport().limiter().requestsPerSecond(), 23.0 * 0.95);
    }

    void clientConfigIsTyped()
    {
        auto client = makeClient();
        const auto config = wait<ClientConfig>([&](auto done) { client->clientConfig(done); });
        QVERIFY2(config, qPrintable(config.error().toLogString()));
        QCOMPARE(config->locationName, m_sim->state().location(0)->locationName());
        QCOMPARE(config->uId, m_sim->state().location(0)->uId());
        QVERIFY(config->tokenExpirationDate.isValid());
        QVERIFY(!config->mdmInfo.has_value());
    }

    void pagesWalkToTheLastPage()
    {
        auto client = makeClient();
        const qsizetype expected = m_sim->state().location(0)->liveAssignmentCount();
        QVERIFY(expected > 14);
        qsizetype seen = 0;
        int page = -1;
        for (int guard = 0; guard < 1000; ++guard) {
            const auto result =
                wait<ApplePage<Assignment>>([&](auto done) { client->assignmentsPage({}, page, done); });
            QVERIFY2(result, qPrintable(result.error().toLogString()));
            seen += result->items.size();
            if (result->isLastPage())
                break;
            page = *result->nextPageIndex;
        }
        QCOMPARE(seen, expected);
    }

    void rateLimitedStormIsRetried()
    {
        auto client = makeClient();
        m_sim->faults().arm({FaultKind::RateLimited, 3, 100, QStringLiteral("/assets"), 0, 0});
        const auto page = wait<ApplePage<Asset>>([&](auto done) { client->assetsPage({}, -1, done); });
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QVERIFY(!page->items.isEmpty());
        int retries = 0;
        for (const AppleTraceEntry &e : m_trace.entries())
            retries += e.outcome == u"retry" && e.appleErrorNumber == 9646 ? 1 : 0;
        QCOMPARE(retries, 3);
    }

    void serverErrorsWithRetryAfterAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("errorNumber");
        QTest::newRow("503") << int(FaultKind::Unavailable) << 9729;
        QTest::newRow("500") << int(FaultKind::InternalError) << 9603;
    }

    void serverErrorsWithRetryAfterAreRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, errorNumber);
        auto client = makeClient();
        m_sim->faults().arm({FaultKind(kind), 2, 100, QStringLiteral("/client/config"), 1, 0});
        QElapsedTimer timer;
        timer.start();
        const auto config = wait<ClientConfig>([&](auto done) { client->clientConfig(done); });
        QVERIFY2(config, qPrintable(config.error().toLogString()));
        QVERIFY2(timer.elapsed() >= 1900, "Retry-After: 1 must be honoured twice");
        int seen = 0;
        for (const AppleTraceEntry &e : m_trace.entries())
            seen += e.appleErrorNumber == errorNumber ? 1 : 0;
        QCOMPARE(seen, 2);
    }

    void garbledRepliesAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("truncated") << int(FaultKind::TruncatedJson);
        QTest::newRow("invalid json") << int(FaultKind::InvalidJson);
        QTest::newRow("dropped") << int(FaultKind::DropConnection);
    }

    void garbledRepliesAreRetried()
    {
        QFETCH(int, kind);
        auto client = makeClient();
        m_sim->faults().arm({FaultKind(kind), 1, 100, QStringLiteral("/users"), 0, 0});
        const auto page = wait<ApplePage<VppUser>>([&](auto done) { client->usersPage({}, -1, done); });
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QVERIFY(!page->items.isEmpty());
    }

    void garbageEveryTimeIsAClearError()
    {
        auto client = makeClient();
        m_sim->faults().arm({FaultKind::TruncatedJson, 50, 100, QStringLiteral("/users"), 0, 0});
        const auto page = wait<ApplePage<VppUser>>([&](auto done) { client->usersPage({}, -1, done); });
        QVERIFY(!page);
        QCOMPARE(page.error().kind, VppError::Kind::Parse);
        QVERIFY(!page.error().message.isEmpty());
    }

    void tokenFatalErrorsAreNeverRetried_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("errorNumber");
        QTest::newRow("revoked") << QStringLiteral("revoke") << 9625;
        QTest::newRow("expired") << QStringLiteral("expire") << 9621;
        QTest::newRow("login required") << QStringLiteral("login") << 9601;
    }

    void tokenFatalErrorsAreNeverRetried()
    {
        QFETCH(QString, action);
        QFETCH(int, errorNumber);
        auto client = makeClient();
        for (SimToken *t : m_sim->state().tokensOfLocation(0)) {
            if (action == u"revoke")
                t->revoked = true;
            else if (action == u"expire")
                t->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
            else
                t->loginRequired = true;
        }
        const qint64 before = m_sim->requestCount();
        const auto config = wait<ClientConfig>([&](auto done) { client->clientConfig(done); });
        QVERIFY(!config);
        QCOMPARE(config.error().kind, VppError::Kind::Apple);
        QCOMPARE(config.error().appleErrorNumber, errorNumber);
        QCOMPARE(m_sim->requestCount() - before, 2); // service/config, then one client/config
    }

    void invalidTokenInsideHttp200()
    {
        AppleClient client(&m_network, QUrl(m_sim->v2Url()), QStringLiteral("bm90IGEgdG9rZW4="));
        const auto config = wait<ClientConfig>([&](auto done) { client.clientConfig(done); });
        QVERIFY(!config);
        QCOMPARE(config.error().appleErrorNumber, 9622);
        QCOMPARE(config.error().httpStatus, 200);
    }

    void staysUnderTheServiceRateLimit()
    {
        m_sim->config().maxRequestPerSecond = 10;
        auto client = makeClient();
        int done = 0;
        int failures = 0;
        for (int i = 0; i < 25; ++i)
            client->clientConfig([&](Result<ClientConfig> r) {
                ++done;
                failures += r ? 0 : 1;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 25, 20000);
        QCOMPARE(failures, 0);
        for (const AppleTraceEntry &e : m_trace.entries())
            QVERIFY2(e.httpStatus != 429, "the client must pace itself below maxRequestPerSecond");
    }

    void plainHttpOnlyToLoopback()
    {
        AppleClient client(&m_network, QUrl(QStringLiteral("http://vpp.example.com/mdm/v2")),
                           QStringLiteral("x"));
        const auto config = wait<ServiceConfig>([&](auto done) { client.serviceConfig(done); });
        QVERIFY(!config);
        QCOMPARE(config.error().code, QStringLiteral("url.insecure"));
    }

    void writeThenPollStatus()
    {
        auto client = makeClient();
        SimLocation *location = m_sim->state().location(0);
        QString adamId;
        for (const SimAsset &a : location->assets())
            if (a.productType == u"App" && a.availableCount() > 2 && a.deviceAssignable) {
                adamId = a.adamId;
                break;
            }
        QVERIFY(!adamId.isEmpty());
        ManageAssetsRequest request{
            {{adamId, QStringLiteral("STDQ")}}, {}, {QStringLiteral("C02TESTSERIAL")}};
        const auto event = wait<EventResponse>([&](auto done) { client->associate(request, done); });
        QVERIFY2(event, qPrintable(event.error().toLogString()));
        QVERIFY(!event->eventId.isEmpty());
        Result<EventStatus> status = VppError();
        QTRY_VERIFY_WITH_TIMEOUT(
            (status = wait<EventStatus>([&](auto done) { client->eventStatus(event->eventId, done); })) &&
                status->isFinished(),
            10000);
        QCOMPARE(status->eventStatus, QStringLiteral("COMPLETE"));
        QCOMPARE(status->numCompleted, 1);
    }

    void traceNeverHoldsTheToken()
    {
        auto client = makeClient();
        QVERIFY(wait<ClientConfig>([&](auto done) { client->clientConfig(done); }));
        m_sim->faults().arm({FaultKind::RateLimited, 1, 100, {}, 0, 0});
        QVERIFY(
            wait<ApplePage<Asset>>([&](auto done) { client->assetsPage({}, -1, done); })); // after a retry
        QVERIFY(m_trace.entries().size() >= 3);
        const QString token = m_sim->tokenFor(0);
        for (const AppleTraceEntry &e : m_trace.entries()) {
            QVERIFY(!e.toJsonLine().contains(token));
            QVERIFY(!e.toJsonLine().contains(m_sim->state().tokens().first().secret));
        }
    }

    // A POST whose body may have reached Apple is sent once: the answer was lost, so the outcome
    // is unknown, and a second POST could assign twice.
    void postMayHaveArrivedIsSentOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dropped") << int(FaultKind::DropConnection);
        QTest::newRow("truncated") << int(FaultKind::TruncatedJson);
        QTest::newRow("html in 200") << int(FaultKind::InvalidJson);
        QTest::newRow("500") << int(FaultKind::InternalError);
        QTest::newRow("503") << int(FaultKind::Unavailable);
    }

    void postMayHaveArrivedIsSentOnce()
    {
        QFETCH(int, kind);
        auto client = makeClient();
        QVERIFY(wait<ServiceConfig>([&](auto done) { client->serviceConfig(done); }));
        m_sim->faults().arm({FaultKind(kind), 5, 100, QStringLiteral("/assets/associate"), 0, 0});
        const qint64 before = m_sim->requestCount();
        const auto event =
            wait<EventResponse>([&](auto done) { client->associate(associateRequest(), done); });
        QVERIFY(!event);
        QCOMPARE(event.error().code, QStringLiteral("apple.outcomeUnknown"));
        QVERIFY(!event.error().advice.isEmpty());
        QTest::qWait(300); // a retry would be on its way by now
        QCOMPARE(m_sim->requestCount() - before, 1);
    }

    void postPastItsDeadlineIsSentOnce()
    {
        auto client = makeClient();
        QVERIFY(wait<ServiceConfig>([&](auto done) { client->serviceConfig(done); }));
        client->transport().setDeadline(std::chrono::milliseconds(300));
        m_sim->faults().setLatencyMs(1500);
        const qint64 before = m_sim->requestCount();
        const auto event =
            wait<EventResponse>([&](auto done) { client->associate(associateRequest(), done); });
        QVERIFY(!event);
        QCOMPARE(event.error().code, QStringLiteral("apple.outcomeUnknown"));
        m_sim->faults().setLatencyMs(0);
        QTest::qWait(300);
        QCOMPARE(m_sim->requestCount() - before, 1);
    }

    // Rate limiting is a plain refusal: Apple did nothing, so the POST goes again.
    void rateLimitedPostIsRetried()
    {
        auto client = makeClient();
        QVERIFY(wait<ServiceConfig>([&](auto done) { client->serviceConfig(done); }));
        m_sim->faults().arm({FaultKind::RateLimited, 1, 100, QStringLiteral("/assets/associate"), 0, 0});
        const qint64 before = m_sim->requestCount();
        const auto event =
            wait<EventResponse>([&](auto done) { client->associate(associateRequest(), done); });
        QVERIFY2(event, qPrintable(event.error().toLogString()));
        QCOMPARE(m_sim->requestCount() - before, 2);
    }

    // A server that sends a byte now and then never trips the inactivity timeout; the deadline ends it.
    void tricklingReplyEndsAtTheDeadline()
    {
        QTcpServer trickler;
        QVERIFY(trickler.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        QTimer drip;
        connect(&trickler, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = trickler.nextPendingConnection()) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              "1000000\r\n\r\n{");
                sockets.append(socket);
            }
        });
        connect(&drip, &QTimer::timeout, this, [&] {
            for (QTcpSocket *socket : std::as_const(sockets))
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(" ");
        });
        drip.start(50);
        AppleClient client(&m_network,
                           QUrl(QStringLiteral("http://127.0.0.1:%1/mdm/v2").arg(trickler.serverPort())),
                           QStringLiteral("x"));
        RetryPolicy::Settings once;
        once.maxAttempts = 1;
        client.transport().retryPolicy().setSettings(once);
        client.transport().setTimeout(std::chrono::milliseconds(1000));
        client.transport().setDeadline(std::chrono::milliseconds(800));
        QElapsedTimer timer;
        timer.start();
        const auto config = wait<ServiceConfig>([&](auto done) { client.serviceConfig(done); }, 10000);
        QVERIFY(!config);
        QCOMPARE(config.error().code, QStringLiteral("network.deadline"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // The token goes to the service's origin only: service/config naming another host for an
    // endpoint gets no request with the token.
    void endpointOnAnotherOriginIsRefused()
    {
        auto client = makeClient();
        m_sim->config().baseUrl = QStringLiteral("http://localhost:%1").arg(m_sim->port());
        const qint64 before = m_sim->requestCount();
        const auto config = wait<ClientConfig>([&](auto done) { client->clientConfig(done); });
        QVERIFY(!config);
        QCOMPARE(config.error().code, QStringLiteral("url.otherOrigin"));
        QCOMPARE(m_sim->requestCount() - before, 1); // service/config only
        QCOMPARE(AppleTransport::originOf(QUrl(QStringLiteral("https://VPP.itunes.apple.com/mdm/v2"))),
                 QStringLiteral("https://vpp.itunes.apple.com:443"));
        QVERIFY(AppleTransport::originOf(QUrl(QStringLiteral("https://vpp.itunes.apple.com:8443/x"))) !=
                AppleTransport::originOf(QUrl(QStringLiteral("https://vpp.itunes.apple.com/x"))));
    }

    void cancelFinishesEveryCall()
    {
        auto client = makeClient();
        m_sim->faults().setLatencyMs(2000);
        int cancelled = 0;
        for (int i = 0; i < 4; ++i)
            client->usersPage({}, -1, [&](Result<ApplePage<VppUser>> r) {
                cancelled += !r && r.error().kind == VppError::Kind::Cancelled ? 1 : 0;
            });
        QTest::qWait(100);
        client->cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled, 4, 5000);
    }
};

QTEST_GUILESS_MAIN(TestAppleClient)
#include "tst_appleclient.moc"
