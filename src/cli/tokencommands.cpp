#include "tokencommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/apple/appleclient.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include <QJsonObject>

namespace {

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// Opens the workspace, runs one asynchronous TokenManager call in the local event loop and hands
// its value to `report`; a failure of either becomes the exit code.
template<typename T, typename Start, typename Report>
int runManagerCall(CommandContext &ctx, Start start, Report report)
{
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    TokenManager manager(*ws);
    const Result<T> result = ctx.wait<T>([&](auto done) { start(manager, std::move(done)); });
    if (!result)
        return ctx.fail(result.error());
    report(result.value());
    return ExitOk;
}

} // namespace

QString TokenCommands::dayText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : tr("unknown");
}

QJsonObject TokenCommands::statusJson(const TokenStatus &s)
{
    const TokenRecord &r = s.record;
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("status"), TokenHealth::statusKey(s.health.status())},
                  {QStringLiteral("statusReason"), s.health.reason()},
                  {QStringLiteral("expiresAt"), isoText(r.expiresAt)},
                  {QStringLiteral("locationName"), r.locationName},
                  {QStringLiteral("countryCode"), r.countryCode},
                  {QStringLiteral("uId"), r.uid},
                  {QStringLiteral("lastSyncAt"), r.lastSyncAt.isValid() ? QJsonValue(isoText(r.lastSyncAt))
                                                                        : QJsonValue(QJsonValue::Null)}};
    if (s.health.hasExpiry())
        o.insert(QStringLiteral("daysLeft"), s.health.daysLeft());
    if (!s.health.otherMdmName().isEmpty())
        o.insert(QStringLiteral("ownedBy"), s.health.otherMdmName());
    if (!s.duplicateOf.isEmpty())
        o.insert(QStringLiteral("duplicateOf"), s.duplicateOf);
    if (!s.checkError.isEmpty())
        o.insert(QStringLiteral("checkError"), s.checkError);
    return o;
}

// "London HQ (GB, uId 4401870023519736)"
QString TokenCommands::locationText(const TokenRecord &r)
{
    return QString(r.locationName + QStringLiteral(" (") + r.countryCode + QStringLiteral(", uId ") + r.uid +
                   QLatin1Char(')'));
}

void TokenCommands::printStatusLine(CommandContext &ctx, const TokenStatus &s)
{
    ctx.out().message(
        tr("Status: %1. %2").arg(TokenHealth::statusLabel(s.health.status()), s.health.reason()));
}

int TokenCommands::add(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), tr("The .vpptoken file downloaded from Apple."),
                                  tr("FILE"));
    const QCommandLineOption serviceUrl(QStringLiteral("service-url"),
                                        tr("Base URL of the v2 service (default: Apple's)."), tr("URL"));
    parser.addOptions({file, serviceUrl});
    if (!ctx.parse(parser, tr("Add a content token under a new unique name."), QStringLiteral("NAME"), 1, 1))
        return ctx.exitCode();
    if (!parser.isSet(file))
        return ctx.usage(tr("token add needs --file FILE."));
    QUrl url;
    if (parser.isSet(serviceUrl)) {
        url = QUrl(parser.value(serviceUrl), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return ctx.usage(tr("--service-url needs an http(s) URL."));
    }
    const QString name = parser.positionalArguments().constFirst();
    return runManagerCall<TokenStatus>(
        ctx,
        [&](TokenManager &manager, auto done) {
            manager.add(name, parser.value(file), url, std::move(done));
        },
        [&](const TokenStatus &added) {
            const TokenRecord &r = added.record;
            ctx.out().message(tr("Added token \u201c%1\u201d for %2, expires on %3.")
                                  .arg(r.name, locationText(r), dayText(r.expiresAt)));
            printStatusLine(ctx, added);
        });
}

int TokenCommands::update(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), tr("The renewed .vpptoken file."), tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Accept a file of another location (uId) than the stored one."));
    parser.addOptions({file, force});
    if (!ctx.parse(parser, tr("Replace the secret of a token with a renewed file of the same location."),
                   QStringLiteral("NAME"), 1, 1))
        return ctx.exitCode();
    if (!parser.isSet(file))
        return ctx.usage(tr("token update needs --file FILE."));
    const QString name = parser.positionalArguments().constFirst();
    return runManagerCall<TokenManager::UpdateOutcome>(
        ctx,
        [&](TokenManager &manager, auto done) {
            manager.update(name, parser.value(file), parser.isSet(force), std::move(done));
        },
        [&](const TokenManager::UpdateOutcome &updated) {
            const TokenRecord &r = updated.status.record;
            ctx.out().message(tr("Updated token \u201c%1\u201d. New expiry: %2 (was %3).")
                                  .arg(r.name, dayText(r.expiresAt), dayText(updated.previousExpiry)));
            if (updated.locationChanged)
                ctx.out().note(tr("warning: the token now points at another location: %1 (was %2).")
                                   .arg(locationText(r), updated.previousLocationName));
            printStatusLine(ctx, updated.status);
        });
}

