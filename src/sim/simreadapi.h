// The read side of the simulated v2 service: service/config, client/config, assets,
// assignments, users and event status, with Apple's pagination and versionId rules.
#pragma once

#include "simconfig.h"
#include "simresponse.h"
#include "simstate.h"

#include <QUrlQuery>

class SimReadApi
{
public:
    SimReadApi(SimState &state, const SimConfig &config);

    SimResponse serviceConfig() const;
    SimResponse clientConfig(const SimToken &token) const;
    SimResponse assets(const SimToken &token, const QUrlQuery &query) const;
    SimResponse assignments(const SimToken &token, const QUrlQuery &query) const;
    SimResponse users(const SimToken &token, const QUrlQuery &query) const;
    SimResponse status(const SimToken &token, const QUrlQuery &query) const;

    // tokenExpirationDate, uId and (once set) mdmInfo: present in every authenticated response.
    static void addCommonFields(QJsonObject &object, const SimToken &token, const SimLocation &location);

private:
    struct PageWindow
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        int pageIndex = 0;
        int totalPages = 1;
    };
    // std::nullopt when pageIndex is not a valid page (9650).
    std::optional<PageWindow> pageWindow(const QUrlQuery &query, qsizetype total) const;
    static void addPaging(QJsonObject &object, const PageWindow &window);

    SimState &m_state;
    const SimConfig &m_config;
};
