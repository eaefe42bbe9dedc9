#include "consolelock.h"

#include "core/common/privatefiles.h"
#include "core/store/databaselocation.h"

#include <QCryptographicHash>
#include <QStandardPaths>

#include <QFileInfo>

ConsoleLock::ConsoleLock(const QString &databasePath)
    : m_path(lockPathFor(databasePath))
{}

ConsoleLock::~ConsoleLock() = default;

QString ConsoleLock::lockPathFor(const QString &databasePath)
{
    // A database on a server has no folder of ours: the lock of this machine's console on it lives in
    // the application's data folder, named after the location.
    if (DatabaseLocation::looksLikeUrl(databasePath)) {
        const QByteArray hash = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256);
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/console-") + QString::fromLatin1(hash.toHex().left(16)) +
               QStringLiteral(".lock");
    }
    return databasePath + QStringLiteral(".lock");
}

bool ConsoleLock::tryLock()
{
    if (isLocked())
        return true;
    PrivateFiles::makeDirectory(QFileInfo(m_path).absolutePath());
    m_lock = std::make_unique<QLockFile>(m_path);
    // Never stale by age: a console runs for days. A dead holder (same host) is found by its pid.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        PrivateFiles::restrict({m_path});
        return true;
    }
    m_holder = {};
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_lock->getLockInfo(&m_holder.pid, &m_holder.hostName, &m_holder.appName);
        m_error = tr("Another VPP Desk has this database open: %1.").arg(holderText());
    } else {
        m_error = tr("The lock file %1 cannot be written.").arg(m_path);
    }
    m_lock.reset();
    return false;
}

bool ConsoleLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

QString ConsoleLock::holderText() const
{
    const QString app = m_holder.appName.isEmpty() ? tr("an unknown program") : m_holder.appName;
    if (m_holder.pid <= 0)
        return app;
    return m_holder.hostName.isEmpty()
               ? tr("%1 (process %2)").arg(app).arg(m_holder.pid)
               : tr("%1 (process %2 on %3)").arg(app).arg(m_holder.pid).arg(m_holder.hostName);
}
