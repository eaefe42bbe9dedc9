// BuildInfo: what this build is, for --version, Help > About and bug reports: the version, the git
// commit it was built from, and the Qt (at run time and at build time) and QtKeychain versions.
#pragma once

#include <QString>

class BuildInfo
{
public:
    static QString version();
    // "git describe --always --dirty" of the source tree at build time; "unknown" outside git.
    static QString gitCommit();
    static QString qtRuntimeVersion();
    static QString qtBuildVersion();
    static QString keychainVersion();
    // Several lines: "<program> <version>", then the commit and the library versions.
    static QString versionText(const QString &program);
};
