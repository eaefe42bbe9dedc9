#include "core/sync/syncscheduler.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/sync/syncengine.h"

#include <algorithm>

SyncScheduler::SyncScheduler(Database &db, EngineFactory factory, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_factory(std::move(factory))
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::checkDue);
}

SyncScheduler::~SyncScheduler()
{
    m_queue.clear();
    // Each engine rolls its own run back when destroyed mid-run.
    qDeleteAll(m_running);
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
    const auto engines = m_running.values();
    for (SyncEngine *engine : engines)
        engine->cancel();
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
        SyncEngine *engine = nullptr;
        if (!error.isError()) {
            SyncOptions options = m_options;
            options.forceFull = options.forceFull || request.full;
            const Result<SyncEngine *> made = m_factory(*token.value(), options);
            if (made)
                engine = made.value();
            else
                error = made.error();
        }
        if (!engine) {
            qCWarning(lcSync).noquote()
                << "cannot start the sync of" << request.tokenId << ":" << error.toLogString();
            Q_EMIT runFailedToStart(request.tokenId, error);
            continue;
        }
        m_running.insert(request.tokenId, engine);
        const QString tokenId = request.tokenId;
        connect(engine, &SyncEngine::finished, this,
                [this, tokenId](const SyncReport &report) { runFinishedInternal(tokenId, report); });
        Q_EMIT runStarted(tokenId, engine);
        engine->start();
    }
    if (isIdle())
        Q_EMIT idle();
}

void SyncScheduler::runFinishedInternal(const QString &tokenId, const SyncReport &report)
{
    if (SyncEngine *engine = m_running.take(tokenId))
        engine->deleteLater();
    m_lastAttempt.insert(tokenId, QDateTime::currentDateTimeUtc());
    Q_EMIT runFinished(report);
    pump();
}
