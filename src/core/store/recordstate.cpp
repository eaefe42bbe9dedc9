#include "core/store/recordstate.h"

#include <iterator>

namespace {

// The texts the database stores, in enumerator order.
const char *const jobTexts[] = {"running", "done", "partial", "failed", "cancelled", "needsChecking"};
const char *const batchTexts[] = {"planned", "submitting", "PENDING",   "COMPLETE",
                                  "FAILED",  "error",      "cancelled", "outcomeUnknown"};
const char *const syncRunTexts[] = {"running", "ok", "failed", "cancelled", "interrupted"};

static_assert(std::size(jobTexts) == std::size_t(RecordState::Job::NeedsChecking) + 1);
static_assert(std::size(batchTexts) == std::size_t(RecordState::Batch::OutcomeUnknown) + 1);
static_assert(std::size(syncRunTexts) == std::size_t(RecordState::SyncRun::Interrupted) + 1);

template<typename E, std::size_t N>
E fromTexts(const char *const (&texts)[N], const QString &text, E fallback)
{
    for (std::size_t i = 0; i < N; ++i)
        if (text == QLatin1String(texts[i]))
            return E(i);
    return fallback;
}

} // namespace

QString RecordState::toText(Job state)
{
    return QLatin1String(jobTexts[std::size_t(state)]);
}

QString RecordState::toText(Batch state)
{
    return QLatin1String(batchTexts[std::size_t(state)]);
}

QString RecordState::toText(SyncRun state)
{
    return QLatin1String(syncRunTexts[std::size_t(state)]);
}

RecordState::Job RecordState::jobFromText(const QString &text, Job fallback)
{
    return fromTexts(jobTexts, text, fallback);
}

RecordState::Batch RecordState::batchFromText(const QString &text, Batch fallback)
{
    return fromTexts(batchTexts, text, fallback);
}

RecordState::SyncRun RecordState::syncRunFromText(const QString &text, SyncRun fallback)
{
    return fromTexts(syncRunTexts, text, fallback);
}

QString RecordState::label(Job state)
{
    switch (state) {
    case Job::Running:
        return tr("Running");
    case Job::Done:
        return tr("Done");
    case Job::Partial:
        return tr("Partly failed");
    case Job::Failed:
        return tr("Failed");
    case Job::Cancelled:
        return tr("Cancelled");
    case Job::NeedsChecking:
        return tr("Needs checking");
    }
    return {};
}

QString RecordState::label(Batch state)
{
    switch (state) {
    case Batch::Planned:
        return tr("Waiting");
    case Batch::Submitting:
        return tr("Sending");
    case Batch::Pending:
        return tr("At Apple, pending");
    case Batch::Complete:
        return tr("Complete");
    case Batch::Failed:
        return tr("Done with failures");
    case Batch::Error:
        return tr("Not accepted");
    case Batch::Cancelled:
        return tr("Cancelled");
    case Batch::OutcomeUnknown:
        return tr("Needs checking");
    }
    return {};
}

QString RecordState::label(SyncRun state)
{
    switch (state) {
    case SyncRun::Running:
        return tr("Running");
    case SyncRun::Ok:
        return tr("Succeeded");
    case SyncRun::Failed:
        return tr("Failed");
    case SyncRun::Cancelled:
        return tr("Cancelled");
    case SyncRun::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString RecordState::outcomeUnknownAdvice()
{
    return tr("Apple may have received this request; check the assignments before retrying.");
}
