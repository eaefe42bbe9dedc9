// ThreadHandoff: runs work on Qt's thread pool and hands its result back to the thread of a
// receiver object, never after the receiver is gone. Owned by the receiver (a member): when it is
// destroyed, work still running drops its result, and results already posted are discarded with
// the receiver's pending events. For the CPU-bound parts that must not hold the thread that drives
// the network or the GUI (parsing big pages, planning a job over many targets).
#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

class ThreadHandoff
{
public:
    explicit ThreadHandoff(QObject *receiver)
        : m_guard(std::make_shared<Guard>())
    {
        m_guard->receiver = receiver;
    }
    ~ThreadHandoff()
    {
        const QMutexLocker lock(&m_guard->mutex);
        m_guard->receiver = nullptr;
    }
    ThreadHandoff(const ThreadHandoff &) = delete;
    ThreadHandoff &operator=(const ThreadHandoff &) = delete;

    // `work` runs on the pool; `then` runs on the receiver's thread with its result.
    template<typename R>
    void run(std::function<R()> work, std::function<void(R)> then) const
    {
        QThreadPool::globalInstance()->start(
            [guard = m_guard, work = std::move(work), then = std::move(then)]() {
                R result = work();
                const QMutexLocker lock(&guard->mutex);
                if (guard->receiver)
                    QMetaObject::invokeMethod(
                        guard->receiver,
                        [then, result = std::move(result)]() mutable { then(std::move(result)); },
                        Qt::QueuedConnection);
            });
    }

private:
    struct Guard
    {
        QMutex mutex;
        QObject *receiver = nullptr;
    };
    std::shared_ptr<Guard> m_guard;
};
