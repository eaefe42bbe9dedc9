// Console: the GUI's composition root. It owns the engine objects the widgets use: the Workspace of
// the GUI thread (database connection for reads and short writes, keychain vault, network), the
// TokenManager, the SyncController (syncs run in a worker thread with their own connection) and the
// JobController (license jobs). It knows whether the console is online and whether writes are
// allowed, and tells the pages when the inventory or the tokens changed so that models reload.
// Widgets ask it; they never open a database or an AppleClient themselves.
#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class Database;
class ProxyConfig;
class DemoSession;
class JobController;
class SyncController;
class TokenManager;
class Workspace;
class WriteGate;

class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;                             // empty: Workspace::defaultDatabasePath()
        QString vaultService;                             // empty: the application's keychain service
        bool memoryVault = false;                         // secrets kept in this process only (demo, tests)
        bool demo = false;                                // running against the built-in simulator
        std::chrono::milliseconds jobPollInterval{30000}; // Apple asks for 30 s
        bool automaticSync = true;                        // tokens sync on their own interval
        QString proxy;   // ProxyConfig::toSetting(); empty: the system's (demo: none, the simulator is here)
        QUrl serviceUrl; // v2 base URL for new tokens; empty: Apple's (demo: the simulator's)
        // Another console has the database (ConsoleLock): look only. Works offline for good, no
        // sync runs and no job resumes; readOnlyReason says why in the disabled buttons' tips.
        bool readOnly = false;
        QString readOnlyReason;
    };

    // Held while a write that must not overlap a sync runs (token changes, license jobs). Copy it
    // into the asynchronous callbacks of the write; the last copy gone releases it.
    using WriteLock = std::shared_ptr<void>;

    explicit Console(QObject *parent = nullptr);
    ~Console() override;

    // Opens the database (creating it if needed) and starts the sync worker. Resumes license jobs
    // left running by a previous session.
    Result<void> open(const Options &options);
    bool isOpen() const;
    const Options &options() const { return m_options; }
    bool isDemo() const { return m_options.demo; }
    // The simulator session of demo mode (its token files); nullptr outside demo mode.
    DemoSession *demoSession() const { return m_demoSession; }
    void setDemoSession(DemoSession *session) { m_demoSession = session; }
    bool isReadOnly() const { return m_options.readOnly; }

    Workspace &workspace() { return *m_workspace; }
    Database &database();
    TokenManager &tokenManager() { return *m_tokenManager; }
    SyncController &sync() { return *m_sync; }
    JobController &jobs() { return *m_jobs; }

    // Online = the last contact with Apple worked and the admin did not choose to work offline.
    bool isOnline() const { return m_reachable && !m_workOffline; }
    bool isWorkingOffline() const { return m_workOffline; }
    void setWorkOffline(bool offline);
    // Called by the controllers after each exchange with Apple (a network failure = unreachable).
    void reportReachable(bool reachable, const QString &problem = {});

    // Routes the traffic with Apple (syncs started from now on, jobs, catalog lookups) through
    // `proxy`; an explicit proxy's password is read from the keychain first (in the background).
    void applyProxy(const ProxyConfig &proxy);

    // The v2 base URL new tokens are checked against (Apple's, or the demo simulator's).
    QUrl serviceUrl() const;

    // The global low-license threshold in percent of an asset's total (an asset's own threshold
    // wins): an asset with fewer available licenses than this is "low". Kept in the database.
    int lowLicenseThresholdPct() const;
    void setLowLicenseThresholdPct(int percent);
    static constexpr int defaultLowLicenseThresholdPct = 10;

    // Empty when writes to Apple are possible; otherwise a translated reason ("Working offline",
    // "The network is unreachable: ...") for the disabled buttons' tool tips.
    QString writeBlockedReason() const;
    bool canWrite() const { return writeBlockedReason().isEmpty(); }
    // The one rule for every write action (to Apple, or local only); see WriteGate.
    WriteGate &writeGate() const { return *m_writeGate; }

    // Runs `work` once no sync is writing the inventory (at once when none is), passing the lock
    // that keeps new syncs waiting until it is released.
    void whenWritable(std::function<void(WriteLock)> work);

    // The pages' refresh hooks: emit after anything that changed the store outside a sync.
    void notifyTokensChanged();
    void notifyInventoryChanged(const QString &tokenId);

Q_SIGNALS:
    void onlineChanged(bool online);
    // Tokens were added, updated, removed or their status changed.
    void tokensChanged();
    // The inventory of a token (empty: of several tokens) changed: a sync committed, a job applied
    // its results, an import ran. Models reload what they show.
    void inventoryChanged(const QString &tokenId);
    // The global low-license threshold changed.
    void thresholdsChanged();

private:
    // Another process (vppdesk-cli sync --watch, a second seat) committed: models reload, and jobs
    // whose owner stopped are taken over.
    void pollExternalChanges();
    void rememberDataVersion();

    Options m_options;
    QTimer m_externalChanges;
    qint64 m_dataVersion = -1;
    int m_externalPolls = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TokenManager> m_tokenManager;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<JobController> m_jobs;
    bool m_reachable = true;
    bool m_workOffline = false;
    DemoSession *m_demoSession = nullptr;
    WriteGate *m_writeGate = nullptr; // a child
    QString m_reachProblem;
    int m_lowThresholdPct = defaultLowLicenseThresholdPct;
};
