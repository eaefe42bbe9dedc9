// Helpers shared by the test executables: paths of the build and of the test data, and a store
// to test the engine's read models on.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <QList>

#include <memory>
#include <utility>

class Database;
class QTemporaryDir;

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

// Opens into `db` a new database on the engine under test (TestEngine; a file in `dir` for SQLite)
// named after the running test function ("<prefix>-<function>") and inserts a token per (name, where its id
// goes), in order; false when anything failed.
bool openTestDatabase(std::unique_ptr<Database> &db, const QTemporaryDir &dir, const QString &prefix,
                      const QList<std::pair<QString, QString *>> &tokens = {});

// keyOf(row) of every row of a paged read model (query.page(offset, limit) -> Result<QList<Row>>),
// read `block` rows at a time; {"error: <the failure>"} when a page fails.
template<typename Query, typename KeyOf>
QStringList pagedKeys(const Query &query, int block, KeyOf keyOf)
{
    QStringList out;
    for (qint64 offset = 0;; offset += block) {
        const auto page = query.page(offset, block);
        if (!page)
            return {QStringLiteral("error: ") + page.error().toLogString()};
        for (const auto &row : page.value())
            out.append(keyOf(row));
        if (page->size() < block)
            return out;
    }
}

} // namespace TestSupport
