// Fuzz target: RetryPolicy::parseRetryAfter (delta-seconds or an HTTP date) and decide() with that
// header. The input is the raw Retry-After value.
// Properties: a delay is never negative nor above a year; delta-seconds give exactly that many seconds
// (capped at a year); decide() never waits longer than maxDelay (retryAfter).
#include "core/apple/retrypolicy.h"

#include "fuzzcheck.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace std::chrono_literals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());
    constexpr qint64 yearMs = 365LL * 24 * 3600 * 1000;
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));

    const std::optional<std::chrono::milliseconds> delay = RetryPolicy::parseRetryAfter(value, now);
    if (delay)
        FuzzCheck::check("retryAfter", delay->count() >= 0 && delay->count() <= yearMs,
                         QStringLiteral("delay %1 ms").arg(delay->count()));

    // Delta-seconds: only ASCII digits once the surrounding whitespace is gone.
    const QByteArray trimmed = QString::fromLatin1(value).trimmed().toLatin1();
    bool digits = !trimmed.isEmpty();
    for (const char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        qint64 seconds = 0;
        for (const char c : trimmed)
            seconds = std::min<qint64>(seconds * 10 + (c - '0'), yearMs);
        const qint64 expected = std::min<qint64>(seconds, yearMs / 1000) * 1000;
        FuzzCheck::check("retryAfter", delay && delay->count() == expected,
                         QStringLiteral("delta-seconds %1: expected %2 ms, got %3")
                             .arg(QString::fromLatin1(trimmed))
                             .arg(expected)
                             .arg(delay ? QString::number(delay->count()) : QStringLiteral("none")));
    }

    RetryPolicy policy;
    QRandomGenerator random(7);
    policy.setRandomGenerator(&random);
    RetryPolicy::Failure failure;
    failure.httpStatus = 429;
    failure.retryAfter = value;
    const RetryPolicy::Decision decision = policy.decide(failure, 1, now);
    FuzzCheck::check("retryAfter",
                     decision.retry && decision.delay >= 0ms && decision.delay <= policy.settings().maxDelay,
                     QStringLiteral("decide: delay %1 ms").arg(decision.delay.count()));
    return 0;
}
