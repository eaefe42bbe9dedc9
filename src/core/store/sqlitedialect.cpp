#include "core/store/sqlitedialect.h"

#include "core/common/logging.h"
#include "core/store/sqlitebulkinserter.h"
#include "core/store/storeerror.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Primary result codes of SQLite (sqlite3.h); extended codes carry them in the low byte.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

} // namespace

SqliteDialect::SqliteDialect(int busyTimeoutMs)
    : m_busyTimeoutMs(busyTimeoutMs)
{}

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::identityPrimaryKey() const
{
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqliteDialect::blobType() const
{
    return QStringLiteral("BLOB");
}

QString SqliteDialect::booleanType() const
{
    return QStringLiteral("BOOLEAN");
}

QString SqliteDialect::booleanLiteral(bool value) const
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString SqliteDialect::nowExpression() const
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString SqliteDialect::beginTransactionSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::beginReadSnapshotSql() const
{
    return QStringLiteral("BEGIN"); // deferred: no lock until the first write of the main database
}

QString SqliteDialect::tempTable(const QString &table) const
{
    return QStringLiteral("temp.") + table;
}

QString SqliteDialect::createTempIndexSql(const QString &index, const QString &table,
                                          const QString &columns) const
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS temp.%1 ON %2 (%3)").arg(index, table, columns);
}

QString SqliteDialect::caseInsensitiveLike() const
{
    return QStringLiteral("LIKE");
}

QString SqliteDialect::nullSafeEquals() const
{
    return QStringLiteral("IS");
}

QString SqliteDialect::rowKey(const QString &alias, const QString &primaryKey) const
{
    Q_UNUSED(primaryKey);
    return alias + QStringLiteral(".rowid");
}

QString SqliteDialect::returningId() const
{
    return QString();
}

QString SqliteDialect::insertionOrder() const
{
    return QStringLiteral("rowid");
}

Result<qint64> SqliteDialect::insertedId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

Result<void> SqliteDialect::configureConnection(const QSqlDatabase &db) const
{
    // busy_timeout first so that the others wait for a lock instead of failing.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // 64 MiB page cache: a full pass of a million assignments stays in memory.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return StoreError::fromQuery(*this, query, pragma);
        if (pragma.contains(QStringLiteral("journal_mode")) && query.next()) {
            const QString mode = query.value(0).toString().toLower();
            if (mode != QStringLiteral("wal") && mode != QStringLiteral("memory"))
                qCWarning(lcStore) << "journal mode is" << mode << "instead of wal";
        }
    }
    // Touch the schema so that a file that is not a database fails here, not in the first query.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return StoreError::fromQuery(*this, probe, QStringLiteral("read schema"));
    return {};
}

Result<void> SqliteDialect::integrityCheck(const QSqlDatabase &db) const
{
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return StoreError::fromQuery(*this, query, QStringLiteral("integrity_check"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    QSqlQuery fk(db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return StoreError::fromQuery(*this, fk, QStringLiteral("foreign_key_check"));
    while (fk.next()) {
        problems << QStringLiteral("foreign key: table %1 row %2 refers to missing %3")
                        .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    }
    if (!problems.isEmpty())
        return StoreError::integrity(problems.mid(0, 20).join(QStringLiteral("; ")));
    return {};
}

QStringList SqliteDialect::tableColumns(const QSqlDatabase &db, const QString &table) const
{
    QStringList columns;
    if (!isIdentifier(table))
        return columns;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(") + table + QLatin1Char(')')))
        return columns;
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

SqlDialect::Failure SqliteDialect::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case SqliteFull:
            return Failure::DiskFull;
        case SqliteReadOnly:
        case SqlitePerm:
            return Failure::ReadOnly;
        case SqliteCorrupt:
        case SqliteNotADb:
            return Failure::Corrupt;
        case SqliteCantOpen:
            return Failure::CannotOpen;
        case SqliteBusy:
        case SqliteLocked:
            return Failure::Busy;
        case SqliteConstraint:
            return Failure::Constraint;
        case SqliteIoErr:
        default:
            break;
        }
    }
    // Some paths of the Qt driver report no native code; fall back on SQLite's fixed texts.
    const QString text = error.databaseText().toLower();
    if (text.contains(QStringLiteral("disk is full")))
        return Failure::DiskFull;
    if (text.contains(QStringLiteral("readonly")) || text.contains(QStringLiteral("read-only")))
        return Failure::ReadOnly;
    if (text.contains(QStringLiteral("malformed")) || text.contains(QStringLiteral("not a database")))
        return Failure::Corrupt;
    if (text.contains(QStringLiteral("unable to open")))
        return Failure::CannotOpen;
    if (text.contains(QStringLiteral("locked")) || text.contains(QStringLiteral("busy")))
        return Failure::Busy;
    if (text.contains(QStringLiteral("constraint")))
        return Failure::Constraint;
    return Failure::Other;
}

std::unique_ptr<BulkInserter> SqliteDialect::bulkInserter(const Database &db, const QString &sql,
                                                          int columnCount) const
{
    // Through the C API when the connection is Qt's QSQLITE (it always is for this dialect).
    if (SqliteBulkInserter::handleOf(db))
        return std::make_unique<SqliteBulkInserter>(db, sql, columnCount);
    return SqlDialect::bulkInserter(db, sql, columnCount);
}

Result<qint64> SqliteDialect::dataVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return StoreError::fromQuery(*this, query, QStringLiteral("data_version"));
    return query.value(0).toLongLong();
}

Result<void> SqliteDialect::deferCheckpoints(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        return StoreError::fromQuery(*this, query, QStringLiteral("wal_autocheckpoint"));
    return {};
}

Result<void> SqliteDialect::checkpoint(const QSqlDatabase &db) const
{
    // PASSIVE: copies what no reader still needs, never waits for or blocks a writer.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return StoreError::fromQuery(*this, query, QStringLiteral("wal_checkpoint"));
    return {};
}
