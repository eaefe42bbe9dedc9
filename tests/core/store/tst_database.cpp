// Database: migrations, session settings, refusal of newer schemas, transactions and clear errors
// on broken files, on real SQLite files in a temporary directory and (tst_database_postgresql) on
// fresh databases of the test PostgreSQL server; the file-only cases run on SQLite only.
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/tokenstore.h"
#include "core/store/transaction.h"

#include "testengine.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VPP_REQUIRE_ENGINE();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { QVERIFY(m_dir.isValid()); }

    void migratesFromEmpty();
    void reopenIsNoOp();
    void newerSchemaIsRefused();
    void pragmasAreSet();
    void lookupIndexesMatchSchema();
    void connectionNamesAreUnique();
    void tokensTableHasNoSecretColumn();
    void rollbackOnScopeExitKeepsData();
    void nestedTransactionRollsBackOnlyItsPart();
    void removingTokenCascades();
    void integrityCheckPassesAndDetectsBrokenForeignKey();
    void corruptFileIsStoreError();
    void unwritableDirectoryIsStoreError();
    void readOnlyFileIsStoreError();
    void readOnlyConnectionIsStoreError();
    void diskFullIsStoreErrorAndKeepsData();
    void defaultPathIsInAppData();

private:
    // A new database on the engine under test (a file in m_dir for SQLite).
    QString path(const QString &name = QStringLiteral("inventory.sqlite")) const
    {
        return TestEngine::newLocation(m_dir, QFileInfo(name).completeBaseName());
    }
    static QString scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QString();
        return query.value(0).toString();
    }
    static TokenRecord token(const QString &name)
    {
        TokenRecord record;
        record.name = name;
        record.uid = QStringLiteral("uid-") + name;
        return record;
    }

    QTemporaryDir m_dir;
};

void TestDatabase::migratesFromEmpty()
{
    Database db;
    const Result<void> opened = db.open(path(QStringLiteral("fresh.sqlite")));
    QVERIFY2(opened, qPrintable(opened.error().toLogString()));
    QCOMPARE(db.schemaVersion().value(), Database::knownSchemaVersion());
    QCOMPARE(Database::knownSchemaVersion(), Schema::latestVersion());
    const QStringList tables = db.connection().tables();
    for (const char *table : {"schema_migrations", "tokens", "token_groups", "assets", "asset_metadata",
                              "assignments", "vpp_users", "devices", "groups", "group_members", "sync_runs",
                              "sync_changes", "jobs", "job_events", "audit_log"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TestDatabase::reopenIsNoOp()
{
    const QString file = path(QStringLiteral("reopen.sqlite"));
    QString appliedAt;
    {
        Database db;
        QVERIFY(db.open(file));
        appliedAt = scalar(db, QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1"));
        QVERIFY(!appliedAt.isEmpty());
    }
    Database db;
    QVERIFY(db.open(file));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
             QString::number(Schema::migrations().size()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")),
             appliedAt);
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                       "VALUES (999, 'from the future', '2099-01-01T00:00:00.000Z')")));
    }
    Database db;
    const Result<void> opened = db.open(file);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, VppError::Kind::Store);
    QCOMPARE(opened.error().code, QStringLiteral("store.schemaTooNew"));
    QVERIFY(opened.error().message.contains(QStringLiteral("newer version")));
    QVERIFY(opened.error().message.contains(QStringLiteral("999")));
    QVERIFY(!opened.error().advice.isEmpty());
    QVERIFY(!db.isOpen());
}

void TestDatabase::pragmasAreSet()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("pragmas.sqlite"))));
    if (TestEngine::isPostgreSql()) {
        QCOMPARE(db.dialect().name(), QStringLiteral("postgresql"));
        QCOMPARE(scalar(db, QStringLiteral("SHOW TimeZone")), QStringLiteral("UTC"));
        QCOMPARE(scalar(db, QStringLiteral("SHOW application_name")), QStringLiteral("vppdesk"));
        QCOMPARE(scalar(db, QStringLiteral("SHOW statement_timeout")), QStringLiteral("10min"));
        // now() as ISO 8601 UTC text, as SQLite writes it.
        const QString now = scalar(db, QStringLiteral("SELECT ") + db.dialect().nowExpression());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                     .match(now)
                     .hasMatch(),
                 qPrintable(now));
        return;
    }
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("1")); // NORMAL
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    QCOMPARE(db.dialect().name(), QStringLiteral("sqlite"));
}

