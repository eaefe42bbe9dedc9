#include "core/apple/ratelimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(double requestsPerSecond, int maxConcurrent)
{
    if (requestsPerSecond > 0)
        m_rate = requestsPerSecond;
    setMaxConcurrent(maxConcurrent);
}

double RateLimiter::tokensAt(qint64 nowMs) const
{
    if (!m_started)
        return m_burst;
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastRefill); // a clock going back adds nothing
    return std::min(m_burst, m_tokens + double(elapsed) * m_rate / 1000.0);
}

void RateLimiter::refill(qint64 nowMs)
{
    m_tokens = tokensAt(nowMs);
    if (!m_started || nowMs > m_lastRefill)
        m_lastRefill = nowMs;
    m_started = true;
}

void RateLimiter::setRequestsPerSecond(double requestsPerSecond, qint64 nowMs)
{
    if (!(requestsPerSecond > 0) || !std::isfinite(requestsPerSecond))
        return;
    refill(nowMs); // what was earned at the old rate stays earned
    m_rate = requestsPerSecond;
}

void RateLimiter::setBurst(double burst, qint64 nowMs)
{
    refill(nowMs);
    m_burst = std::isfinite(burst) ? std::max(1.0, burst) : 1.0;
    m_tokens = std::min(m_tokens, m_burst);
}

std::chrono::milliseconds RateLimiter::delayBeforeNextRequest(qint64 nowMs) const
{
    const qint64 pauseLeft = std::max<qint64>(0, m_pausedUntil - nowMs);
    const double missing = 1.0 - tokensAt(nowMs);
    qint64 tokenWait = 0;
    if (missing > 1e-9)
        tokenWait = qint64(std::ceil(missing * 1000.0 / m_rate));
    return std::chrono::milliseconds(std::max(pauseLeft, tokenWait));
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    if (isPaused(nowMs))
        return false;
    refill(nowMs);
    if (m_tokens < 1.0 - 1e-9)
        return false;
    m_tokens = std::max(0.0, m_tokens - 1.0);
    return true;
}

bool RateLimiter::tryAcquireSlot()
{
    if (m_inFlight >= m_maxConcurrent)
        return false;
    ++m_inFlight;
    return true;
}

void RateLimiter::releaseSlot()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

void RateLimiter::setMaxConcurrent(int maxConcurrent)
{
    m_maxConcurrent = std::max(1, maxConcurrent);
}

void RateLimiter::pause(qint64 untilMs)
{
    m_pausedUntil = std::max(m_pausedUntil, untilMs);
}
