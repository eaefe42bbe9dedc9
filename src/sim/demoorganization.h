// DemoOrganization builds "Fjord & Finch Ltd", a small hand-made organization with three locations that looks
// like a real customer: the state vppsim serves by default, so that the console has something to show.
#pragma once

#include <QByteArray>
#include <QDateTime>

class SimState;

class DemoOrganization
{
public:
    // Appends the demo's locations, catalog and tokens to `state` and reseeds its random generator first, so
    // that the result depends on `now` alone (token expiry dates are relative to it).
    static void build(SimState &state, const QDateTime &now);

    // What the organization's MDM would export for the devices and groups of `state`: every serial that
    // may hold a license with a name, an owner (an active user of its location) and a last check-in, as
    // a devices CSV (serial, name, owner, last seen); per location a group of its devices and one of its
    // active staff, as a groups CSV (group, member, kind). Depends on the state and `today` alone.
    struct Inventory
    {
        QByteArray devicesCsv;
        QByteArray groupsCsv;
        int devices = 0;
    };
    static Inventory inventory(const SimState &state, const QDate &today);
};
