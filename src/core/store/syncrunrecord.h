// SyncRunRecord: one sync run of a token as the history keeps it (when, which kind, how it ended,
// the counts). SyncChangeRecord: one thing the run changed (an assignment added or removed, an
// asset added, removed or whose counts moved).
#pragma once

#include "core/store/recordstate.h"

#include <QDateTime>
#include <QString>

struct SyncRunRecord
{
    qint64 id = 0;
    QString tokenId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString kind = QStringLiteral("incremental"); // "full" | "incremental"
    RecordState::SyncRun outcome = RecordState::SyncRun::Running;
    // What went wrong as a code with untranslated parameters (FailureRecord), made into words
    // when shown; a row from before codes holds a sentence, shown as it is. Never a secret.
    QString error;
    qint64 assets = 0;
    qint64 users = 0;
    qint64 assignments = 0;
    qint64 pages = 0;
    qint64 assignmentsAdded = 0;
    qint64 assignmentsRemoved = 0;
    qint64 newAssets = 0;
    qint64 countsChanged = 0;
};

struct SyncChangeRecord
{
    static inline const QString assignmentAdded = QStringLiteral("assignment_added");
    static inline const QString assignmentRemoved = QStringLiteral("assignment_removed");
    static inline const QString assetAdded = QStringLiteral("asset_added");
    static inline const QString assetRemoved = QStringLiteral("asset_removed");
    static inline const QString countsChanged = QStringLiteral("counts_changed");

    qint64 runId = 0;
    QString kind;
    QString adamId;
    QString target; // clientUserId or serial number; pricingParam for asset changes
    QString oldValue;
    QString newValue;
};