void TestDatabase::lookupIndexesMatchSchema()
{
    VPP_SQLITE_ONLY("SQLite's catalog (sqlite_master)");
    // AssignmentStore rebuilds these around big passes: they must be the ones the migrations made.
    Database db;
    QVERIFY(db.open(path(QStringLiteral("indexes.sqlite"))));
    for (const auto &[name, createSql] : Schema::assignmentLookupIndexes()) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        query.addBindValue(name);
        QVERIFY(query.exec());
        QVERIFY2(query.next(), qPrintable(name));
        QCOMPARE(query.value(0).toString(), createSql);
    }
}

void TestDatabase::connectionNamesAreUnique()
{
    const QString file = path(QStringLiteral("shared.sqlite"));
    Database a;
    Database b;
    QVERIFY(a.connectionName() != b.connectionName());
    QVERIFY(a.open(file));
    QVERIFY(b.open(file));
    QVERIFY(TokenStore(a).insert(token(QStringLiteral("seen-by-both"))));
    QCOMPARE(scalar(b, QStringLiteral("SELECT name FROM tokens")), QStringLiteral("seen-by-both"));
}

void TestDatabase::tokensTableHasNoSecretColumn()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("schema.sqlite"))));
    const QStringList columns = db.tableColumns(QStringLiteral("tokens"));
    // Exactly the columns TokenStore maps, in its order: the schema has no column the store does not
    // know (where a secret could end up), and the store writes none the schema lacks.
    const QStringList expected = TokenStore::columnNames();
    QVERIFY(expected.contains(QStringLiteral("app_defaults")));
    QCOMPARE(columns, expected);
    // And no column of any table looks like a place for a secret.
    for (const QString &table : db.connection().tables()) {
        for (const QString &column : db.tableColumns(table)) {
            for (const char *word : {"secret", "password", "stoken", "token_value", "credential"})
                QVERIFY2(!column.contains(QLatin1String(word)),
                         qPrintable(table + QLatin1Char('.') + column));
        }
    }
}

void TestDatabase::rollbackOnScopeExitKeepsData()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("rollback.sqlite"))));
    TokenStore tokens(db);
    QVERIFY(tokens.insert(token(QStringLiteral("kept"))));
    {
        Transaction tx(db);
        QVERIFY(tx.status());
        QVERIFY(tokens.insert(token(QStringLiteral("dropped"))));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM tokens WHERE name = 'kept'")));
        QCOMPARE(tokens.list().value().size(), 1);
        // No commit: the scope ends as an error path would.
    }
    QCOMPARE(db.transactionDepth(), 0);
    const QList<TokenRecord> all = tokens.list().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().name, QStringLiteral("kept"));

    // A failing statement inside a transaction leaves the earlier state too.
    {
        Transaction tx(db);
        QVERIFY(db.exec(QStringLiteral("DELETE FROM tokens")));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")));
    }
    QCOMPARE(tokens.list().value().size(), 1);
}

void TestDatabase::nestedTransactionRollsBackOnlyItsPart()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("nested.sqlite"))));
    TokenStore tokens(db);
    {
        Transaction outer(db);
        QVERIFY(tokens.insert(token(QStringLiteral("outer"))));
        {
            Transaction inner(db);
            QVERIFY(inner.status());
            QCOMPARE(db.transactionDepth(), 2);
            QVERIFY(tokens.insert(token(QStringLiteral("inner"))));
            inner.rollback();
        }
        QVERIFY(outer.commit());
    }
    const QList<TokenRecord> all = tokens.list().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().name, QStringLiteral("outer"));
}

void TestDatabase::removingTokenCascades()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("cascade.sqlite"))));
    TokenStore tokens(db);
    const TokenRecord stored = tokens.insert(token(QStringLiteral("gone"))).value();
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO assignments (token_id, adam_id, pricing_param, client_user_id) "
                               "VALUES ('%1', '1', 'STDQ', 'u1')")
                    .arg(stored.id)));
    QVERIFY(tokens.remove(stored.id));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM assignments")), QStringLiteral("0"));
    // A row for a token that does not exist is refused.
    QVERIFY(
        !db.exec(QStringLiteral("INSERT INTO assignments (token_id, adam_id, pricing_param, client_user_id) "
                                "VALUES ('nobody', '1', 'STDQ', 'u1')")));
}

