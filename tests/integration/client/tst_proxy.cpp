// The client behind a proxy: a forwarding proxy on loopback (TestProxy) in front of vppsim over
// http. Every request of a sync run (on a SyncPool thread, through Workspace's client factory)
// passes through it and the run completes; a proxy that is down, or that wants credentials it does
// not get, fails the run with an error that names it; no_proxy sends requests around it; the
// password of an explicit proxy comes from the keychain. Plus no_proxy's matching rules.
#include "core/apple/appleclient.h"
#include "core/apple/proxyfactory.h"
#include "core/store/tokenstore.h"
#include "core/sync/syncpool.h"
#include "core/workspace/workspace.h"

#include "demoorganization.h"
#include "testproxy.h"
#include "vppsim.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <optional>

class TestProxyRouting : public QObject
{
    Q_OBJECT

private:
    // One sync run of location 0 through the workspace's factory on a pool thread.
    SyncReport syncOnce()
    {
        TokenRecord record;
        record.name = QStringLiteral("proxied-%1").arg(++m_runs);
        record.serviceUrl = m_sim->v2Url();
        const Result<TokenRecord> inserted = m_workspace->tokens().insert(record);
        if (!inserted)
            qFatal("%s", qPrintable(inserted.error().toLogString()));
        const PinnedToken token(m_sim->tokenFor(0), Workspace::originOf(QUrl(m_sim->v2Url())));
        SyncPool pool(m_workspace->database().path(), 1);
        QSignalSpy finished(&pool, &SyncPool::finished);
        pool.run(inserted.value(), m_workspace->clientFactory(inserted.value(), token), {});
        if (!finished.wait(60000) && finished.isEmpty())
            qFatal("the sync run did not finish");
        return finished.constFirst().constFirst().value<SyncReport>();
    }

    ProxyConfig manualProxy(const QString &url)
    {
        const Result<ProxyConfig> config = ProxyConfig::manual(url);
        if (!config)
            qFatal("%s", qPrintable(config.error().toLogString()));
        return config.value();
    }

