#include "jobtablemodel.h"

#include "core/licensing/jobrunner.h"
#include "core/store/jobstore.h"
#include "core/store/tokenstore.h"

#include <QHash>
#include <QLocale>

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Result<void> JobTableModel::reload(Database &db, int limit)
{
    const Result<QList<Job>> jobs = load(db, limit);
    if (!jobs)
        return jobs.error();
    setJobs(jobs.value());
    return {};
}

void JobTableModel::setJobs(const QList<Job> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

Result<QList<JobTableModel::Job>> JobTableModel::load(Database &db, int limit)
{
    JobStore store(db);
    const auto records = store.list({}, limit);
    if (!records)
        return records.error();
    QHash<QString, QString> tokenNames;
    const auto tokens = TokenStore(db).list();
    if (!tokens)
        return tokens.error();
    for (const TokenRecord &t : tokens.value())
        tokenNames.insert(t.id, t.name);

    QList<Job> jobs;
    jobs.reserve(records->size());
    for (const JobRecord &r : records.value()) {
        const Result<Job> j = jobOf(store, r, tokenNames.value(r.tokenId, r.tokenId));
        if (!j)
            return j.error();
        jobs.append(j.value());
    }
    return jobs;
}

Result<JobTableModel::Job> JobTableModel::jobOf(const JobStore &store, const JobRecord &record,
                                                const QString &tokenName)
{
    Job j;
    j.record = record;
    j.tokenName = tokenName;
    const auto events = store.events(record.id);
    if (!events)
        return events.error();
    j.batchesTotal = int(events->size());
    for (const JobEventRecord &e : events.value()) {
        if (!e.isOpen())
            ++j.batchesDone;
        j.numCompleted += e.numCompleted;
        j.numRequested += e.numRequested;
    }
    j.failedTargets = int(JobRunner::failuresOf(events.value()).size());
    return j;
}

Result<void> JobTableModel::addJob(Database &db, qint64 jobId)
{
    if (rowOf(jobId) >= 0)
        return {};
    JobStore store(db);
    const auto record = store.find(jobId);
    if (!record)
        return record.error();
    if (!record.value())
        return {};
    const auto token = TokenStore(db).findById(record.value()->tokenId);
    const QString tokenName = token && token.value() ? token.value()->name : record.value()->tokenId;
    const Result<Job> j = jobOf(store, *record.value(), tokenName);
    if (!j)
        return j.error();
    // Newest first, as load() lists them.
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(j.value());
    endInsertRows();
    return {};
}

void JobTableModel::setProgress(qint64 jobId, int batchesDone, int batchesTotal, qint64 numCompleted,
                                qint64 numRequested)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    Job &j = m_jobs[row];
    j.batchesDone = batchesDone;
    j.batchesTotal = batchesTotal;
    j.numCompleted = numCompleted;
    j.numRequested = numRequested;
    Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
}

int JobTableModel::rowOf(qint64 jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i).record.id == jobId)
            return i;
    return -1;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("assign"))
        return tr("Assign");
    if (kind == QLatin1String("unassign"))
        return tr("Unassign");
    if (kind == QLatin1String("revoke"))
        return tr("Revoke");
    if (kind == QLatin1String("createUsers"))
        return tr("Register users");
    if (kind == QLatin1String("updateUsers"))
        return tr("Update users");
    if (kind == QLatin1String("retireUsers"))
        return tr("Retire users");
    return kind;
}

QString JobTableModel::progressText(const Job &job)
{
    return tr("%1 of %2 requests, %3 of %4 tasks")
        .arg(job.batchesDone)
        .arg(job.batchesTotal)
        .arg(job.numCompleted)
        .arg(job.numRequested);
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &j = m_jobs.at(index.row());
    if (role == JobIdRole)
        return j.record.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case IdColumn:
            return sort ? QVariant(j.record.id) : QVariant(QString::number(j.record.id));
        case KindColumn:
            return kindText(j.record.kind);
        case TokenColumn:
            return j.tokenName;
        case StateColumn:
            return RecordState::label(j.record.state);
        case CreatedColumn:
            if (sort)
                return j.record.createdAt;
            return QLocale().toString(j.record.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ProgressColumn:
            if (sort)
                return j.numRequested ? double(j.numCompleted) / double(j.numRequested) : 0.0;
            return progressText(j);
        case FailuresColumn:
            return sort ? QVariant(j.failedTargets) : QVariant(QString::number(j.failedTargets));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == KindColumn && !j.record.dryRunSummary.isEmpty())
        return j.record.dryRunSummary;
    if (role == Qt::ToolTipRole && index.column() == StateColumn &&
        j.record.state == RecordState::Job::NeedsChecking)
        return RecordState::outcomeUnknownAdvice();
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Job");
    case KindColumn:
        return tr("Operation");
    case TokenColumn:
        return tr("Token");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case ProgressColumn:
        return tr("Progress");
    case FailuresColumn:
        return tr("Failed targets");
    default:
        return {};
    }
}
