#include "synccontroller.h"

#include "console.h"

#include "core/store/tokenstore.h"
#include "core/sync/syncpool.h"
#include "core/token/pinnedtoken.h"
#include "core/workspace/workspace.h"

#include <QPointer>

#include <algorithm>
#include <utility>

using namespace std::chrono_literals;

SyncController::SyncController(Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{
    m_dueTimer.setInterval(5s);
    connect(&m_dueTimer, &QTimer::timeout, this, &SyncController::checkDue);
}

SyncController::~SyncController()
{
    shutdown();
}

void SyncController::start(const QString &databasePath, const SyncOptions &options)
{
    if (m_pool)
        return;
    m_options = options;
    m_pool = std::make_unique<SyncPool>(databasePath);
    connect(m_pool.get(), &SyncPool::progressChanged, this, &SyncController::onWorkerProgress);
    connect(m_pool.get(), &SyncPool::finished, this, &SyncController::onWorkerFinished);
    connect(m_pool.get(), &SyncPool::applyFinished, this, &SyncController::onApplyFinished);
    // One apply at a time (the pool's turns), and none while a console write holds the lock.
    m_pool->setApplyGate([this](const QString &tokenId, std::function<void()> proceed) {
        if (m_writers > 0) {
            m_heldApply = {tokenId, std::move(proceed)}; // goes when the last write is released
            return;
        }
        m_applying = tokenId;
        proceed();
    });
}

void SyncController::shutdown()
{
    m_dueTimer.stop();
    m_queue.clear();
    if (!m_pool)
        return;
    m_pool->shutdown();
    m_pool.reset();
    m_runs.clear();
    m_runOrder.clear();
    m_heldApply = {};
    m_applying.clear();
}

void SyncController::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic) {
        m_dueTimer.start();
        QTimer::singleShot(0, this, &SyncController::checkDue);
    } else {
        m_dueTimer.stop();
    }
}

void SyncController::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_queue.clear();
    else
        pump();
    setBusy();
}

void SyncController::syncNow(const QString &tokenId, bool full)
{
    if (m_paused || !m_pool)
        return;
    if (m_runs.contains(tokenId))
        return;
    for (Request &request : m_queue) {
        if (request.tokenId == tokenId) {
            request.full = request.full || full;
            return;
        }
    }
    m_queue.append({tokenId, full});
    setBusy();
    pump();
}

void SyncController::syncAll(bool full)
{
    const auto tokens = m_console.workspace().tokens().list();
    if (!tokens)
        return;
    for (const TokenRecord &token : tokens.value())
        syncNow(token.id, full);
}

void SyncController::cancel(const QString &tokenId)
{
    if (tokenId.isEmpty())
        m_queue.clear();
    else
        m_queue.removeIf([&](const Request &r) { return r.tokenId == tokenId; });
    if (m_pool && (tokenId.isEmpty() ? !m_runs.isEmpty() : m_runs.contains(tokenId)))
        m_pool->cancel(tokenId);
    setBusy();
}

QList<SyncController::RunState> SyncController::runs() const
{
    QList<RunState> states;
    for (const QString &id : m_runOrder)
        states.append(m_runs.value(id));
    return states;
}

std::optional<SyncController::RunState> SyncController::state(const QString &tokenId) const
{
    const auto found = m_runs.constFind(tokenId);
    if (found == m_runs.constEnd())
        return std::nullopt;
    return *found;
}

bool SyncController::isQueued(const QString &tokenId) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const Request &r) { return r.tokenId == tokenId; });
}

std::optional<SyncReport> SyncController::lastReport(const QString &tokenId) const
{
    const auto found = m_lastReports.constFind(tokenId);
    if (found == m_lastReports.constEnd())
        return std::nullopt;
    return found.value();
}

void SyncController::acquireWrite(std::function<void(std::function<void()> release)> work)
{
    ++m_writers;
    auto released = std::make_shared<bool>(false);
    std::function<void()> release = [this, released] {
        if (*released)
            return;
        *released = true;
        releaseWrite();
    };
    if (!m_applying.isEmpty()) {
        // A run's apply holds the write lock: the write waits for its end (onApplyFinished).
        m_waitingWriters.append([work, release] { work(release); });
        return;
    }
    work(release);
}

void SyncController::releaseWrite()
{
    if (--m_writers > 0 || !m_heldApply.proceed)
        return;
    // The apply that waited for the console's writes goes now.
    const HeldApply held = std::exchange(m_heldApply, {});
    m_applying = held.tokenId;
    held.proceed();
}

