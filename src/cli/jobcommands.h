// vppdesk-cli jobs resume | jobs retry JOB: finish license jobs after a restart (or a --no-wait)
// and send again the targets of a job that failed.
#pragma once

#include <QCoreApplication>

class CommandContext;
class CommandRegistry;

class JobCommands
{
    Q_DECLARE_TR_FUNCTIONS(JobCommands)

public:
    static void registerIn(CommandRegistry &registry);

    static int resume(CommandContext &ctx);
    static int retry(CommandContext &ctx);
};
