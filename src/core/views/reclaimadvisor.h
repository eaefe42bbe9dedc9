// ReclaimAdvisor: the licenses that could be taken back: held by devices not seen for N days (the
// imported device inventory), by retired or unregistered users, or by holders outside the token's
// Distribution groups (when it serves some). Only revocable licenses are listed (books stay with
// their users). One prepared, index-driven query per rule; a license matched by several rules is
// listed once, under the first. Runs on any thread with its own Database.
#pragma once

#include "core/common/result.h"
#include "core/views/reclaimcandidate.h"

#include <QDateTime>
#include <QList>

#include <functional>

class Database;

class ReclaimAdvisor
{
public:
    struct Options
    {
        int notSeenDays = 90; // a device last seen before now - notSeenDays; <= 0 leaves the rule out
        QString tokenId;      // empty: every token
        QDateTime now;        // invalid: the current time
    };

    explicit ReclaimAdvisor(Database &db);

    // Ordered by location, app name, adamId and holder. An error of kind Cancelled when
    // `cancelled` answered true (asked every few thousand rows).
    Result<QList<ReclaimCandidate>> candidates(const Options &options,
                                               const std::function<bool()> &cancelled = {}) const;

    // Totals per app (every location together), most licenses first.
    static QList<ReclaimAppTotal> totalsPerApp(const QList<ReclaimCandidate> &candidates);

private:
    Database &m_db;
};
