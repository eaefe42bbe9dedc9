// vppdesk run as a program with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, as
// over ssh or in a build job): --help and --version answer on stdout and exit 0, a wrong option exits 2
// with the usage, and none of them needs a GUI.
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVppdeskBinary : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int code = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Outcome runWithoutDisplay(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        process.setProcessEnvironment(env);
        process.start(TestSupport::executable(u"vppdesk"_s), arguments);
        Outcome outcome;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return outcome;
        }
        outcome.code = process.exitCode();
        outcome.status = process.exitStatus();
        outcome.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        outcome.err = QString::fromLocal8Bit(process.readAllStandardError());
        return outcome;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestSupport::executable(u"vppdesk"_s).isEmpty(), "vppdesk not built"); }

    void helpWithoutADisplay()
    {
        const Outcome run = runWithoutDisplay({u"--help"_s});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"--demo"_s));
        QVERIFY(run.out.contains(u"--database"_s));
    }

    void versionWithoutADisplay()
    {
        const Outcome run = runWithoutDisplay({u"--version"_s});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"VPP Desk " VPPDESK_VERSION "\n"_s), qPrintable(run.out));
        // The commit (a hex abbreviation, maybe "-dirty"; "unknown" outside git) and the libraries.
        QVERIFY2(QRegularExpression(u"^commit ([0-9a-f]{7,}(-dirty)?|v?[\\w.-]+|unknown)$"_s,
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Qt " QT_VERSION_STR " (built with " QT_VERSION_STR ")"_s),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(u"^QtKeychain \\d+\\.\\d+"_s, QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
    }

    void aWrongOptionIsAUsageError()
    {
        const Outcome run = runWithoutDisplay({u"--no-such-option"_s});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"--demo"_s));
    }
};

QTEST_GUILESS_MAIN(TestVppdeskBinary)
#include "tst_vppdeskbinary.moc"
