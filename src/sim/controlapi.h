// Loopback-only test hooks (/control/...): arm faults, set latency and limits, change the
// world behind the client's back (revoke or expire a token, another MDM taking the location,
// licenses bought or refunded, an invitation accepted, assignments changing), save state.
#pragma once

#include "faultplan.h"
#include "simconfig.h"
#include "simresponse.h"
#include "simstate.h"

#include <QHttpServerRequest>

class EventProcessor;

class ControlApi
{
public:
    ControlApi(SimState &state, SimConfig &config, FaultPlan &faults, EventProcessor &events);

    SimResponse handle(const QHttpServerRequest &request);

private:
    SimResponse state() const;
    SimResponse tokens() const;
    SimResponse configure(const QJsonObject &request);
    SimResponse token(const QString &action, const QJsonObject &request);
    SimResponse licenses(const QJsonObject &request);
    SimResponse acceptUser(const QJsonObject &request);
    SimResponse mutate(const QJsonObject &request);
    SimLocation *locationOf(const QJsonObject &request, int *index) const;

    SimState &m_state;
    SimConfig &m_config;
    FaultPlan &m_faults;
    EventProcessor &m_events;
};
