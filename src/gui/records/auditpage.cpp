#include "auditpage.h"

AuditPage::AuditPage(Console &console, QWidget *parent)
    : Page(console, tr("Audit"), tr("Every action taken in VPP Desk, in a tamper-evident log."),
           QIcon(QStringLiteral(":/icons/audit.svg")),
           parent)
{
    setObjectName(QStringLiteral("auditPage"));
}
