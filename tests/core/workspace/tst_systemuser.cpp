// SystemUser: the actor of audit entries is the OS account, also when the environment names nobody
// (cron, services, `env -i`): never "unknown" on Unix.
#include "core/common/systemuser.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

class TestSystemUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAccountWithoutUserVariables()
    {
#ifndef Q_OS_UNIX
        QSKIP("getpwuid is Unix only");
#else
        const QByteArray saved[] = {qgetenv("USER"), qgetenv("USERNAME"), qgetenv("LOGNAME")};
        for (const char *name : {"USER", "USERNAME", "LOGNAME"})
            qunsetenv(name);
        const QString actor = SystemUser::name();
        qputenv("USER", saved[0]);
        qputenv("USERNAME", saved[1]);
        qputenv("LOGNAME", saved[2]);
        const passwd *account = getpwuid(geteuid());
        QVERIFY(account);
        QCOMPARE(actor, QString::fromLocal8Bit(account->pw_name));
        QVERIFY(actor != QLatin1String("unknown"));
#endif
    }

    void theAccountWinsOverTheEnvironment()
    {
#ifdef Q_OS_UNIX
        const QByteArray saved = qgetenv("USER");
        qputenv("USER", "someone-else");
        const QString actor = SystemUser::name();
        qputenv("USER", saved);
        QCOMPARE(actor, QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
#endif
    }
};

QTEST_GUILESS_MAIN(TestSystemUser)
#include "tst_systemuser.moc"
