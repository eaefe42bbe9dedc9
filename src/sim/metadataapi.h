// The store side of the simulator: the legacy metadata lookup (results keyed by adamId, with
// an artwork URL template), the generated PNG artwork behind it, and the invitation page a
// user opens to associate an Apple Account.
#pragma once

#include "simconfig.h"
#include "simresponse.h"
#include "simstate.h"

#include <QHttpServerRequest>

#include <optional>

class MetadataApi
{
public:
    MetadataApi(SimState &state, const SimConfig &config);

    // std::nullopt when the path is none of this class's.
    std::optional<SimResponse> handle(const QHttpServerRequest &request);

private:
    SimResponse lookup(const QUrlQuery &query) const;
    SimResponse artwork(const QString &path) const;
    SimResponse acceptInvitation(const QUrlQuery &query);
    QJsonObject productJson(const SimProduct &product, const QString &storefront) const;

    SimState &m_state;
    const SimConfig &m_config;
};
