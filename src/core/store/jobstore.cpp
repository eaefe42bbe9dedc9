#include "core/store/jobstore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

JobRecord jobFromQuery(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.tokenId = q.value(1).toString();
    j.kind = q.value(2).toString();
    j.state = RecordState::jobFromText(q.value(3).toString());
    j.createdAt = SqlValues::toDateTime(q.value(4));
    j.updatedAt = SqlValues::toDateTime(q.value(5));
    j.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    j.dryRunSummary = q.value(7).toString();
    return j;
}

const QString jobColumns = QStringLiteral(
    "SELECT id, token_id, kind, state, created_at, updated_at, payload, dry_run_summary FROM jobs ");

} // namespace

JobStore::JobStore(Database &db)
    : m_db(db)
{}

Result<void> JobStore::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return m_db.failure(query, what);
    return {};
}

Result<qint64> JobStore::create(const QString &tokenId, const QString &kind, const QJsonObject &payload,
                                const QString &summary, int batchCount)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString now = SqlValues::nowText();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO jobs (token_id, kind, state, created_at, updated_at, payload, "
                                  "dry_run_summary) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                   m_db.dialect().returningId());
    insert.addBindValue(tokenId);
    insert.addBindValue(kind);
    insert.addBindValue(RecordState::toText(RecordState::Job::Running));
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    insert.addBindValue(SqlValues::nullableText(summary));
    if (auto r = exec(insert, QStringLiteral("insert job")); !r)
        return r.error();
    const Result<qint64> insertedId = m_db.dialect().insertedId(insert);
    if (!insertedId)
        return insertedId.error();
    const qint64 jobId = insertedId.value();
    QSqlQuery batch(m_db.connection());
    batch.prepare(QStringLiteral("INSERT INTO job_events (job_id, batch_no, status, updated_at) "
                                 "VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < batchCount; ++i) {
        batch.bindValue(0, jobId);
        batch.bindValue(1, i);
        batch.bindValue(2, RecordState::toText(RecordState::Batch::Planned));
        batch.bindValue(3, now);
        if (auto r = exec(batch, QStringLiteral("insert job batch")); !r)
            return r.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return jobId;
}

Result<void> JobStore::setState(qint64 jobId, RecordState::Job state)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE jobs SET state = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(RecordState::toText(state));
    query.addBindValue(SqlValues::nowText());
    query.addBindValue(jobId);
    return exec(query, QStringLiteral("set job state"));
}

Result<QList<JobRecord>> JobStore::select(const QString &where, const QVariantList &values) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(jobColumns + where);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select jobs"));
    QList<JobRecord> jobs;
    while (query.next())
        jobs.append(jobFromQuery(query));
    return jobs;
}

Result<std::optional<JobRecord>> JobStore::find(qint64 jobId) const
{
    const auto jobs = select(QStringLiteral("WHERE id = ?"), {jobId});
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return std::optional<JobRecord>();
    return std::optional<JobRecord>(jobs->first());
}

Result<QList<JobRecord>> JobStore::list(const QString &tokenId, int limit) const
{
    if (tokenId.isEmpty())
        return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    return select(QStringLiteral("WHERE token_id = ? ORDER BY id DESC LIMIT ?"), {tokenId, limit});
}

Result<QList<JobRecord>> JobStore::running(const QString &tokenId) const
{
    const QString running = RecordState::toText(RecordState::Job::Running);
    if (tokenId.isEmpty())
        return select(QStringLiteral("WHERE state = ? ORDER BY id"), {running});
    return select(QStringLiteral("WHERE state = ? AND token_id = ? ORDER BY id"), {running, tokenId});
}

Result<QList<JobEventRecord>> JobStore::events(qint64 jobId) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, job_id, batch_no, event_id, status, num_requested, num_completed, "
                       "failures, updated_at, resubmits FROM job_events WHERE job_id = ? ORDER BY batch_no"));
    query.addBindValue(jobId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select job events"));
    QList<JobEventRecord> events;
    while (query.next()) {
        JobEventRecord e;
        e.id = query.value(0).toLongLong();
        e.jobId = query.value(1).toLongLong();
        e.batchNo = query.value(2).toInt();
        e.eventId = query.value(3).toString();
        e.status = RecordState::batchFromText(query.value(4).toString());
        e.numRequested = query.value(5).toLongLong();
        e.numCompleted = query.value(6).toLongLong();
        e.failures = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array();
        e.updatedAt = SqlValues::toDateTime(query.value(8));
        e.resubmits = query.value(9).toInt();
        events.append(e);
    }
    return events;
}

Result<void> JobStore::markSubmitted(qint64 jobId, int batchNo, RecordState::Batch status,
                                     const QString &eventId)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE job_events SET status = ?, event_id = COALESCE(?, event_id), "
                                 "updated_at = ? WHERE job_id = ? AND batch_no = ?"));
    query.addBindValue(RecordState::toText(status));
    query.addBindValue(SqlValues::nullableText(eventId));
    query.addBindValue(SqlValues::nowText());
    query.addBindValue(jobId);
    query.addBindValue(batchNo);
    return exec(query, QStringLiteral("mark batch submitted"));
}

Result<void> JobStore::markResubmit(qint64 jobId, int batchNo)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE job_events SET status = ?, resubmits = resubmits + 1 "
                                 "WHERE job_id = ? AND batch_no = ?"));
    query.addBindValue(RecordState::toText(RecordState::Batch::Planned));
    query.addBindValue(jobId);
    query.addBindValue(batchNo);
    return exec(query, QStringLiteral("mark batch resubmitted"));
}

Result<void> JobStore::setProgress(qint64 jobId, int batchNo, qint64 numCompleted, qint64 numRequested)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE job_events SET num_completed = ?, num_requested = ? "
                                 "WHERE job_id = ? AND batch_no = ?"));
    query.addBindValue(numCompleted);
    query.addBindValue(numRequested);
    query.addBindValue(jobId);
    query.addBindValue(batchNo);
    return exec(query, QStringLiteral("set batch progress"));
}

Result<void> JobStore::finishBatch(qint64 jobId, int batchNo, RecordState::Batch status, qint64 numCompleted,
                                   qint64 numRequested, const QJsonArray &failures)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE job_events SET status = ?, num_completed = ?, num_requested = ?, "
                                 "failures = ?, updated_at = ? WHERE job_id = ? AND batch_no = ?"));
    query.addBindValue(RecordState::toText(status));
    query.addBindValue(numCompleted);
    query.addBindValue(numRequested);
    query.addBindValue(QString::fromUtf8(QJsonDocument(failures).toJson(QJsonDocument::Compact)));
    query.addBindValue(SqlValues::nowText());
    query.addBindValue(jobId);
    query.addBindValue(batchNo);
    return exec(query, QStringLiteral("finish batch"));
}
