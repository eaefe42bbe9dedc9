#include "core/apple/appletrace.h"

#include "core/common/privatefiles.h"

#include <QJsonDocument>
#include <QJsonObject>

QString AppleTraceEntry::toJsonLine() const
{
    const QJsonObject o{{QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("status"), httpStatus},
                        {QStringLiteral("errorNumber"), appleErrorNumber},
                        {QStringLiteral("attempt"), attempt},
                        {QStringLiteral("ms"), elapsedMs},
                        {QStringLiteral("bytes"), bytes},
                        {QStringLiteral("outcome"), outcome}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AppleTrace::AppleTrace(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{}

bool AppleTrace::setFile(const QString &path, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        m_file.close();
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!PrivateFiles::open(m_file, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

void AppleTrace::record(const AppleTraceEntry &entry)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_entries.append(entry);
        if (m_entries.size() > m_capacity)
            m_entries.removeFirst();
        if (m_file.isOpen()) {
            m_file.write(entry.toJsonLine().toUtf8() + '\n');
            m_file.flush();
        }
    }
    Q_EMIT recorded(entry);
}

QList<AppleTraceEntry> AppleTrace::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries;
}

void AppleTrace::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}
