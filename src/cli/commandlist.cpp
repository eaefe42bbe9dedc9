// The list of vppdesk-cli commands: ONE line per command file, in alphabetical order of the file.
// To add commands, write a class with `static void registerIn(CommandRegistry &)` that calls
// registry.add("name words", summary, &yourFunction) for each command, and add one line below
// (and your .h/.cpp to src/cli/CMakeLists.txt).
#include "commandregistry.h"

#include "auditcommands.h"
#include "dbcommands.h"
#include "inventorycommands.h"
#include "jobcommands.h"
#include "licensecommands.h"
#include "reclaimcommand.h"
#include "synccommand.h"
#include "tokencommands.h"

void registerAllCommands(CommandRegistry &registry)
{
    AuditCommands::registerIn(registry);     // audit
    DbCommands::registerIn(registry);        // db init, db grant
    InventoryCommands::registerIn(registry); // assets, assignments, users, find, history
    JobCommands::registerIn(registry);       // jobs resume, jobs retry
    LicenseCommands::registerIn(registry);   // assign, unassign, revoke, user ..., import ..., jobs
    ReclaimCommand::registerIn(registry);    // reclaim
    SyncCommand::registerIn(registry);       // sync
    TokenCommands::registerIn(registry);     // token add|update|remove|list|takeover
}
