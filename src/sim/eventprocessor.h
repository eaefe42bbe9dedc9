// Works through queued write events over time, the way Apple's service does: a bounded
// number of tasks per second, numCompleted growing, per-target failures, then COMPLETE or
// FAILED, with counts and versions changing as licenses move.
#pragma once

#include "simconfig.h"
#include "simstate.h"

#include <QObject>
#include <QTimer>

class EventProcessor : public QObject
{
    Q_OBJECT

public:
    EventProcessor(SimState &state, const SimConfig &config, QObject *parent = nullptr);

    void start();
    // Processes everything queued now, without waiting (for tests and state saving).
    void drain();

Q_SIGNALS:
    void eventFinished(const QString &eventId);

private:
    void tick();
    qint64 process(SimEvent &event, qint64 budget);
    void runTask(SimEvent &event, SimLocation &location, qint64 task);
    void runAssetTask(SimEvent &event, SimLocation &location, qint64 task);
    void runRevokeTask(SimEvent &event, SimLocation &location, qint64 task);
    void runUserTask(SimEvent &event, SimLocation &location, qint64 task);

    SimState &m_state;
    const SimConfig &m_config;
    QTimer m_timer;
    double m_carry = 0;
};
