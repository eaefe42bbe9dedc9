#include "synccontroller.h"

#include "console.h"
#include "syncworker.h"

#include "core/store/tokenstore.h"
#include "core/workspace/workspace.h"

#include <QThread>

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
    if (m_thread)
        return;
    m_options = options;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(databasePath, options);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::progressChanged, this, &SyncController::onWorkerProgress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onWorkerFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::open, Qt::QueuedConnection);
}

void SyncController::shutdown()
{
    m_dueTimer.stop();
    m_queue.clear();
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_current.reset();
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
    if (m_paused || !m_thread)
        return;
    if (m_current && m_current->tokenId == tokenId)
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
    if (m_current && (tokenId.isEmpty() || m_current->tokenId == tokenId))
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    setBusy();
}

bool SyncController::isSyncing(const QString &tokenId) const
{
    return m_current && m_current->tokenId == tokenId;
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
    if (m_current) {
        // The sync's transaction is open: the write waits for its end (onWorkerFinished).
        m_waitingWriters.append([work, release] { work(release); });
        return;
    }
    work(release);
}

void SyncController::releaseWrite()
{
    if (--m_writers == 0)
        pump();
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
    if (m_current || m_dispatching || m_writers > 0 || m_paused || m_queue.isEmpty() || !m_thread)
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
    m_console.workspace().vault().read(record.id, [this, record, request](const Result<QString> &secret) {
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
        if (m_writers > 0 || m_paused) {
            // A write slipped in while the keychain answered: it goes first.
            if (!m_paused)
                m_queue.prepend(request);
            setBusy();
            return;
        }
        dispatch(record, secret.value(), request.full);
    });
}

void SyncController::dispatch(const TokenRecord &token, const QString &secret, bool full)
{
    m_current = RunState{token.id, token.name, QStringLiteral("config"), 0, 0};
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token, secret, full] { worker->run(token, secret, full); },
        Qt::QueuedConnection);
    Q_EMIT runStarted(token.id);
    Q_EMIT progressChanged(*m_current);
    setBusy();
}

void SyncController::onWorkerProgress(const QString &tokenId, const QString &phase, int done, int known)
{
    if (!m_current || m_current->tokenId != tokenId)
        return;
    m_current->phase = phase;
    m_current->pagesDone = done;
    m_current->pagesKnown = known;
    Q_EMIT progressChanged(*m_current);
}

void SyncController::onWorkerFinished(const SyncReport &report)
{
    m_current.reset();
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

    // Writers waiting for this run go before the next sync.
    const QList<std::function<void()>> waiting = std::exchange(m_waitingWriters, {});
    for (const auto &writer : waiting)
        writer();
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
