#include "locationspage.h"

LocationsPage::LocationsPage(Console &console, QWidget *parent)
    : Page(console, tr("Locations"), tr("Content tokens, one per location: their health, expiry and last sync."),
           QIcon(QStringLiteral(":/icons/locations.svg")),
           parent)
{
    setObjectName(QStringLiteral("locationsPage"));
}
