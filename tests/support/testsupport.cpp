#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace TestSupport {

QString binaryDir()
{
    const QString fromEnv = qEnvironmentVariable("VPPDESK_BINARY_DIR");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../..") : fromEnv;
}

QString dataDir()
{
    return qEnvironmentVariable("VPPDESK_SOURCE_DIR") + QStringLiteral("/tests/data");
}

QString executable(const QString &name)
{
#ifdef Q_OS_WIN
    const QString suffix = QStringLiteral(".exe");
#else
    const QString suffix;
#endif
    for (const QString &sub :
         {QStringLiteral("/src/sim/"), QStringLiteral("/src/cli/"), QStringLiteral("/src/gui/")}) {
        const QString path = binaryDir() + sub + name + suffix;
        if (QFile::exists(path))
            return QDir::cleanPath(path);
    }
    return QString();
}

QByteArray filesBytes(const QString &path, const QStringList &suffixes)
{
    QByteArray bytes;
    for (const QString &suffix : suffixes) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace TestSupport
