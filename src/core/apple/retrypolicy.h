// RetryPolicy: decides whether a failed Apple request is worth another attempt and how long to wait
// first. Jittered exponential backoff, Retry-After (seconds or HTTP-date) wins when present, never a
// retry for token-fatal or validation errors. Pure logic: the transport feeds it what it saw.
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

class QRandomGenerator;

class RetryPolicy
{
public:
    struct Settings
    {
        // First backoff step. Our client uses 1 s for responsiveness; Apple's guidance is 5 s.
        std::chrono::milliseconds baseDelay{1000};
        double multiplier = 2.0;
        std::chrono::milliseconds maxDelay{std::chrono::minutes(5)}; // also caps Retry-After
        int maxAttempts = 6;                                         // total attempts, the first one included
        double jitter = 0.5; // fraction of the backoff step that is random: delay in [d*(1-j), d]
        // 9610 (license not found) is often transient right after a change: one retry after this delay.
        std::chrono::milliseconds licenseNotFoundDelay{std::chrono::seconds(3)};
    };

    // What the transport saw for one attempt. Fill what is known; the rest stays 0 / NoError / empty.
    struct Failure
    {
        int httpStatus = 0;       // 0 when no HTTP response arrived
        int appleErrorNumber = 0; // errorNumber of an Apple error body (also in HTTP 200), 0 if none
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QByteArray retryAfter; // raw Retry-After header value, empty if absent
    };

    enum class Reason {
        NotRetryable, // the error cannot be fixed by waiting
        AttemptsExhausted,
        RateLimited,     // HTTP 429 / 9646
        ServerError,     // HTTP 5xx, 9603, 9644, 9729
        NetworkError,    // timeout, connection refused, remote closed...
        LicenseNotFound, // 9610: the single retry of apple-api 11a
    };

    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
        Reason reason = Reason::NotRetryable;
        bool fromRetryAfter = false; // the delay came from the server's Retry-After header
        // The whole token should wait (pass to RateLimiter::pause): the server asked everyone to slow down.
        bool pauseToken = false;
    };

    RetryPolicy();
    explicit RetryPolicy(const Settings &settings);

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    // Source of jitter; not owned. nullptr (the default) uses QRandomGenerator::global().
    // Pass a seeded generator for deterministic delays in tests.
    void setRandomGenerator(QRandomGenerator *generator) { m_random = generator; }

    // attempt: how many attempts have been made so far (1 after the first failure).
    // now: the current wall-clock time, used for an HTTP-date Retry-After.
    Decision decide(const Failure &failure, int attempt, const QDateTime &now) const;

    // The reason a failure is retryable (ignoring attempts), or NotRetryable.
    static Reason classify(const Failure &failure);
    // Timeouts, refused or dropped connections, DNS and proxy trouble. Includes OperationCanceledError,
    // which is how Qt 6.4 reports a transfer timeout: never call decide() for a user cancellation.
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    // Jittered exponential backoff before attempt + 1: base * multiplier^(attempt-1), capped.
    std::chrono::milliseconds backoffDelay(int attempt) const;

    // Retry-After as delta-seconds ("120") or IMF-fixdate ("Fri, 31 Dec 1999 23:59:59 GMT");
    // also the obsolete RFC 850 and asctime forms. A date in the past gives 0. Invalid: nullopt.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value,
                                                                    const QDateTime &now);

    static QString reasonName(Reason reason);

private:
    Settings m_settings;
    QRandomGenerator *m_random = nullptr;
};
