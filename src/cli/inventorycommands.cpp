#include "inventorycommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/store/recordstate.h"
#include "core/sync/failurerecord.h"
#include "core/views/holdersearch.h"
#include "core/views/holdingsquery.h"
#include "core/workspace/inventoryreader.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"
#include "outputformatter.h"

#include <QJsonArray>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject assetJson(const InventoryReader::AssetRow &row)
{
    const AssetRecord &a = row.asset;
    return {{QStringLiteral("token"), row.tokenName},
            {QStringLiteral("adamId"), a.adamId},
            {QStringLiteral("name"), textOrNull(row.name)},
            {QStringLiteral("productType"), a.productType},
            {QStringLiteral("pricingParam"), a.pricingParam},
            {QStringLiteral("totalCount"), a.totalCount},
            {QStringLiteral("assignedCount"), a.assignedCount},
            {QStringLiteral("availableCount"), a.availableCount},
            {QStringLiteral("retiredCount"), a.retiredCount},
            {QStringLiteral("deviceAssignable"), a.deviceAssignable},
            {QStringLiteral("revocable"), a.revocable},
            {QStringLiteral("unlimited"), a.unlimited},
            {QStringLiteral("supportedPlatforms"), QJsonArray::fromStringList(a.platforms)}};
}

QJsonObject assignmentJson(const InventoryReader::AssignmentRow &row)
{
    const AssignmentRecord &a = row.assignment;
    QJsonObject o{{QStringLiteral("token"), row.tokenName},
                  {QStringLiteral("adamId"), a.adamId},
                  {QStringLiteral("name"), textOrNull(row.name)},
                  {QStringLiteral("pricingParam"), a.pricingParam}};
    // Apple's Assignment carries exactly one of the two.
    if (a.isDevice())
        o.insert(QStringLiteral("serialNumber"), a.serialNumber);
    else
        o.insert(QStringLiteral("clientUserId"), a.clientUserId);
    return o;
}

QJsonObject userJson(const InventoryReader::UserRow &row)
{
    const VppUserRecord &u = row.user;
    QJsonObject o{{QStringLiteral("token"), row.tokenName},
                  {QStringLiteral("clientUserId"), u.clientUserId},
                  {QStringLiteral("email"), textOrNull(u.email)},
                  {QStringLiteral("status"), u.status}};
    if (!u.idHash.isEmpty())
        o.insert(QStringLiteral("idHash"), u.idHash);
    if (!u.inviteCode.isEmpty())
        o.insert(QStringLiteral("inviteCode"), u.inviteCode);
    if (!u.managedAppleId.isEmpty())
        o.insert(QStringLiteral("managedAppleId"), u.managedAppleId);
    return o;
}

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QCommandLineOption tokenOption()
{
    return QCommandLineOption(QStringLiteral("token"), InventoryCommands::tr("Only this token."),
                              InventoryCommands::tr("NAME"));
}

QList<OutputFormatter::Column> assignmentColumns()
{
    return {{QStringLiteral("token"), InventoryCommands::tr("Token")},
            {QStringLiteral("adamId"), InventoryCommands::tr("Adam ID")},
            {QStringLiteral("name"), InventoryCommands::tr("Name")},
            {QStringLiteral("pricingParam"), InventoryCommands::tr("Pricing")},
            {QStringLiteral("clientUserId"), InventoryCommands::tr("User")},
            {QStringLiteral("serialNumber"), InventoryCommands::tr("Device")}};
}

// Closes a streamed list; a read error after some rows still becomes the exit code.
int endList(CommandContext &ctx, const Result<qint64> &rows)
{
    ctx.out().endList();
    return rows ? ExitOk : ctx.fail(rows.error());
}

} // namespace

std::optional<InventoryCommands::Scope>
InventoryCommands::openScope(CommandContext &ctx, const QCommandLineParser &parser, const QString &tokenName)
{
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return std::nullopt;
    const auto tokenId = tokenIdOf(ctx, *ws, tokenName);
    if (!tokenId)
        return std::nullopt;
    return Scope{ws, *tokenId};
}

std::optional<QString> InventoryCommands::tokenIdOf(CommandContext &ctx, Workspace &ws, const QString &name)
{
    if (name.isEmpty())
        return QString();
    TokenManager manager(ws);
    const Result<TokenRecord> record = manager.find(name);
    if (!record) {
        ctx.fail(record.error());
        return std::nullopt;
    }
    return record->id;
}

