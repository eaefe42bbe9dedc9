// PostgresBulkInserter: BulkInserter through COPY ... FROM STDIN on the libpq connection of the QPSQL
// driver (QSqlDriver::handle()). Rows are written in COPY's text format (tab, newline, carriage
// return and backslash escaped, NULL as \N, blobs as \\x hex) and sent in blocks; the server checks
// them when the COPY ends, so errors come from finish(). While a COPY is open the connection runs
// nothing else: bind and insert the rows, then finish() before the next statement.
#pragma once

#include "core/store/bulkinserter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

struct pg_conn;

class PostgresBulkInserter : public BulkInserter
{
public:
    // `sql` must pass canCopy(): "INSERT INTO table (columns) VALUES (?, ...)".
    PostgresBulkInserter(const Database &db, const QString &sql, int columnCount);
    ~PostgresBulkInserter() override;

    // Whether `sql` is a plain INSERT that COPY can replace (no ON CONFLICT, no expression).
    static bool canCopy(const QString &sql);
    // The libpq connection of a QPSQL connection (nullptr for another driver or a closed one).
    static pg_conn *handleOf(const Database &db);
    // One value in COPY's text format (without the separators).
    static QByteArray escapeText(const QByteArray &utf8);

    Result<void> status() const override;
    void bindText(int column, const QString &value) override;
    void bindNull(int column) override;
    void bindInt(int column, qint64 value) override;
    void bindBlob(int column, const QByteArray &value) override;
    // Queues the bound row; returns 1 (the server's verdict comes with finish()).
    Result<qint64> insert() override;
    Result<void> finish() override;

private:
    Result<void> begin();
    Result<void> flush();
    VppError copyError(const QString &what, const QString &message, const QString &state) const;
    void abandon();

    pg_conn *m_handle = nullptr;
    QString m_copySql;
    QList<std::optional<QByteArray>> m_row;
    QByteArray m_buffer;
    bool m_copying = false;
    Result<void> m_status;
};
