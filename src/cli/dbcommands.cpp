#include "dbcommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/store/database.h"
#include "core/store/databaselocation.h"
#include "core/store/teamroles.h"

#include <QCommandLineParser>

void DbCommands::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("db init"),
                 tr("Create the schema and the roles of a PostgreSQL team inventory (--print: the SQL)"),
                 &init);
    registry.add(QStringLiteral("db grant"),
                 tr("Make a person an admin or a help-desk seat of the team inventory"), &grant);
}

int DbCommands::openServer(CommandContext &ctx, Database &db)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(ctx.globals().databasePath);
    if (!location)
        return ctx.fail(location.error());
    if (!location->isPostgreSql())
        return ctx.usage(tr("db commands set up a PostgreSQL team inventory: give --database "
                            "postgresql://[user@]host[:port]/database."));
    if (const Result<void> opened = db.open(ctx.globals().databasePath); !opened)
        return ctx.fail(opened.error());
    return ExitOk;
}

int DbCommands::init(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption print(QStringLiteral("print"),
                                   tr("Print the SQL (schema and roles) instead of running it: for a DBA who "
                                      "runs it as the database's owner."));
    parser.addOption(print);
    if (!ctx.parse(parser,
                   tr("Creates the inventory schema and the roles vppdesk_admin and vppdesk_helpdesk on "
                      "the PostgreSQL database of --database.")))
        return ctx.exitCode();
    if (parser.isSet(print)) {
        const Result<DatabaseLocation> location = DatabaseLocation::parse(ctx.globals().databasePath);
        const QString database =
            location && location->isPostgreSql() ? location->databaseName() : QStringLiteral("vppdesk");
        const QStringList sql = QStringList{QStringLiteral("BEGIN")} + TeamRoles::schemaSql() +
                                TeamRoles::rolesSql(database) + QStringList{QStringLiteral("COMMIT")};
        for (const QString &statement : sql)
            ctx.out().message(statement + QLatin1Char(';'));
        return ExitOk;
    }
    Database db;
    if (const int failed = openServer(ctx, db); failed != ExitOk)
        return failed; // opening ran the migrations
    const Result<DatabaseLocation> location = DatabaseLocation::parse(ctx.globals().databasePath);
    if (const Result<void> done = TeamRoles::run(db, TeamRoles::rolesSql(location->databaseName())); !done)
        return ctx.fail(done.error());
    ctx.out().message(tr("The team inventory %1 is ready: schema %2, roles %3 and %4.")
                          .arg(location->displayName())
                          .arg(Database::knownSchemaVersion())
                          .arg(TeamRoles::roleName(TeamRoles::Role::Admin),
                               TeamRoles::roleName(TeamRoles::Role::HelpDesk)));
    return ExitOk;
}

int DbCommands::grant(CommandContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Makes USER (a PostgreSQL login role, created without a password if missing) "
                      "an admin or a help-desk seat of the team inventory."),
                   QStringLiteral("USER admin|helpdesk"), 2, 2))
        return ctx.exitCode();
    const QStringList args = parser.positionalArguments();
    const Result<TeamRoles::Role> role = TeamRoles::parseRole(args.at(1));
    if (!role)
        return ctx.usage(role.error().message);
    Database db;
    if (const int failed = openServer(ctx, db); failed != ExitOk)
        return failed;
    if (const Result<void> done = TeamRoles::run(db, TeamRoles::grantSql(args.at(0), role.value())); !done)
        return ctx.fail(done.error());
    ctx.out().message(tr("%1 is now a member of %2.").arg(args.at(0), TeamRoles::roleName(role.value())));
    return ExitOk;
}
