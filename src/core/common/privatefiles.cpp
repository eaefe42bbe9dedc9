#include "core/common/privatefiles.h"

#include <QDir>
#include <QFileInfo>

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

bool PrivateFiles::makeDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_UNIX
    // The folders missing now are the ones we create: only those are made owner-only (an existing
    // folder such as the user's Documents is theirs to set).
    QStringList missing;
    for (QString dir = absolute; !dir.isEmpty() && !QFileInfo::exists(dir);) {
        missing.prepend(dir);
        const QString parent = QFileInfo(dir).path();
        if (parent == dir)
            break;
        dir = parent;
    }
#endif
    if (!QDir().mkpath(absolute))
        return false;
#ifdef Q_OS_UNIX
    for (const QString &dir : std::as_const(missing))
        QFile::setPermissions(dir, kOwnerDir);
#endif
    return true;
}

void PrivateFiles::restrict(const QStringList &paths)
{
#ifdef Q_OS_UNIX
    for (const QString &path : paths)
        if (QFileInfo(path).isFile())
            QFile::setPermissions(path, kOwnerFile);
#else
    Q_UNUSED(paths)
#endif
}

bool PrivateFiles::createFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly, kOwnerFile))
            return false;
        file.close();
    }
    restrict({path});
    return true;
}

bool PrivateFiles::open(QFile &file, QIODevice::OpenMode mode)
{
    const bool existed = file.exists();
    if (!file.open(mode, kOwnerFile))
        return false;
    if (existed)
        restrict({file.fileName()});
    return true;
}
