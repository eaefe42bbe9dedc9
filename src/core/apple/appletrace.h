// A redacted trace of the traffic with Apple: method, path, status, time, Apple error number
// and attempt of every request. Never a header, a body or the token. Kept in a ring buffer and
// optionally appended to a file as JSON lines.
#pragma once

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QObject>

struct AppleTraceEntry
{
    QDateTime at;
    QString method;
    QString path; // host and path, with the query (which never carries a secret)
    int httpStatus = 0;
    int appleErrorNumber = 0;
    int attempt = 1;
    qint64 elapsedMs = 0;
    qint64 bytes = 0;
    QString outcome; // ok, retry, error, cancelled

    QString toJsonLine() const;
};

class AppleTrace : public QObject
{
    Q_OBJECT

public:
    explicit AppleTrace(int capacity = 2000, QObject *parent = nullptr);

    // Appends every entry to `path` too (JSON lines); empty path stops that.
    bool setFile(const QString &path, QString *error);
    void record(const AppleTraceEntry &entry);
    // Thread-safe: the clients of concurrent sync runs record from their own threads.
    QList<AppleTraceEntry> entries() const;
    void clear();

Q_SIGNALS:
    void recorded(const AppleTraceEntry &entry);

private:
    int m_capacity;
    QList<AppleTraceEntry> m_entries;
    QFile m_file;
    mutable QMutex m_mutex;
};
