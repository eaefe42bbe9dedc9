#include "core/apple/retrypolicy.h"

#include "core/apple/appleerror.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace std::chrono_literals;

namespace {

// A Retry-After longer than this is nonsense; clamp before converting to avoid overflow.
constexpr qint64 maxRetryAfterSeconds = 365LL * 24 * 3600;

int monthFromName(QStringView name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// RFC 7231 7.1.1.1: IMF-fixdate, plus the two obsolete forms recipients must accept. Always GMT;
// parsed by hand so that the local time zone never matters.
std::optional<QDateTime> parseHttpDate(const QString &text)
{
    // Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imfFixdate(
        QStringLiteral("^[A-Za-z]{3}, (\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]+, (\\d{1,2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));

    const QString simplified = text.simplified();
    int day = 0;
    int month = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (const QRegularExpressionMatch m = imfFixdate.match(simplified); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthFromName(m.capturedView(2));
        year = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const QRegularExpressionMatch m2 = rfc850.match(simplified); m2.hasMatch()) {
        day = m2.captured(1).toInt();
        month = monthFromName(m2.capturedView(2));
        year = m2.captured(3).toInt();
        year += year < 70 ? 2000 : 1900;
        hour = m2.captured(4).toInt();
        minute = m2.captured(5).toInt();
        second = m2.captured(6).toInt();
    } else if (const QRegularExpressionMatch m3 = asctime.match(simplified); m3.hasMatch()) {
        month = monthFromName(m3.capturedView(1));
        day = m3.captured(2).toInt();
        hour = m3.captured(3).toInt();
        minute = m3.captured(4).toInt();
        second = m3.captured(5).toInt();
        year = m3.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, std::min(second, 59)); // a leap second is close enough to :59
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

RetryPolicy::RetryPolicy() = default;

RetryPolicy::RetryPolicy(const Settings &settings)
    : m_settings(settings)
{}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    case QNetworkReply::OperationCanceledError:
        // Qt 6.4 reports a QNetworkRequest transfer timeout as OperationCanceledError (checked
        // empirically), so it is retried. The transport must not ask about a reply the user cancelled.
        return true;
    default:
        return false;
    }
}

RetryPolicy::Reason RetryPolicy::classify(const Failure &failure)
{
    // Key on Apple's number first (errors arrive in HTTP 200 too), the HTTP status second.
    if (failure.appleErrorNumber != 0 && AppleError::isKnown(failure.appleErrorNumber)) {
        switch (failure.appleErrorNumber) {
        case AppleError::TooManyRequests:
            return Reason::RateLimited;
        case AppleError::LicenseNotFound:
            return Reason::LicenseNotFound;
        default:
            break;
        }
        return AppleError::isRetryable(failure.appleErrorNumber) ? Reason::ServerError : Reason::NotRetryable;
    }
    if (failure.httpStatus == 429)
        return Reason::RateLimited;
    if (failure.httpStatus >= 500 && failure.httpStatus <= 599)
        return Reason::ServerError;
    if (failure.httpStatus == 0 && isRetryableNetworkError(failure.networkError))
        return Reason::NetworkError;
    return Reason::NotRetryable;
}

std::chrono::milliseconds RetryPolicy::backoffDelay(int attempt) const
{
    const double cap = double(m_settings.maxDelay.count());
    const int exponent = std::clamp(attempt, 1, 64) - 1;
    double step =
        double(m_settings.baseDelay.count()) * std::pow(std::max(1.0, m_settings.multiplier), exponent);
    if (!std::isfinite(step) || step > cap)
        step = cap;
    const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    QRandomGenerator *random = m_random ? m_random : QRandomGenerator::global();
    const double delay = step * (1.0 - jitter) + step * jitter * random->generateDouble();
    return std::chrono::milliseconds(qint64(std::llround(std::clamp(delay, 0.0, cap))));
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(QByteArrayView value,
                                                                      const QDateTime &now)
{
    const QString text = QString::fromLatin1(value.data(), value.size()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (const QChar c : text)
        allDigits = allDigits && c.isDigit() && c.unicode() < 128;
    if (allDigits) {
        qsizetype zeros = 0; // leading zeros do not count: "0000000000000120" is two minutes
        while (zeros < text.size() - 1 && text.at(zeros) == u'0')
            ++zeros;
        const QStringView digits = QStringView(text).mid(zeros);
        if (digits.size() > 12) // beyond any sensible number of seconds
            return std::chrono::milliseconds(maxRetryAfterSeconds * 1000);
        const qint64 seconds = std::min(digits.toLongLong(), maxRetryAfterSeconds);
        return std::chrono::milliseconds(seconds * 1000);
    }
    const std::optional<QDateTime> date = parseHttpDate(text);
    if (!date)
        return std::nullopt;
    const qint64 ms = now.msecsTo(*date);
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, maxRetryAfterSeconds * 1000));
}

RetryPolicy::Decision RetryPolicy::decide(const Failure &failure, int attempt, const QDateTime &now) const
{
    Decision decision;
    decision.reason = classify(failure);
    if (decision.reason == Reason::NotRetryable)
        return decision;

    if (decision.reason == Reason::LicenseNotFound) {
        // apple-api 11a: retry exactly once after a short delay, then report.
        if (attempt >= 2 || attempt >= m_settings.maxAttempts) {
            decision.reason = Reason::AttemptsExhausted;
            return decision;
        }
        decision.retry = true;
        decision.delay = std::min(m_settings.licenseNotFoundDelay, m_settings.maxDelay);
        return decision;
    }

    if (attempt >= m_settings.maxAttempts) {
        decision.reason = Reason::AttemptsExhausted;
        return decision;
    }

    decision.retry = true;
    decision.pauseToken = decision.reason == Reason::RateLimited;
    const std::optional<std::chrono::milliseconds> retryAfter =
        failure.retryAfter.isEmpty() ? std::nullopt : parseRetryAfter(failure.retryAfter, now);
    if (retryAfter) {
        decision.delay = std::min(*retryAfter, m_settings.maxDelay);
        decision.fromRetryAfter = true;
        decision.pauseToken = true; // the server told everyone on this token when to come back
    } else {
        decision.delay = backoffDelay(attempt);
    }
    return decision;
}

QString RetryPolicy::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::NotRetryable:
        return QStringLiteral("notRetryable");
    case Reason::AttemptsExhausted:
        return QStringLiteral("attemptsExhausted");
    case Reason::RateLimited:
        return QStringLiteral("rateLimited");
    case Reason::ServerError:
        return QStringLiteral("serverError");
    case Reason::NetworkError:
        return QStringLiteral("networkError");
    case Reason::LicenseNotFound:
        return QStringLiteral("licenseNotFound");
    }
    return QStringLiteral("unknown");
}
