#include "core/common/buildinfo.h"

#include "buildinfo_config.h"

#include <QCoreApplication>

QString BuildInfo::version()
{
    return QStringLiteral(VPPDESK_VERSION);
}

QString BuildInfo::gitCommit()
{
    return QStringLiteral(VPPDESK_GIT_COMMIT);
}

QString BuildInfo::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString BuildInfo::keychainVersion()
{
    return QStringLiteral(VPPDESK_QTKEYCHAIN_VERSION);
}

QString BuildInfo::versionText(const QString &program)
{
    return QCoreApplication::translate("BuildInfo",
                                       "%1 %2\ncommit %3\nQt %4 (built with %5)\nQtKeychain %6\n")
        .arg(program, version(), gitCommit(), qtRuntimeVersion(), qtBuildVersion(), keychainVersion());
}
