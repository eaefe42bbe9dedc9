#include "licensespage.h"

LicensesPage::LicensesPage(Console &console, QWidget *parent)
    : Page(console, tr("Licenses"), tr("Every license assignment, to a user or to a device, on every location."),
           QIcon(QStringLiteral(":/icons/licenses.svg")),
           parent)
{
    setObjectName(QStringLiteral("licensesPage"));
}
