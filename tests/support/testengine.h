// TestEngine: the engine a test binary runs its store against, chosen by CTest's registration
// (VPPDESK_TEST_ENGINE=sqlite|postgresql; vpp_add_test(... ENGINES) registers a binary once per
// engine), and fresh databases on it: a file in a temporary folder for SQLite, a new database
// (CREATE DATABASE) on the throw-away PostgreSQL 15 of tests/support/pg-test-server.sh for
// PostgreSQL. CTest starts that server once for the run (fixture "postgresql"); a binary started by
// hand starts its own and stops it when it exits.
#pragma once

#include <QString>

class QTemporaryDir;

namespace TestEngine {

bool isPostgreSql();
// "sqlite" or "postgresql".
QString name();

// Why the engine cannot run here (the PostgreSQL server binaries are absent), else empty. A test's
// initTestCase skips with this text (CTest reports the test as skipped); see VPP_REQUIRE_ENGINE.
QString skipReason();
// The server should run but does not: what failed, else empty (a test fails with it).
QString failureReason();

// A location (file path or postgresql:// URL) for a new, empty database; `name` makes it
// recognisable (the test function's name).
QString newLocation(const QTemporaryDir &dir, const QString &name);

// PostgreSQL test server only: its port, a URL for `database` as `user`, and a statement run as the
// superuser on the "postgres" database (CREATE ROLE...); an empty string on success, else the error.
int serverPort();
QString serverUrl(const QString &database, const QString &user = QStringLiteral("postgres"));
QString adminExec(const QString &sql, const QString &database = QStringLiteral("postgres"));

} // namespace TestEngine

// In initTestCase: skips the whole test when the engine is absent, fails when it should run but
// does not.
#define VPP_REQUIRE_ENGINE()                                                                                 \
    do {                                                                                                     \
        if (const QString reason = TestEngine::skipReason(); !reason.isEmpty())                              \
            QSKIP(qPrintable(reason));                                                                       \
        if (const QString failure = TestEngine::failureReason(); !failure.isEmpty())                         \
            QFAIL(qPrintable(failure));                                                                      \
    } while (false)

// In a test function that only makes sense on SQLite (its files, pragmas): skips it on PostgreSQL.
#define VPP_SQLITE_ONLY(why)                                                                                 \
    do {                                                                                                     \
        if (TestEngine::isPostgreSql())                                                                      \
            QSKIP(why);                                                                                      \
    } while (false)
