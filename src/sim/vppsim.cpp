#include "vppsim.h"

#include "simserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

VppSim::VppSim(QObject *parent)
    : QObject(parent)
    , m_events(std::make_unique<EventProcessor>(m_state, m_config))
    , m_server(std::make_unique<SimServer>(m_state, m_config, m_faults, *m_events))
{}

VppSim::~VppSim() = default;

bool VppSim::listen(quint16 port, QString *error)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = port ? QStringLiteral("cannot listen on 127.0.0.1:%1 (in use?)").arg(port)
                      : QStringLiteral("cannot listen on 127.0.0.1");
        return false;
    }
    m_config.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    m_events->start();
    return true;
}

qint64 VppSim::requestCount() const
{
    return m_server->requestCount();
}

QString VppSim::tokenFor(int location) const
{
    QString newest;
    QDateTime newestExpiry;
    for (const SimToken &t : m_state.tokens())
        if (t.location == location && !t.revoked && (newest.isEmpty() || t.expiresAt >= newestExpiry)) {
            newest = t.fileContents;
            newestExpiry = t.expiresAt;
        }
    return newest;
}

bool VppSim::writeTokens(const QString &dir, QStringList *written, QString *error) const
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    for (int i = 0; i < m_state.locationCount(); ++i) {
        const QString name = m_state.location(i)->locationName().replace(unsafe, u"-"_s);
        const QString path = QDir(dir).filePath(name + u".vpptoken"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(tokenFor(i).toLatin1()) < 0) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        written->append(path);
    }
    return true;
}
