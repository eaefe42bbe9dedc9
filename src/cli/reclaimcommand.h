// ReclaimCommand: `vppdesk-cli reclaim`, the reclaim advisor headless: the licenses held by devices
// not seen for N days, by retired or unregistered users, or outside a token's Distribution groups,
// with the totals per app (offline; the same ReclaimAdvisor as the console's Reclaim page).
#pragma once

#include <QCoreApplication>

class CommandContext;
class CommandRegistry;

class ReclaimCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReclaimCommand)

public:
    static void registerIn(CommandRegistry &registry);

private:
    static int reclaim(CommandContext &ctx);
};
