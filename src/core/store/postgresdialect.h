// PostgresDialect: the team inventory on PostgreSQL 13+ through Qt's QPSQL driver. Identity keys,
// BYTEA, BOOLEAN, ISO 8601 UTC timestamps as text (the same text SQLite writes), session settings
// (UTC, statement and lock timeouts, application_name), errors classified by SQLSTATE, and COPY
// for the bulk paths (PostgresBulkInserter).
#pragma once

#include "core/store/sqldialect.h"

class PostgresDialect : public SqlDialect
{
public:
    // Oldest server accepted (server_version_num).
    static constexpr int MinimumServerVersion = 130000;

    // lockTimeoutMs: how long a writer waits for another seat's row or table lock before it fails
    // as Busy (the counterpart of SQLite's busy timeout).
    explicit PostgresDialect(int lockTimeoutMs = 15000);

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
    QString insertionOrder() const override;
    Result<qint64> insertedId(QSqlQuery &query) const override;
    Result<void> lockForMigration(const QSqlDatabase &db) const override;
    bool canPrepare(const QString &sql) const override;
    QString sortDirection(bool descending) const override;
    Result<void> configureConnection(const QSqlDatabase &db) const override;
    Result<void> integrityCheck(const QSqlDatabase &db) const override;
    QStringList tableColumns(const QSqlDatabase &db, const QString &table) const override;
    Failure classify(const QSqlError &error) const override;
    Result<qint64> dataVersion(const QSqlDatabase &db) const override;
    std::unique_ptr<BulkInserter> bulkInserter(const Database &db, const QString &sql,
                                               int columnCount) const override;

private:
    int m_lockTimeoutMs;
};
