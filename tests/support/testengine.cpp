#include "testengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kPgBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

// The server this process uses: CTest's (VPPDESK_PG_STATE holds its port) or its own.
struct Server
{
    QString stateDir;
    int port = 0;
    QString skip;
    QString failure;
    std::unique_ptr<QTemporaryDir> ownState; // set when this process started the server
};

QString script()
{
    return qEnvironmentVariable("VPPDESK_SOURCE_DIR") + QStringLiteral("/tests/support/pg-test-server.sh");
}

QString readState(const QString &dir, const QString &name)
{
    QFile file(dir + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

void stopOwnServer();

Server &server()
{
    static Server s;
    static bool ready = false;
    if (ready)
        return s;
    ready = true;
    s.stateDir = qEnvironmentVariable("VPPDESK_PG_STATE");
    const bool shared = !s.stateDir.isEmpty() && (QFile::exists(s.stateDir + QStringLiteral("/port")) ||
                                                  QFile::exists(s.stateDir + QStringLiteral("/absent")));
    if (!shared) {
        // Started by hand, outside CTest's fixture: a server of our own for this process.
        s.ownState = std::make_unique<QTemporaryDir>();
        s.stateDir = s.ownState->path();
        const int rc =
            QProcess::execute(QStringLiteral("sh"), {script(), QStringLiteral("start"), s.stateDir});
        qAddPostRoutine(stopOwnServer);
        if (rc != 0)
            s.failure = QStringLiteral("could not start the PostgreSQL test server (%1)").arg(script());
    }
    const QString absent = readState(s.stateDir, QStringLiteral("absent"));
    if (!absent.isEmpty()) {
        s.skip = absent;
        return s;
    }
    s.port = readState(s.stateDir, QStringLiteral("port")).toInt();
    if (s.port <= 0 && s.failure.isEmpty())
        s.failure =
            QStringLiteral("the PostgreSQL test server is not running (no port in %1)").arg(s.stateDir);
    return s;
}

void stopOwnServer()
{
    Server &s = server();
    if (s.ownState)
        QProcess::execute(QStringLiteral("sh"), {script(), QStringLiteral("stop"), s.stateDir});
}

QString sanitized(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    return name.toLower().replace(other, QStringLiteral("_")).left(40);
}

} // namespace

namespace TestEngine {

bool isPostgreSql()
{
    return qEnvironmentVariable("VPPDESK_TEST_ENGINE") == u"postgresql";
}

QString name()
{
    return isPostgreSql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString skipReason()
{
    if (!isPostgreSql())
        return QString();
    if (!QFile::exists(kPgBinDir + QStringLiteral("/initdb")))
        return QStringLiteral("PostgreSQL server binaries not found in %1 (install postgresql-15)")
            .arg(kPgBinDir);
    return server().skip;
}

QString failureReason()
{
    if (!isPostgreSql())
        return QString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is missing (install libqt6sql6-psql)");
    return server().failure;
}

int serverPort()
{
    return server().port;
}

QString serverUrl(const QString &database, const QString &user)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(serverPort()).arg(database);
}

QString adminExec(const QString &sql, const QString &database)
{
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    const QString connection = QStringLiteral("vppdesk.test.admin.") + database;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isOpen()) {
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(serverPort());
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(database);
            if (!db.open())
                return db.lastError().text();
        }
        QSqlQuery query(db);
        if (!query.exec(sql))
            error = query.lastError().text();
    }
    return error;
}

QString newLocation(const QTemporaryDir &dir, const QString &name)
{
    static int serial = 0;
    ++serial;
    if (!isPostgreSql())
        return dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(serial));
    const QString database =
        QStringLiteral("t%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(serial).arg(sanitized(name));
    const QString error = adminExec(QStringLiteral("CREATE DATABASE ") + database);
    if (!error.isEmpty())
        qWarning("CREATE DATABASE %s failed: %s", qPrintable(database), qPrintable(error));
    return serverUrl(database);
}

} // namespace TestEngine