void TestDatabase::integrityCheckPassesAndDetectsBrokenForeignKey()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("integrity.sqlite"))));
    const Result<void> clean = db.integrityCheck();
    QVERIFY2(clean, qPrintable(clean.error().toLogString()));
    VPP_SQLITE_ONLY("PostgreSQL cannot store a broken foreign key");

    QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO assignments (token_id, adam_id, pricing_param, serial_number) "
                               "VALUES ('missing-token', '1', 'STDQ', 'S1')")));
    QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const Result<void> broken = db.integrityCheck();
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, VppError::Kind::Store);
    QCOMPARE(broken.error().code, QStringLiteral("store.integrity"));
    QVERIFY(broken.error().detail.contains(QStringLiteral("assignments")));
}

void TestDatabase::corruptFileIsStoreError()
{
    VPP_SQLITE_ONLY("a damaged SQLite file");
    const QString file = path(QStringLiteral("corrupt.sqlite"));
    QFile garbage(file);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();

    Database db;
    const Result<void> opened = db.open(file);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, VppError::Kind::Store);
    QCOMPARE(opened.error().code, QStringLiteral("store.corrupt"));
    QVERIFY(opened.error().message.contains(QStringLiteral("damaged")));
    QVERIFY(!db.isOpen());
}

void TestDatabase::unwritableDirectoryIsStoreError()
{
    VPP_SQLITE_ONLY("a SQLite file's folder");
    // A regular file where a folder should be: nobody (not even root) can create the database.
    const QString blocker = path(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    Database db;
    const Result<void> opened = db.open(blocker + QStringLiteral("/sub/inventory.sqlite"));
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, VppError::Kind::Store);
    QCOMPARE(opened.error().code, QStringLiteral("store.cannotOpen"));
    QVERIFY(opened.error().message.contains(QStringLiteral("folder")));
    QVERIFY(!opened.error().advice.isEmpty());
}

void TestDatabase::readOnlyFileIsStoreError()
{
    VPP_SQLITE_ONLY("a SQLite file's permissions");
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root ignores file permissions; readOnlyConnectionIsStoreError covers the mapping");
#endif
    const QString file = path(QStringLiteral("readonly.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
    }
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Database db;
    const Result<void> opened = db.open(file);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, VppError::Kind::Store);
    QVERIFY2(opened.error().code == QStringLiteral("store.readOnly") ||
                 opened.error().code == QStringLiteral("store.cannotOpen"),
             qPrintable(opened.error().toLogString()));
}

void TestDatabase::readOnlyConnectionIsStoreError()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("queryonly.sqlite"))));
    QVERIFY(db.exec(TestEngine::isPostgreSql() ? QStringLiteral("SET default_transaction_read_only = on")
                                               : QStringLiteral("PRAGMA query_only = ON")));
    const Result<TokenRecord> inserted = TokenStore(db).insert(token(QStringLiteral("nope")));
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().kind, VppError::Kind::Store);
    QCOMPARE(inserted.error().code, QStringLiteral("store.readOnly"));
    QVERIFY(inserted.error().message.contains(QStringLiteral("read-only")));
}

void TestDatabase::diskFullIsStoreErrorAndKeepsData()
{
    VPP_SQLITE_ONLY("SQLite's max_page_count");
    Database db;
    QVERIFY(db.open(path(QStringLiteral("full.sqlite"))));
    TokenStore tokens(db);
    QVERIFY(tokens.insert(token(QStringLiteral("before"))));
    // Cap the file at its current size: the next pages cannot be allocated, as on a full disk.
    const QString pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = ") + pages));

    VppError error;
    {
        Transaction tx(db);
        for (int i = 0; i < 10000 && !error.isError(); ++i) {
            TokenRecord big = token(QStringLiteral("bulk-%1").arg(i));
            big.statusReason = QString(2000, QLatin1Char('x'));
            const Result<TokenRecord> inserted = tokens.insert(big);
            if (!inserted)
                error = inserted.error();
        }
    }
    QCOMPARE(error.kind, VppError::Kind::Store);
    QCOMPARE(error.code, QStringLiteral("store.diskFull"));
    QVERIFY(error.message.contains(QStringLiteral("disk is full")));
    const QList<TokenRecord> all = tokens.list().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().name, QStringLiteral("before"));
}

void TestDatabase::defaultPathIsInAppData()
{
    const QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(Database::defaultPath().startsWith(location));
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral(".sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
