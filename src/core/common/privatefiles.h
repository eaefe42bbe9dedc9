// PrivateFiles: files that hold an organisation's inventory (the database and its -wal/-shm, the
// request trace, exports) are for the user who runs VPP Desk only. On Unix a folder VPP Desk
// creates for them is 0700 and the files are 0600; elsewhere these calls do nothing (Windows and
// macOS keep per-user data in per-user folders).
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

class PrivateFiles
{
public:
    // mkpath; the folders it creates are owner-only. False if the folder cannot be made.
    static bool makeDirectory(const QString &path);
    // Owner read/write only, for each of the files that exists.
    static void restrict(const QStringList &paths);
    // Creates `path` empty and owner-only if it does not exist yet; tightens it if it does.
    static bool createFile(const QString &path);
    // Opens `file` (creating it owner-only when missing) and tightens an existing one.
    static bool open(QFile &file, QIODevice::OpenMode mode);
};
