// RateLimiter: the request budget of one content token. A token bucket at maxRequestPerSecond, a cap
// on concurrent page requests, and a pause that holds every request on the token after a 429 with
// Retry-After. No threads and no timers: the event-loop client asks it and schedules its own timer.
//
// Times are milliseconds on any monotonic clock chosen by the caller (for example
// QDeadlineTimer::current().deadline() or QElapsedTimer::msecsSinceReference()); tests pass plain numbers.
#pragma once

#include <QtGlobal>

#include <chrono>

class RateLimiter
{
public:
    static constexpr double defaultRequestsPerSecond = 10.0; // until service config says otherwise
    static constexpr int defaultMaxConcurrentPages = 5;      // apple-api 2.11
    static constexpr double defaultBurst = 1.0;              // no bursts: never exceed the rate in any window

    explicit RateLimiter(double requestsPerSecond = defaultRequestsPerSecond,
                         int maxConcurrent = defaultMaxConcurrentPages);

    // Rate from service config (limits.maxRequestPerSecond). Values <= 0 are ignored.
    void setRequestsPerSecond(double requestsPerSecond, qint64 nowMs);
    double requestsPerSecond() const { return m_rate; }

    // Tokens the bucket can hold (>= 1). Tokens above the new size are dropped.
    void setBurst(double burst, qint64 nowMs);
    double burst() const { return m_burst; }

    // How long to wait before a request may go out (0 when it may go now). Includes any pause.
    std::chrono::milliseconds delayBeforeNextRequest(qint64 nowMs) const;
    // Takes one request token if available now and not paused; false otherwise (nothing consumed).
    bool tryAcquire(qint64 nowMs);

    // Concurrent page requests. A slot is held from sending a page request until its reply finished.
    bool tryAcquireSlot();
    void releaseSlot();
    int inFlight() const { return m_inFlight; }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int maxConcurrent);

    // Everyone on this token waits until untilMs (a later pause wins; an earlier one is ignored).
    void pause(qint64 untilMs);
    bool isPaused(qint64 nowMs) const { return nowMs < m_pausedUntil; }
    qint64 pausedUntil() const { return m_pausedUntil; }

private:
    void refill(qint64 nowMs);
    double tokensAt(qint64 nowMs) const;

    double m_rate = defaultRequestsPerSecond;
    double m_burst = defaultBurst;
    double m_tokens = defaultBurst;
    qint64 m_lastRefill = 0;
    bool m_started = false; // the first call sets the clock origin
    int m_maxConcurrent = defaultMaxConcurrentPages;
    int m_inFlight = 0;
    qint64 m_pausedUntil = 0;
};
