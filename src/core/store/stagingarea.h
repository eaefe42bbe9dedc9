// StagingArea: where one sync run puts what it fetches before it is applied. Two tables in the
// connection's TEMP space (users and assignments), named after the run, so several runs on one
// connection never meet, and no page ever takes the inventory's write lock: writes to TEMP tables
// lock nothing in the main database. Each page goes in as one short transaction through the
// dialect's bulk route. The tables go when the area does (or when the connection closes, should
// the process die), so a failed or cancelled run leaves nothing behind.
#pragma once

#include "core/common/result.h"
#include "core/store/assignmentrecord.h"
#include "core/store/vppuserrecord.h"

#include <QList>
#include <QString>

#include <memory>

class BulkInserter;
class Database;

class StagingArea
{
public:
    explicit StagingArea(Database &db);
    ~StagingArea();
    StagingArea(const StagingArea &) = delete;
    StagingArea &operator=(const StagingArea &) = delete;

    // (Re)creates an empty table: at the start of a pass and when the pass restarts.
    Result<void> resetUsers();
    Result<void> resetAssignments();
    // Appends one page; returns the rows staged. Rows need an asset and exactly one target
    // (assignments), a clientUserId and a status (users).
    Result<qint64> stageUsers(const QList<VppUserRecord> &users);
    Result<qint64> stageAssignments(const QList<AssignmentRecord> &rows);

    // Table names ("stage_users_7", in the TEMP schema) for the apply step's SQL; empty until reset.
    QString usersTable() const { return m_usersReady ? m_usersTable : QString(); }
    QString assignmentsTable() const { return m_assignmentsReady ? m_assignmentsTable : QString(); }

    // Drops both tables (also done by the destructor).
    void drop();

    // The columns of the staged users, in the order stageUsers() writes them.
    static QStringList userColumns();

private:
    Result<void> reset(const QString &table, const QString &columnsSql, bool &ready,
                       std::unique_ptr<BulkInserter> &inserter, const QString &insertSql, int columns);
    // Runs `rows` inside one transaction of its own (a savepoint inside the caller's, if any).
    template<typename Rows, typename Bind>
    Result<qint64> stage(BulkInserter *inserter, const Rows &rows, Bind bind);

    Database &m_db;
    QString m_usersTable;
    QString m_assignmentsTable;
    bool m_usersReady = false;
    bool m_assignmentsReady = false;
    std::unique_ptr<BulkInserter> m_userInserter;
    std::unique_ptr<BulkInserter> m_assignmentInserter;
};
