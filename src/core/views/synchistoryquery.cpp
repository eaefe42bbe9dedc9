#include "core/views/synchistoryquery.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"
#include "core/store/synchistory.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kRunSelect = QStringLiteral(
    "SELECT r.id, r.token_id, r.started_at, r.finished_at, r.kind, r.outcome, r.error, r.assets_count, "
    "r.users_count, r.assignments_count, r.pages, r.assignments_added, r.assignments_removed, r.new_assets, "
    "r.counts_changed, t.name FROM sync_runs r JOIN tokens t ON t.id = r.token_id ");

// SyncHistory's run columns, then the token's name.
SyncHistoryQuery::Run runFrom(const QSqlQuery &q)
{
    return {SyncHistory::fromQuery(q), q.value(SyncHistory::runColumnCount).toString()};
}

} // namespace

SyncHistoryQuery::SyncHistoryQuery(Database &db)
    : m_db(db)
{}

Result<qint64> SyncHistoryQuery::countRuns(const QString &tokenId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE (COALESCE(?, '') = '' OR token_id = ?)"));
    query.addBindValue(tokenId);
    query.addBindValue(tokenId);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count sync runs"));
    return query.value(0).toLongLong();
}

Result<QList<SyncHistoryQuery::Run>> SyncHistoryQuery::runs(const QString &tokenId, qint64 offset,
                                                            int limit) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kRunSelect +
                  QStringLiteral("WHERE (COALESCE(?, '') = '' OR r.token_id = ?) ORDER BY r.id DESC LIMIT ? "
                                 "OFFSET ?"));
    query.addBindValue(tokenId);
    query.addBindValue(tokenId);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list sync runs"));
    QList<Run> list;
    while (query.next())
        list.append(runFrom(query));
    return list;
}

Result<std::optional<SyncHistoryQuery::Run>> SyncHistoryQuery::run(qint64 runId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(kRunSelect + QStringLiteral("WHERE r.id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("read sync run"));
    if (!query.next())
        return std::optional<Run>();
    return std::optional<Run>(runFrom(query));
}

Result<qint64> SyncHistoryQuery::countChanges(qint64 runId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_changes WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return m_db.failure(query, QStringLiteral("count sync changes"));
    return query.value(0).toLongLong();
}

Result<QList<SyncHistoryQuery::Change>> SyncHistoryQuery::changes(qint64 runId, qint64 offset,
                                                                  int limit) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.change_kind, c.adam_id, c.target, c.old_value, c.new_value, m.name "
                       "FROM sync_changes c LEFT JOIN asset_metadata m ON m.adam_id = c.adam_id "
                       "WHERE c.run_id = ? ORDER BY c.id LIMIT ? OFFSET ?"));
    query.addBindValue(runId);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list sync changes"));
    QList<Change> list;
    while (query.next()) {
        Change c;
        c.change.runId = runId;
        c.change.kind = query.value(0).toString();
        c.change.adamId = query.value(1).toString();
        c.change.target = query.value(2).toString();
        c.change.oldValue = query.value(3).toString();
        c.change.newValue = query.value(4).toString();
        c.assetName = query.value(5).toString();
        list.append(c);
    }
    return list;
}

qint64 SyncHistoryQuery::reportedChanges(const SyncRunRecord &run)
{
    return run.assignmentsAdded + run.assignmentsRemoved + run.newAssets + run.countsChanged;
}

qint64 SyncHistoryQuery::notKept(const SyncRunRecord &run, qint64 keptRows)
{
    return qMax<qint64>(0, reportedChanges(run) - keptRows);
}
