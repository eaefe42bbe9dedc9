// RecordState: the states of license jobs, of their batches and of sync runs as enums. Text appears
// only at two edges: the database (toText / fromText, the one pair per enum, keeping the values the
// tables always held) and the screen (label, translated).
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class RecordState
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(RecordState)

public:
    // jobs.state
    enum class Job {
        Running,       // "running": batches are being sent or polled (resumed after a restart)
        Done,          // "done": every target got what was asked
        Partial,       // "partial": some targets failed
        Failed,        // "failed": nothing succeeded
        Cancelled,     // "cancelled": stopped by the admin
        NeedsChecking, // "needsChecking": a batch may have reached Apple with no answer
    };
    Q_ENUM(Job)

    // job_events.status; Pending, Complete and Failed are Apple's own eventStatus values.
    enum class Batch {
        Planned,        // "planned": not sent yet
        Submitting,     // "submitting": the request is on its way
        Pending,        // "PENDING": Apple accepted it and works on it
        Complete,       // "COMPLETE"
        Failed,         // "FAILED": Apple finished it with failures
        Error,          // "error": Apple refused it as a whole, or never knew it
        Cancelled,      // "cancelled": never sent
        OutcomeUnknown, // "outcomeUnknown": the request may have reached Apple; never re-sent blindly
    };
    Q_ENUM(Batch)

    // sync_runs.outcome
    enum class SyncRun {
        Running,     // "running"
        Ok,          // "ok"
        Failed,      // "failed"
        Cancelled,   // "cancelled"
        Interrupted, // "interrupted": the process died during the run
    };
    Q_ENUM(SyncRun)

    static QString toText(Job state);
    static QString toText(Batch state);
    static QString toText(SyncRun state);
    // An unknown text gives `fallback` (a row from a newer version, or a tampered one).
    static Job jobFromText(const QString &text, Job fallback = Job::Failed);
    static Batch batchFromText(const QString &text, Batch fallback = Batch::Error);
    static SyncRun syncRunFromText(const QString &text, SyncRun fallback = SyncRun::Failed);

    // Translated words for the console and the CLI's tables.
    static QString label(Job state);
    static QString label(Batch state);
    static QString label(SyncRun state);

    // A batch still to be sent or answered.
    static bool isOpen(Batch state)
    {
        return state == Batch::Planned || state == Batch::Submitting || state == Batch::Pending;
    }
    // What the admin reads about a job or batch whose request may have reached Apple.
    static QString outcomeUnknownAdvice();
};
