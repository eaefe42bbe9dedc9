#include "processrun.h"

#include <QProcess>
#include <QSignalSpy>

QString ProcessRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err);
}

ProcessRun ProcessRun::run(const QString &program, const QStringList &arguments)
{
    ProcessRun run;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