    std::unique_ptr<VppSim> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TestProxy> m_proxy;
    int m_runs = 0;

private Q_SLOTS:
    void init()
    {
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        qunsetenv("all_proxy");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        m_sim = std::make_unique<VppSim>();
        DemoOrganization::build(m_sim->state(), QDateTime::currentDateTimeUtc());
        m_sim->config().maxRequestPerSecond = 500;
        QString error;
        QVERIFY2(m_sim->listen(0, &error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>(QStringLiteral("VPP Desk proxy test"));
        m_workspace->vault().setMemoryOnly(true);
        const Result<void> opened = m_workspace->open(m_dir->filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toLogString()));
        m_workspace->setClientSetup([](AppleClient &client) {
            RetryPolicy::Settings fast;
            fast.baseDelay = std::chrono::milliseconds(10);
            fast.maxDelay = std::chrono::milliseconds(50);
            fast.maxAttempts = 2;
            client.transport().retryPolicy().setSettings(fast);
        });
        m_proxy = std::make_unique<TestProxy>();
        QVERIFY(m_proxy->listen());
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone(); // a run's checkpoint, before its folder goes
        m_proxy.reset();
        m_workspace.reset();
        m_dir.reset();
        m_sim.reset();
        qunsetenv("http_proxy");
        qunsetenv("no_proxy");
    }

    void everyRequestOfASyncPassesThroughTheProxy()
    {
        m_workspace->setProxy(manualProxy(m_proxy->url()));
        const SyncReport report = syncOnce();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.toLogString()));
        QVERIFY(report.assets > 0);
        QVERIFY(m_proxy->forwarded() > 3);
        QCOMPARE(qint64(m_proxy->forwarded()), m_sim->requestCount());
        const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(m_sim->port()) + '/';
        for (const QByteArray &line : m_proxy->requestLines())
            QVERIFY2(line.split(' ').value(1).startsWith(origin), line.constData());
        // The Bearer goes to the service in its Authorization header only, never elsewhere.
        QVERIFY(!m_proxy->sawOutsideAuthorization(m_sim->tokenFor(0).toUtf8().left(24)));
    }

    void httpsGoesThroughATunnelTheProxyCannotRead()
    {
        // vppsim speaks plain http, so the TLS handshake inside the tunnel fails: what matters is
        // what the proxy saw of the request, a CONNECT and nothing of the bearer.
        m_workspace->setProxy(manualProxy(m_proxy->url()));
        const QString secret = m_sim->tokenFor(0);
        const QUrl service(QStringLiteral("https://127.0.0.1:%1/mdm/v2").arg(m_sim->port()));
        std::unique_ptr<AppleClient> client = m_workspace->makeClient(service, secret);
        AppleHttpRequest request;
        request.url = QUrl(service.toString() + QStringLiteral("/assets"));
        std::optional<Result<AppleHttpReply>> reply;
        client->transport().send(request,
                                 [&reply](Result<AppleHttpReply> r) { reply.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 20000);
        QVERIFY(!reply->isOk());
        QVERIFY(m_proxy->tunnels() >= 1);
        for (const QByteArray &line : m_proxy->requestLines())
            QVERIFY2(line.startsWith("CONNECT 127.0.0.1:"), line.constData());
        for (const QByteArray &head : m_proxy->heads()) {
            QVERIFY(!head.contains("Bearer"));
            QVERIFY(!head.contains(secret.toUtf8().left(24)));
        }
    }

    void aProxyThatIsDownIsNamed()
    {
        const QString url = m_proxy->url();
        const QString name = QStringLiteral("127.0.0.1:%1").arg(m_proxy->port());
        m_proxy->close();
        m_workspace->setProxy(manualProxy(url));
        const SyncReport report = syncOnce();
        QVERIFY(report.error.isError());
        QCOMPARE(report.error.code, QStringLiteral("network.proxyRefused"));
        QVERIFY2(report.error.message.contains(name), qPrintable(report.error.message));
        QCOMPARE(m_sim->requestCount(), 0);
    }

    void missingOrWrongProxyCredentialsAreAClearError_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("none") << QString();
        QTest::newRow("wrong") << QStringLiteral("guess");
    }

    void missingOrWrongProxyCredentialsAreAClearError()
    {
        QFETCH(QString, password);
        m_proxy->requireCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        ProxyConfig proxy = manualProxy(m_proxy->url());
        proxy.setPassword(password);
        m_workspace->setProxy(proxy);
        const SyncReport report = syncOnce();
        QCOMPARE(report.error.code, QStringLiteral("network.proxyAuthentication"));
        QVERIFY(report.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_proxy->port())));
        QVERIFY(!report.error.message.contains(QStringLiteral("guess")));
        QVERIFY(!report.error.toLogString().contains(QStringLiteral("guess")));
        QVERIFY(m_proxy->refused() > 0);
        QCOMPARE(m_sim->requestCount(), 0);
    }

    void theProxyPasswordComesFromTheKeychain()
    {
        m_proxy->requireCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        const ProxyConfig proxy =
            manualProxy(QStringLiteral("http://alice@127.0.0.1:%1").arg(m_proxy->port()));
        const Result<ProxyConfig> missing = m_workspace->withProxyPassword(proxy);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("proxy.noPassword"));
        QVERIFY(missing.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_proxy->port())));
        QVERIFY(m_workspace->vault().writeBlocking(proxy.keychainKey(), QStringLiteral("s3cret")));
        const Result<ProxyConfig> withPassword = m_workspace->withProxyPassword(proxy);
        QVERIFY(withPassword);
        m_workspace->setProxy(withPassword.value());
        const SyncReport report = syncOnce();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.toLogString()));
        QCOMPARE(qint64(m_proxy->forwarded()), m_sim->requestCount());
        QVERIFY(m_proxy->refused() >= 1); // the first request met the challenge
        QVERIFY(!proxy.toSetting().contains(QStringLiteral("s3cret")));
    }

    void theSystemProxyFollowsHttpProxyAndNoProxy()
    {
        m_workspace->setProxy(ProxyConfig::system());
        qputenv("http_proxy", m_proxy->url().toUtf8());
        SyncReport report = syncOnce();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.toLogString()));
        const int through = m_proxy->forwarded();
        QVERIFY(through > 3);
        QCOMPARE(qint64(through), m_sim->requestCount());

        qputenv("no_proxy", "localhost, 127.0.0.0/8");
        report = syncOnce();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.toLogString()));
        QCOMPARE(m_proxy->forwarded(), through); // around the proxy
        QVERIFY(m_sim->requestCount() > through);

        qunsetenv("no_proxy");
        m_workspace->setProxy(ProxyConfig::none());
        report = syncOnce();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.toLogString()));
        QCOMPARE(m_proxy->forwarded(), through); // --no-proxy: straight to the service
    }

    void noProxyRules_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("bypass");
        QTest::newRow("empty") << "vpp.itunes.apple.com" << 443 << "" << false;
        QTest::newRow("star") << "vpp.itunes.apple.com" << 443 << "*" << true;
        QTest::newRow("domain") << "vpp.itunes.apple.com" << 443 << "apple.com" << true;
        QTest::newRow("dot domain") << "vpp.itunes.apple.com" << 443 << ".apple.com" << true;
        QTest::newRow("exact") << "apple.com" << 443 << ".apple.com" << true;
        QTest::newRow("not a suffix word") << "notapple.com" << 443 << "apple.com" << false;
        QTest::newRow("list with spaces") << "example.org" << 80 << "localhost, example.org" << true;
        QTest::newRow("port match") << "example.org" << 8443 << "example.org:8443" << true;
        QTest::newRow("port mismatch") << "example.org" << 443 << "example.org:8443" << false;
        QTest::newRow("ip") << "10.1.2.3" << 80 << "10.1.2.3" << true;
        QTest::newRow("cidr") << "10.1.2.3" << 80 << "10.0.0.0/8" << true;
        QTest::newRow("cidr miss") << "11.1.2.3" << 80 << "10.0.0.0/8" << false;
        QTest::newRow("ipv6") << "::1" << 80 << "::1" << true;
        QTest::newRow("ipv6 port") << "::1" << 80 << "[::1]:80" << true;
        QTest::newRow("case") << "VPP.Apple.COM" << 443 << "apple.com" << true;
        QTest::newRow("trailing dot") << "vpp.apple.com." << 443 << "apple.com" << true;
    }

    void noProxyRules()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, noProxy);
        QFETCH(bool, bypass);
        QCOMPARE(ProxyFactory::bypasses(host, port, noProxy), bypass);
    }

    void manualProxyAddresses()
    {
        QVERIFY(!ProxyConfig::manual(QStringLiteral("ftp://proxy:21")));
        QVERIFY(!ProxyConfig::manual(QStringLiteral("http://")));
        QVERIFY(!ProxyConfig::manual(QStringLiteral("http://proxy:3128/path")));
        const Result<ProxyConfig> bare = ProxyConfig::manual(QStringLiteral("proxy.example.com"));
        QVERIFY(bare);
        QCOMPARE(bare->displayName(), QStringLiteral("proxy.example.com:8080"));
        const Result<ProxyConfig> full = ProxyConfig::manual(QStringLiteral("http://bob:pw@proxy:3128"));
        QVERIFY(full);
        QVERIFY(full->hasPassword());
        QCOMPARE(full->toSetting(), QStringLiteral("http://bob@proxy:3128"));
        QCOMPARE(full->keychainKey(), QStringLiteral("proxy:bob@proxy:3128"));
        QCOMPARE(ProxyConfig::fromSetting(full->toSetting()).url(), full->url());
        QCOMPARE(ProxyConfig::fromSetting(QStringLiteral("none")).mode(), ProxyConfig::Mode::None);
        QCOMPARE(ProxyConfig::fromSetting(QString()).mode(), ProxyConfig::Mode::System);
    }
};

QTEST_GUILESS_MAIN(TestProxyRouting)
#include "tst_proxy.moc"
