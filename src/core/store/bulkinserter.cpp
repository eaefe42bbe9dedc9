#include "core/store/bulkinserter.h"

#include "core/store/database.h"

#include <QVariant>

BulkInserter::BulkInserter(const Database &db, const QString &sql, int columnCount)
    : m_db(db)
    , m_query(db.connection())
{
    Q_UNUSED(columnCount);
    if (sql.isEmpty())
        return; // a subclass prepares its own statement
    if (!m_query.prepare(sql))
        m_status = db.failure(m_query, QStringLiteral("prepare bulk insert"));
}

BulkInserter::~BulkInserter() = default;

Result<void> BulkInserter::status() const
{
    return m_status;
}

void BulkInserter::bindText(int column, const QString &value)
{
    if (value.isEmpty())
        bindNull(column);
    else
        m_query.bindValue(column, value);
}

void BulkInserter::bindNull(int column)
{
    m_query.bindValue(column, QVariant(QMetaType::fromType<QString>()));
}

void BulkInserter::bindInt(int column, qint64 value)
{
    m_query.bindValue(column, value);
}

void BulkInserter::bindBlob(int column, const QByteArray &value)
{
    m_query.bindValue(column, value);
}

Result<void> BulkInserter::finish()
{
    return {};
}

Result<qint64> BulkInserter::insert()
{
    if (!m_status)
        return m_status.error();
    if (!m_query.exec())
        return m_db.failure(m_query, QStringLiteral("bulk insert"));
    return qint64(m_query.numRowsAffected());
}
