#include "core/token/vpptoken.h"

#include "core/common/logging.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

QString downloadAdvice()
{
    return VppToken::tr(
        "Download the content token again from Apple Business Manager or Apple School Manager "
        "(Apps and Books) and load the new .vpptoken file.");
}

VppError tokenError(const QString &code, const QString &message, const QString &detail = {})
{
    return VppError::make(VppError::Kind::Token, code, message, downloadAdvice(), detail);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return VppToken::tr("null value");
    case QJsonValue::Bool:
        return VppToken::tr("boolean");
    case QJsonValue::Double:
        return VppToken::tr("number");
    case QJsonValue::String:
        return VppToken::tr("string");
    case QJsonValue::Array:
        return VppToken::tr("list");
    case QJsonValue::Object:
        return VppToken::tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return VppToken::tr("missing value");
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

// Reads one string field; reports missing, wrong type and empty values by name.
Result<QString> stringField(const QJsonObject &object, const QString &name)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd()) {
        return tokenError(
            QStringLiteral("token.missingField"),
            VppToken::tr("The token has no \u201c%1\u201d field, so it is not a complete content "
                         "token.")
                .arg(name),
            QStringLiteral("missing field: ") + name);
    }
    const QJsonValue value = it.value();
    if (!value.isString()) {
        return tokenError(QStringLiteral("token.wrongFieldType"),
                          VppToken::tr("The \u201c%1\u201d field of the token is a %2, not a string.")
                              .arg(name, jsonTypeName(value)),
                          QStringLiteral("field ") + name + QStringLiteral(" is not a string"));
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return tokenError(QStringLiteral("token.emptyField"),
                          VppToken::tr("The \u201c%1\u201d field of the token is empty.").arg(name),
                          QStringLiteral("empty field: ") + name);
    }
    return text;
}

QString formatUtc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

Result<VppToken> VppToken::parse(const QByteArray &fileContents, const QDateTime &now)
{
    if (fileContents.size() > MaxFileSize) {
        return tokenError(QStringLiteral("token.tooLarge"),
                          tr("The file is %1 KiB, far larger than a content token (at most %2 KiB), so it is "
                             "not a .vpptoken file.")
                              .arg((fileContents.size() + 1023) / 1024)
                              .arg(MaxFileSize / 1024),
                          QStringLiteral("size ") + QString::number(fileContents.size()));
    }

    QByteArray text = fileContents;
    if (text.startsWith("\xEF\xBB\xBF")) // UTF-8 byte order mark added by some editors
        text.remove(0, 3);
    text = text.trimmed(); // spaces, tabs, \r\n and \n around the string

    if (text.isEmpty()) {
        return tokenError(QStringLiteral("token.empty"),
                          tr("The token file is empty. A content token file holds one Base64 string."));
    }

    const auto notBase64 = [](const QString &detail) {
        return tokenError(QStringLiteral("token.notBase64"),
                          tr("The file does not hold a single Base64 string, so it is not a content token "
                             "(.vpptoken)."),
                          detail);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBase64Char(text.at(i))) {
            const bool space = QChar::isSpace(static_cast<unsigned char>(text.at(i)));
            return notBase64((space ? QStringLiteral("whitespace inside the Base64 text at byte ")
                                    : QStringLiteral("non-Base64 character at byte ")) +
                             QString::number(i));
        }
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return notBase64(QStringLiteral("Base64 decoding failed"));

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || document.isNull()) {
        return tokenError(QStringLiteral("token.notJson"),
                          tr("The file is Base64, but what it encodes is not JSON, so it is not a content "
                             "token."),
                          QStringLiteral("JSON error at offset ") + QString::number(jsonError.offset) +
                              QStringLiteral(": ") + jsonError.errorString());
    }
    if (!document.isObject()) {
        return tokenError(QStringLiteral("token.notObject"),
                          tr("The token decodes to JSON, but not to an object with the fields token, expDate "
                             "and orgName."),
                          QStringLiteral("top-level JSON value is not an object"));
    }

    const QJsonObject object = document.object();
    // Check every field before the values, so the error names the first problem in a stable order.
    const Result<QString> innerToken = stringField(object, QStringLiteral("token"));
    if (!innerToken)
        return innerToken.error();
    const Result<QString> expDate = stringField(object, QStringLiteral("expDate"));
    if (!expDate)
        return expDate.error();
    const Result<QString> orgName = stringField(object, QStringLiteral("orgName"));
    if (!orgName)
        return orgName.error();

    const std::optional<QDateTime> expiresAt = parseAppleDate(expDate.value());
    if (!expiresAt) {
        return tokenError(QStringLiteral("token.badExpDate"),
                          tr("The expiry date \u201c%1\u201d in the token is not a date of the form "
                             "2030-11-08T22:33:22+0000.")
                              .arg(expDate.value()),
                          QStringLiteral("unparseable expDate"));
    }

    VppToken token;
    token.m_sToken = QString::fromLatin1(text);
    token.m_orgName = orgName.value();
    token.m_expiresAt = *expiresAt;

    if (now.isValid() && token.isExpired(now)) {
        VppError error = tokenError(QStringLiteral("token.expired"),
                                    tr("This token of \u201c%1\u201d expired on %2.")
                                        .arg(token.m_orgName, formatUtc(token.m_expiresAt)),
                                    QStringLiteral("expired at ") + token.m_expiresAt.toString(Qt::ISODate));
        error.advice = tr("Download a new content token from Apple Business Manager or Apple School Manager "
                          "(Apps and Books) and load it instead.");
        return error;
    }

    qCDebug(lcToken) << "parsed" << token;
    return token;
}

