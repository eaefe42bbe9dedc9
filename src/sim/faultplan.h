// What to break and when: armed faults (the next N matching requests, or a percentage of
// them) and a per-request latency. Consulted by SimServer for every v2 and metadata request.
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QVector>

#include <optional>

enum class FaultKind {
    RateLimited,    // HTTP 429, 9646, Retry-After
    Unavailable,    // HTTP 503, 9729, Retry-After
    InternalError,  // HTTP 500, 9603, Retry-After
    ErrorIn200,     // HTTP 200 whose body is an error (9646 unless errorNumber says otherwise)
    TruncatedJson,  // HTTP 200, body cut in the middle, Content-Length matching the cut body
    InvalidJson,    // HTTP 200, an HTML error page instead of JSON
    DropConnection, // headers promise the whole body, half is sent, then the connection is dropped
};

struct ArmedFault
{
    FaultKind kind = FaultKind::RateLimited;
    int remaining = 1; // -1: unlimited (with percent)
    int percent = 100; // chance that a matching request is hit
    QString pathContains;
    int retryAfterSeconds = 1;
    int errorNumber = 0; // for ErrorIn200: default 9646

    QJsonObject toJson() const;
};

class FaultPlan
{
public:
    // "KIND[:COUNT][%PERCENT][@PATH]", e.g. "429:5", "503%20", "truncate:1@/assignments".
    static std::optional<ArmedFault> parse(const QString &spec, QString *error);
    static std::optional<ArmedFault> fromJson(const QJsonObject &object, QString *error);
    static std::optional<FaultKind> kindFromName(const QString &name);
    static QString kindName(FaultKind kind);
    static QStringList kindNames();

    void arm(const ArmedFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    const QVector<ArmedFault> &armed() const { return m_faults; }

    void setLatencyMs(int ms) { m_latencyMs = qMax(0, ms); }
    int latencyMs() const { return m_latencyMs; }

    // The fault that hits a request to `path`, if any; consumes one count of it.
    std::optional<ArmedFault> take(const QString &path);

private:
    QVector<ArmedFault> m_faults;
    int m_latencyMs = 0;
    QRandomGenerator m_random{4242u};
};
