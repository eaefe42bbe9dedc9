#include "core/apple/applejsonreader.h"

#include "core/apple/appleerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

#include <cmath>

namespace {

constexpr double maxExactDouble = 9007199254740992.0; // 2^53

VppError parseError(const QString &code, const QString &message, const QString &detail = {})
{
    return VppError::make(VppError::Kind::Parse, code, message,
                          QCoreApplication::translate(
                              "AppleJsonReader", "Try again later. If it keeps happening, Apple's service "
                                                 "may have changed; report the error."),
                          detail);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The error number of an Apple error body: an integer or a numeric string; 0 when absent or malformed.
int errorNumberOf(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        return ok ? number : 0;
    }
    if (!value.isDouble())
        return 0;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < 1 || d > 2147483647.0)
        return 0;
    return int(d);
}

} // namespace

QString AppleJsonReader::fieldPath(const QString &path, QLatin1String key)
{
    if (path.isEmpty())
        return QString(key);
    return QString(path + QLatin1Char('.') + key);
}

VppError AppleJsonReader::missingField(const QString &path)
{
    return parseError(
        QStringLiteral("parse.missingField"),
        QCoreApplication::translate("AppleJsonReader", "Apple's response lacks the required field \"%1\".")
            .arg(path),
        QStringLiteral("field %1").arg(path));
}

VppError AppleJsonReader::wrongType(const QString &path, const QString &expected)
{
    return parseError(QStringLiteral("parse.wrongType"),
                      QCoreApplication::translate(
                          "AppleJsonReader", "The field \"%1\" in Apple's response has an unexpected type.")
                          .arg(path),
                      QStringLiteral("field %1: expected %2").arg(path, expected));
}

VppError AppleJsonReader::invalidValue(const QString &path, const QString &why)
{
    return parseError(QStringLiteral("parse.invalidValue"),
                      QCoreApplication::translate(
                          "AppleJsonReader", "The field \"%1\" in Apple's response has an invalid value.")
                          .arg(path),
                      QStringLiteral("field %1: %2").arg(path, why));
}

std::optional<VppError> AppleJsonReader::appleError(const QJsonObject &obj, int httpStatus)
{
    const auto it = obj.constFind(QLatin1String("errorNumber"));
    if (it == obj.constEnd())
        return std::nullopt;
    const int number = errorNumberOf(it.value());
    if (number == 0)
        return std::nullopt; // {"errorNumber": 0} or garbage: not an error body we can key on
    const QJsonValue message = obj.value(QLatin1String("errorMessage"));
    return AppleError::toVppError(number, message.isString() ? message.toString() : QString(), httpStatus);
}

Result<QJsonObject> AppleJsonReader::parseRoot(const QByteArray &body, int httpStatus)
{
    if (body.size() > maxBodySize) {
        VppError error =
            parseError(QStringLiteral("parse.bodyTooLarge"),
                       QCoreApplication::translate("AppleJsonReader",
                                                   "Apple's response is too large (%1 MiB, at most %2 MiB).")
                           .arg(body.size() / (1024 * 1024))
                           .arg(maxBodySize / (1024 * 1024)),
                       QStringLiteral("%1 bytes").arg(body.size()));
        error.httpStatus = httpStatus;
        return error;
    }
    // A UTF-8 byte order mark, which Qt's parser rejects. Only one is legitimate; a reply of many
    // is skipped in a loop (never by recursion, whose depth the server would choose) and then fails
    // as invalid JSON, because the second mark is not JSON.
    if (body.startsWith("\xEF\xBB\xBF"))
        return parseRootWithoutBom(body.mid(3), httpStatus);
    return parseRootWithoutBom(body, httpStatus);
}