int TokenCommands::remove(CommandContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Remove a token, its keychain entry and its synced inventory."),
                   QStringLiteral("NAME"), 1, 1))
        return ctx.exitCode();
    const QString name = parser.positionalArguments().constFirst();
    return runManagerCall<TokenRecord>(
        ctx, [&](TokenManager &manager, auto done) { manager.remove(name, std::move(done)); },
        [&](const TokenRecord &removed) {
            ctx.out().message(tr("Removed token \u201c%1\u201d and its inventory.").arg(removed.name));
        });
}

int TokenCommands::list(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = CommandContext::jsonOption();
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Do not ask Apple; show the state of the last check."));
    parser.addOptions({json, offline});
    if (!ctx.parse(parser, tr("List the tokens with their status, checked with Apple.")))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    TokenManager manager(*ws);
    const Result<QList<TokenStatus>> statuses =
        parser.isSet(offline)
            ? manager.list()
            : ctx.wait<QList<TokenStatus>>([&](auto done) { manager.refresh(std::move(done)); });
    if (!statuses)
        return ctx.fail(statuses.error());

    bool someUnchecked = false;
    const QList<OutputFormatter::Column> columns{
        {QStringLiteral("name"), tr("Name")},           {QStringLiteral("statusLabel"), tr("Status")},
        {QStringLiteral("expires"), tr("Expires")},     {QStringLiteral("locationName"), tr("Location")},
        {QStringLiteral("countryCode"), tr("Country")}, {QStringLiteral("lastSync"), tr("Last sync")},
        {QStringLiteral("statusReason"), tr("Reason")},
    };
    ctx.out().beginList(columns);
    for (const TokenStatus &s : statuses.value()) {
        QJsonObject row = statusJson(s);
        if (!ctx.out().isMachineReadable()) {
            row.insert(QStringLiteral("statusLabel"), TokenHealth::statusLabel(s.health.status()));
            row.insert(QStringLiteral("expires"), dayText(s.record.expiresAt));
            row.insert(QStringLiteral("lastSync"),
                       s.record.lastSyncAt.isValid() ? dayText(s.record.lastSyncAt) : tr("never"));
        }
        ctx.out().row(row);
        if (!s.checkError.isEmpty()) {
            someUnchecked = true;
            ctx.out().note(
                tr("warning: could not check \u201c%1\u201d with Apple; showing its last known state: %2")
                    .arg(s.record.name, s.checkError));
        }
    }
    ctx.out().endList();
    return someUnchecked ? ExitPartial : ExitOk;
}

int TokenCommands::takeOver(CommandContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Take over management of a location: write this installation's mdmInfo to Apple. "
                      "Do it only when no other MDM manages the location any more."),
                   QStringLiteral("NAME"), 1, 1))
        return ctx.exitCode();
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;
    TokenManager manager(*ws);
    const QString name = parser.positionalArguments().constFirst();
    const Result<TokenStatus> before = manager.status(name);
    if (!before)
        return ctx.fail(before.error());
    const Result<TokenStatus> after =
        ctx.wait<TokenStatus>([&](auto done) { manager.takeOver(name, std::move(done)); });
    if (!after)
        return ctx.fail(after.error());
    const QString previous =
        before->record.mdmInfoName.isEmpty() ? before->record.mdmInfoId : before->record.mdmInfoName;
    ctx.out().message(tr("This installation (%1, id %2) now manages %3.")
                          .arg(ws->mdmInfo().name, ws->mdmInfo().id, locationText(after->record)));
    if (!previous.isEmpty() && before->record.mdmInfoId != ws->mdmInfo().id)
        ctx.out().message(tr("It was managed by: %1.").arg(previous));
    printStatusLine(ctx, after.value());
    return ExitOk;
}

void TokenCommands::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("token add"), tr("Add a .vpptoken under a unique name"), &TokenCommands::add);
    registry.add(QStringLiteral("token update"), tr("Renew a token in place (same location)"),
                 &TokenCommands::update);
    registry.add(QStringLiteral("token remove"), tr("Remove a token and its inventory"),
                 &TokenCommands::remove);
    registry.add(QStringLiteral("token list"), tr("List tokens with status and expiry"),
                 &TokenCommands::list);
    registry.add(QStringLiteral("token takeover"), tr("Take over management of a location (writes mdmInfo)"),
                 &TokenCommands::takeOver);
}
