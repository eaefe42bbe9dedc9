#include "console.h"

#include "jobcontroller.h"
#include "synccontroller.h"
#include "writegate.h"

#include "core/apple/appleclient.h"
#include "core/common/logging.h"
#include "core/workspace/settingsstore.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include <QPointer>

namespace {

const QString lowThresholdKey = QStringLiteral("gui.lowLicenseThresholdPct");

// What a WriteLock points to: releases the write when the last copy goes.
class WriteRelease
{
public:
    explicit WriteRelease(std::function<void()> release)
        : m_release(std::move(release))
    {}
    WriteRelease(const WriteRelease &) = delete;
    WriteRelease &operator=(const WriteRelease &) = delete;
    ~WriteRelease() { m_release(); }

private:
    std::function<void()> m_release;
};

} // namespace

namespace {
constexpr std::chrono::milliseconds externalPollInterval{2000};
} // namespace

Console::Console(QObject *parent)
    : QObject(parent)
    , m_writeGate(new WriteGate(*this))
{}

Console::~Console()
{
    m_externalChanges.stop();
    // Jobs first (they may hold write locks), then the sync thread.
    if (m_jobs)
        m_jobs->shutdown();
    if (m_sync)
        m_sync->shutdown();
}

void Console::applyProxy(const ProxyConfig &proxy)
{
    m_workspace->setProxy(proxy);
    if (proxy.mode() != ProxyConfig::Mode::Manual || proxy.user().isEmpty() || proxy.hasPassword())
        return;
    // Until the keychain answers, the proxy gets the user without a password (and says so).
    QPointer<Console> self(this);
    m_workspace->vault().read(proxy.keychainKey(), [self, proxy](const Result<QString> &password) {
        if (!self || !self->m_workspace || !(self->m_workspace->proxy() == proxy))
            return;
        if (!password) {
            qCWarning(lcClient).noquote() << "no password for the proxy" << proxy.displayName() << ":"
                                          << password.error().toLogString();
            return;
        }
        ProxyConfig withPassword = proxy;
        withPassword.setPassword(password.value());
        self->m_workspace->setProxy(withPassword);
    });
}

Result<void> Console::open(const Options &options)
{
    if (isOpen())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("console.alreadyOpen"),
                              tr("The console is already open."));
    m_options = options;
    m_workspace = std::make_unique<Workspace>(
        options.vaultService.isEmpty() ? TokenVault::defaultServiceName() : options.vaultService);
    m_workspace->vault().setMemoryOnly(options.memoryVault);
    const Result<void> opened = m_workspace->open(options.databasePath);
    if (!opened) {
        m_workspace.reset();
        return opened;
    }

    applyProxy(options.demo ? ProxyConfig::none() : ProxyConfig::fromSetting(options.proxy));

    const auto threshold = SettingsStore(m_workspace->database()).value(lowThresholdKey);
    if (threshold && threshold.value()) {
        bool ok = false;
        const int pct = threshold.value()->toInt(&ok);
        if (ok)
            m_lowThresholdPct = qBound(0, pct, 100);
    }

    // The audit key now, outside any keychain callback (see Workspace::prepareAudit). Without a
    // keychain the console still opens: the actions that need it fail with the reason.
    if (const Result<void> ready = m_workspace->prepareAudit(); !ready)
        qCWarning(lcToken).noquote() << "audit key not loaded:" << ready.error().toLogString();

    m_tokenManager = std::make_unique<TokenManager>(*m_workspace);
    m_sync = std::make_unique<SyncController>(*this);
    m_jobs = std::make_unique<JobController>(*this);
    m_jobs->setPollInterval(options.jobPollInterval);

    SyncOptions syncOptions;
    syncOptions.ourMdmId = m_workspace->mdmInfo().id;
    m_sync->start(m_workspace->database().path(), syncOptions);
    if (options.readOnly) {
        // The console that holds the database syncs and drives the jobs; this one only looks.
        m_sync->setAutomatic(false);
        setWorkOffline(true);
        return {};
    }
    m_sync->setAutomatic(options.automaticSync);
    // Jobs left running by the previous session resume once the event loop runs (the window first).
    QMetaObject::invokeMethod(m_jobs.get(), &JobController::resumePending, Qt::QueuedConnection);
    rememberDataVersion();
    m_externalChanges.setInterval(externalPollInterval);
    connect(&m_externalChanges, &QTimer::timeout, this, &Console::pollExternalChanges);
    m_externalChanges.start();
    return {};
}

