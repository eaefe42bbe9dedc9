#include "auditcommands.h"

#include "commandcontext.h"
#include "commandregistry.h"
#include "core/workspace/workspace.h"

#include <QJsonDocument>

int AuditCommands::audit(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption verify(
        QStringLiteral("verify"),
        tr("Check the hash chain: exit 1 when a row was edited, inserted or deleted."));
    parser.addOptions({verify, CommandContext::jsonOption()});
    if (!ctx.parse(parser, tr("The audit log of every action, newest first.")))
        return ctx.exitCode();
    ctx.applyFormat(parser);
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitError;

    if (parser.isSet(verify)) {
        const Result<AuditVerification> checked = ws->auditLog().verify();
        if (!checked)
            return ctx.fail(checked.error());
        const AuditVerification &v = checked.value();
        if (ctx.out().isMachineReadable()) {
            ctx.out().json({{QStringLiteral("intact"), v.intact},
                            {QStringLiteral("rowsChecked"), v.rowsChecked},
                            {QStringLiteral("firstTamperedId"), v.firstTamperedId},
                            {QStringLiteral("reason"), v.reason}});
        } else if (v.intact) {
            ctx.out().message(
                tr("The audit log is intact (%n entries checked).", nullptr, int(v.rowsChecked)));
        }
        if (!v.intact) {
            ctx.out().error(tr("The audit log was tampered with at entry %1: %2")
                                .arg(QString::number(v.firstTamperedId), v.reason));
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
