#include "locationspage.h"

LocationsPage::LocationsPage(QWidget *parent)
    : Page(tr("Locations"), tr("Content tokens, one per location: their health, expiry and last sync."),
           QIcon(QStringLiteral(":/icons/locations.svg")),
           {tr("Name"), tr("Status"), tr("Reason"), tr("Expires"), tr("Location"), tr("Country"),
            tr("Last sync")},
           parent)
{
    setObjectName(QStringLiteral("locationsPage"));
}
