// The team inventory on a real PostgreSQL 15 (the test server of tests/support/pg-test-server.sh):
// what goes wrong when connecting comes back as a clear error naming what to fix, with no password
// in it; two connections opening a fresh database at once migrate it once; a role without write
// grants reads the inventory and has its writes refused by the server.
#include "core/store/database.h"
#include "core/store/databasecredentials.h"
#include "core/store/databaselocation.h"
#include "core/store/schema.h"
#include "core/store/teamroles.h"
#include "core/store/tokenstore.h"

#include "testengine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

const QString kPasswordRole = QStringLiteral("vppdesk_pw"); // the server asks this role for a password
const QString kRightPassword = QStringLiteral("c0rrect-h0rse");

QString errorText(const VppError &error)
{
    return error.message + QLatin1Char(' ') + error.advice + QLatin1Char(' ') + error.detail;
}

} // namespace

class TestPostgreSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VPP_REQUIRE_ENGINE();
        QCOMPARE(TestEngine::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(kPasswordRole)),
                 QString());
        QCOMPARE(TestEngine::adminExec(
                     QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(kPasswordRole, kRightPassword)),
                 QString());
    }

    void wrongPasswordIsRefusedClearly()
    {
        const QString location = TestEngine::newLocation(m_dir, QStringLiteral("password"));
        const QString url =
            QString(location).replace(QStringLiteral("postgres@"), kPasswordRole + QLatin1Char('@'));
        const QString key = DatabaseLocation::parse(url)->keychainKey();
        DatabaseCredentials::setPassword(key, QStringLiteral("wr0ng-pa55"));
        Database db;
        const Result<void> opened = db.open(url);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("store.badPassword"));
        QVERIFY2(errorText(opened.error()).contains(QStringLiteral("~/.pgpass")),
                 qPrintable(errorText(opened.error())));
        QVERIFY(errorText(opened.error()).contains(key));
        QVERIFY(!errorText(opened.error()).contains(QStringLiteral("wr0ng-pa55")));
        QVERIFY(!db.isOpen());

        // The right one (as the keychain would give it) opens, and the schema is made.
        DatabaseCredentials::setPassword(key, kRightPassword);
        QCOMPARE(TestEngine::adminExec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
                                           .arg(DatabaseLocation::parse(url)->databaseName(), kPasswordRole)),
                 QString());
        const Result<void> reopened = db.open(url);
        QVERIFY2(reopened, qPrintable(reopened.error().toLogString()));
        QCOMPARE(db.schemaVersion().value(), Database::knownSchemaVersion());
        DatabaseCredentials::forget(key);
    }

    void missingDatabaseIsNamed()
    {
        Database db;
        const Result<void> opened = db.open(TestEngine::serverUrl(QStringLiteral("no_such_inventory")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("store.noDatabase"));
        QVERIFY(opened.error().message.contains(QStringLiteral("no_such_inventory")));
        QVERIFY(opened.error().advice.contains(QStringLiteral("createdb")));
    }

    void unreachableServerIsNamed()
    {
        Database db;
        const Result<void> opened =
            db.open(QStringLiteral("postgresql://postgres@127.0.0.1:1/inventory?connect_timeout=3"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("store.cannotConnect"));
        QVERIFY(opened.error().message.contains(QStringLiteral("127.0.0.1:1")));
        QVERIFY(opened.error().advice.contains(QStringLiteral("port")));
    }

    void twoSeatsStartingTogetherMigrateOnce()
    {
        const QString url = TestEngine::newLocation(m_dir, QStringLiteral("together"));
        constexpr int seats = 4;
        std::atomic<int> failures = 0;
        QList<QThread *> threads;
        for (int i = 0; i < seats; ++i) {
            threads << QThread::create([&] {
                Database db;
                if (const Result<void> opened = db.open(url); !opened) {
                    qWarning() << opened.error().toLogString();
                    ++failures;
                }
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        Database db;
        QVERIFY(db.open(url));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT version) FROM schema_migrations")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), int(Schema::migrations().size()));
        QCOMPARE(q.value(1).toInt(), int(Schema::migrations().size()));
    }

    void readOnlyRoleReadsAndIsRefusedWrites()
    {
        const QString url = TestEngine::newLocation(m_dir, QStringLiteral("readonly"));
        const QString database = DatabaseLocation::parse(url)->databaseName();
        {
            Database admin;
            QVERIFY(admin.open(url));
            TokenRecord token;
            token.name = QStringLiteral("Berlin");
            QVERIFY(TokenStore(admin).insert(token));
        }
        const QString role = QStringLiteral("ro_") + database.right(20);
        for (const QString &sql : {QStringLiteral("CREATE ROLE %1 LOGIN").arg(role),
                                   QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, role)})
            QCOMPARE(TestEngine::adminExec(sql), QString());
        QCOMPARE(TestEngine::adminExec(
                     QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role), database),
                 QString());
        Database seat;
        const Result<void> opened =
            seat.open(QString(url).replace(QStringLiteral("postgres@"), role + QLatin1Char('@')));
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
        QCOMPARE(TokenStore(seat).list().value().size(), 1);
        TokenRecord token;
        token.name = QStringLiteral("Paris");
        const Result<TokenRecord> inserted = TokenStore(seat).insert(token);
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().code, QStringLiteral("store.permissionDenied"));
        QVERIFY(inserted.error().advice.contains(QStringLiteral("admin")));
    }

    void helpDeskRoleReadsButNotTheAuditSeals()
    {
        const QString url = TestEngine::newLocation(m_dir, QStringLiteral("roles"));
        const QString database = DatabaseLocation::parse(url)->databaseName();
        {
            Database owner;
            QVERIFY(owner.open(url));
            const Result<void> roles = TeamRoles::run(owner, TeamRoles::rolesSql(database));
            QVERIFY2(roles, qPrintable(roles.error().toLogString()));
            const QString person = QStringLiteral("hd_") + database.right(20);
            QVERIFY(TeamRoles::run(owner, TeamRoles::grantSql(person, TeamRoles::Role::HelpDesk)));
            QVERIFY(TeamRoles::run(owner,
                                   TeamRoles::grantSql(person, TeamRoles::Role::HelpDesk))); // again: no-op
            TokenRecord token;
            token.name = QStringLiteral("Rome");
            QVERIFY(TokenStore(owner).insert(token));
        }
        const QString person = QStringLiteral("hd_") + database.right(20);
        Database seat;
        QVERIFY(seat.open(QString(url).replace(QStringLiteral("postgres@"), person + QLatin1Char('@'))));
        QCOMPARE(TokenStore(seat).list().value().size(), 1);
        QVERIFY(seat.exec(QStringLiteral("SELECT id, actor, action FROM audit_log")));
        QVERIFY(!seat.exec(QStringLiteral("SELECT hash FROM audit_log")));
        TokenRecord token;
        token.name = QStringLiteral("Oslo");
        const Result<TokenRecord> inserted = TokenStore(seat).insert(token);
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().code, QStringLiteral("store.permissionDenied"));
        // The SQL a DBA would run holds the schema and the roles.
        const QString printed =
            (TeamRoles::schemaSql() + TeamRoles::rolesSql(database)).join(QLatin1Char('\n'));
        QVERIFY(printed.contains(QStringLiteral("CREATE TABLE tokens")));
        QVERIFY(printed.contains(QStringLiteral("GENERATED BY DEFAULT AS IDENTITY")));
        QVERIFY(printed.contains(QStringLiteral("GRANT SELECT (id, at, actor")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPostgreSql)
#include "tst_postgresql.moc"