Result<QJsonObject> AppleJsonReader::parseRootWithoutBom(const QByteArray &body, int httpStatus)
{
    const bool httpOk = httpStatus == 0 || (httpStatus >= 200 && httpStatus <= 299);

    qsizetype first = 0;
    while (first < body.size() && isBlank(body.at(first)))
        ++first;
    qsizetype last = body.size();
    while (last > first && isBlank(body.at(last - 1)))
        --last;

    QJsonParseError jsonError{};
    const QJsonDocument document =
        first < last && body.at(first) == '{' ? QJsonDocument::fromJson(body, &jsonError) : QJsonDocument();
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (std::optional<VppError> apple = appleError(root, httpStatus))
            return *apple;
        if (httpOk)
            return root;
    }

    if (!httpOk) {
        VppError error = VppError::make(
            VppError::Kind::Network, QStringLiteral("http.status"),
            QCoreApplication::translate("AppleJsonReader", "Apple's service answered with HTTP status %1.")
                .arg(httpStatus),
            httpStatus >= 500
                ? QCoreApplication::translate("AppleJsonReader", "Try again later.")
                : QCoreApplication::translate("AppleJsonReader", "If it keeps happening, report the error."),
            QStringLiteral("HTTP %1 without an Apple error body (%2 bytes)")
                .arg(httpStatus)
                .arg(body.size()));
        error.httpStatus = httpStatus;
        return error;
    }

    VppError error;
    if (first == last) {
        error = parseError(QStringLiteral("parse.emptyBody"),
                           QCoreApplication::translate("AppleJsonReader", "Apple's response was empty."));
    } else if (body.at(first) == '<') {
        error =
            parseError(QStringLiteral("parse.notJson"),
                       QCoreApplication::translate(
                           "AppleJsonReader", "Apple's service answered with a web page instead of data."),
                       QStringLiteral("body starts with '<' (HTML/XML), %1 bytes").arg(body.size()));
    } else if (body.at(first) != '{') {
        // Valid JSON of the wrong shape, or not JSON at all: decide which by parsing it.
        // Qt only parses object or array roots: wrap the body to learn whether it is a JSON scalar.
        QJsonParseError wrappedError{};
        QJsonDocument::fromJson(QByteArray('[' + body + ']'), &wrappedError);
        const QJsonDocument other = QJsonDocument::fromJson(body, &jsonError);
        if (jsonError.error == QJsonParseError::NoError || other.isArray() ||
            wrappedError.error == QJsonParseError::NoError) {
            error = parseError(
                QStringLiteral("parse.notObject"),
                QCoreApplication::translate("AppleJsonReader", "Apple's response is not a JSON object."),
                QStringLiteral("root is not an object"));
        } else {
            error = parseError(QStringLiteral("parse.invalidJson"),
                               QCoreApplication::translate("AppleJsonReader",
                                                           "Apple's response is not valid JSON (at byte %1).")
                                   .arg(jsonError.offset),
                               QStringLiteral("%1 at offset %2 of %3 bytes")
                                   .arg(jsonError.errorString())
                                   .arg(jsonError.offset)
                                   .arg(body.size()));
        }
    } else {
        const bool truncated =
            jsonError.error == QJsonParseError::UnterminatedObject ||
            jsonError.error == QJsonParseError::UnterminatedArray ||
            jsonError.error == QJsonParseError::UnterminatedString ||
            body.at(last - 1) != '}'; // a complete object ends with '}'; a cut one rarely does
        if (truncated) {
            error = parseError(QStringLiteral("parse.truncated"),
                               QCoreApplication::translate("AppleJsonReader",
                                                           "Apple's response was cut off (after %1 bytes).")
                                   .arg(body.size()),
                               QStringLiteral("%1 at offset %2 of %3 bytes")
                                   .arg(jsonError.errorString())
                                   .arg(jsonError.offset)
                                   .arg(body.size()));
        } else {
            error = parseError(QStringLiteral("parse.invalidJson"),
                               QCoreApplication::translate("AppleJsonReader",
                                                           "Apple's response is not valid JSON (at byte %1).")
                                   .arg(jsonError.offset),
                               QStringLiteral("%1 at offset %2 of %3 bytes")
                                   .arg(jsonError.errorString())
                                   .arg(jsonError.offset)
                                   .arg(body.size()));
        }
    }
    error.httpStatus = httpStatus;
    return error;
}

QDateTime AppleJsonReader::parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
                       "(Z|[+-]\\d{2}:?\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms =
        m.capturedLength(7) > 0 ? m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt() : 0;
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // Wall-clock time minus its offset (QTimeZone(offsetSeconds) refuses offsets beyond +-14 h).
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds).toUTC();
}

void AppleJsonReader::fail(const VppError &error)
{
    if (!m_error.isError())
        m_error = error;
}

std::optional<QJsonValue> AppleJsonReader::present(const QJsonObject &obj, const QString &path,
                                                   QLatin1String key, bool required)
{
    const QJsonValue value = obj.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(missingField(fieldPath(path, key)));
        return std::nullopt;
    }
    return value;
}