int InventoryCommands::assets(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption token = tokenOption();
    parser.addOptions({token, CommandContext::jsonOption(), CommandContext::csvOption()});
    if (!ctx.parse(parser, tr("List the synced apps and books with their license counts (offline).")))
        return ctx.exitCode();
    const auto scope = openScope(ctx, parser, parser.value(token));
    if (!scope)
        return ExitError;
    const bool table = !ctx.out().isMachineReadable();
    ctx.out().beginList({{QStringLiteral("token"), tr("Token")},
                         {QStringLiteral("adamId"), tr("Adam ID")},
                         {QStringLiteral("name"), tr("Name")},
                         {QStringLiteral("productType"), tr("Type")},
                         {QStringLiteral("pricingParam"), tr("Pricing")},
                         {QStringLiteral("totalCount"), tr("Total")},
                         {QStringLiteral("assignedCount"), tr("Assigned")},
                         {QStringLiteral("availableCount"), tr("Available")},
                         {QStringLiteral("retiredCount"), tr("Retired")},
                         {QStringLiteral("deviceAssignable"), tr("Device")},
                         {QStringLiteral("revocable"), tr("Revocable")}});
    const Result<qint64> rows = InventoryReader(scope->ws->database())
                                    .forEachAsset(scope->tokenId, [&](const InventoryReader::AssetRow &row) {
                                        QJsonObject o = assetJson(row);
                                        if (table && row.asset.unlimited) {
                                            o.insert(QStringLiteral("totalCount"), tr("unlimited"));
                                            o.insert(QStringLiteral("availableCount"), tr("unlimited"));
                                        }
                                        ctx.out().row(o);
                                    });
    return endList(ctx, rows);
}

int InventoryCommands::assignments(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption token = tokenOption();
    const QCommandLineOption adamId(QStringLiteral("adam-id"), tr("Only this app or book."), tr("ID"));
    parser.addOptions({token, adamId, CommandContext::jsonOption(), CommandContext::csvOption()});
    if (!ctx.parse(parser, tr("List the licenses held by users and devices (offline).")))
        return ctx.exitCode();
    const auto scope = openScope(ctx, parser, parser.value(token));
    if (!scope)
        return ExitError;
    ctx.out().beginList(assignmentColumns());
    const Result<qint64> rows = InventoryReader(scope->ws->database())
                                    .forEachAssignment(scope->tokenId, parser.value(adamId).trimmed(),
                                                       [&](const InventoryReader::AssignmentRow &row) {
                                                           ctx.out().row(assignmentJson(row));
                                                       });
    return endList(ctx, rows);
}

int InventoryCommands::users(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption token = tokenOption();
    parser.addOptions({token, CommandContext::jsonOption(), CommandContext::csvOption()});
    if (!ctx.parse(parser, tr("List the VPP users of the tokens (offline).")))
        return ctx.exitCode();
    const auto scope = openScope(ctx, parser, parser.value(token));
    if (!scope)
        return ExitError;
    ctx.out().beginList({{QStringLiteral("token"), tr("Token")},
                         {QStringLiteral("clientUserId"), tr("Client user ID")},
                         {QStringLiteral("email"), tr("E-mail")},
                         {QStringLiteral("status"), tr("Status")},
                         {QStringLiteral("managedAppleId"), tr("Managed Apple Account")},
                         {QStringLiteral("inviteCode"), tr("Invite code")}});
    const Result<qint64> rows = InventoryReader(scope->ws->database())
                                    .forEachUser(scope->tokenId, [&](const InventoryReader::UserRow &row) {
                                        ctx.out().row(userJson(row));
                                    });
    return endList(ctx, rows);
}

