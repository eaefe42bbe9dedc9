// Tests of RetryPolicy: what is retried, how long it waits, and Retry-After in both forms.
#include "core/apple/retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using Reason = RetryPolicy::Reason;
Q_DECLARE_METATYPE(RetryPolicy::Reason)

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(1999, 12, 31), QTime(23, 57, 59), QTimeZone::utc());
}

RetryPolicy::Failure failure(int http, int apple = 0,
                             QNetworkReply::NetworkError net = QNetworkReply::NoError,
                             const QByteArray &retryAfter = {})
{
    RetryPolicy::Failure f;
    f.httpStatus = http;
    f.appleErrorNumber = apple;
    f.networkError = net;
    f.retryAfter = retryAfter;
    return f;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void backoffGrowsAndIsCapped();
    void backoffIsDeterministicWithSeed();
    void backoffJitterRange();
    void retryAfter_data();
    void retryAfter();
    void retryAfterWinsAndIsCapped();
    void attemptsAreLimited();
    void licenseNotFoundRetriesOnce();
    void rateLimitPausesToken();
    void appleBaseDelay();
};

void TestRetryPolicy::classify_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("apple");
    QTest::addColumn<QNetworkReply::NetworkError>("net");
    QTest::addColumn<Reason>("reason");

    const auto none = QNetworkReply::NoError;
    QTest::newRow("429") << 429 << 0 << none << Reason::RateLimited;
    QTest::newRow("429 + 9646") << 429 << 9646 << none << Reason::RateLimited;
    QTest::newRow("9646 in HTTP 200") << 200 << 9646 << none << Reason::RateLimited;
    QTest::newRow("500") << 500 << 0 << none << Reason::ServerError;
    QTest::newRow("502 html") << 502 << 0 << none << Reason::ServerError;
    QTest::newRow("503 + 9729") << 503 << 9729 << none << Reason::ServerError;
    QTest::newRow("500 + 9603") << 500 << 9603 << none << Reason::ServerError;
    QTest::newRow("9644 async maintenance") << 200 << 9644 << none << Reason::ServerError;
    QTest::newRow("9610") << 400 << 9610 << none << Reason::LicenseNotFound;
    QTest::newRow("401 + 9621 expired") << 401 << 9621 << none << Reason::NotRetryable;
    QTest::newRow("200 + 9622 invalid") << 200 << 9622 << none << Reason::NotRetryable;
    QTest::newRow("9625 even with 503") << 503 << 9625 << none << Reason::NotRetryable;
    QTest::newRow("401 + 9722") << 401 << 9722 << none << Reason::NotRetryable;
    QTest::newRow("400 + 9700") << 400 << 9700 << none << Reason::NotRetryable;
    QTest::newRow("400 + 9602 on 500") << 500 << 9602 << none << Reason::NotRetryable;
    QTest::newRow("403 + 9637") << 403 << 9637 << none << Reason::NotRetryable;
    QTest::newRow("unknown number on 500") << 500 << 9999 << none << Reason::ServerError;
    QTest::newRow("unknown number on 400") << 400 << 9999 << none << Reason::NotRetryable;
    QTest::newRow("plain 404") << 404 << 0 << none << Reason::NotRetryable;
    QTest::newRow("timeout") << 0 << 0 << QNetworkReply::TimeoutError << Reason::NetworkError;
    QTest::newRow("refused") << 0 << 0 << QNetworkReply::ConnectionRefusedError << Reason::NetworkError;
    QTest::newRow("remote closed") << 0 << 0 << QNetworkReply::RemoteHostClosedError << Reason::NetworkError;
    QTest::newRow("dns") << 0 << 0 << QNetworkReply::HostNotFoundError << Reason::NetworkError;
    QTest::newRow("temporary") << 0 << 0 << QNetworkReply::TemporaryNetworkFailureError
                               << Reason::NetworkError;
    QTest::newRow("transfer timeout (Qt 6.4: OperationCanceledError)")
        << 0 << 0 << QNetworkReply::OperationCanceledError << Reason::NetworkError;
    QTest::newRow("tls") << 0 << 0 << QNetworkReply::SslHandshakeFailedError << Reason::NotRetryable;
    QTest::newRow("no error at all") << 0 << 0 << none << Reason::NotRetryable;
}

