#include "auditpage.h"

AuditPage::AuditPage(QWidget *parent)
    : Page(tr("Audit"), tr("Every action taken in VPP Desk, in a tamper-evident log."),
           QIcon(QStringLiteral(":/icons/audit.svg")),
           {tr("Time"), tr("Actor"), tr("Action"), tr("Target"), tr("Location"), tr("Outcome")}, parent)
{
    setObjectName(QStringLiteral("auditPage"));
}
