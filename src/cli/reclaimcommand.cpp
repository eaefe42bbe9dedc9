#include "reclaimcommand.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "outputformatter.h"

#include "core/views/reclaimadvisor.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>

namespace {

QJsonObject candidateJson(const ReclaimCandidate &c)
{
    QJsonObject o{
        {QStringLiteral("token"), c.tokenName},
        {QStringLiteral("adamId"), c.adamId},
        {QStringLiteral("name"), c.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.name)},
        {QStringLiteral("pricingParam"), c.pricingParam},
        {QStringLiteral("reason"), ReclaimCandidate::reasonKey(c.reason)},
        {QStringLiteral("reasonText"), c.reasonText()}};
    if (c.isDevice())
        o.insert(QStringLiteral("serialNumber"), c.serialNumber);
    else
        o.insert(QStringLiteral("clientUserId"), c.clientUserId);
    if (c.lastSeen.isValid())
        o.insert(QStringLiteral("lastSeen"), c.lastSeen.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject totalJson(const ReclaimAppTotal &t)
{
    return {{QStringLiteral("adamId"), t.adamId},           {QStringLiteral("name"), t.name},
            {QStringLiteral("productType"), t.productType}, {QStringLiteral("licenses"), t.licenses},
            {QStringLiteral("devices"), t.devices},         {QStringLiteral("users"), t.users}};
}

} // namespace

int ReclaimCommand::reclaim(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption days(
        QStringLiteral("not-seen-days"),
        tr("A device not seen for this many days holds licenses to reclaim (default 90; "
           "0 leaves the rule out)."),
        tr("N"), QStringLiteral("90"));
    const QCommandLineOption token(QStringLiteral("token"), tr("Only this token."), tr("NAME"));
    parser.addOptions({days, token, CommandContext::jsonOption(), CommandContext::csvOption()});
    if (!ctx.parse(parser,
                   tr("Licenses that could be reclaimed: held by devices not seen for N days, by retired "
                      "or unregistered users, or outside a token's Distribution groups, with the totals "
                      "per app (offline). Revoke them with `revoke --dry-run` first.")))
        return ctx.exitCode();
    bool ok = false;
    const int notSeenDays = parser.value(days).toInt(&ok);
    if (!ok || notSeenDays < 0)
        return ctx.usage(tr("--not-seen-days takes a number of days (0 or more)."));
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    ReclaimAdvisor::Options options;
    options.notSeenDays = notSeenDays;
    if (const QString name = parser.value(token); !name.isEmpty()) {
        const Result<TokenRecord> record = TokenManager(*ws).find(name);
        if (!record)
            return ctx.fail(record.error());
        options.tokenId = record->id;
    }
    const Result<QList<ReclaimCandidate>> found = ReclaimAdvisor(ws->database()).candidates(options);
    if (!found)
        return ctx.fail(found.error());
    const QList<ReclaimAppTotal> totals = ReclaimAdvisor::totalsPerApp(found.value());

    if (ctx.out().format() == OutputFormatter::Format::Json) {
        QJsonArray candidates;
        for (const ReclaimCandidate &c : found.value())
            candidates.append(candidateJson(c));
        QJsonArray perApp;
        for (const ReclaimAppTotal &t : totals)
            perApp.append(totalJson(t));
        ctx.out().json({{QStringLiteral("notSeenDays"), notSeenDays},
                        {QStringLiteral("total"), qint64(found->size())},
                        {QStringLiteral("candidates"), candidates},
                        {QStringLiteral("totals"), perApp}});
        return ExitOk;
    }
    const QList<OutputFormatter::Column> columns = {
        {QStringLiteral("token"), tr("Token")},         {QStringLiteral("adamId"), tr("Adam ID")},
        {QStringLiteral("name"), tr("Name")},           {QStringLiteral("clientUserId"), tr("User")},
        {QStringLiteral("serialNumber"), tr("Device")}, {QStringLiteral("reason"), tr("Reason")}};
    const bool table = !ctx.out().isMachineReadable();
    ctx.out().beginList(columns);
    for (const ReclaimCandidate &c : found.value()) {
        QJsonObject o = candidateJson(c);
        if (table)
            o.insert(QStringLiteral("reason"), c.reasonText());
        ctx.out().row(o);
    }
    ctx.out().endList();
    if (table) {
        ctx.out().message(QString());
        ctx.out().message(tr("%n license(s) could be reclaimed. Per app:", nullptr, int(found->size())));
        ctx.out().beginList({{QStringLiteral("name"), tr("Name")},
                             {QStringLiteral("adamId"), tr("Adam ID")},
                             {QStringLiteral("licenses"), tr("Licenses")},
                             {QStringLiteral("devices"), tr("Devices")},
                             {QStringLiteral("users"), tr("Users")}});
        for (const ReclaimAppTotal &t : totals)
            ctx.out().row(totalJson(t));
        ctx.out().endList();
    }
    return ExitOk;
}

void ReclaimCommand::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("reclaim"),
                 tr("Licenses that could be reclaimed, with totals per app (offline)"),
                 &ReclaimCommand::reclaim);
}