int InventoryCommands::find(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(CommandContext::jsonOption());
    if (!ctx.parse(parser,
                   tr("Help desk: every license a user (client user id, e-mail, Managed Apple Account) or a "
                      "device (serial number, name, owner) holds, on every token (offline). Part of any of "
                      "them finds them too, in any case: the best matches are listed."),
                   QStringLiteral("QUERY"), 1, 1))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    const QString query = parser.positionalArguments().constFirst().trimmed();
    // The same search as the console's help desk: exact values, else parts of them.
    const Result<HolderSearch> search = HolderSearch::build(ws->database());
    if (!search)
        return ctx.fail(search.error());
    const Result<HoldingsQuery::Holdings> found = HoldingsQuery(ws->database()).find(query, &search.value());
    if (!found)
        return ctx.fail(found.error());
    QList<InventoryReader::AssignmentRow> assignments;
    for (const HoldingsQuery::Licence &licence : found->licences)
        assignments.append(licence.row);

    if (ctx.out().isMachineReadable()) {
        QJsonArray matches;
        for (const HolderSearch::Match &m : found->matches)
            matches.append(QJsonObject{{QStringLiteral("kind"), m.kind == HolderSearch::Kind::User
                                                                    ? QStringLiteral("user")
                                                                    : QStringLiteral("device")},
                                       {QStringLiteral("key"), m.key},
                                       {QStringLiteral("matched"), m.label},
                                       {QStringLiteral("exact"), m.rank == HolderSearch::Rank::Exact}});
        QJsonArray users;
        for (const auto &row : found->users)
            users.append(userJson(row));
        QJsonArray licences;
        for (const auto &row : std::as_const(assignments))
            licences.append(assignmentJson(row));
        ctx.out().json({{QStringLiteral("query"), query},
                        {QStringLiteral("matches"), matches},
                        {QStringLiteral("users"), users},
                        {QStringLiteral("assignments"), licences}});
        return ExitOk;
    }
    if (found->users.isEmpty() && assignments.isEmpty()) {
        ctx.out().message(tr("Nothing found for \u201c%1\u201d.").arg(query));
        return ExitOk;
    }
    if (!found->matches.isEmpty() && found->matches.constFirst().rank != HolderSearch::Rank::Exact) {
        QStringList labels;
        for (const HolderSearch::Match &m : found->matches)
            labels.append(m.label);
        ctx.out().message(tr("Matches for \u201c%1\u201d: %2").arg(query, labels.join(QStringLiteral(", "))));
    }
    if (!found->users.isEmpty()) {
        ctx.out().message(tr("Users:"));
        ctx.out().beginList({{QStringLiteral("token"), tr("Token")},
                             {QStringLiteral("clientUserId"), tr("Client user ID")},
                             {QStringLiteral("email"), tr("E-mail")},
                             {QStringLiteral("status"), tr("Status")}});
        for (const auto &row : found->users)
            ctx.out().row(userJson(row));
        ctx.out().endList();
        ctx.out().message(QString());
    }
    ctx.out().message(tr("Licenses (%n):", nullptr, int(assignments.size())));
    ctx.out().beginList(assignmentColumns());
    for (const auto &row : std::as_const(assignments))
        ctx.out().row(assignmentJson(row));
    ctx.out().endList();
    return ExitOk;
}

int InventoryCommands::history(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(CommandContext::jsonOption());
    if (!ctx.parse(parser, tr("The sync runs, newest first, with what each one changed (offline)."),
                   QStringLiteral("[NAME]"), 0, 1))
        return ctx.exitCode();
    const auto scope = openScope(ctx, parser, parser.positionalArguments().value(0));
    if (!scope)
        return ExitError;
    ctx.out().beginList({{QStringLiteral("token"), tr("Token")},
                         {QStringLiteral("startedAt"), tr("Started")},
                         {QStringLiteral("kind"), tr("Kind")},
                         {QStringLiteral("outcome"), tr("Outcome")},
                         {QStringLiteral("assetsCount"), tr("Assets")},
                         {QStringLiteral("assignmentsAdded"), tr("Licenses +")},
                         {QStringLiteral("assignmentsRemoved"), tr("Licenses -")},
                         {QStringLiteral("usersCount"), tr("Users")},
                         {QStringLiteral("error"), tr("Error")}});
    const Result<qint64> rows =
        InventoryReader(scope->ws->database())
            .forEachSyncRun(scope->tokenId, [&](const InventoryReader::SyncRunRow &r) {
                ctx.out().row({{QStringLiteral("id"), r.id},
                               {QStringLiteral("token"), r.tokenName},
                               {QStringLiteral("startedAt"), isoText(r.startedAt)},
                               {QStringLiteral("finishedAt"), textOrNull(isoText(r.finishedAt))},
                               {QStringLiteral("kind"), r.kind},
                               {QStringLiteral("outcome"),
                                ctx.out().isMachineReadable()
                                    ? r.outcome
                                    : RecordState::label(RecordState::syncRunFromText(r.outcome))},
                               {QStringLiteral("error"), textOrNull(FailureRecord::text(r.error))},
                               {QStringLiteral("assetsCount"), r.assetsCount},
                               {QStringLiteral("newAssets"), r.newAssets},
                               {QStringLiteral("countsChanged"), r.countsChanged},
                               {QStringLiteral("assignmentsAdded"), r.assignmentsAdded},
                               {QStringLiteral("assignmentsRemoved"), r.assignmentsRemoved},
                               {QStringLiteral("usersCount"), r.usersCount}});
            });
    return endList(ctx, rows);
}

void InventoryCommands::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("assets"), tr("Apps and books with license counts (offline)"),
                 &InventoryCommands::assets);
    registry.add(QStringLiteral("assignments"), tr("Licenses held by users and devices (offline)"),
                 &InventoryCommands::assignments);
    registry.add(QStringLiteral("users"), tr("VPP users (offline)"), &InventoryCommands::users);
    registry.add(QStringLiteral("find"), tr("Every license of a user, e-mail or serial number (offline)"),
                 &InventoryCommands::find);
    registry.add(QStringLiteral("history"), tr("Sync runs and what they changed (offline)"),
                 &InventoryCommands::history);
}
