#include "core/store/transaction.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QSqlQuery>

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (!m_db.isOpen()) {
        m_status = StoreError::notOpen();
        return;
    }
    if (m_db.m_transactionDepth > 0) {
        m_savepoint = QStringLiteral("vpp_sp_%1").arg(++m_db.m_savepointSerial);
        m_status = run(QStringLiteral("SAVEPOINT ") + m_savepoint, QStringLiteral("savepoint"));
    } else {
        m_status = run(m_db.dialect().beginTransactionSql(), QStringLiteral("begin transaction"));
    }
    if (m_status) {
        m_active = true;
        ++m_db.m_transactionDepth;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::run(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql))
        return m_db.failure(query, what);
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return StoreError::transactionNotActive();
    const Result<void> result =
        m_savepoint.isEmpty()
            ? run(QStringLiteral("COMMIT"), QStringLiteral("commit"))
            : run(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, QStringLiteral("release savepoint"));
    if (!result) {
        // A failed COMMIT (disk full, busy) may leave the transaction open: end it for sure.
        rollback();
        return result;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db.m_transactionDepth;
    Result<void> result;
    if (m_savepoint.isEmpty()) {
        result = run(QStringLiteral("ROLLBACK"), QStringLiteral("rollback"));
    } else {
        result = run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint,
                     QStringLiteral("rollback to savepoint"));
        if (result)
            result =
                run(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, QStringLiteral("release savepoint"));
    }
    // A failure was logged by StoreError; SQLite may already have rolled back (disk full, I/O error).
}
