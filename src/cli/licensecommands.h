// LicenseCommands: the license commands of vppdesk-cli: assign, unassign, revoke, user
// create|update|retire, import devices|groups and jobs. Each plans first (--dry-run prints the plan
// and sends nothing), then runs the plan as a job and, unless --no-wait, waits for its outcome.
#pragma once

#include <QCoreApplication>

class CommandContext;
class CommandRegistry;

class LicenseCommands
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCommands)

public:
    static void registerIn(CommandRegistry &registry);

    static int assign(CommandContext &ctx);
    static int unassign(CommandContext &ctx);
    static int revoke(CommandContext &ctx);
    static int userCreate(CommandContext &ctx);
    static int userUpdate(CommandContext &ctx);
    static int userRetire(CommandContext &ctx);
    static int importDevices(CommandContext &ctx);
    static int importGroups(CommandContext &ctx);
    static int jobs(CommandContext &ctx);
};
