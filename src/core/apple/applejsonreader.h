// AppleJsonReader: defensive reading of Apple's JSON. parseRoot() turns a reply body into a root
// object, detecting Apple's {errorNumber, errorMessage} body first (it also arrives with HTTP 200).
// An instance reads typed fields and remembers the first problem as a Kind::Parse VppError naming the
// field path, so parsers read everything and check once. Never crashes on hostile input.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class AppleJsonReader
{
public:
    static constexpr qsizetype maxBodySize = 32 * 1024 * 1024;

    // Body -> root object. In order: size cap; Apple error body (-> Kind::Apple via AppleError);
    // a non-2xx HTTP status without an Apple body (-> Kind::Network, code "http.status"); empty,
    // HTML, truncated or invalid JSON, non-object root (-> Kind::Parse). httpStatus 0 means unknown
    // (treated like 200).
    static Result<QJsonObject> parseRoot(const QByteArray &body, int httpStatus = 200);

    // The Apple error carried by an object ({errorNumber, errorMessage}), if any.
    static std::optional<VppError> appleError(const QJsonObject &obj, int httpStatus);

    // Apple's dates: "2030-11-08T22:33:22+0000", also "+00:00", "Z" and fractional seconds.
    // Invalid QDateTime when the text is not such a date.
    static QDateTime parseDateTime(const QString &text);

    // Factories of Kind::Parse errors, for parsers that find a problem the reader cannot see.
    static VppError missingField(const QString &path);
    static VppError wrongType(const QString &path, const QString &expected);
    static VppError invalidValue(const QString &path, const QString &why);

    // Field readers. path names the object ("assets[2]"); the key is appended for messages. Optional
    // readers return the fallback when the key is absent or null; every reader records a wrong type.
    QString string(const QJsonObject &obj, const QString &path, QLatin1String key, bool required = false);
    // adamId / uId: a string, or an integer number kept exactly (never through a double).
    QString id(const QJsonObject &obj, const QString &path, QLatin1String key, bool required = false);
    qint64 integer(const QJsonObject &obj, const QString &path, QLatin1String key, bool required = false,
                   qint64 fallback = 0);
    std::optional<qint64> optionalInteger(const QJsonObject &obj, const QString &path, QLatin1String key);
    bool boolean(const QJsonObject &obj, const QString &path, QLatin1String key, bool required = false,
                 bool fallback = false);
    QStringList stringList(const QJsonObject &obj, const QString &path, QLatin1String key,
                           bool required = false);
    QJsonArray array(const QJsonObject &obj, const QString &path, QLatin1String key, bool required = false);
    // Absent or null: std::nullopt. Present but not an object: error.
    std::optional<QJsonObject> object(const QJsonObject &obj, const QString &path, QLatin1String key,
                                      bool required = false);
    // An element of an array that must be an object.
    QJsonObject element(const QJsonArray &array, qsizetype index, const QString &path);

    // Records an error unless one is already recorded.
    void fail(const VppError &error);
    bool hasError() const { return m_error.isError(); }
    const VppError &error() const { return m_error; }

    static QString fieldPath(const QString &path, QLatin1String key);

private:
    static Result<QJsonObject> parseRootWithoutBom(const QByteArray &body, int httpStatus);
    // The value at key, or nullopt when absent/null (and records "missing" when required).
    std::optional<QJsonValue> present(const QJsonObject &obj, const QString &path, QLatin1String key,
                                      bool required);

    VppError m_error;
};
