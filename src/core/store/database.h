// Database: one connection to the inventory database. Opens the file, applies the session settings
// of its SqlDialect (SQLite: WAL, foreign keys, NORMAL sync, busy timeout), runs the numbered
// migrations of Schema and refuses a database written by a newer version. Every failure comes back
// as a VppError of Kind::Store. Like QSqlDatabase, an instance is used from one thread only.
#pragma once

#include "core/common/result.h"
#include "core/store/sqldialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

class DatabaseLocation;
class QSqlQuery;
struct Migration;
template<typename T>
class QSet;

class Database
{
public:
    // Without a dialect, the location given to open() chooses: SQLite for a path, PostgreSQL for a
    // postgresql:// URL.
    explicit Database(std::unique_ptr<SqlDialect> dialect = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database at `location` (a SQLite file, created if needed, or a PostgreSQL URL: see
    // DatabaseLocation) and brings its schema up to date. Nothing is written when it fails.
    Result<void> open(const QString &location);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // <AppDataLocation>/inventory.sqlite; the folder is created by open().
    static QString defaultPath();
    // Highest schema version this build can read and write.
    static int knownSchemaVersion();
    // Version recorded in the open database (0 for an empty one).
    Result<int> schemaVersion() const;

    // Structure and foreign keys of the whole file (SQLite: integrity_check + foreign_key_check).
    Result<void> integrityCheck();

    const SqlDialect &dialect() const { return *m_dialect; }
    QString connectionName() const { return m_connectionName; }
    // The connection, for QSqlQuery objects; invalid while closed.
    QSqlDatabase connection() const { return m_db; }

    // Changes whenever another connection (another process, or the sync thread) commits.
    Result<qint64> dataVersion() const;

    // Column names of a table, in order (empty if it does not exist).
    QStringList tableColumns(const QString &table) const;

    // Runs a statement without bound values (DDL, pragmas of tests).
    Result<void> exec(const QString &sql);
    // Runs a statement with positional values ("?"); returns the rows it changed. For a statement the
    // driver cannot prepare (SqlDialect::canPrepare), the values are quoted into the text by the driver.
    Result<qint64> execCount(const QString &sql, const QVariantList &values, const QString &what);
    // The VppError for a failed query; `what` is an untranslated note for the log.
    VppError failure(const QSqlQuery &query, const QString &what) const;

    // Nesting depth of the open Transaction objects (0 = none). Used by Transaction.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;

    Result<void> openFile(const QString &path);
    Result<void> openServer(const DatabaseLocation &location);
    Result<void> migrate();
    Result<QSet<int>> appliedMigrations() const;
    Result<void> applyMigration(const Migration &migration);

    std::unique_ptr<SqlDialect> m_dialect;
    bool m_dialectGiven = false;
    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    int m_savepointSerial = 0;
    mutable bool m_describingBusy = false;
};
