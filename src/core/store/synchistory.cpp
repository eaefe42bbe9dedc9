#include "core/store/synchistory.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString runColumns =
    QStringLiteral("id, token_id, started_at, finished_at, kind, outcome, error, assets_count, users_count, "
                   "assignments_count, pages, assignments_added, assignments_removed, new_assets, "
                   "counts_changed");

} // namespace

SyncHistory::SyncHistory(Database &db)
    : m_db(db)
{}

SyncRunRecord SyncHistory::fromQuery(const QSqlQuery &q)
{
    SyncRunRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.tokenId = q.value(i++).toString();
    r.startedAt = SqlValues::toDateTime(q.value(i++));
    r.finishedAt = SqlValues::toDateTime(q.value(i++));
    r.kind = q.value(i++).toString();
    r.outcome = RecordState::syncRunFromText(q.value(i++).toString());
    r.error = q.value(i++).toString();
    r.assets = q.value(i++).toLongLong();
    r.users = q.value(i++).toLongLong();
    r.assignments = q.value(i++).toLongLong();
    r.pages = q.value(i++).toLongLong();
    r.assignmentsAdded = q.value(i++).toLongLong();
    r.assignmentsRemoved = q.value(i++).toLongLong();
    r.newAssets = q.value(i++).toLongLong();
    r.countsChanged = q.value(i++).toLongLong();
    return r;
}

Result<qint64> SyncHistory::startRun(const QString &tokenId, const QString &kind, const QDateTime &startedAt)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sync_runs (token_id, started_at, kind, outcome) VALUES (?, ?, ?, ?)") +
        m_db.dialect().returningId());
    query.addBindValue(tokenId);
    query.addBindValue(SqlValues::fromDateTime(startedAt));
    query.addBindValue(kind);
    query.addBindValue(RecordState::toText(RecordState::SyncRun::Running));
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("start sync run"));
    return m_db.dialect().insertedId(query);
}

Result<void> SyncHistory::finishRun(const SyncRunRecord &r)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE sync_runs SET finished_at = ?, kind = ?, outcome = ?, error = ?, assets_count = ?, "
        "users_count = ?, assignments_count = ?, pages = ?, assignments_added = ?, assignments_removed = ?, "
        "new_assets = ?, counts_changed = ? WHERE id = ?"));
    query.addBindValue(SqlValues::fromDateTime(r.finishedAt));
    query.addBindValue(r.kind);
    query.addBindValue(RecordState::toText(r.outcome));
    query.addBindValue(SqlValues::nullableText(r.error));
    for (const qint64 value : {r.assets, r.users, r.assignments, r.pages, r.assignmentsAdded,
                               r.assignmentsRemoved, r.newAssets, r.countsChanged, r.id})
        query.addBindValue(value);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("finish sync run"));
    if (query.numRowsAffected() == 0)
        return StoreError::notFound(QStringLiteral("sync run"), QString::number(r.id));
    return {};
}

Result<qint64> SyncHistory::markInterrupted(const QString &tokenId)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE sync_runs SET outcome = ? WHERE token_id = ? AND outcome = ?"));
    query.addBindValue(RecordState::toText(RecordState::SyncRun::Interrupted));
    query.addBindValue(tokenId);
    query.addBindValue(RecordState::toText(RecordState::SyncRun::Running));
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("mark interrupted runs"));
    return qint64(query.numRowsAffected());
}

Result<void> SyncHistory::addChanges(qint64 runId, const QList<SyncChangeRecord> &changes)
{
    if (changes.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("INSERT INTO sync_changes (run_id, change_kind, adam_id, target, "
                                      "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")))
        return m_db.failure(query, QStringLiteral("prepare sync change"));
    using SqlValues::nullableText;
    for (const SyncChangeRecord &c : changes) {
        query.bindValue(0, runId);
        query.bindValue(1, c.kind);
        query.bindValue(2, nullableText(c.adamId));
        query.bindValue(3, nullableText(c.target));
        query.bindValue(4, nullableText(c.oldValue));
        query.bindValue(5, nullableText(c.newValue));
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("add sync change"));
    }
    return tx.commit();
}

Result<QList<SyncRunRecord>> SyncHistory::runs(const QString &tokenId, int limit) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + runColumns +
                  QStringLiteral(" FROM sync_runs WHERE token_id = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(tokenId);
    query.addBindValue(limit);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list sync runs"));
    QList<SyncRunRecord> list;
    while (query.next())
        list.append(fromQuery(query));
    return list;
}

Result<QList<SyncChangeRecord>> SyncHistory::changes(qint64 runId, int limit) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT change_kind, adam_id, target, old_value, new_value FROM sync_changes "
                       "WHERE run_id = ? ORDER BY id LIMIT ?"));
    query.addBindValue(runId);
    query.addBindValue(limit);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list sync changes"));
    QList<SyncChangeRecord> list;
    while (query.next()) {
        SyncChangeRecord c;
        c.runId = runId;
        c.kind = query.value(0).toString();
        c.adamId = query.value(1).toString();
        c.target = query.value(2).toString();
        c.oldValue = query.value(3).toString();
        c.newValue = query.value(4).toString();
        list.append(c);
    }
    return list;
}

Result<qint64> SyncHistory::changeCount(qint64 runId, const QString &kind) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_changes WHERE run_id = ?") +
                  (kind.isEmpty() ? QString() : QStringLiteral(" AND change_kind = ?")));
    query.addBindValue(runId);
    if (!kind.isEmpty())
        query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count sync changes"));
    return query.value(0).toLongLong();
}
