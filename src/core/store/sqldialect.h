// SqlDialect: everything that differs between SQL engines, in one place, so the schema and the
// repositories stay portable. SqliteDialect is the one we ship; a PostgreSQL dialect can follow by
// implementing the same interface (driver name, column types, upsert, now(), session setup).
#pragma once

#include "core/common/result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

class BulkInserter;
class Database;
class QSqlDatabase;

class SqlDialect
{
public:
    // What went wrong, independent of the engine's own error numbers.
    enum class Failure { Other, DiskFull, ReadOnly, Corrupt, CannotOpen, Busy, Constraint };

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

// SQLite 3.24+ (WAL, foreign keys, NORMAL sync, busy timeout).
class SqliteDialect : public SqlDialect
{
public:
    // A writer that meets another connection's transaction waits this long before it fails (and
    // names who holds the database): longer than the longest apply of a sync, the first sync of a
    // location with a million licenses (a few seconds).
    explicit SqliteDialect(int busyTimeoutMs = 15000);

    QString name() const override;
    QString driverName() const override;
    QString identityPrimaryKey() const override;
    QString blobType() const override;
    QString booleanType() const override;
    QString booleanLiteral(bool value) const override;
    QString nowExpression() const override;
    QString beginTransactionSql() const override;
    Result<void> configureConnection(const QSqlDatabase &db) const override;
    Result<void> integrityCheck(const QSqlDatabase &db) const override;
    QStringList tableColumns(const QSqlDatabase &db, const QString &table) const override;
    Failure classify(const QSqlError &error) const override;
    Result<qint64> dataVersion(const QSqlDatabase &db) const override;
    Result<void> deferCheckpoints(const QSqlDatabase &db) const override;
    Result<void> checkpoint(const QSqlDatabase &db) const override;
    std::unique_ptr<BulkInserter> bulkInserter(const Database &db, const QString &sql,
                                               int columnCount) const override;

private:
    int m_busyTimeoutMs;
};
