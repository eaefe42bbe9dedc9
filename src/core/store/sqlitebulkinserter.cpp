#include "core/store/sqlitebulkinserter.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

SqliteBulkInserter::SqliteBulkInserter(const Database &db, const QString &sql, int columnCount)
    : BulkInserter(db, QString(), columnCount)
    , m_handle(handleOf(db))
{
    if (!m_handle) {
        m_status = StoreError::notOpen();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_statement, nullptr);
    if (rc != SQLITE_OK)
        m_status = sqliteError(rc, QStringLiteral("prepare bulk insert"));
}

SqliteBulkInserter::~SqliteBulkInserter()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

sqlite3 *SqliteBulkInserter::handleOf(const Database &db)
{
    if (!db.isOpen() || !db.connection().driver())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

VppError SqliteBulkInserter::sqliteError(int code, const QString &what) const
{
    const QString text = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
    const QSqlError error(text, text, QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(m_handle)));
    Q_UNUSED(code);
    return StoreError::fromSql(m_db.dialect().classify(error), error, what);
}

Result<void> SqliteBulkInserter::status() const
{
    return m_status;
}

void SqliteBulkInserter::bindText(int column, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_statement, column + 1);
        return;
    }
    sqlite3_bind_text16(m_statement, column + 1, value.utf16(), int(value.size() * sizeof(char16_t)),
                        SQLITE_TRANSIENT);
}

void SqliteBulkInserter::bindNull(int column)
{
    sqlite3_bind_null(m_statement, column + 1);
}

void SqliteBulkInserter::bindInt(int column, qint64 value)
{
    sqlite3_bind_int64(m_statement, column + 1, value);
}

void SqliteBulkInserter::bindBlob(int column, const QByteArray &value)
{
    sqlite3_bind_blob64(m_statement, column + 1, value.constData(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT);
}

Result<qint64> SqliteBulkInserter::insert()
{
    if (!m_status)
        return m_status.error();
    const int rc = sqlite3_step(m_statement);
    std::optional<VppError> failed;
    if (rc != SQLITE_DONE)
        failed = sqliteError(rc, QStringLiteral("bulk insert"));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (failed)
        return *failed;
    return qint64(sqlite3_changes(m_handle));
}
