// SqliteBulkInserter: BulkInserter on SQLite's C API, through the sqlite3 handle of the QSQLITE
// connection (QSqlDriver::handle()). One prepared statement, values bound as UTF-16 text or
// integers, sqlite3_step and sqlite3_reset per row: a tenth of the cost of QSqlQuery's binding
// for the million-row passes of a sync.
#pragma once

#include "core/store/bulkinserter.h"

struct sqlite3;
struct sqlite3_stmt;

class SqliteBulkInserter : public BulkInserter
{
public:
    SqliteBulkInserter(const Database &db, const QString &sql, int columnCount);
    ~SqliteBulkInserter() override;

    // The sqlite3 handle of a QSQLITE connection (nullptr for another driver or a closed one).
    static sqlite3 *handleOf(const Database &db);

    Result<void> status() const override;
    void bindText(int column, const QString &value) override;
    void bindNull(int column) override;
    void bindInt(int column, qint64 value) override;
    void bindBlob(int column, const QByteArray &value) override;
    Result<qint64> insert() override;

private:
    VppError sqliteError(int code, const QString &what) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Result<void> m_status;
};
