// SyncReport: what one sync run of one token did: its kind and outcome, the totals after the
// run, what changed, the pages and requests it took and where the time went. A value type for
// the CLI (--json and a one-line summary), the GUI and the history.
#pragma once

#include "core/common/vpperror.h"
#include "core/store/recordstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

class SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)

public:
    // The run's state as the history stores it (a report never says Interrupted).
    using Outcome = RecordState::SyncRun;

    QString tokenId;
    QString tokenName;
    qint64 runId = 0;
    bool full = false;      // a full reconciliation (removals included)
    bool firstSync = false; // the token had never been synced: no per-row changes recorded
    Outcome outcome = Outcome::Running;
    VppError error;
    QDateTime startedAt;
    QDateTime finishedAt;

    // Totals after the run.
    qint64 assets = 0;
    qint64 users = 0;
    qint64 assignments = 0;
    // What changed.
    qint64 assignmentsAdded = 0;
    qint64 assignmentsRemoved = 0;
    qint64 newAssets = 0;
    qint64 removedAssets = 0;
    qint64 countsChanged = 0; // assets whose license counts moved
    qint64 usersChanged = 0;  // rows written by a delta pass (all rows on a full pass)
    qint64 changeRows = 0;    // rows stored in sync_changes
    // Metadata.
    qint64 metadataFound = 0;
    qint64 metadataNotFound = 0;
    qint64 iconsStored = 0;
    qint64 metadataErrors = 0; // lookups or downloads that failed; retried by the next run
    // Work.
    qint64 pages = 0;                          // pages fetched, restarts included
    qint64 requests = 0;                       // HTTP requests sent (retries included)
    int restarts = 0;                          // traversals restarted because a versionId changed
    bool usersFellBackToFull = false;          // Apple refused the stored users version (9721)
    bool assignmentsFellBackToFull = false;    // same for assignments
    QList<std::pair<QString, qint64>> phaseMs; // phase name -> wall time, in order
    qint64 applyWaitMs = 0;                    // waiting for the write lock once everything was staged
    qint64 lockHeldMs = 0; // the apply transaction: the only time the run holds the write lock

    bool isOk() const { return outcome == Outcome::Ok; }
    qint64 elapsedMs() const;
    static QString outcomeKey(Outcome outcome) { return RecordState::toText(outcome); } // "ok", "failed"...

    // Machine-readable form for `vppdesk-cli sync --json`; stable keys, never translated.
    QJsonObject toJson() const;
    // One translated line, e.g. "Branch A: full sync, 3 assets, 120 users, 950 assignments
    // (+12 / -3), 2 assets with new counts, in 1.4 s".
    QString summary() const;
};

Q_DECLARE_METATYPE(SyncReport)
