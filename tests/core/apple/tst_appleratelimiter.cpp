// Tests of RateLimiter: token bucket, runtime rate change, concurrency slots and pauses.
#include "core/apple/ratelimiter.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void spacingAtRate_data();
    void spacingAtRate();
    void neverMoreThanRatePerSecond();
    void rateChangeAtRuntime();
    void invalidRateIgnored();
    void burst();
    void concurrencySlots();
    void pauseHoldsEveryone();
    void clockGoingBackwards();
};

void TestRateLimiter::defaults()
{
    RateLimiter limiter;
    QCOMPARE(limiter.requestsPerSecond(), 10.0);
    QCOMPARE(limiter.maxConcurrent(), 5);
    QCOMPARE(limiter.delayBeforeNextRequest(1000), 0ms);
    QVERIFY(limiter.tryAcquire(1000));
    QCOMPARE(limiter.delayBeforeNextRequest(1000), 100ms);
    QVERIFY(!limiter.tryAcquire(1000));
    QCOMPARE(limiter.delayBeforeNextRequest(1060), 40ms);
    QVERIFY(!limiter.tryAcquire(1099));
    QVERIFY(limiter.tryAcquire(1100));
}

void TestRateLimiter::spacingAtRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("spacing");
    QTest::newRow("10/s") << 10.0 << qint64(100);
    QTest::newRow("15/s") << 15.0 << qint64(67);
    QTest::newRow("1/s") << 1.0 << qint64(1000);
    QTest::newRow("0.5/s") << 0.5 << qint64(2000);
}

void TestRateLimiter::spacingAtRate()
{
    QFETCH(double, rate);
    QFETCH(qint64, spacing);
    RateLimiter limiter(rate);
    const qint64 start = 5000;
    qint64 now = start;
    QVERIFY(limiter.tryAcquire(now));
    for (int i = 0; i < 20; ++i) {
        const qint64 wait = limiter.delayBeforeNextRequest(now).count();
        QVERIFY2(wait > 0 && wait <= spacing, qPrintable(QString::number(wait)));
        QVERIFY(!limiter.tryAcquire(now + wait - 1)); // not a millisecond early
        now += wait;
        QVERIFY2(limiter.tryAcquire(now), qPrintable(QString::number(now))); // and not late
    }
    // On average exactly the rate, never faster.
    const double ideal = 20 * 1000.0 / rate;
    QVERIFY2(double(now - start) >= ideal - 1 && now - start <= 20 * spacing,
             qPrintable(QString::number(now - start)));
}

void TestRateLimiter::neverMoreThanRatePerSecond()
{
    // Greedy client polling every millisecond: at most rate (+1 for the initial token) per second.
    RateLimiter limiter(15);
    int granted = 0;
    for (qint64 now = 0; now < 10000; ++now) {
        if (limiter.tryAcquire(now))
            ++granted;
    }
    QVERIFY2(granted >= 148 && granted <= 151, qPrintable(QString::number(granted)));
}

void TestRateLimiter::rateChangeAtRuntime()
{
    RateLimiter limiter; // 10/s until service config arrives
    QVERIFY(limiter.tryAcquire(0));
    QCOMPARE(limiter.delayBeforeNextRequest(0), 100ms);
    limiter.setRequestsPerSecond(15, 50); // service config says 15: 0.5 token earned at the old rate
    QCOMPARE(limiter.requestsPerSecond(), 15.0);
    QCOMPARE(limiter.delayBeforeNextRequest(50), 34ms); // remaining 0.5 token at 15/s
    limiter.setRequestsPerSecond(2, 50);
    QCOMPARE(limiter.delayBeforeNextRequest(50), 250ms);
}

void TestRateLimiter::invalidRateIgnored()
{
    RateLimiter limiter(0); // invalid: default
    QCOMPARE(limiter.requestsPerSecond(), 10.0);
    limiter.setRequestsPerSecond(-3, 0);
    QCOMPARE(limiter.requestsPerSecond(), 10.0);
    limiter.setRequestsPerSecond(0, 0);
    QCOMPARE(limiter.requestsPerSecond(), 10.0);
}

void TestRateLimiter::burst()
{
    RateLimiter limiter(10);
    limiter.setBurst(3, 0);
    QVERIFY(limiter.tryAcquire(1000)); // the bucket refilled to 3 by now
    QVERIFY(limiter.tryAcquire(1000));
    QVERIFY(limiter.tryAcquire(1000));
    QVERIFY(!limiter.tryAcquire(1000));
    QCOMPARE(limiter.delayBeforeNextRequest(1000), 100ms);
    limiter.setBurst(0.2, 1000); // clamped to 1
    QCOMPARE(limiter.burst(), 1.0);
}

void TestRateLimiter::concurrencySlots()
{
    RateLimiter limiter;
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.tryAcquireSlot());
    QCOMPARE(limiter.inFlight(), 5);
    QVERIFY(!limiter.tryAcquireSlot());
    limiter.releaseSlot();
    QCOMPARE(limiter.inFlight(), 4);
    QVERIFY(limiter.tryAcquireSlot());
    for (int i = 0; i < 10; ++i)
        limiter.releaseSlot(); // extra releases never go negative
    QCOMPARE(limiter.inFlight(), 0);
    limiter.setMaxConcurrent(1);
    QVERIFY(limiter.tryAcquireSlot());
    QVERIFY(!limiter.tryAcquireSlot());
    limiter.setMaxConcurrent(0); // clamped to 1
    QCOMPARE(limiter.maxConcurrent(), 1);
}

void TestRateLimiter::pauseHoldsEveryone()
{
    RateLimiter limiter;
    limiter.pause(120000); // 429 with Retry-After: 120 at t=0
    QVERIFY(limiter.isPaused(0));
    QCOMPARE(limiter.delayBeforeNextRequest(0), 120000ms);
    QCOMPARE(limiter.delayBeforeNextRequest(119000), 1000ms);
    QVERIFY(!limiter.tryAcquire(119999));
    limiter.pause(60000); // an earlier end does not shorten the pause
    QCOMPARE(limiter.pausedUntil(), 120000);
    QVERIFY(!limiter.isPaused(120000));
    QVERIFY(limiter.tryAcquire(120000));
    QCOMPARE(limiter.delayBeforeNextRequest(120000), 100ms);
}

void TestRateLimiter::clockGoingBackwards()
{
    RateLimiter limiter;
    QVERIFY(limiter.tryAcquire(1000));
    QVERIFY(!limiter.tryAcquire(500)); // no tokens appear from a clock step backwards
    QVERIFY(limiter.delayBeforeNextRequest(500) > 0ms);
    QVERIFY(limiter.tryAcquire(1100));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_appleratelimiter.moc"
