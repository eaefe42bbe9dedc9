// Fuzz target: the .vpptoken parser (VppToken::parse) and Apple's date parsers
// (VppToken::parseAppleDate, AppleJsonReader::parseDateTime). The input is a token file; encoded in
// Base64 it is also the JSON inside a token (mutations rarely keep a file's Base64 intact), and as text
// it is also an expiry date.
// Properties: a parsed token is complete (secret, organization, a valid UTC expiry, a fingerprint
// of 16 hex digits); the secret never appears in the error of the same file once it has expired
// (tokenSecret); both date parsers accept the same texts and agree on the instant (appleDateAgree).
#include "core/apple/applejsonreader.h"
#include "core/token/vpptoken.h"

#include "fuzzcheck.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

namespace {

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());
    return now;
}

void checkToken(const QByteArray &bytes)
{
    const Result<VppToken> anyTime = VppToken::parse(bytes, QDateTime());
    const Result<VppToken> today = VppToken::parse(bytes, fixedNow());
    FuzzCheck::check("tokenParse", anyTime || !today, QStringLiteral("expiry check changed the verdict"));
    if (!anyTime) {
        FuzzCheck::check("tokenParse", anyTime.error().isError() && !anyTime.error().code.isEmpty(),
                         QStringLiteral("failure without an error code"));
        return;
    }
    const VppToken &token = anyTime.value();
    FuzzCheck::check("tokenParse",
                     !token.sToken().isEmpty() && !token.orgName().isEmpty() && token.expiresAt().isValid() &&
                         token.expiresAt().timeSpec() == Qt::UTC && token.fingerprint().size() == 16,
                     QStringLiteral("incomplete token"));
    FuzzCheck::check("tokenParse", bool(today) == !token.isExpired(fixedNow()),
                     QStringLiteral("expired verdict differs"));
    (void)token.daysUntilExpiry(fixedNow());

    // Long after its expiry the same file fails with token.expired: the message must not hold the secret.
    const QDateTime later = token.expiresAt().addSecs(1);
    const Result<VppToken> expired = VppToken::parse(bytes, later);
    FuzzCheck::check("tokenParse", !expired && expired.error().code == u"token.expired",
                     QStringLiteral("not expired one second after its expiry"));
    if (!expired) {
        const VppError &error = expired.error();
        const QString secret = token.sToken();
        FuzzCheck::check("tokenSecret",
                         !error.message.contains(secret) && !error.detail.contains(secret) &&
                             !error.advice.contains(secret),
                         QStringLiteral("the sToken appears in the expiry error"));
    }
}

void checkDates(const QString &text)
{
    const std::optional<QDateTime> fromToken = VppToken::parseAppleDate(text);
    const QDateTime fromReader = AppleJsonReader::parseDateTime(text);
    if (fromToken)
        FuzzCheck::check("appleDate", fromToken->isValid() && fromToken->timeSpec() == Qt::UTC,
                         QStringLiteral("parseAppleDate: invalid or not UTC"));
    FuzzCheck::check(
        "appleDateAgree", fromToken.has_value() == fromReader.isValid(),
        QStringLiteral("parseAppleDate %1, parseDateTime %2 for \"%3\"")
            .arg(fromToken ? fromToken->toString(Qt::ISODate) : QStringLiteral("none"),
                 fromReader.isValid() ? fromReader.toString(Qt::ISODate) : QStringLiteral("none"), text));
    if (fromToken && fromReader.isValid())
        FuzzCheck::check(
            "appleDateAgree", *fromToken == fromReader,
            QStringLiteral("%1 != %2 for \"%3\"")
                .arg(fromToken->toString(Qt::ISODateWithMs), fromReader.toString(Qt::ISODateWithMs), text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkToken(bytes);
    checkToken(bytes.toBase64());
    checkDates(QString::fromUtf8(bytes));
    return 0;
}
