// DbCommands: setting up a PostgreSQL team inventory. `db init` creates the schema and the roles
// vppdesk_admin and vppdesk_helpdesk (--print shows the SQL instead, for a DBA to run); `db grant
// USER admin|helpdesk` makes a person (a login role) a member of one of them.
#pragma once

#include <QCoreApplication>

class CommandContext;
class CommandRegistry;
class Database;

class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)

public:
    static void registerIn(CommandRegistry &registry);

private:
    static int init(CommandContext &ctx);
    static int grant(CommandContext &ctx);
    // Opens the --database of ctx, which must be a PostgreSQL URL; 0 when open, else the exit code.
    static int openServer(CommandContext &ctx, Database &db);
};
