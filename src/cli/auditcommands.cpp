#include "auditcommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/workspace/workspace.h"

#include <QJsonDocument>

QString AuditCommands::findingText(const AuditVerification &v)
{
    switch (v.finding) {
    case AuditVerification::Finding::TruncatedTail:
        return tr("The end of the audit log is missing from entry %1 on (the keychain recorded a later last "
                  "entry): %2")
            .arg(QString::number(v.firstTamperedId), v.reason);
    case AuditVerification::Finding::WrongKey:
        return tr("The audit log from entry %1 on was sealed with another key than this keychain's (a "
                  "database from another computer or account, or a replaced key): %2")
            .arg(QString::number(v.firstTamperedId), v.reason);
    case AuditVerification::Finding::RewrittenEntry:
    case AuditVerification::Finding::None:
        break;
    }
    return tr("The audit log was tampered with at entry %1 (an entry was edited, inserted or removed): %2")
        .arg(QString::number(v.firstTamperedId), v.reason);
}

int AuditCommands::audit(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption verify(
        QStringLiteral("verify"),
        tr("Check the sealed hash chain against the keychain's key and head: exit 1 when an entry was "
           "rewritten, the end was cut off or another key sealed it."));
    parser.addOptions({verify, CommandContext::jsonOption()});
    if (!ctx.parse(parser, tr("The audit log of every action, newest first.")))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;

    if (parser.isSet(verify)) {
        // The key and the head come from the keychain, never from the database being checked.
        const Result<AuditTrust> trust = ws->auditTrust();
        if (!trust)
            return ctx.fail(trust.error());
        const Result<AuditVerification> checked = ws->auditLog().verify(trust.value());
        if (!checked)
            return ctx.fail(checked.error());
        const AuditVerification &v = checked.value();
        if (ctx.out().isMachineReadable()) {
            ctx.out().json({{QStringLiteral("intact"), v.intact},
                            {QStringLiteral("finding"), AuditVerification::findingKey(v.finding)},
                            {QStringLiteral("rowsChecked"), v.rowsChecked},
                            {QStringLiteral("firstTamperedId"), v.firstTamperedId},
                            {QStringLiteral("legacyRows"), v.legacyRows},
                            {QStringLiteral("lastLegacyId"), v.lastLegacyId},
                            {QStringLiteral("headChecked"), v.headChecked},
                            {QStringLiteral("reason"), v.reason}});
        } else if (v.intact) {
            ctx.out().message(
                tr("The audit log is intact (%n entries checked).", nullptr, int(v.rowsChecked)));
            if (v.legacyRows > 0)
                ctx.out().message(tr("Entries 1 to %1 predate the audit key: they are chained but not sealed "
                                     "with it.")
                                      .arg(v.lastLegacyId));
            if (!v.headChecked && v.rowsChecked > 0)
                ctx.out().message(
                    tr("The keychain holds no head for this log: a cut-off end cannot be told "
                       "(a database copied from elsewhere, or one whose chain id was replaced)."));
        }
        if (!v.intact) {
            ctx.out().error(findingText(v));
            return ExitError;
        }
        return ExitOk;
    }

    ctx.out().beginList({{QStringLiteral("id"), tr("#")},
                         {QStringLiteral("at"), tr("When (UTC)")},
                         {QStringLiteral("actor"), tr("Who")},
                         {QStringLiteral("action"), tr("Action")},
                         {QStringLiteral("token"), tr("Token")},
                         {QStringLiteral("details"), tr("Details")}});
    // Newest first, one page at a time.
    constexpr int pageSize = 1000;
    for (qint64 offset = 0;; offset += pageSize) {
        const auto page = ws->auditLog().page(offset, pageSize);
        if (!page) {
            ctx.out().endList();
            return ctx.fail(page.error());
        }
        for (const AuditEntry &e : page.value()) {
            ctx.out().row({{QStringLiteral("id"), e.id},
                           {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("actor"), e.actor},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("token"), e.tokenName},
                           {QStringLiteral("details"), e.details},
                           {QStringLiteral("hash"), e.hash}});
        }
        if (page->size() < pageSize)
            break;
    }
    ctx.out().endList();
    return ExitOk;
}

void AuditCommands::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("audit"), tr("The audit log; --verify checks it was not tampered with"),
                 &AuditCommands::audit);
}
