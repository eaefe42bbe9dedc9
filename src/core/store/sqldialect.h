// SqlDialect: everything that differs between SQL engines, in one place, so the schema and the
// repositories stay portable: SqliteDialect (one desk) and PostgresDialect (the team inventory)
// implement it (driver name, column types, upsert, now(), temporary tables, session setup, errors).
#pragma once

#include "core/common/result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

class BulkInserter;
class Database;
class QSqlDatabase;
class QSqlQuery;

class SqlDialect
{
public:
    // What went wrong, independent of the engine's own error numbers.
    enum class Failure { Other, DiskFull, ReadOnly, Corrupt, CannotOpen, Busy, Constraint, PermissionDenied };

    virtual ~SqlDialect() = default;

    // Short name ("sqlite", "postgresql") and the Qt driver that talks to the engine ("QSQLITE").
    virtual QString name() const = 0;
    virtual QString driverName() const = 0;

    // Column type of a surrogate key that the engine numbers itself, including "PRIMARY KEY".
    virtual QString identityPrimaryKey() const = 0;
    virtual QString blobType() const = 0;
    virtual QString booleanType() const = 0;
    virtual QString booleanLiteral(bool value) const = 0;
    // Expression giving the current UTC time as ISO 8601 text ("2026-01-02T03:04:05.678Z").
    virtual QString nowExpression() const = 0;
    // Statement that starts a write transaction (SQLite takes the write lock at once).
    virtual QString beginTransactionSql() const = 0;
    // Statement that starts a transaction in which every read sees one state of the database and
    // only temporary tables are written (SQLite: deferred; PostgreSQL: REPEATABLE READ).
    virtual QString beginReadSnapshotSql() const = 0;

    // How a statement names a temporary table of the connection (SQLite: "temp.x").
    virtual QString tempTable(const QString &table) const = 0;
    // "CREATE INDEX IF NOT EXISTS" of an index on a temporary table; columns is the SQL list.
    virtual QString createTempIndexSql(const QString &index, const QString &table,
                                       const QString &columns) const = 0;
    // The LIKE operator that ignores case (SQLite's LIKE does, for ASCII).
    virtual QString caseInsensitiveLike() const = 0;
    // Appended to an INSERT into a table with an identity key "id" (" RETURNING id" or nothing);
    // after exec(), insertedId() gives the new row's id.
    virtual QString returningId() const = 0;
    // ORDER BY expression giving the rows of a staging table (temporary, only inserted into) in the
    // order they were inserted.
    virtual QString insertionOrder() const = 0;
    // " ASC" or " DESC" for an ORDER BY key, with NULLs ordered as SQLite does (smallest: first
    // ascending, last descending).
    virtual QString sortDirection(bool descending) const;
    // The comparison operator for which NULL equals NULL (SQLite "IS").
    virtual QString nullSafeEquals() const;
    // An integer that orders the rows of a table without an identity column, for keyset paging in
    // a subquery: SQLite's rowid of `alias`, else the row number in the order of `primaryKey`.
    virtual QString rowKey(const QString &alias, const QString &primaryKey) const;
    virtual Result<qint64> insertedId(QSqlQuery &query) const = 0;
    // Inside the migrations' transaction, before the schema version is read: keeps other
    // connections from migrating at the same time (SQLite's write lock already does; no-op).
    virtual Result<void> lockForMigration(const QSqlDatabase &db) const;
    // Whether the driver can prepare `sql` with bound values (PostgreSQL cannot prepare DDL such as
    // CREATE TABLE ... AS SELECT: Database::execCount then writes the values into the text).
    virtual bool canPrepare(const QString &sql) const;

    // "INSERT ... ON CONFLICT (keys) DO UPDATE SET col = <new value>" with one positional
    // placeholder per column. Columns in conflictColumns are never updated.
    virtual QString upsertSql(const QString &table, const QStringList &columns,
                              const QStringList &conflictColumns) const;
    // "INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING" for rowCount rows: rows already present
    // (any unique key) are skipped.
    virtual QString insertOrIgnoreSql(const QString &table, const QStringList &columns,
                                      int rowCount = 1) const;

    // The engine's fastest route for many rows into one table: `sql` is an INSERT with one
    // positional placeholder per column. The base class goes through QSqlQuery.
    virtual std::unique_ptr<BulkInserter> bulkInserter(const Database &db, const QString &sql,
                                                       int columnCount) const;

    // Replaces the ${...} markers of portable DDL: ${ID_PK}, ${BLOB}, ${BOOL}, ${TRUE}, ${FALSE}, ${NOW}.
    QString expand(const QString &ddl) const;

    // Session settings run once after opening (pragmas, time zone...).
    virtual Result<void> configureConnection(const QSqlDatabase &db) const = 0;
    // Structural check of the whole database; an error lists what is damaged.
    virtual Result<void> integrityCheck(const QSqlDatabase &db) const = 0;
    // Names of the columns of a table, in order (schema introspection).
    virtual QStringList tableColumns(const QSqlDatabase &db, const QString &table) const = 0;
    // Maps an engine error to a Failure.
    virtual Failure classify(const QSqlError &error) const = 0;
    // A number that changes when another connection commits (SQLite: PRAGMA data_version), so a
    // reader learns cheaply that someone else wrote; 0 where the engine has no such number.
    virtual Result<qint64> dataVersion(const QSqlDatabase &db) const;
    // A bulk writer (a sync thread) leaves the journal's checkpoints out of its commits
    // (deferCheckpoints) and runs one after each apply, outside the write lock (checkpoint).
    // SQLite: wal_autocheckpoint off for the connection, then a PASSIVE checkpoint. No-ops elsewhere.
    virtual Result<void> deferCheckpoints(const QSqlDatabase &db) const;
    virtual Result<void> checkpoint(const QSqlDatabase &db) const;

protected:
    static QString placeholders(int count);
};
