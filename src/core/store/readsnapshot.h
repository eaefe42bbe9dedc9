// ReadSnapshot: a deferred transaction for work that reads the inventory and writes only TEMP
// tables (staging a page, reading a reconciliation's diff): it takes no write lock on the main
// database, and every read inside it sees one state of the database. Inside a caller's
// transaction it does nothing (the caller's scope rules). Rolled back unless commit() is called.
#pragma once

#include "core/store/database.h"

class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
        , m_own(db.transactionDepth() == 0)
    {
        if (m_own)
            m_status = m_db.exec(m_db.dialect().beginReadSnapshotSql());
        m_active = m_own && m_status;
    }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const Result<void> &status() const { return m_status; }
    Result<void> commit()
    {
        if (!m_active)
            return {};
        m_active = false;
        const Result<void> committed = m_db.exec(QStringLiteral("COMMIT"));
        if (!committed)
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
        return committed;
    }

private:
    Database &m_db;
    bool m_own;
    bool m_active = false;
    Result<void> m_status;
};
