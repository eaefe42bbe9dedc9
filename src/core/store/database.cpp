#include "core/store/database.h"

#include "core/common/privatefiles.h"

#include "core/common/logging.h"
#include "core/store/databasecredentials.h"
#include "core/store/databaselocation.h"
#include "core/store/leasestore.h"
#include "core/store/migration.h"
#include "core/store/postgresdialect.h"
#include "core/store/schema.h"
#include "core/store/sqlitedialect.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace {

QString nextConnectionName()
{
    static QAtomicInt serial;
    return QStringLiteral("vppdesk.store.%1").arg(serial.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database(std::unique_ptr<SqlDialect> dialect)
    : m_dialect(dialect ? std::move(dialect) : std::make_unique<SqliteDialect>())
    , m_dialectGiven(dialect != nullptr)
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/inventory.sqlite");
}

int Database::knownSchemaVersion()
{
    return Schema::latestVersion();
}

Result<void> Database::open(const QString &location)
{
    close();
    m_path.clear();
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error(); // never kept: the text may hold a password
    m_path = parsed->displayName();
    if (!m_dialectGiven) {
        if (parsed->isPostgreSql() && m_dialect->driverName() != u"QPSQL")
            m_dialect = std::make_unique<PostgresDialect>();
        else if (!parsed->isPostgreSql() && m_dialect->driverName() != u"QSQLITE")
            m_dialect = std::make_unique<SqliteDialect>();
    }
    Result<void> result = parsed->isPostgreSql() ? openServer(parsed.value()) : openFile(parsed->path());
    if (result)
        result = m_dialect->configureConnection(m_db);
    if (result)
        result = migrate();
    if (!result) {
        close();
        return result;
    }
    qCInfo(lcStore).noquote() << "opened" << parsed->displayName() << "schema" << knownSchemaVersion();
    return {};
}

Result<void> Database::openServer(const DatabaseLocation &location)
{
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_db.isValid()) {
        return StoreError::fromSql(
            SqlDialect::Failure::Other, m_db.lastError(),
            QStringLiteral("Qt SQL driver %1 is not available").arg(m_dialect->driverName()));
    }
    m_db.setHostName(location.host());
    if (location.port() > 0)
        m_db.setPort(location.port());
    m_db.setUserName(location.user());
    m_db.setDatabaseName(location.databaseName());
    // Without a password libpq reads PGPASSWORD and ~/.pgpass.
    const QString password = DatabaseCredentials::password(location.keychainKey());
    if (!password.isEmpty())
        m_db.setPassword(password);
    m_db.setConnectOptions(location.connectOptions());
    if (!m_db.open())
        return StoreError::cannotConnect(m_db.lastError(), m_path, location.keychainKey());
    return {};
}

Result<void> Database::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!PrivateFiles::makeDirectory(info.absolutePath())) // a folder created here is 0700
        return StoreError::cannotCreateDirectory(info.absolutePath());
    if (info.isDir()) {
        return StoreError::fromSql(SqlDialect::Failure::CannotOpen, QSqlError(),
                                   QStringLiteral("path is a directory: ") + path);
    }
    // The file is 0600 before SQLite opens it: SQLite gives -wal and -shm the database's mode.
    if (m_dialect->driverName() == u"QSQLITE" && path != u":memory:") {
        PrivateFiles::createFile(path);
        PrivateFiles::restrict({path + QStringLiteral("-wal"), path + QStringLiteral("-shm")});
    }

    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_db.isValid()) {
        const QSqlError error = m_db.lastError();
        return StoreError::fromSql(
            SqlDialect::Failure::Other, error,
            QStringLiteral("Qt SQL driver %1 is not available").arg(m_dialect->driverName()));
    }
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const SqlDialect::Failure failure = m_dialect->classify(error);
        return StoreError::fromSql(failure == SqlDialect::Failure::Other ? SqlDialect::Failure::CannotOpen
                                                                         : failure,
                                   error, QStringLiteral("open ") + path);
    }
    return {};
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    if (m_transactionDepth > 0)
        qCWarning(lcStore) << "closing with" << m_transactionDepth << "open transaction(s)";
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

Result<qint64> Database::dataVersion() const
{
    if (!isOpen())
        return StoreError::notOpen();
    return m_dialect->dataVersion(m_db);
}

QStringList Database::tableColumns(const QString &table) const
{
    return isOpen() ? m_dialect->tableColumns(m_db, table) : QStringList();
}

