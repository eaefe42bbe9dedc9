// AuditCommands: `audit` lists the tamper-evident audit log, newest first; `audit --verify`
// walks its sealed hash chain and tells a rewritten entry, a cut-off end and a wrong key apart.
#pragma once

#include <QCoreApplication>

struct AuditVerification;
class CommandContext;
class CommandRegistry;

class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static void registerIn(CommandRegistry &registry);

private:
    static int audit(CommandContext &ctx);
    static QString findingText(const AuditVerification &v);
};
