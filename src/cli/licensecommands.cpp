#include "licensecommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/apple/appleclient.h"
#include "core/licensing/assignmentplanner.h"
#include "core/licensing/deviceimporter.h"
#include "core/licensing/jobrunner.h"
#include "core/licensing/usermanager.h"
#include "core/store/jobstore.h"
#include "core/workspace/workspace.h"

#include <QEventLoop>
#include <QJsonArray>

namespace {

using Kind = LicenseRequest::Kind;

// Plans, prints, and (unless --dry-run) runs the request as a job.
int runRequest(CommandContext &ctx, LicenseRequest request, bool dryRun, bool noWait)
{
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    const QString name = request.tokenId; // the token's name until resolved
    const auto token = ws->tokens().findByName(name);
    if (!token)
        return ctx.fail(token.error());
    if (!token->has_value())
        return ctx.usage(LicenseCommands::tr("No token named \"%1\".").arg(name));
    request.tokenId = token->value().id;

    std::unique_ptr<AppleClient> client;
    AssignmentPlanner planner(ws->database());
    planner.setOurMdmId(ws->mdmInfo().id);
    if (!dryRun) {
        auto made = ws->clientFor(token->value());
        if (!made)
            return ctx.fail(made.error());
        client = std::move(made.value());
        AppleClient *c = client.get();
        const auto config = ctx.wait<ServiceConfig>([c](auto done) { c->serviceConfig(done); });
        if (!config)
            return ctx.fail(config.error());
        planner.setServiceConfig(config.value()); // a dry run uses Apple's documented limits
    }
    const auto plan = planner.plan(request);
    if (!plan)
        return ctx.fail(plan.error());
    if (dryRun) {
        if (ctx.out().isMachineReadable())
            ctx.out().json(plan->toJson());
        else
            ctx.out().message(plan->toText());
        return ExitOk;
    }
    if (!ctx.out().isMachineReadable())
        ctx.out().message(plan->toText());

    JobRunner runner(ws->database(), client.get(), request.tokenId);
    runner.setOurMdmId(ws->mdmInfo().id);
    runner.setActor(Workspace::actor());
    if (ctx.globals().pollIntervalSeconds > 0)
        runner.setPollInterval(std::chrono::seconds(ctx.globals().pollIntervalSeconds));
    QEventLoop loop;
    // Running until the runner says otherwise (--no-wait leaves with the job still running).
    RecordState::Job state = RecordState::Job::Running;
    JobStore jobs(ws->database());
    qint64 jobId = 0;
    QObject::connect(&runner, &JobRunner::jobFinished, &loop, [&](qint64 id, RecordState::Job s) {
        if (id == jobId) {
            state = s;
            loop.quit();
        }
    });
    if (noWait) {
        // Leave once every batch is at Apple (its eventId journaled); `jobs` shows the rest.
        QObject::connect(&runner, &JobRunner::progressChanged, &loop, [&](qint64 id) {
            const auto events = jobs.events(id);
            if (events && std::none_of(events->cbegin(), events->cend(), [](const JobEventRecord &e) {
                    return e.status == RecordState::Batch::Planned ||
                           e.status == RecordState::Batch::Submitting;
                }))
                loop.quit();
        });
    }
    const auto started = runner.start(plan.value());
    if (!started)
        return ctx.fail(started.error());
    jobId = started.value();
    loop.exec();

    const auto events = jobs.events(jobId);
    const QList<JobFailure> failures = events ? JobRunner::failuresOf(events.value()) : QList<JobFailure>();
    QJsonArray failureArray;
    for (const JobFailure &f : failures) {
        QJsonObject o{{QStringLiteral("errorNumber"), f.errorNumber},
                      {QStringLiteral("errorMessage"), f.errorMessage}};
        if (!f.clientUserId.isEmpty())
            o.insert(QStringLiteral("clientUserId"), f.clientUserId);
        if (!f.serialNumber.isEmpty())
            o.insert(QStringLiteral("serialNumber"), f.serialNumber);
        failureArray.append(o);
    }
    qint64 completed = 0, requested = 0;
    QJsonArray eventIds;
    if (events)
        for (const JobEventRecord &e : events.value()) {
            completed += e.numCompleted;
            requested += e.numRequested;
            eventIds.append(e.eventId);
        }
    if (ctx.out().isMachineReadable()) {
        ctx.out().json({{QStringLiteral("token"), plan->tokenName},
                        {QStringLiteral("jobId"), jobId},
                        {QStringLiteral("state"), RecordState::toText(state)},
                        {QStringLiteral("eventIds"), eventIds},
                        {QStringLiteral("numCompleted"), completed},
                        {QStringLiteral("numRequested"), requested},
                        {QStringLiteral("failures"), failureArray},
                        {QStringLiteral("plan"), plan->toJson()}});
    } else {
        ctx.out().message(
            LicenseCommands::tr("Job %1: %2 (%3 of %n task(s) completed).", nullptr, int(requested))
                .arg(QString::number(jobId), RecordState::label(state), QString::number(completed)));
        if (state == RecordState::Job::NeedsChecking)
            ctx.out().note(RecordState::outcomeUnknownAdvice());
        for (const JobFailure &f : failures)
            ctx.out().message(LicenseCommands::tr("  failed: %1 (%2 %3)")
                                  .arg(f.clientUserId.isEmpty() ? f.serialNumber : f.clientUserId,
                                       QString::number(f.errorNumber), f.errorMessage));
    }
    switch (state) {
    case RecordState::Job::Done:
    case RecordState::Job::Running:
        return ExitOk;
    case RecordState::Job::Partial:
    case RecordState::Job::NeedsChecking:
        return ExitPartial;
    case RecordState::Job::Failed:
    case RecordState::Job::Cancelled:
        break;
    }
    return ExitError;
}

int assetCommand(CommandContext &ctx, Kind kind)
{
    QCommandLineParser parser;
    const QCommandLineOption adamId(QStringLiteral("adam-id"),
                                    LicenseCommands::tr("The app or book (adamId)."), QStringLiteral("ID"));
    const QCommandLineOption pricing(QStringLiteral("pricing"),
                                     LicenseCommands::tr("STDQ (default) or PLUS."),
                                     QStringLiteral("STDQ|PLUS"), QStringLiteral("STDQ"));
    const QCommandLineOption serial(QStringLiteral("serial"),
                                    LicenseCommands::tr("A device's serial number."), QStringLiteral("S"));
    const QCommandLineOption user(QStringLiteral("user"), LicenseCommands::tr("A user's clientUserId."),
                                  QStringLiteral("ID"));
    const QCommandLineOption group(QStringLiteral("group"), LicenseCommands::tr("Every member of a group."),
                                   QStringLiteral("G"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    LicenseCommands::tr("Print the plan, send nothing."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    LicenseCommands::tr("Return once submitted; follow with `jobs`."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   LicenseCommands::tr("Act even though another MDM owns the token."));
    if (kind != Kind::Revoke)
        parser.addOptions({adamId, pricing});
    parser.addOptions({serial, user, dryRun, noWait, force, CommandContext::jsonOption()});
    if (kind == Kind::Assign)
        parser.addOption(group);
    const QString description = kind == Kind::Assign ? LicenseCommands::tr("Assign licenses.")
                                : kind == Kind::Unassign
                                    ? LicenseCommands::tr("Take licenses back.")
                                    : LicenseCommands::tr("Revoke every revocable license.");
    if (!ctx.parse(parser, description, QStringLiteral("NAME"), 1, 1))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    LicenseRequest r;
    r.kind = kind;
    r.tokenId = parser.positionalArguments().first();
    if (kind != Kind::Revoke) {
        if (!parser.isSet(adamId))
            return ctx.usage(LicenseCommands::tr("--adam-id is required."));
        const QString p = parser.value(pricing).toUpper();
        if (p != u"STDQ" && p != u"PLUS")
            return ctx.usage(LicenseCommands::tr("--pricing must be STDQ or PLUS."));
        r.assets = {{parser.value(adamId), p}};
    }
    r.serialNumbers = parser.values(serial);
    r.clientUserIds = parser.values(user);
    if (kind == Kind::Assign)
        r.groupName = parser.value(group);
    const int chosen = (r.serialNumbers.isEmpty() ? 0 : 1) + (r.clientUserIds.isEmpty() ? 0 : 1) +
                       (r.groupName.isEmpty() ? 0 : 1);
    if (chosen != 1)
        return ctx.usage(kind == Kind::Assign
                             ? LicenseCommands::tr("Give exactly one of --serial, --user or --group.")
                             : LicenseCommands::tr("Give exactly one of --serial or --user."));
    r.force = parser.isSet(force);
    return runRequest(ctx, r, parser.isSet(dryRun), parser.isSet(noWait));
}

int userCommand(CommandContext &ctx, Kind kind)
{
    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("client-user-id"),
                                LicenseCommands::tr("The user's clientUserId."), QStringLiteral("ID"));
    const QCommandLineOption email(QStringLiteral("email"), LicenseCommands::tr("The user's e-mail address."),
                                   QStringLiteral("E"));
    const QCommandLineOption managed(QStringLiteral("managed-apple-id"),
                                     LicenseCommands::tr("The user's Managed Apple Account."),
                                     QStringLiteral("A"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    LicenseCommands::tr("Print the plan, send nothing."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"), LicenseCommands::tr("Return once submitted."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   LicenseCommands::tr("Act even though another MDM owns the token."));
    parser.addOptions({id, email, managed, dryRun, noWait, force, CommandContext::jsonOption()});
    if (!ctx.parse(parser, LicenseCommands::tr("Manage a VPP user."), QStringLiteral("NAME"), 1, 1))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    if (!parser.isSet(id))
        return ctx.usage(LicenseCommands::tr("--client-user-id is required."));
    LicenseRequest r;
    r.kind = kind;
    r.tokenId = parser.positionalArguments().first();
    r.users = {{parser.value(id), kind == Kind::RetireUsers ? QString() : parser.value(email),
                kind == Kind::RetireUsers ? QString() : parser.value(managed)}};
    r.force = parser.isSet(force);
    const int code = runRequest(ctx, r, parser.isSet(dryRun), parser.isSet(noWait));
    if (code == ExitOk && kind == Kind::CreateUsers && !parser.isSet(dryRun) && !parser.isSet(noWait)) {
        // The invitation link of the new user, when Apple gave it an invite code.
        Workspace *ws = ctx.workspace();
        const auto token = ws->tokens().findByName(r.tokenId);
        if (token && token->has_value()) {
            auto client = ws->clientFor(token->value());
            if (client) {
                AppleClient *c = client->get();
                const auto config = ctx.wait<ServiceConfig>([c](auto done) { c->serviceConfig(done); });
                JobRunner runner(ws->database(), c, token->value().id);
                UserManager users(ws->database(), runner, token->value().id);
                if (config)
                    users.setServiceConfig(config.value());
                const auto link = users.invitationUrl(parser.value(id));
                if (link && !ctx.out().isMachineReadable())
                    ctx.out().message(LicenseCommands::tr("Invitation: %1").arg(link->toString()));
            }
        }
    }
    return code;
}

int importCommand(CommandContext &ctx, DeviceImporter::Kind kind)
{
    QCommandLineParser parser;
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
                                  LicenseCommands::tr("Import the valid rows only."));
    parser.addOptions({skip, CommandContext::jsonOption()});
    if (!ctx.parse(parser, LicenseCommands::tr("Import a CSV file."), QStringLiteral("FILE.csv"), 1, 1))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    DeviceImporter importer(ws->database());
    const auto outcome = importer.importFile(kind, parser.positionalArguments().first(), parser.isSet(skip));
    if (!outcome) {
        const int code = ctx.fail(outcome.error());
        for (const QString &line : outcome.error().detail.split(u'\n', Qt::SkipEmptyParts))
            ctx.out().error(line);
        return code;
    }
    // The rows are in; a missing audit entry is said, not a failed import.
    if (const auto audited = ws->audit(
            kind == DeviceImporter::Kind::Devices ? QStringLiteral("import.devices")
                                                  : QStringLiteral("import.groups"),
            {},
            {{QStringLiteral("imported"), outcome->imported}, {QStringLiteral("skipped"), outcome->skipped}});
        !audited)
        ctx.out().error(audited.error().toDisplayString());
    if (ctx.out().isMachineReadable()) {
        ctx.out().json({{QStringLiteral("imported"), outcome->imported},
                        {QStringLiteral("skipped"), outcome->skipped},
                        {QStringLiteral("groups"), outcome->groups}});
    } else {
        ctx.out().message(LicenseCommands::tr("%n row(s) imported.", nullptr, outcome->imported));
        for (const DeviceImporter::RowError &e : outcome->errors)
            ctx.out().note(e.message);
    }
    return ExitOk;
}

} // namespace

int LicenseCommands::assign(CommandContext &ctx)
{
    return assetCommand(ctx, Kind::Assign);
}
int LicenseCommands::unassign(CommandContext &ctx)
{
    return assetCommand(ctx, Kind::Unassign);
}
int LicenseCommands::revoke(CommandContext &ctx)
{
    return assetCommand(ctx, Kind::Revoke);
}
int LicenseCommands::userCreate(CommandContext &ctx)
{
    return userCommand(ctx, Kind::CreateUsers);
}
int LicenseCommands::userUpdate(CommandContext &ctx)
{
    return userCommand(ctx, Kind::UpdateUsers);
}
int LicenseCommands::userRetire(CommandContext &ctx)
{
    return userCommand(ctx, Kind::RetireUsers);
}
int LicenseCommands::importDevices(CommandContext &ctx)
{
    return importCommand(ctx, DeviceImporter::Kind::Devices);
}
int LicenseCommands::importGroups(CommandContext &ctx)
{
    return importCommand(ctx, DeviceImporter::Kind::Groups);
}

int LicenseCommands::jobs(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({CommandContext::jsonOption()});
    if (!ctx.parse(parser, tr("License jobs, newest first.")))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    JobStore store(ws->database());
    const auto list = store.list();
    if (!list)
        return ctx.fail(list.error());
    ctx.out().beginList({{QStringLiteral("jobId"), tr("Job")},
                         {QStringLiteral("token"), tr("Token")},
                         {QStringLiteral("operation"), tr("Operation")},
                         {QStringLiteral("state"), tr("State")},
                         {QStringLiteral("numCompleted"), tr("Done")},
                         {QStringLiteral("numRequested"), tr("Requested")},
                         {QStringLiteral("failed"), tr("Failed")},
                         {QStringLiteral("createdAt"), tr("Created (UTC)")}});
    QList<qint64> needsChecking;
    for (const JobRecord &j : list.value()) {
        if (j.state == RecordState::Job::NeedsChecking)
            needsChecking.append(j.id);
        const auto events = store.events(j.id);
        qint64 completed = 0, requested = 0;
        if (events)
            for (const JobEventRecord &e : events.value()) {
                completed += e.numCompleted;
                requested += e.numRequested;
            }
        ctx.out().row({{QStringLiteral("jobId"), j.id},
                       {QStringLiteral("token"), j.payload.value(QStringLiteral("token")).toString()},
                       {QStringLiteral("operation"), j.kind},
                       {QStringLiteral("state"), ctx.out().isMachineReadable() ? RecordState::toText(j.state)
                                                                               : RecordState::label(j.state)},
                       {QStringLiteral("numCompleted"), completed},
                       {QStringLiteral("numRequested"), requested},
                       {QStringLiteral("failed"), events ? JobRunner::failuresOf(events.value()).size() : 0},
                       {QStringLiteral("createdAt"), j.createdAt.toString(Qt::ISODate)}});
    }
    ctx.out().endList();
    if (!ctx.out().isMachineReadable())
        for (const qint64 id : std::as_const(needsChecking))
            ctx.out().note(tr("Job %1 needs checking: %2")
                               .arg(QString::number(id), RecordState::outcomeUnknownAdvice()));
    return ExitOk;
}

void LicenseCommands::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("assign"), tr("Assign an app or book to devices, users or a group"), &assign);
    registry.add(QStringLiteral("unassign"), tr("Take licenses back from devices or users"), &unassign);
    registry.add(QStringLiteral("revoke"), tr("Revoke every revocable license of devices or users"), &revoke);
    registry.add(QStringLiteral("user create"), tr("Register a VPP user"), &userCreate);
    registry.add(QStringLiteral("user update"), tr("Update a VPP user"), &userUpdate);
    registry.add(QStringLiteral("user retire"), tr("Retire a VPP user"), &userRetire);
    registry.add(QStringLiteral("import devices"), tr("Import devices from a CSV file"), &importDevices);
    registry.add(QStringLiteral("import groups"), tr("Import groups from a CSV file"), &importGroups);
    registry.add(QStringLiteral("jobs"), tr("List license jobs"), &jobs);
}