Result<void> Database::exec(const QString &sql)
{
    if (!isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return failure(query, sql.left(80));
    return {};
}

Result<qint64> Database::execCount(const QString &sql, const QVariantList &values, const QString &what)
{
    if (!isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db);
    if (m_dialect->canPrepare(sql)) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return failure(query, what);
        return qint64(query.numRowsAffected());
    }
    // Each "?" outside a string literal takes the next value, quoted by the driver (as QPSQL
    // itself does for EXECUTE).
    QString text;
    text.reserve(sql.size() + 64 * values.size());
    qsizetype next = 0;
    bool inLiteral = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            inLiteral = !inLiteral;
        if (c != QLatin1Char('?') || inLiteral || next >= values.size()) {
            text += c;
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += m_db.driver()->formatValue(field);
    }
    if (!query.exec(text))
        return failure(query, what);
    return qint64(query.numRowsAffected());
}

VppError Database::failure(const QSqlQuery &query, const QString &what) const
{
    VppError error = StoreError::fromQuery(*m_dialect, query, what);
    if (error.is(VppError::Code::StoreBusy) && !m_describingBusy) {
        // The busy timeout has run out: say who holds the database, from the leases (a read,
        // which WAL never blocks).
        m_describingBusy = true;
        const QString holders = LeaseStore(const_cast<Database &>(*this)).describeOthers();
        m_describingBusy = false;
        if (!holders.isEmpty())
            error.message = StoreError::tr("The inventory database is busy: %1.").arg(holders);
    }
    return error;
}

Result<int> Database::schemaVersion() const
{
    if (!isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ") + Schema::migrationsTable()))
        return failure(query, QStringLiteral("read schema version"));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> Database::integrityCheck()
{
    if (!isOpen())
        return StoreError::notOpen();
    return m_dialect->integrityCheck(m_db);
}

Result<QSet<int>> Database::appliedMigrations() const
{
    QSet<int> applied;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM ") + Schema::migrationsTable()))
        return failure(query, QStringLiteral("read applied migrations"));
    while (query.next())
        applied.insert(query.value(0).toInt());
    return applied;
}

Result<void> Database::migrate()
{
    const int known = knownSchemaVersion();
    auto pending = [&](const QSet<int> &applied) -> Result<bool> {
        const int newest = applied.isEmpty() ? 0 : *std::max_element(applied.cbegin(), applied.cend());
        if (newest > known)
            return StoreError::schemaTooNew(newest, known);
        for (const Migration &migration : Schema::migrations()) {
            if (!applied.contains(migration.version))
                return true;
        }
        return false;
    };
    // Up to date (the usual case): read only, no lock, nothing written (a read-only role may open).
    if (!tableColumns(Schema::migrationsTable()).isEmpty()) {
        const Result<QSet<int>> applied = appliedMigrations();
        if (!applied)
            return applied.error();
        const Result<bool> todo = pending(applied.value());
        if (!todo || !todo.value())
            return todo ? Result<void>() : Result<void>(todo.error());
    }

    // One transaction for all of them, under the engine's migration lock: a second connection
    // starting at the same time waits, then finds them applied.
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    if (const Result<void> locked = m_dialect->lockForMigration(m_db); !locked)
        return locked;
    const Result<void> created =
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ") + Schema::migrationsTable() +
             QStringLiteral(" (version INTEGER NOT NULL PRIMARY KEY, "
                            "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (!created)
        return created;
    const Result<QSet<int>> applied = appliedMigrations();
    if (!applied)
        return applied.error();
    if (const Result<bool> todo = pending(applied.value()); !todo)
        return todo.error();
    // Every version not recorded yet is applied, in order: a migration numbered below one that is
    // already applied (two branches numbered theirs apart) still runs.
    for (const Migration &migration : Schema::migrations()) {
        if (applied->contains(migration.version))
            continue;
        const Result<void> done = applyMigration(migration);
        if (!done)
            return done;
    }
    return tx.commit();
}

Result<void> Database::applyMigration(const Migration &migration)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    for (const QString &statement : migration.statements) {
        QSqlQuery query(m_db);
        if (!query.exec(m_dialect->expand(statement)))
            return failure(query, QStringLiteral("migration %1").arg(migration.version));
    }
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT INTO ") + Schema::migrationsTable() +
                   QStringLiteral(" (version, description, applied_at) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.description);
    record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!record.exec())
        return failure(record, QStringLiteral("record migration %1").arg(migration.version));
    const Result<void> committed = tx.commit();
    if (committed)
        qCInfo(lcStore).noquote() << "applied migration" << migration.version << migration.description;
    return committed;
}
