#include "licensespage.h"

LicensesPage::LicensesPage(QWidget *parent)
    : Page(tr("Licenses"), tr("Every license assignment, to a user or to a device, on every location."),
           QIcon(QStringLiteral(":/icons/licenses.svg")),
           {tr("Asset"), tr("Assigned to"), tr("Target type"), tr("Location"), tr("Assigned on"),
            tr("Status")},
           parent)
{
    setObjectName(QStringLiteral("licensesPage"));
}
