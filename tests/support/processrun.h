// ProcessRun: one run of a built executable (the CLI) as a subprocess, for end-to-end tests. The
// event loop keeps running while it waits, so an in-process vppsim can answer the child.
#pragma once

#include <QString>
#include <QStringList>

struct ProcessRun
{
    int code = -1; // -1: did not start or timed out; -2: crashed
    QString out;
    QString err;

    QString describe() const;

    // Runs `program` with `arguments` to its end (killed after two minutes).
    static ProcessRun run(const QString &program, const QStringList &arguments);
};
