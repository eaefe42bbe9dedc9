#include "core/store/sqldialect.h"

#include "core/store/bulkinserter.h"

QString SqlDialect::placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString SqlDialect::upsertSql(const QString &table, const QStringList &columns,
                              const QStringList &conflictColumns) const
{
    QStringList updates;
    for (const QString &column : columns) {
        if (!conflictColumns.contains(column))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                  columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                  placeholders(int(columns.size())) + QStringLiteral(") ON CONFLICT (") +
                  conflictColumns.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (updates.isEmpty())
        return sql + QStringLiteral(" DO NOTHING");
    return sql + QStringLiteral(" DO UPDATE SET ") + updates.join(QStringLiteral(", "));
}

QString SqlDialect::insertOrIgnoreSql(const QString &table, const QStringList &columns, int rowCount) const
{
    const QString row = QLatin1Char('(') + placeholders(int(columns.size())) + QLatin1Char(')');
    QStringList rows;
    rows.reserve(rowCount);
    for (int i = 0; i < rowCount; ++i)
        rows << row;
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
           rows.join(QStringLiteral(", ")) + QStringLiteral(" ON CONFLICT DO NOTHING");
}

std::unique_ptr<BulkInserter> SqlDialect::bulkInserter(const Database &db, const QString &sql,
                                                       int columnCount) const
{
    return std::make_unique<BulkInserter>(db, sql, columnCount);
}

Result<qint64> SqlDialect::dataVersion(const QSqlDatabase &db) const
{
    Q_UNUSED(db);
    return qint64(0);
}

Result<void> SqlDialect::lockForMigration(const QSqlDatabase &db) const
{
    Q_UNUSED(db);
    return {};
}

QString SqlDialect::sortDirection(bool descending) const
{
    return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}

QString SqlDialect::nullSafeEquals() const
{
    return QStringLiteral("IS NOT DISTINCT FROM");
}

QString SqlDialect::rowKey(const QString &alias, const QString &primaryKey) const
{
    Q_UNUSED(alias);
    return QStringLiteral("ROW_NUMBER() OVER (ORDER BY ") + primaryKey + QLatin1Char(')');
}

bool SqlDialect::canPrepare(const QString &sql) const
{
    Q_UNUSED(sql);
    return true;
}

Result<void> SqlDialect::deferCheckpoints(const QSqlDatabase &db) const
{
    Q_UNUSED(db);
    return {};
}

Result<void> SqlDialect::checkpoint(const QSqlDatabase &db) const
{
    Q_UNUSED(db);
    return {};
}

QString SqlDialect::expand(const QString &ddl) const
{
    QString sql = ddl;
    sql.replace(QStringLiteral("${ID_PK}"), identityPrimaryKey());
    sql.replace(QStringLiteral("${BLOB}"), blobType());
    sql.replace(QStringLiteral("${BOOL}"), booleanType());
    sql.replace(QStringLiteral("${TRUE}"), booleanLiteral(true));
    sql.replace(QStringLiteral("${FALSE}"), booleanLiteral(false));
    sql.replace(QStringLiteral("${NOW}"), nowExpression());
    return sql;
}
