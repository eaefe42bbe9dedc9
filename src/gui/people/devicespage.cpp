#include "devicespage.h"

DevicesPage::DevicesPage(Console &console, QWidget *parent)
    : Page(console, tr("Devices & Groups"),
           tr("Devices by serial number, and the groups licenses are assigned through."),
           QIcon(QStringLiteral(":/icons/devices.svg")),
           parent)
{
    setObjectName(QStringLiteral("devicesPage"));
}
