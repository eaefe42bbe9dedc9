#include "devicespage.h"

DevicesPage::DevicesPage(QWidget *parent)
    : Page(tr("Devices & Groups"),
           tr("Devices by serial number, and the groups licenses are assigned through."),
           QIcon(QStringLiteral(":/icons/devices.svg")),
           {tr("Serial number"), tr("Name"), tr("Group"), tr("Licenses"), tr("Last seen"), tr("Location")},
           parent)
{
    setObjectName(QStringLiteral("devicesPage"));
}
