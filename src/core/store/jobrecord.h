// JobRecord and JobEventRecord: the journal of a licence job (one row of jobs) and of one of its
// batches (one row of job_events), so a job submitted before a restart can be resumed.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

struct JobEventRecord
{
    qint64 id = 0;
    qint64 jobId = 0;
    int batchNo = 0;
    QString eventId; // empty until Apple accepted the batch
    QString status;  // see JobStore: planned, submitting, PENDING, COMPLETE, FAILED, error, cancelled
    qint64 numRequested = 0;
    qint64 numCompleted = 0;
    QJsonArray failures; // Apple's ErrorResponse objects (errorNumber, errorMessage, errorInfo)
    // While PENDING: when the batch was (re)submitted, for Apple's "re-submit after 10 minutes".
    QDateTime updatedAt;

    bool isOpen() const
    {
        return status == QLatin1String("planned") || status == QLatin1String("submitting") ||
               status == QLatin1String("PENDING");
    }
};

struct JobRecord
{
    qint64 id = 0;
    QString tokenId;
    QString kind;  // assign, unassign, revoke, createUsers, updateUsers, retireUsers
    QString state; // running, done, partial, failed, cancelled
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject payload; // the plan (LicensePlan::toJson)
    QString dryRunSummary;
};
