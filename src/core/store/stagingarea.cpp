#include "core/store/stagingarea.h"

#include "core/store/bulkinserter.h"
#include "core/store/database.h"
#include "core/store/readsnapshot.h"
#include "core/store/storeerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlQuery>

namespace {

int nextArea()
{
    static QAtomicInt serial;
    return serial.fetchAndAddRelaxed(1) + 1;
}

const QString userColumnsSql = QStringLiteral(
    "client_user_id TEXT NOT NULL, email TEXT, id_hash TEXT, invite_code TEXT, status TEXT NOT NULL, "
    "managed_apple_id TEXT");
const QString assignmentColumnsSql = QStringLiteral(
    "adam_id TEXT NOT NULL, pricing_param TEXT NOT NULL, client_user_id TEXT, serial_number TEXT");

VppError invalidRow(const char *what, const QString &detail)
{
    return VppError::make(
        VppError::Kind::Parse, QStringLiteral("store.invalidStagedRow"),
        QCoreApplication::translate("StagingArea", "Apple sent a record without its keys (%1).")
            .arg(QString::fromLatin1(what)),
        QCoreApplication::translate("StagingArea", "Sync again; if it persists, report it."), detail);
}

} // namespace

StagingArea::StagingArea(Database &db)
    : m_db(db)
{
    const int n = nextArea();
    m_usersTable = QStringLiteral("stage_users_%1").arg(n);
    m_assignmentsTable = QStringLiteral("stage_assignments_%1").arg(n);
}

StagingArea::~StagingArea()
{
    drop();
}

QStringList StagingArea::userColumns()
{
    return {QStringLiteral("client_user_id"), QStringLiteral("email"),  QStringLiteral("id_hash"),
            QStringLiteral("invite_code"),    QStringLiteral("status"), QStringLiteral("managed_apple_id")};
}

Result<void> StagingArea::reset(const QString &table, const QString &columnsSql, bool &ready,
                                std::unique_ptr<BulkInserter> &inserter, const QString &insertSql,
                                int columns)
{
    inserter.reset(); // its statement refers to the table about to go
    ready = false;
    if (!m_db.isOpen())
        return StoreError::notOpen();
    const QStringList statements = {
        QString(QStringLiteral("DROP TABLE IF EXISTS ") + m_db.dialect().tempTable(table)),
        QString(QStringLiteral("CREATE TEMP TABLE ") + table + QStringLiteral(" (") + columnsSql +
                QLatin1Char(')'))};
    for (const QString &sql : statements) {
        if (const Result<void> done = m_db.exec(sql); !done)
            return done;
    }
    inserter = m_db.dialect().bulkInserter(m_db, insertSql, columns);
    if (const Result<void> prepared = inserter->status(); !prepared)
        return prepared;
    ready = true;
    return {};
}

Result<void> StagingArea::resetUsers()
{
    const QStringList cols = userColumns();
    return reset(m_usersTable, userColumnsSql, m_usersReady, m_userInserter,
                 QStringLiteral("INSERT INTO ") + m_db.dialect().tempTable(m_usersTable) +
                     QStringLiteral(" (") + cols.join(QStringLiteral(", ")) +
                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"),
                 int(cols.size()));
}

Result<void> StagingArea::resetAssignments()
{
    return reset(
        m_assignmentsTable, assignmentColumnsSql, m_assignmentsReady, m_assignmentInserter,
        QStringLiteral("INSERT INTO ") + m_db.dialect().tempTable(m_assignmentsTable) +
            QStringLiteral(" (adam_id, pricing_param, client_user_id, serial_number) VALUES (?, ?, ?, ?)"),
        4);
}

template<typename Rows, typename Bind>
Result<qint64> StagingArea::stage(BulkInserter *inserter, const Rows &rows, Bind bind)
{
    if (!inserter)
        return StoreError::transactionNotActive();
    if (rows.isEmpty())
        return qint64(0);
    // A deferred transaction that only writes TEMP tables: the main database stays unlocked.
    ReadSnapshot tx(m_db);
    if (!tx.status())
        return tx.status().error();
    qint64 staged = 0;
    for (const auto &row : rows) {
        if (const Result<void> bound = bind(*inserter, row); !bound)
            return bound.error();
        const Result<qint64> inserted = inserter->insert();
        if (!inserted)
            return inserted.error();
        staged += inserted.value();
    }
    if (const Result<void> finished = inserter->finish(); !finished)
        return finished.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return staged;
}

Result<qint64> StagingArea::stageUsers(const QList<VppUserRecord> &users)
{
    return stage(m_userInserter.get(), users, [](BulkInserter &in, const VppUserRecord &u) -> Result<void> {
        if (u.clientUserId.isEmpty() || u.status.isEmpty())
            return invalidRow("user", QStringLiteral("clientUserId=%1").arg(u.clientUserId));
        in.bindText(0, u.clientUserId);
        in.bindText(1, u.email);
        in.bindText(2, u.idHash);
        in.bindText(3, u.inviteCode);
        in.bindText(4, u.status);
        in.bindText(5, u.managedAppleId);
        return {};
    });
}

Result<qint64> StagingArea::stageAssignments(const QList<AssignmentRecord> &rows)
{
    return stage(m_assignmentInserter.get(), rows,
                 [](BulkInserter &in, const AssignmentRecord &a) -> Result<void> {
                     if (a.adamId.isEmpty() || a.pricingParam.isEmpty() ||
                         a.clientUserId.isEmpty() == a.serialNumber.isEmpty())
                         return invalidRow("assignment", QStringLiteral("adamId=%1").arg(a.adamId));
                     in.bindText(0, a.adamId);
                     in.bindText(1, a.pricingParam);
                     in.bindText(2, a.clientUserId);
                     in.bindText(3, a.serialNumber);
                     return {};
                 });
}

void StagingArea::drop()
{
    m_userInserter.reset();
    m_assignmentInserter.reset();
    if (!m_db.isOpen())
        return;
    if (m_usersReady || m_assignmentsReady) {
        (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_db.dialect().tempTable(m_usersTable));
        (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS ") +
                        m_db.dialect().tempTable(m_assignmentsTable));
    }
    m_usersReady = false;
    m_assignmentsReady = false;
}
