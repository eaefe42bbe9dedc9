#include "core/store/postgresbulkinserter.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace {

// Rows are sent to the server in blocks of about this size.
constexpr qsizetype kBlockBytes = 256 * 1024;

const QRegularExpression &plainInsert()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*INSERT\\s+INTO\\s+([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(([A-Za-z0-9_,\\s]+)\\)\\s*"
                       "VALUES\\s*\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

PostgresBulkInserter::PostgresBulkInserter(const Database &db, const QString &sql, int columnCount)
    : BulkInserter(db, QString(), columnCount)
    , m_handle(handleOf(db))
    , m_row(columnCount)
{
    if (!m_handle) {
        m_status = StoreError::notOpen();
        return;
    }
    const QRegularExpressionMatch match = plainInsert().match(sql);
    if (!match.hasMatch()) {
        m_status =
            copyError(QStringLiteral("prepare bulk insert"), QStringLiteral("not a plain INSERT"), QString());
        return;
    }
    QStringList columns = match.captured(2).split(QLatin1Char(','));
    for (QString &column : columns)
        column = column.trimmed();
    m_copySql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(match.captured(1), columns.join(QStringLiteral(", ")));
}

PostgresBulkInserter::~PostgresBulkInserter()
{
    abandon();
}

bool PostgresBulkInserter::canCopy(const QString &sql)
{
    return plainInsert().match(sql).hasMatch();
}

pg_conn *PostgresBulkInserter::handleOf(const Database &db)
{
    if (!db.isOpen() || !db.connection().driver())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

QByteArray PostgresBulkInserter::escapeText(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

VppError PostgresBulkInserter::copyError(const QString &what, const QString &message,
                                         const QString &state) const
{
    const QSqlError error(message, message, QSqlError::StatementError, state);
    return StoreError::fromSql(m_db.dialect().classify(error), error, what);
}

Result<void> PostgresBulkInserter::status() const
{
    return m_status;
}

void PostgresBulkInserter::bindText(int column, const QString &value)
{
    if (value.isEmpty())
        bindNull(column);
    else if (column >= 0 && column < m_row.size())
        m_row[column] = escapeText(value.toUtf8());
}

void PostgresBulkInserter::bindNull(int column)
{
    if (column >= 0 && column < m_row.size())
        m_row[column] = std::nullopt;
}

void PostgresBulkInserter::bindInt(int column, qint64 value)
{
    if (column >= 0 && column < m_row.size())
        m_row[column] = QByteArray::number(value);
}

void PostgresBulkInserter::bindBlob(int column, const QByteArray &value)
{
    // bytea's hex input "\x0102", its backslash escaped for COPY.
    if (column >= 0 && column < m_row.size())
        m_row[column] = QByteArray("\\\\x") + value.toHex();
}

Result<void> PostgresBulkInserter::begin()
{
    PGresult *result = PQexec(m_handle, m_copySql.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    PQclear(result);
    if (!ok)
        return copyError(QStringLiteral("start COPY"), message, state);
    m_copying = true;
    return {};
}

Result<void> PostgresBulkInserter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(m_handle, m_buffer.constData(), int(m_buffer.size())) != 1) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_handle)).trimmed();
        abandon();
        return copyError(QStringLiteral("COPY data"), message, QString());
    }
    m_buffer.clear();
    return {};
}

Result<qint64> PostgresBulkInserter::insert()
{
    if (!m_status)
        return m_status.error();
    if (!m_copying) {
        if (const Result<void> started = begin(); !started)
            return started.error();
    }
    for (qsizetype i = 0; i < m_row.size(); ++i) {
        if (i > 0)
            m_buffer.append('\t');
        m_buffer.append(m_row[i] ? *m_row[i] : QByteArray("\\N"));
        m_row[i] = std::nullopt;
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= kBlockBytes) {
        if (const Result<void> sent = flush(); !sent)
            return sent.error();
    }
    return qint64(1);
}

Result<void> PostgresBulkInserter::finish()
{
    if (!m_copying)
        return {};
    if (const Result<void> sent = flush(); !sent)
        return sent;
    m_copying = false;
    if (PQputCopyEnd(m_handle, nullptr) != 1)
        return copyError(QStringLiteral("end COPY"), QString::fromUtf8(PQerrorMessage(m_handle)).trimmed(),
                         QString());
    Result<void> outcome;
    while (PGresult *result = PQgetResult(m_handle)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome) {
            outcome =
                copyError(QStringLiteral("COPY"), QString::fromUtf8(PQresultErrorMessage(result)).trimmed(),
                          QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
        }
        PQclear(result);
    }
    return outcome;
}

void PostgresBulkInserter::abandon()
{
    m_buffer.clear();
    if (!m_copying || !m_handle)
        return;
    m_copying = false;
    // The rows sent are thrown away; the transaction around them is failed and rolls back.
    PQputCopyEnd(m_handle, "abandoned");
    while (PGresult *result = PQgetResult(m_handle))
        PQclear(result);
}