void SyncController::onApplyFinished(const QString &tokenId)
{
    if (m_heldApply.tokenId == tokenId)
        m_heldApply = {}; // the run stopped while it waited
    if (m_applying != tokenId)
        return;
    m_applying.clear();
    // Writers waiting for this apply go before the next one.
    const QList<std::function<void()>> waiting = std::exchange(m_waitingWriters, {});
    for (const auto &writer : waiting)
        writer();
}

void SyncController::checkDue()
{
    if (!m_automatic || m_paused)
        return;
    const auto tokens = m_console.workspace().tokens().list();
    if (!tokens)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TokenRecord &token : tokens.value()) {
        if (token.syncIntervalSeconds <= 0)
            continue;
        const qint64 interval = token.syncIntervalSeconds;
        const bool due = !token.lastSyncAt.isValid() || token.lastSyncAt.secsTo(now) >= interval;
        const QDateTime attempted = m_lastAttempt.value(token.id);
        // A failing token waits its interval too instead of being retried every check.
        if (due && (!attempted.isValid() || attempted.secsTo(now) >= interval))
            syncNow(token.id);
    }
}

void SyncController::pump()
{
    // Runs do not wait for writers: they fetch and stage without the lock, and only their apply
    // takes turns with the console's writes.
    if (m_dispatching || m_paused || m_queue.isEmpty() || !m_pool)
        return;
    const Request request = m_queue.takeFirst();
    const auto token = m_console.workspace().tokens().findById(request.tokenId);
    if (!token || !token->has_value()) {
        // Removed meanwhile.
        QMetaObject::invokeMethod(this, &SyncController::pump, Qt::QueuedConnection);
        setBusy();
        return;
    }
    const TokenRecord record = token->value();
    m_dispatching = true;
    // The secret, checked against the record (its fingerprint) and pinned to its service's origin.
    // The keychain may answer after the controller is gone (the console closing meanwhile).
    QPointer<SyncController> self(this);
    m_console.workspace().tokenFor(record, [this, self, record, request](const Result<PinnedToken> &secret) {
        if (!self)
            return;
        m_dispatching = false;
        if (!secret) {
            SyncReport report;
            report.tokenId = record.id;
            report.tokenName = record.name;
            report.outcome = SyncReport::Outcome::Failed;
            report.error = secret.error();
            report.startedAt = report.finishedAt = QDateTime::currentDateTimeUtc();
            m_lastReports.insert(record.id, report);
            m_lastAttempt.insert(record.id, report.finishedAt);
            Q_EMIT runFinished(report);
            setBusy();
            pump();
            return;
        }
        if (m_paused) {
            setBusy();
            return;
        }
        dispatch(record, secret.value(), request.full);
        pump(); // the next location starts at once
    });
}

void SyncController::dispatch(const TokenRecord &token, const PinnedToken &secret, bool full)
{
    const RunState state{token.id, token.name, QStringLiteral("config"), 0, 0};
    m_runs.insert(token.id, state);
    m_runOrder.append(token.id);
    SyncOptions options = m_options;
    options.forceFull = full;
    m_pool->run(token, m_console.workspace().clientFactory(token, secret), options);
    Q_EMIT runStarted(token.id);
    Q_EMIT progressChanged(state);
    setBusy();
}

void SyncController::onWorkerProgress(const QString &tokenId, const QString &phase, int done, int known)
{
    const auto found = m_runs.find(tokenId);
    if (found == m_runs.end())
        return;
    found->phase = phase;
    found->pagesDone = done;
    found->pagesKnown = known;
    Q_EMIT progressChanged(*found);
}

void SyncController::onWorkerFinished(const SyncReport &report)
{
    m_runs.remove(report.tokenId);
    m_runOrder.removeAll(report.tokenId);
    m_lastReports.insert(report.tokenId, report);
    m_lastAttempt.insert(report.tokenId, QDateTime::currentDateTimeUtc());

    if (report.isOk())
        m_console.reportReachable(true);
    else if (report.error.kind == VppError::Kind::Network)
        m_console.reportReachable(false, report.error.message);

    m_console.notifyTokensChanged();
    if (report.outcome == SyncReport::Outcome::Ok)
        m_console.notifyInventoryChanged(report.tokenId);
    Q_EMIT runFinished(report);
    setBusy();
    pump();
}

void SyncController::setBusy()
{
    const bool busy = isBusy();
    if (busy == m_wasBusy)
        return;
    m_wasBusy = busy;
    Q_EMIT busyChanged(busy);
}
