// SyncCommand: `vppdesk-cli sync [NAME...] [--full] [--watch] [--json]`: syncs the named tokens
// (all when none is named) one after the other through SyncEngine, prints a one-line summary per
// token (or the reports as JSON), shows progress on stderr when it is a terminal, and with --watch
// keeps syncing on each token's interval through SyncScheduler until the process is stopped.
// Exit codes: 0 ok, 1 error, 3 token problem, 4 some tokens failed.
#pragma once

#include <QCoreApplication>

class CommandContext;
class CommandRegistry;

class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static void registerIn(CommandRegistry &registry);
    static int run(CommandContext &context);
};
