// SqliteDialect: the inventory of one desk in a SQLite file (WAL, foreign keys, NORMAL sync, busy
// timeout; bulk rows through SQLite's C API).
#pragma once

#include "core/store/sqldialect.h"

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
    QString beginReadSnapshotSql() const override;
    QString tempTable(const QString &table) const override;
    QString createTempIndexSql(const QString &index, const QString &table,
                               const QString &columns) const override;
    QString caseInsensitiveLike() const override;
    QString returningId() const override;
    QString nullSafeEquals() const override;
    QString rowKey(const QString &alias, const QString &primaryKey) const override;
    QString insertionOrder() const override;
    Result<qint64> insertedId(QSqlQuery &query) const override;
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
