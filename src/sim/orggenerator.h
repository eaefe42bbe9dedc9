// OrgGenerator fills a SimState with a large, plausible, deterministic organization (locations, catalog,
// assets, users, devices, assignments) from a few numbers, so that the client can be tried at Apple's scale.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class SimState;

struct OrgGeneratorSpec
{
    int assets = 2000;            // asset rows (adamId + pricingParam), all locations together
    int users = 200000;           // user rows (one clientUserId may have several), all locations together
    qint64 assignments = 1000000; // live assignments, all locations together
    int locations = 2;
    quint32 seed = 1;

    // "assets=2000,users=200000,assignments=1000000,locations=2,seed=7": any subset of the keys, in any
    // order.
    static std::optional<OrgGeneratorSpec> parse(const QString &text, QString *error);
    QString toString() const;
};

class OrgGenerator
{
public:
    // Replaces nothing: appends the generated locations, products and tokens to `state` and reseeds its
    // random generator with spec.seed, so that the same spec and `now` always give the same state.
    static void generate(SimState &state, const OrgGeneratorSpec &spec, const QDateTime &now);
};