void Console::rememberDataVersion()
{
    if (const Result<qint64> version = m_workspace->database().dataVersion(); version)
        m_dataVersion = version.value();
}

void Console::pollExternalChanges()
{
    // One pragma on the GUI's connection: no table is read unless something changed.
    const Result<qint64> version = m_workspace->database().dataVersion();
    if (version && version.value() != m_dataVersion) {
        m_dataVersion = version.value();
        if (!m_sync->isBusy()) { // our own runs notify when they finish
            Q_EMIT tokensChanged();
            Q_EMIT inventoryChanged(QString());
        }
    }
    // About once a minute: jobs whose owning process stopped renewing its lease are taken over.
    if (++m_externalPolls % 30 == 0 && canWrite())
        m_jobs->resumePending();
}

bool Console::isOpen() const
{
    return m_workspace && m_workspace->isOpen();
}

Database &Console::database()
{
    return m_workspace->database();
}

QUrl Console::serviceUrl() const
{
    return m_options.serviceUrl.isEmpty() ? AppleClient::defaultServiceUrl() : m_options.serviceUrl;
}

int Console::lowLicenseThresholdPct() const
{
    return m_lowThresholdPct;
}

void Console::setLowLicenseThresholdPct(int percent)
{
    percent = qBound(0, percent, 100);
    if (percent == m_lowThresholdPct)
        return;
    m_lowThresholdPct = percent;
    if (isOpen())
        if (const auto saved =
                SettingsStore(m_workspace->database()).setValue(lowThresholdKey, QString::number(percent));
            !saved) // the threshold still applies to this session
            qCWarning(lcStore).noquote() << "low-license threshold not saved:" << saved.error().toLogString();
    Q_EMIT thresholdsChanged();
}

void Console::setWorkOffline(bool offline)
{
    if (offline == m_workOffline || (!offline && m_options.readOnly))
        return;
    const bool wasOnline = isOnline();
    m_workOffline = offline;
    if (m_sync)
        m_sync->setPaused(offline);
    if (wasOnline != isOnline())
        Q_EMIT onlineChanged(isOnline());
}

void Console::reportReachable(bool reachable, const QString &problem)
{
    const bool wasOnline = isOnline();
    m_reachable = reachable;
    m_reachProblem = reachable ? QString() : problem;
    if (wasOnline != isOnline())
        Q_EMIT onlineChanged(isOnline());
}

QString Console::writeBlockedReason() const
{
    if (m_options.readOnly)
        return m_options.readOnlyReason.isEmpty()
                   ? tr("Opened read-only: another VPP Desk has this database open.")
                   : tr("Opened read-only: %1").arg(m_options.readOnlyReason);
    if (m_workOffline)
        return tr("Working offline: changes to Apple are turned off (File > Work Offline).");
    if (!m_reachable)
        return m_reachProblem.isEmpty()
                   ? tr("Apple's service cannot be reached: changes are turned off until it can.")
                   : tr("Apple's service cannot be reached (%1): changes are turned off until it can.")
                         .arg(m_reachProblem);
    return {};
}

void Console::whenWritable(std::function<void(WriteLock)> work)
{
    m_sync->acquireWrite([work = std::move(work)](std::function<void()> release) {
        work(std::make_shared<WriteRelease>(release));
    });
}

void Console::notifyTokensChanged()
{
    rememberDataVersion();
    Q_EMIT tokensChanged();
}

void Console::notifyInventoryChanged(const QString &tokenId)
{
    rememberDataVersion();
    Q_EMIT inventoryChanged(tokenId);
}
