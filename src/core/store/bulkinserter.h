// BulkInserter: writes many rows into one table through one prepared INSERT, reused row after
// row. It is the bulk route behind the SqlDialect seam: SQLite binds through the C API of the
// connection Qt's driver already holds (no QVariant, no placeholder names per value), PostgreSQL
// streams COPY; other statements get this base class, which goes through QSqlQuery. Bind every column of
// the row (bindText/bindNull/bindInt/bindBlob, 0-based), then insert(); the bindings are cleared
// for the next row; finish() after the last one. Used from the connection's thread only, and never beyond the
// Database's life.
#pragma once

#include "core/common/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class Database;

class BulkInserter
{
public:
    // `sql` is an INSERT with one positional placeholder per column.
    BulkInserter(const Database &db, const QString &sql, int columnCount);
    virtual ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Whether the statement could be prepared; check it before the first row.
    virtual Result<void> status() const;

    // A null QString (or an empty one, as Apple's optional fields come) is stored as NULL.
    virtual void bindText(int column, const QString &value);
    virtual void bindNull(int column);
    virtual void bindInt(int column, qint64 value);
    virtual void bindBlob(int column, const QByteArray &value);
    // Inserts the bound row; returns the rows it wrote (0 when a conflict skipped it).
    virtual Result<qint64> insert();
    // Ends the batch: an engine that streams rows (PostgreSQL's COPY) sends what is left and reports
    // the server's verdict. Call it after the last row, before any other statement.
    virtual Result<void> finish();

protected:
    const Database &m_db;

private:
    QSqlQuery m_query;
    Result<void> m_status;
};
