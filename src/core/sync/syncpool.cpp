#include "core/sync/syncpool.h"

#include <QThread>

SyncPool::SyncPool(const QString &databasePath, int maxThreads, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_maxThreads(qMax(1, maxThreads))
{}

SyncPool::~SyncPool()
{
    shutdown();
}

int SyncPool::laneForNextRun()
{
    int best = -1;
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        if (best < 0 || m_lanes[size_t(i)].runs < m_lanes[size_t(best)].runs)
            best = i;
    }
    if (best >= 0 && (m_lanes[size_t(best)].runs == 0 || int(m_lanes.size()) >= m_maxThreads))
        return best;

    Lane lane;
    lane.thread = new QThread(this);
    lane.thread->setObjectName(QStringLiteral("sync-%1").arg(m_lanes.size() + 1));
    lane.runner = new SyncRunner(m_databasePath);
    lane.runner->moveToThread(lane.thread);
    connect(lane.runner, &SyncRunner::progressChanged, this, &SyncPool::progressChanged);
    connect(lane.runner, &SyncRunner::applyRequested, this, &SyncPool::onApplyRequested);
    connect(lane.runner, &SyncRunner::applyFinished, this, &SyncPool::onApplyFinished);
    connect(lane.runner, &SyncRunner::finished, this, &SyncPool::onFinished);
    lane.thread->start();
    QMetaObject::invokeMethod(lane.runner, &SyncRunner::open, Qt::QueuedConnection);
    m_lanes.push_back(lane);
    return int(m_lanes.size()) - 1;
}

bool SyncPool::run(const TokenRecord &token, ClientFactory makeClient, const SyncOptions &options)
{
    if (m_laneOf.contains(token.id))
        return false;
    const int index = laneForNextRun();
    Lane &lane = m_lanes[size_t(index)];
    ++lane.runs;
    m_laneOf.insert(token.id, index);
    QMetaObject::invokeMethod(
        lane.runner,
        [runner = lane.runner, token, makeClient = std::move(makeClient), options] {
            runner->run(token, makeClient, options);
        },
        Qt::QueuedConnection);
    return true;
}

void SyncPool::cancel(const QString &tokenId)
{
    for (const Lane &lane : m_lanes) {
        if (!tokenId.isEmpty() && m_laneOf.value(tokenId, -1) != int(&lane - m_lanes.data()))
            continue;
        QMetaObject::invokeMethod(
            lane.runner, [runner = lane.runner, tokenId] { runner->cancel(tokenId); }, Qt::QueuedConnection);
    }
}

void SyncPool::onApplyRequested(const QString &tokenId)
{
    if (!m_waiting.contains(tokenId))
        m_waiting.append(tokenId);
    grantNext();
}

void SyncPool::grantNext()
{
    if (!m_applying.isEmpty() || m_waiting.isEmpty())
        return;
    m_applying = m_waiting.takeFirst();
    const std::weak_ptr<int> alive = m_alive;
    auto granted = std::make_shared<bool>(false);
    std::function<void()> proceed = [this, alive, granted, tokenId = m_applying] {
        // Once only, and only while it is still this run's turn (it may have stopped meanwhile).
        if (alive.expired() || *granted || m_applying != tokenId)
            return;
        *granted = true;
        const int index = m_laneOf.value(tokenId, -1);
        if (index < 0)
            return;
        SyncRunner *runner = m_lanes[size_t(index)].runner;
        QMetaObject::invokeMethod(
            runner, [runner, tokenId] { runner->grantApply(tokenId); }, Qt::QueuedConnection);
    };
    if (m_gate)
        m_gate(m_applying, std::move(proceed));
    else
        proceed();
}

void SyncPool::onApplyFinished(const QString &tokenId)
{
    m_waiting.removeAll(tokenId);
    if (m_applying != tokenId)
        return;
    m_applying.clear();
    Q_EMIT applyFinished(tokenId);
    grantNext();
}

void SyncPool::onFinished(const SyncReport &report)
{
    const auto found = m_laneOf.constFind(report.tokenId);
    if (found != m_laneOf.constEnd()) {
        --m_lanes[size_t(found.value())].runs;
        m_laneOf.erase(found);
    }
    Q_EMIT finished(report);
}

void SyncPool::shutdown()
{
    for (Lane &lane : m_lanes) {
        QMetaObject::invokeMethod(lane.runner, &SyncRunner::close, Qt::BlockingQueuedConnection);
        lane.thread->quit();
        lane.thread->wait();
        delete lane.runner;
        delete lane.thread;
    }
    m_lanes.clear();
    m_laneOf.clear();
    m_waiting.clear();
    m_applying.clear();
}
