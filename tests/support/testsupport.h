// Helpers shared by the test executables: paths of the build and of the test data.
#pragma once

#include <QString>

namespace TestSupport {

// Directory holding the built executables (vppsim, vppdesk-cli), from CTest's environment.
QString binaryDir();
// tests/data in the source tree.
QString dataDir();
// Path of a built executable such as "vppsim" (with ".exe" on Windows).
QString executable(const QString &name);

} // namespace TestSupport
