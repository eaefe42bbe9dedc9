// TeamRoles: who may do what on a PostgreSQL team inventory, enforced by the server. Two roles:
// vppdesk_admin (sync, jobs, tokens, settings: reads and writes everything, owns the tables so that
// any admin can run the next migration) and vppdesk_helpdesk (reads the inventory, the jobs and the
// audit trail's entries, but not the audit log's seals (hash, prev_hash, key_id); writes nothing). A
// person is a login role that is a member of one of them (grantSql). The SQL is plain text so that a
// DBA can read it and run it (vppdesk-cli db init --print).
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    enum class Role { Admin, HelpDesk };

    static QString roleName(Role role);
    // Role from "admin" / "helpdesk".
    static Result<Role> parseRole(const QString &text);

    // The whole schema as PostgreSQL runs it: the migrations and their record.
    static QStringList schemaSql();
    // Creates the two roles (if missing) and grants them what they may do on `database`'s tables.
    static QStringList rolesSql(const QString &database);
    // Makes `user` (created as a login role without password if missing) a member of `role`.
    static QStringList grantSql(const QString &user, Role role);

    // Runs statements in one transaction.
    static Result<void> run(Database &db, const QStringList &statements);

    // "name" as a quoted SQL identifier.
    static QString quoteIdentifier(const QString &name);
};
