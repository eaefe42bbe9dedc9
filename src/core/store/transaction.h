// Transaction: RAII scope of a database transaction. Commits when commit() is called, rolls back
// when the scope ends without it (early return, error). Nested Transaction objects on the same
// Database become savepoints, so a repository call can run alone or inside a caller's transaction.
// Objects must end in reverse order of creation.
#pragma once

#include "core/common/result.h"

#include <QString>

class Database;

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction could start; check it before using the scope.
    const Result<void> &status() const { return m_status; }
    bool isActive() const { return m_active; }

    // On failure the transaction has been rolled back.
    Result<void> commit();
    void rollback();

private:
    Result<void> run(const QString &sql, const QString &what);

    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    Result<void> m_status;
};