void TestRetryPolicy::classify()
{
    QFETCH(int, http);
    QFETCH(int, apple);
    QFETCH(QNetworkReply::NetworkError, net);
    QFETCH(Reason, reason);
    QCOMPARE(RetryPolicy::classify(failure(http, apple, net)), reason);

    RetryPolicy policy;
    const RetryPolicy::Decision decision = policy.decide(failure(http, apple, net), 1, fixedNow());
    QCOMPARE(decision.retry, reason != Reason::NotRetryable);
    QCOMPARE(decision.reason, reason);
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy::Settings settings;
    settings.jitter = 0; // exact steps
    settings.maxAttempts = 100;
    RetryPolicy policy(settings);
    QCOMPARE(policy.backoffDelay(1), 1000ms);
    QCOMPARE(policy.backoffDelay(2), 2000ms);
    QCOMPARE(policy.backoffDelay(3), 4000ms);
    QCOMPARE(policy.backoffDelay(6), 32000ms);
    QCOMPARE(policy.backoffDelay(9), 256000ms);
    QCOMPARE(policy.backoffDelay(10), 300000ms); // cap 5 min
    QCOMPARE(policy.backoffDelay(1000), 300000ms);
    QCOMPARE(policy.backoffDelay(0), 1000ms);
}

void TestRetryPolicy::backoffIsDeterministicWithSeed()
{
    QRandomGenerator first(42);
    QRandomGenerator second(42);
    RetryPolicy a;
    RetryPolicy b;
    a.setRandomGenerator(&first);
    b.setRandomGenerator(&second);
    for (int attempt = 1; attempt <= 8; ++attempt)
        QCOMPARE(a.backoffDelay(attempt), b.backoffDelay(attempt));
}

void TestRetryPolicy::backoffJitterRange()
{
    QRandomGenerator random(7);
    RetryPolicy policy; // jitter 0.5: delay in [step/2, step]
    policy.setRandomGenerator(&random);
    bool sawDifferent = false;
    std::chrono::milliseconds previous{-1};
    for (int i = 0; i < 200; ++i) {
        const auto delay = policy.backoffDelay(3); // step 4 s
        QVERIFY2(delay >= 2000ms && delay <= 4000ms, qPrintable(QString::number(delay.count())));
        sawDifferent = sawDifferent || (previous.count() >= 0 && delay != previous);
        previous = delay;
    }
    QVERIFY(sawDifferent);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: invalid

    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray("  5 ") << qint64(5000);
    QTest::newRow("imf-fixdate") << QByteArray("Fri, 31 Dec 1999 23:59:59 GMT") << qint64(120000);
    QTest::newRow("rfc850") << QByteArray("Friday, 31-Dec-99 23:59:59 GMT") << qint64(120000);
    QTest::newRow("asctime") << QByteArray("Fri Dec 31 23:59:59 1999") << qint64(120000);
    QTest::newRow("date in the past") << QByteArray("Thu, 30 Dec 1999 23:59:59 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Fri, 31 Foo 1999 23:59:59 GMT") << qint64(-1);
    QTest::newRow("bad day") << QByteArray("Fri, 32 Dec 1999 23:59:59 GMT") << qint64(-1);
    QTest::newRow("huge seconds") << QByteArray("99999999999999999999") << qint64(365LL * 24 * 3600 * 1000);
    // Found by tests/fuzz (fuzz_retry_after): leading zeros counted towards "too many digits".
    QTest::newRow("leading zeros") << QByteArray("00000000000078576") << qint64(78576000);
    QTest::newRow("only zeros") << QByteArray("0000000000000000") << qint64(0);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const auto parsed = RetryPolicy::parseRetryAfter(header, fixedNow());
    if (expectedMs < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->count(), expectedMs);
}

