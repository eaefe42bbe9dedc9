#include "eventprocessor.h"

#include "simerrors.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kTickMs = 50;
}

EventProcessor::EventProcessor(SimState &state, const SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_config(config)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &EventProcessor::tick);
}

void EventProcessor::start()
{
    m_timer.start();
}

void EventProcessor::drain()
{
    for (const QString &id : m_state.pendingEventIds())
        if (SimEvent *event = m_state.event(id))
            process(*event, std::numeric_limits<qint64>::max());
}

void EventProcessor::tick()
{
    m_carry += double(qMax(1, m_config.eventTasksPerSecond)) * kTickMs / 1000.0;
    qint64 budget = qint64(m_carry);
    m_carry -= double(budget);
    for (const QString &id : m_state.pendingEventIds()) {
        if (budget <= 0)
            break;
        if (SimEvent *event = m_state.event(id))
            budget -= process(*event, budget);
    }
}

qint64 EventProcessor::process(SimEvent &event, qint64 budget)
{
    SimLocation &location = *m_state.location(event.location);
    qint64 done = 0;
    while (event.nextTask < event.numRequested && done < budget) {
        runTask(event, location, event.nextTask);
        ++event.nextTask;
        ++done;
    }
    if (event.nextTask >= event.numRequested) {
        event.eventStatus = event.failures.isEmpty() ? u"COMPLETE"_s : u"FAILED"_s;
        m_state.markFinished(event.eventId);
        Q_EMIT eventFinished(event.eventId);
    }
    return done;
}

void EventProcessor::runTask(SimEvent &event, SimLocation &location, qint64 task)
{
    if (event.eventType == u"ASSOCIATE" || event.eventType == u"DISASSOCIATE")
        runAssetTask(event, location, task);
    else if (event.eventType == u"REVOKE")
        runRevokeTask(event, location, task);
    else
        runUserTask(event, location, task);
}

// Task i of an asset event is asset i / targets against target i % targets, users first.
void EventProcessor::runAssetTask(SimEvent &event, SimLocation &location, qint64 task)
{
    const qint64 targetCount = event.clientUserIds.size() + event.serialNumbers.size();
    const SimAssetRef &ref = event.assets[task / targetCount];
    const qint64 t = task % targetCount;
    const bool isUser = t < event.clientUserIds.size();
    const QString target =
        isUser ? event.clientUserIds[t] : event.serialNumbers[t - event.clientUserIds.size()];
    const QString userId = isUser ? target : QString();
    const QString serial = isUser ? QString() : target;

    const int asset = location.findAsset(ref.adamId, ref.pricingParam);
    if (asset < 0) {
        event.addFailure(9602, SimErrors::message(9602), userId, serial, &ref);
        return;
    }
    if (event.eventType == u"DISASSOCIATE") {
        const int index = location.findTarget(target, isUser ? SimTargetKind::User : SimTargetKind::Device);
        if (index >= 0)
            location.unassign(asset, index);
        ++event.numCompleted; // removing a license nobody holds is idempotent
        return;
    }
    if (isUser && location.findActiveUser(target) < 0) {
        event.addFailure(9609, SimErrors::message(9609), userId, serial, &ref);
        return;
    }
    if (!isUser && m_config.strictSerials && !location.isKnownDevice(target)) {
        event.addFailure(9602, SimErrors::message(9602), userId, serial, &ref);
        return;
    }
    const int index = location.internTarget(target, isUser ? SimTargetKind::User : SimTargetKind::Device);
    if (location.assign(asset, index) == SimLocation::AssignOutcome::NotEnoughLicenses) {
        event.addFailure(9709, SimErrors::message(9709), userId, serial, &ref);
        return;
    }
    ++event.numCompleted;
}

// Revoke removes every revocable license a target holds; books stay with the user.
void EventProcessor::runRevokeTask(SimEvent &event, SimLocation &location, qint64 task)
{
    const bool isUser = task < event.clientUserIds.size();
    const QString target =
        isUser ? event.clientUserIds[task] : event.serialNumbers[task - event.clientUserIds.size()];
    const int index = location.findTarget(target, isUser ? SimTargetKind::User : SimTargetKind::Device);
    for (const qint32 assignment : location.liveAssignmentsOfTarget(index)) {
        const int asset = location.assignments()[assignment].asset;
        if (location.assets()[asset].revocable)
            location.unassign(asset, index);
    }
    ++event.numCompleted;
}

void EventProcessor::runUserTask(SimEvent &event, SimLocation &location, qint64 task)
{
    const SimRequestUser &request = event.users[task];
    const int existing = location.findActiveUser(request.clientUserId);
    if (event.eventType == u"CREATE") {
        if (existing >= 0) {
            event.addFailure(9716, SimErrors::message(9716), request.clientUserId, {}, nullptr);
            return;
        }
        if (location.findActiveUserByManagedAppleId(request.managedAppleId) >= 0) {
            event.addFailure(9641, SimErrors::message(9641), request.clientUserId, {}, nullptr);
            return;
        }
        SimUser user;
        user.clientUserId = request.clientUserId;
        user.email = request.email;
        user.managedAppleId = request.managedAppleId;
        if (request.managedAppleId.isEmpty()) {
            user.status = u"Registered"_s;
            user.inviteCode = m_state.makeHex(16);
        } else {
            user.status = u"Associated"_s;
            user.idHash = QString::fromLatin1(QByteArray::fromHex(m_state.makeHex(20).toLatin1()).toBase64());
        }
        location.addUser(user);
        ++event.numCompleted;
        return;
    }
    if (existing < 0) {
        event.addFailure(9609, SimErrors::message(9609), request.clientUserId, {}, nullptr);
        return;
    }
    SimUser user = location.users()[existing];
    if (event.eventType == u"UPDATE") {
        if (request.hasEmail)
            user.email = request.email;
        if (request.hasManagedAppleId && !request.managedAppleId.isEmpty()) {
            const int other = location.findActiveUserByManagedAppleId(request.managedAppleId);
            if (other >= 0 && other != existing) {
                event.addFailure(9641, SimErrors::message(9641), request.clientUserId, {}, nullptr);
                return;
            }
            user.managedAppleId = request.managedAppleId;
            if (user.status == u"Registered") {
                user.status = u"Associated"_s;
                user.inviteCode.clear();
                user.idHash =
                    QString::fromLatin1(QByteArray::fromHex(m_state.makeHex(20).toLatin1()).toBase64());
            }
        }
        location.updateUser(existing, user);
    } else { // RETIRE releases the user's revocable licenses
        const int target = location.findTarget(user.clientUserId, SimTargetKind::User);
        for (const qint32 assignment : location.liveAssignmentsOfTarget(target)) {
            const int asset = location.assignments()[assignment].asset;
            if (location.assets()[asset].revocable)
                location.unassign(asset, target);
        }
        user.status = u"Retired"_s;
        user.inviteCode.clear();
        location.updateUser(existing, user);
    }
    ++event.numCompleted;
}
