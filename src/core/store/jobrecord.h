// JobRecord and JobEventRecord: the journal of a license job (one row of jobs) and of one of its
// batches (one row of job_events), so a job submitted before a restart can be resumed.
#pragma once

#include "core/store/recordstate.h"

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
    RecordState::Batch status = RecordState::Batch::Planned;
    qint64 numRequested = 0;
    qint64 numCompleted = 0;
    QJsonArray failures; // Apple's ErrorResponse objects (errorNumber, errorMessage, errorInfo)
    // While PENDING: when the batch was (re)submitted, for Apple's "re-submit after 10 minutes".
    QDateTime updatedAt;
    int resubmits = 0; // times the batch was sent again because Apple kept it PENDING

    bool isOpen() const { return RecordState::isOpen(status); }
};

struct JobRecord
{
    qint64 id = 0;
    QString tokenId;
    QString kind; // assign, unassign, revoke, createUsers, updateUsers, retireUsers
    RecordState::Job state = RecordState::Job::Running;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject payload; // the plan (LicensePlan::toJson)
    QString dryRunSummary;
};
