// JobTableModel: the license jobs of the journal (JobStore), newest first, with their token, state,
// progress (requests done, tasks completed of requested) and number of failed targets. A few
// hundred rows at most, loaded whole; the progress of a running job is updated from
// JobController::jobProgress without a reload.
#pragma once

#include "core/common/result.h"
#include "core/store/jobrecord.h"

#include <QAbstractTableModel>
#include <QList>

class Database;
class JobStore;

class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        KindColumn,
        TokenColumn,
        StateColumn,
        CreatedColumn,
        ProgressColumn,
        FailuresColumn,
        ColumnCount
    };
    // The sort value of a cell (numbers and dates as such).
    static constexpr int SortRole = Qt::UserRole;
    // The job id of a row (any column).
    static constexpr int JobIdRole = Qt::UserRole + 1;

    struct Job
    {
        JobRecord record;
        QString tokenName;
        int batchesDone = 0;
        int batchesTotal = 0;
        qint64 numCompleted = 0;
        qint64 numRequested = 0;
        int failedTargets = 0;
    };

    explicit JobTableModel(QObject *parent = nullptr);

    // Reads the newest `limit` jobs of every token with their batches.
    Result<void> reload(Database &db, int limit = 200);
    // The newest `limit` jobs with their batch counts and failed targets: no model state, so it
    // runs on any thread with a connection of that thread.
    static Result<QList<Job>> load(Database &db, int limit = 200);
    void setJobs(const QList<Job> &jobs);
    // Lists a job that just started at once, ahead of the next load (a new job has no failures
    // to count yet).
    Result<void> addJob(Database &db, qint64 jobId);
    // Live progress of a running job (JobController::jobProgress).
    void setProgress(qint64 jobId, int batchesDone, int batchesTotal, qint64 numCompleted,
                     qint64 numRequested);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Job &jobAt(int row) const { return m_jobs.at(row); }
    // -1 when the job is not listed.
    int rowOf(qint64 jobId) const;

    // Translated name of a job's kind (assign, revoke...); states: RecordState::label.
    static QString kindText(const QString &kind);
    static QString progressText(const Job &job);

private:
    static Result<Job> jobOf(const JobStore &store, const JobRecord &record, const QString &tokenName);

    QList<Job> m_jobs;
};
