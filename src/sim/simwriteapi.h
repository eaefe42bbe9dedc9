// The write side of the simulated v2 service: POST client/config and the asynchronous
// asset and user operations, validated synchronously in Apple's documented order and then
// queued as events for the EventProcessor.
#pragma once

#include "simconfig.h"
#include "simresponse.h"
#include "simstate.h"

class SimWriteApi
{
public:
    SimWriteApi(SimState &state, const SimConfig &config);

    SimResponse clientConfig(const SimToken &token, const QByteArray &body);
    SimResponse associate(const SimToken &token, const QByteArray &body)
    {
        return manageAssets(token, body, false);
    }
    SimResponse disassociate(const SimToken &token, const QByteArray &body)
    {
        return manageAssets(token, body, true);
    }
    SimResponse revoke(const SimToken &token, const QByteArray &body);
    SimResponse createUsers(const SimToken &token, const QByteArray &body)
    {
        return manageUsers(token, body, QStringLiteral("CREATE"));
    }
    SimResponse updateUsers(const SimToken &token, const QByteArray &body)
    {
        return manageUsers(token, body, QStringLiteral("UPDATE"));
    }
    SimResponse retireUsers(const SimToken &token, const QByteArray &body)
    {
        return manageUsers(token, body, QStringLiteral("RETIRE"));
    }

private:
    SimResponse manageAssets(const SimToken &token, const QByteArray &body, bool disassociate);
    SimResponse manageUsers(const SimToken &token, const QByteArray &body, const QString &type);
    SimResponse queued(const SimToken &token, SimEvent event);

    SimState &m_state;
    const SimConfig &m_config;
};
