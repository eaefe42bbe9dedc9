// SyncOptions: how one sync run behaves (full or incremental, metadata, limits). A plain value
// that the CLI, the scheduler and the GUI fill in; the defaults are what a scheduled run uses.
#pragma once

#include <QString>

#include <chrono>

struct SyncOptions
{
    // Full reconciliation even if the last one is recent: removals are only learnt this way,
    // because Apple's sinceVersionId deltas carry upserts only.
    bool forceFull = false;
    // A run turns into a full reconciliation when the last one is older than this.
    std::chrono::seconds fullSyncInterval{std::chrono::hours(24)};
    bool fetchMetadata = true;
    int metadataBatchSize = 20; // adamIds per legacy lookup call
    int iconSize = 128;         // pixels of the square PNG icon we keep
    int maxRestarts = 3;        // per list, when its versionId changes mid-traversal
    int maxChangeRows = 10000;  // sync_changes rows kept per run (the counts are always complete)
    QString ourMdmId;           // our mdmInfo.id, to tell "owned by another MDM" apart; may be empty
    // The whole run, fetch and apply, must end within this; then it fails and leaves nothing.
    std::chrono::seconds maxRunTime{std::chrono::hours(4)};
    // The run's lease on its token (LeaseStore): renewed every third of this while it runs.
    std::chrono::seconds leaseTtl{std::chrono::seconds(90)};
    // How long the apply step keeps trying when another process holds the database.
    std::chrono::seconds applyBusyTimeout{std::chrono::seconds(120)};
};
