// Helpers shared by the test executables: paths of the build and of the test data.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Directory holding the built executables (vppsim, vppdesk-cli), from CTest's environment.
QString binaryDir();
// tests/data in the source tree.
QString dataDir();
// Path of a built executable such as "vppsim" (with ".exe" on Windows).
QString executable(const QString &name);
// The bytes of `path` + each suffix that exists, in order (a SQLite file with its "-wal" and
// "-shm" files): what a test searches for a secret that must not be stored.
QByteArray filesBytes(const QString &path, const QStringList &suffixes);

} // namespace TestSupport
