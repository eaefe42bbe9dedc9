// JobStore: the jobs and job_events tables, the journal of license jobs. A job and all its batches
// are written before the first request is sent; each batch's eventId is written as soon as Apple
// returns it, so JobRunner can resume polling after a restart.
#pragma once

#include "core/common/result.h"
#include "core/store/jobrecord.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

class JobStore
{
public:
    explicit JobStore(Database &db);

    // Inserts the job with `batchCount` batches in state "planned"; returns the job id.
    Result<qint64> create(const QString &tokenId, const QString &kind, const QJsonObject &payload,
                          const QString &summary, int batchCount);
    Result<void> setState(qint64 jobId, RecordState::Job state);
    Result<std::optional<JobRecord>> find(qint64 jobId) const;
    // Newest first; an empty tokenId lists every token's jobs.
    Result<QList<JobRecord>> list(const QString &tokenId = {}, int limit = 100) const;
    // Jobs of a token (every token when empty) in state "running".
    Result<QList<JobRecord>> running(const QString &tokenId = {}) const;

    Result<QList<JobEventRecord>> events(qint64 jobId) const;
    // Sets status and event id of a batch; updated_at is the submission time.
    Result<void> markSubmitted(qint64 jobId, int batchNo, RecordState::Batch status, const QString &eventId);
    // A PENDING batch goes back to planned to be sent again; counts the resubmission.
    Result<void> markResubmit(qint64 jobId, int batchNo);
    // Progress of a pending batch; keeps updated_at (the submission time).
    Result<void> setProgress(qint64 jobId, int batchNo, qint64 numCompleted, qint64 numRequested);
    // Final state of a batch with Apple's failures.
    Result<void> finishBatch(qint64 jobId, int batchNo, RecordState::Batch status, qint64 numCompleted,
                             qint64 numRequested, const QJsonArray &failures);

private:
    Result<void> exec(QSqlQuery &query, const QString &what);
    Result<QList<JobRecord>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
