// SqlValues: conversions between C++ values and the portable column representations of the store
// (timestamps as ISO 8601 UTC text with milliseconds, empty strings as NULL).
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace SqlValues {

// NULL for an invalid date-time, else "2026-01-02T03:04:05.678Z".
QVariant fromDateTime(const QDateTime &value);
QDateTime toDateTime(const QVariant &value);
// NULL for an empty string.
QVariant nullableText(const QString &value);
// The current time as stored ("...Z").
QString nowText();

} // namespace SqlValues
