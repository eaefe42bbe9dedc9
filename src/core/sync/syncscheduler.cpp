#include "core/sync/syncscheduler.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"

#include <algorithm>

SyncScheduler::SyncScheduler(Database &db, ClientFactoryFor factory, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_factory(std::move(factory))
    , m_pool(std::make_unique<SyncPool>(db.path()))
{
    connect(m_pool.get(), &SyncPool::progressChanged, this, &SyncScheduler::progressChanged);
    connect(m_pool.get(), &SyncPool::finished, this, &SyncScheduler::runFinishedInternal);
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::checkDue);
}

SyncScheduler::~SyncScheduler()
{
    m_queue.clear();
    // Each engine rolls its own run back when destroyed mid-run.
    m_pool->shutdown();
}

void SyncScheduler::start()
{
    m_timer.start();
    QMetaObject::invokeMethod(this, &SyncScheduler::checkDue, Qt::QueuedConnection);
}

void SyncScheduler::stop()
{
    m_timer.stop();
}

bool SyncScheduler::isQueued(const QString &tokenId) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const Request &r) { return r.tokenId == tokenId; });
}

void SyncScheduler::requestSync(const QString &tokenId, bool full)
{
    for (Request &r : m_queue) {
        if (r.tokenId == tokenId) {
            r.full = r.full || full;
            return;
        }
    }
    m_queue.append({tokenId, full});
    QMetaObject::invokeMethod(this, &SyncScheduler::pump, Qt::QueuedConnection);
}

void SyncScheduler::cancelAll()
{
    m_queue.clear();
    m_pool->cancel();
}

int SyncScheduler::intervalOf(const TokenRecord &token) const
{
    return m_intervalOverride > 0 ? m_intervalOverride : token.syncIntervalSeconds;
}

QDateTime SyncScheduler::nextRunAt(const TokenRecord &token) const
{
    const int interval = intervalOf(token);
    if (interval <= 0)
        return {};
    QDateTime last = m_lastAttempt.value(token.id);
    if (!last.isValid() || (token.lastSyncAt.isValid() && token.lastSyncAt > last))
        last = token.lastSyncAt;
    return last.isValid() ? last.addSecs(interval) : QDateTime::currentDateTimeUtc();
}

void SyncScheduler::checkDue()
{
    const Result<QList<TokenRecord>> tokens = TokenStore(m_db).list();
    if (!tokens) {
        qCWarning(lcSync).noquote() << "scheduler cannot list tokens:" << tokens.error().toLogString();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TokenRecord &token : tokens.value()) {
        if (!m_filter.isEmpty() && !m_filter.contains(token.id))
            continue;
        // A token Apple refuses would fail every time: only a manual sync (after an update) retries it.
        if (token.status && TokenHealth::isDead(*token.status))
            continue;
        const QDateTime next = nextRunAt(token);
        if (!next.isValid() || next > now || isRunning(token.id) || isQueued(token.id))
            continue;
        m_queue.append({token.id, false});
    }
    pump();
}

void SyncScheduler::pump()
{
    while (m_running.size() < m_maxConcurrent) {
        const auto next = std::find_if(m_queue.begin(), m_queue.end(),
                                       [this](const Request &r) { return !m_running.contains(r.tokenId); });
        if (next == m_queue.end())
            break;
        const Request request = *next;
        m_queue.erase(next);
        m_lastAttempt.insert(request.tokenId, QDateTime::currentDateTimeUtc());

        const Result<std::optional<TokenRecord>> token = TokenStore(m_db).findById(request.tokenId);
        VppError error;
        if (!token)
            error = token.error();
        else if (!token.value())
            error = VppError::make(VppError::Kind::Usage, QStringLiteral("sync.unknownToken"),
                                   tr("The token to sync no longer exists."));
        SyncPool::ClientFactory makeClient;
        if (!error.isError()) {
            Result<SyncPool::ClientFactory> made = m_factory(*token.value());
            if (made)
                makeClient = std::move(made.value());
            else
                error = made.error();
        }
        if (!makeClient) {
            qCWarning(lcSync).noquote()
                << "cannot start the sync of" << request.tokenId << ":" << error.toLogString();
            Q_EMIT runFailedToStart(request.tokenId, error);
            continue;
        }
        SyncOptions options = m_options;
        options.forceFull = options.forceFull || request.full;
        m_running.insert(request.tokenId);
        m_pool->run(*token.value(), std::move(makeClient), options);
        Q_EMIT runStarted(request.tokenId);
    }
    if (isIdle())
        Q_EMIT idle();
}

void SyncScheduler::runFinishedInternal(const SyncReport &report)
{
    m_running.remove(report.tokenId);
    m_lastAttempt.insert(report.tokenId, QDateTime::currentDateTimeUtc());
    Q_EMIT runFinished(report);
    pump();
}
