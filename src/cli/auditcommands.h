// AuditCommands: `audit` lists the tamper-evident audit log, newest first; `audit --verify`
// walks its hash chain and says whether any row was edited, inserted or deleted.
#pragma once

#include <QCoreApplication>

class CommandContext;
class CommandRegistry;

class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static void registerIn(CommandRegistry &registry);

private:
    static int audit(CommandContext &ctx);
};
