// DatabaseLocation: file paths and postgresql:// URLs; a password in a URL and any other scheme are
// refused before anything is opened or created, and the error never repeats the password.
#include "core/store/database.h"
#include "core/store/databaselocation.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void pathIsSqlite()
    {
        const Result<DatabaseLocation> parsed =
            DatabaseLocation::parse(QStringLiteral("/tmp/a b/inv.sqlite"));
        QVERIFY(parsed);
        QVERIFY(!parsed->isPostgreSql());
        QCOMPARE(parsed->path(), QStringLiteral("/tmp/a b/inv.sqlite"));
    }

    void urlParts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("keychainKey");
        QTest::newRow("full")
            << "postgresql://kim@db.example.org:6432/vpp?sslmode=verify-full&connect_timeout=5"
            << "db.example.org" << 6432 << "kim"
            << "vpp"
            << "sslmode='verify-full';connect_timeout='5'"
            << "kim@db.example.org:6432/vpp";
        QTest::newRow("short scheme") << "postgres://db/inventory"
                                      << "db" << -1 << ""
                                      << "inventory"
                                      << ""
                                      << "db:5432/inventory";
        QTest::newRow("quoted value") << "POSTGRESQL://h/d?sslrootcert=/etc/my%20ca's.pem"
                                      << "h" << -1 << ""
                                      << "d"
                                      << "sslrootcert='/etc/my ca\\'s.pem'"
                                      << "h:5432/d";
    }
    void urlParts()
    {
        QFETCH(QString, url);
        const Result<DatabaseLocation> parsed = DatabaseLocation::parse(url);
        QVERIFY2(parsed, qPrintable(parsed.error().toLogString()));
        QVERIFY(parsed->isPostgreSql());
        QTEST(parsed->host(), "host");
        QTEST(parsed->port(), "port");
        QTEST(parsed->user(), "user");
        QTEST(parsed->databaseName(), "database");
        QTEST(parsed->connectOptions(), "options");
        QTEST(parsed->keychainKey(), "keychainKey");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << "postgresql://kim:hunter2@db/vpp"
                                  << "~/.pgpass";
        QTest::newRow("password option") << "postgresql://kim@db/vpp?password=hunter2"
                                         << "PGPASSWORD";
        QTest::newRow("mysql") << "mysql://db/vpp"
                               << "postgresql://";
        QTest::newRow("https") << "https://example.com/inventory.sqlite"
                               << "postgresql://";
        QTest::newRow("no database") << "postgresql://db/"
                                     << "database";
        QTest::newRow("unknown option") << "postgresql://db/vpp?colour=blue"
                                        << "colour";
        QTest::newRow("semicolon") << "postgresql://db/vpp?sslrootcert=a;b"
                                   << "semicolon";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QDir::setCurrent(dir.path());
        Database db;
        const Result<void> opened = db.open(text);
        QDir::setCurrent(before);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, VppError::Kind::Store);
        const QString shown = opened.error().message + QLatin1Char(' ') + opened.error().advice +
                              QLatin1Char(' ') + opened.error().detail;
        QVERIFY2(shown.contains(says), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("hunter2")), qPrintable(shown));
        QVERIFY(!db.path().contains(QStringLiteral("hunter2")));
        // Nothing was created for it (no SQLite file named after the URL).
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