Result<VppToken> VppToken::fromFile(const QString &path, const QDateTime &now)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return VppError::make(VppError::Kind::Io, QStringLiteral("token.fileNotFound"),
                              tr("The token file \u201c%1\u201d does not exist.").arg(path),
                              tr("Check the path, or download the content token again."));
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = info.isDir() ? tr("it is a folder") : file.errorString();
        return VppError::make(VppError::Kind::Io, QStringLiteral("token.fileUnreadable"),
                              tr("The token file \u201c%1\u201d cannot be read: %2.").arg(path, reason),
                              tr("Check that the file exists and that you may read it."), reason);
    }
    // Read one byte more than allowed, so a huge file is detected without loading it.
    const QByteArray contents = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return VppError::make(
            VppError::Kind::Io, QStringLiteral("token.fileUnreadable"),
            tr("The token file \u201c%1\u201d cannot be read: %2.").arg(path, file.errorString()),
            tr("Check that the file exists and that you may read it."), file.errorString());
    }
    return parse(contents, now);
}

std::optional<QDateTime> VppToken::parseAppleDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
                       "(?:(Z)|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;

    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    int milliseconds = 0;
    if (match.hasCaptured(7))
        milliseconds = match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (!match.hasCaptured(8)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (match.capturedView(9) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    // The wall-clock time minus its offset is UTC.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

int VppToken::daysUntilExpiry(const QDateTime &now) const
{
    const qint64 seconds = now.secsTo(m_expiresAt);
    const qint64 days =
        seconds >= 0 ? seconds / SecondsPerDay : -((-seconds + SecondsPerDay - 1) / SecondsPerDay);
    return static_cast<int>(days);
}

QString VppToken::fingerprint() const
{
    if (m_sToken.isEmpty())
        return QString();
    const QByteArray hash = QCryptographicHash::hash(m_sToken.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QDebug operator<<(QDebug debug, const VppToken &token)
{
    const QDebugStateSaver saver(debug);
    if (token.isNull())
        return debug.nospace() << "VppToken(null)";
    debug.nospace() << "VppToken(org=" << token.orgName()
                    << ", expires=" << token.expiresAt().toString(Qt::ISODate)
                    << ", fingerprint=" << token.fingerprint() << ", sToken=<redacted>)";
    return debug;
}