void TestRetryPolicy::retryAfterWinsAndIsCapped()
{
    RetryPolicy policy;
    // Retry-After wins over the (1 s) backoff.
    RetryPolicy::Decision d = policy.decide(failure(503, 9729, QNetworkReply::NoError, "120"), 1, fixedNow());
    QVERIFY(d.retry);
    QVERIFY(d.fromRetryAfter);
    QCOMPARE(d.delay, 120000ms);
    QVERIFY(d.pauseToken);

    // Also when it is shorter than the backoff would be.
    d = policy.decide(failure(500, 0, QNetworkReply::NoError, "1"), 5, fixedNow());
    QCOMPARE(d.delay, 1000ms);

    // Bounded by the cap.
    d = policy.decide(failure(429, 9646, QNetworkReply::NoError, "3600"), 1, fixedNow());
    QCOMPARE(d.delay, 300000ms);

    // HTTP-date form.
    d = policy.decide(failure(429, 0, QNetworkReply::NoError, "Fri, 31 Dec 1999 23:58:29 GMT"), 1,
                      fixedNow());
    QCOMPARE(d.delay, 30000ms);

    // Invalid header: plain backoff.
    d = policy.decide(failure(500, 0, QNetworkReply::NoError, "later"), 1, fixedNow());
    QVERIFY(!d.fromRetryAfter);
    QVERIFY(d.delay >= 500ms && d.delay <= 1000ms);

    // Never for a token-fatal error, Retry-After or not.
    d = policy.decide(failure(401, 9621, QNetworkReply::NoError, "5"), 1, fixedNow());
    QVERIFY(!d.retry);
}

void TestRetryPolicy::attemptsAreLimited()
{
    RetryPolicy policy; // max 6 attempts
    for (int attempt = 1; attempt <= 5; ++attempt)
        QVERIFY(policy.decide(failure(500), attempt, fixedNow()).retry);
    const RetryPolicy::Decision last = policy.decide(failure(500), 6, fixedNow());
    QVERIFY(!last.retry);
    QCOMPARE(last.reason, Reason::AttemptsExhausted);

    RetryPolicy::Settings settings;
    settings.maxAttempts = 2;
    policy.setSettings(settings);
    QVERIFY(policy.decide(failure(429), 1, fixedNow()).retry);
    QVERIFY(!policy.decide(failure(429), 2, fixedNow()).retry);
}

void TestRetryPolicy::licenseNotFoundRetriesOnce()
{
    RetryPolicy policy;
    const RetryPolicy::Decision first = policy.decide(failure(400, 9610), 1, fixedNow());
    QVERIFY(first.retry);
    QCOMPARE(first.reason, Reason::LicenseNotFound);
    QCOMPARE(first.delay, 3000ms);
    QVERIFY(!first.pauseToken);
    const RetryPolicy::Decision second = policy.decide(failure(400, 9610), 2, fixedNow());
    QVERIFY(!second.retry);
    QCOMPARE(second.reason, Reason::AttemptsExhausted);
}

void TestRetryPolicy::rateLimitPausesToken()
{
    RetryPolicy policy;
    QVERIFY(policy.decide(failure(429), 1, fixedNow()).pauseToken);
    QVERIFY(policy.decide(failure(200, 9646), 1, fixedNow()).pauseToken);
    QVERIFY(!policy.decide(failure(500), 1, fixedNow()).pauseToken);
    QVERIFY(!policy.decide(failure(0, 0, QNetworkReply::TimeoutError), 1, fixedNow()).pauseToken);
}

void TestRetryPolicy::appleBaseDelay()
{
    RetryPolicy::Settings settings;
    settings.baseDelay = 5s; // Apple's guidance
    settings.jitter = 0;
    RetryPolicy policy(settings);
    const RetryPolicy::Decision d = policy.decide(failure(429, 9646), 2, fixedNow());
    QVERIFY(d.retry);
    QCOMPARE(d.delay, 10000ms);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_appleretrypolicy.moc"