QString AppleJsonReader::string(const QJsonObject &obj, const QString &path, QLatin1String key, bool required)
{
    const std::optional<QJsonValue> value = present(obj, path, key, required);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(wrongType(fieldPath(path, key), QStringLiteral("string")));
        return {};
    }
    return value->toString();
}

QString AppleJsonReader::id(const QJsonObject &obj, const QString &path, QLatin1String key, bool required)
{
    const std::optional<QJsonValue> value = present(obj, path, key, required);
    if (!value)
        return {};
    if (value->isString()) {
        const QString text = value->toString().trimmed();
        if (required && text.isEmpty())
            fail(missingField(fieldPath(path, key)));
        return text;
    }
    if (!value->isDouble()) {
        fail(wrongType(fieldPath(path, key), QStringLiteral("string or integer")));
        return {};
    }
    // Qt keeps integers that fit in 64 bits exactly (as qlonglong); anything else became a double.
    const QVariant variant = value->toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        const qint64 number = variant.toLongLong();
        if (number < 0) {
            fail(invalidValue(fieldPath(path, key), QStringLiteral("negative id")));
            return {};
        }
        return QString::number(number);
    }
    const double d = value->toDouble();
    if (d != std::floor(d) || d < 0 || d > maxExactDouble) {
        fail(invalidValue(fieldPath(path, key), QStringLiteral("number cannot be kept exactly as an id")));
        return {};
    }
    return QString::number(qint64(d));
}

std::optional<qint64> AppleJsonReader::optionalInteger(const QJsonObject &obj, const QString &path,
                                                       QLatin1String key)
{
    const std::optional<QJsonValue> value = present(obj, path, key, false);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        fail(wrongType(fieldPath(path, key), QStringLiteral("integer")));
        return std::nullopt;
    }
    const QVariant variant = value->toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return variant.toLongLong();
    const double d = value->toDouble();
    if (d != std::floor(d) || std::fabs(d) > maxExactDouble) {
        fail(invalidValue(fieldPath(path, key), QStringLiteral("not an integer")));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 AppleJsonReader::integer(const QJsonObject &obj, const QString &path, QLatin1String key, bool required,
                                qint64 fallback)
{
    if (required && !present(obj, path, key, true))
        return fallback;
    return optionalInteger(obj, path, key).value_or(fallback);
}

bool AppleJsonReader::boolean(const QJsonObject &obj, const QString &path, QLatin1String key, bool required,
                              bool fallback)
{
    const std::optional<QJsonValue> value = present(obj, path, key, required);
    if (!value)
        return fallback;
    if (!value->isBool()) {
        fail(wrongType(fieldPath(path, key), QStringLiteral("boolean")));
        return fallback;
    }
    return value->toBool();
}

QStringList AppleJsonReader::stringList(const QJsonObject &obj, const QString &path, QLatin1String key,
                                        bool required)
{
    const QJsonArray values = array(obj, path, key, required);
    QStringList list;
    list.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue value = values.at(i);
        if (!value.isString()) {
            fail(wrongType(fieldPath(path, key) + QStringLiteral("[%1]").arg(i), QStringLiteral("string")));
            return {};
        }
        list.append(value.toString());
    }
    return list;
}

QJsonArray AppleJsonReader::array(const QJsonObject &obj, const QString &path, QLatin1String key,
                                  bool required)
{
    const std::optional<QJsonValue> value = present(obj, path, key, required);
    if (!value)
        return {};
    if (!value->isArray()) {
        fail(wrongType(fieldPath(path, key), QStringLiteral("array")));
        return {};
    }
    return value->toArray();
}

std::optional<QJsonObject> AppleJsonReader::object(const QJsonObject &obj, const QString &path,
                                                   QLatin1String key, bool required)
{
    const std::optional<QJsonValue> value = present(obj, path, key, required);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        fail(wrongType(fieldPath(path, key), QStringLiteral("object")));
        return std::nullopt;
    }
    return value->toObject();
}

QJsonObject AppleJsonReader::element(const QJsonArray &values, qsizetype index, const QString &path)
{
    const QJsonValue value = values.at(index);
    if (!value.isObject()) {
        fail(wrongType(path + QStringLiteral("[%1]").arg(index), QStringLiteral("object")));
        return {};
    }
    return value.toObject();
}
