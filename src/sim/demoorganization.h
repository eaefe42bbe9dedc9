// DemoOrganization builds "Fjord & Finch Ltd", a small hand-made organization with three locations that looks
// like a real customer: the state vppsim serves by default, so that the console has something to show.
#pragma once

#include <QDateTime>

class SimState;

class DemoOrganization
{
public:
    // Appends the demo's locations, catalog and tokens to `state` and reseeds its random generator first, so
    // that the result depends on `now` alone (token expiry dates are relative to it).
    static void build(SimState &state, const QDateTime &now);
};
