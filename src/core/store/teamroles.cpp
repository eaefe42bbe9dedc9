#include "core/store/teamroles.h"

#include "core/store/database.h"
#include "core/store/migration.h"
#include "core/store/postgresdialect.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"

namespace {

// The audit log's columns a help-desk seat may read: not the seals that prove it untouched.
const QString kAuditReadable = QStringLiteral("id, at, actor, action, token_name, details");

QString literal(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// CREATE ROLE when it does not exist yet (PostgreSQL has no IF NOT EXISTS for roles).
QString createRole(const QString &name, const QString &options)
{
    return QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                          "CREATE ROLE %2 %3; END IF; END$$")
        .arg(literal(name), TeamRoles::quoteIdentifier(name), options);
}

} // namespace

QString TeamRoles::roleName(Role role)
{
    return role == Role::Admin ? QStringLiteral("vppdesk_admin") : QStringLiteral("vppdesk_helpdesk");
}

Result<TeamRoles::Role> TeamRoles::parseRole(const QString &text)
{
    if (text == u"admin")
        return Role::Admin;
    if (text == u"helpdesk")
        return Role::HelpDesk;
    return VppError::make(VppError::Kind::Usage, QStringLiteral("cli.usage"),
                          tr("Unknown role \"%1\": use admin or helpdesk.").arg(text));
}

QString TeamRoles::quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QStringList TeamRoles::schemaSql()
{
    const PostgresDialect dialect;
    QStringList sql = {QStringLiteral("CREATE TABLE IF NOT EXISTS ") + Schema::migrationsTable() +
                       QStringLiteral(" (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, "
                                      "applied_at TEXT NOT NULL)")};
    for (const Migration &migration : Schema::migrations()) {
        for (const QString &statement : migration.statements)
            sql << dialect.expand(statement);
        sql << QStringLiteral("INSERT INTO %1 (version, description, applied_at) VALUES (%2, %3, %4)")
                   .arg(Schema::migrationsTable())
                   .arg(migration.version)
                   .arg(literal(migration.description), dialect.nowExpression());
    }
    return sql;
}

QStringList TeamRoles::rolesSql(const QString &database)
{
    const QString admin = quoteIdentifier(roleName(Role::Admin));
    const QString helpDesk = quoteIdentifier(roleName(Role::HelpDesk));
    return {
        createRole(roleName(Role::Admin), QStringLiteral("NOLOGIN")),
        createRole(roleName(Role::HelpDesk), QStringLiteral("NOLOGIN")),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, %3")
            .arg(quoteIdentifier(database), admin, helpDesk),
        QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(admin),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(helpDesk),
        // Admins own the tables: any of them can run the next migration.
        QStringLiteral("DO $$DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE "
                       "schemaname = 'public' LOOP EXECUTE format('ALTER TABLE public.%I OWNER TO %1', "
                       "t.tablename); END LOOP; END$$")
            .arg(admin),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
            .arg(admin),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(admin),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(helpDesk),
        QStringLiteral("REVOKE SELECT ON audit_log FROM %1").arg(helpDesk),
        QStringLiteral("GRANT SELECT (%1) ON audit_log TO %2").arg(kAuditReadable, helpDesk),
    };
}

QStringList TeamRoles::grantSql(const QString &user, Role role)
{
    return {createRole(user, QStringLiteral("LOGIN")),
            QStringLiteral("GRANT %1 TO %2").arg(quoteIdentifier(roleName(role)), quoteIdentifier(user))};
}

Result<void> TeamRoles::run(Database &db, const QStringList &statements)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    for (const QString &sql : statements) {
        if (const Result<void> done = db.exec(sql); !done)
            return done;
    }
    return tx.commit();
}
