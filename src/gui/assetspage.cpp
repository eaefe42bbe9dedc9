#include "assetspage.h"

AssetsPage::AssetsPage(QWidget *parent)
    : Page(tr("Apps & Books"), tr("Purchased apps and books with their license counts across all locations."),
           QIcon(QStringLiteral(":/icons/assets.svg")),
           {tr("Name"), tr("Type"), tr("Bundle ID"), tr("Platforms"), tr("Total"), tr("Assigned"),
            tr("Available"), tr("Retired"), tr("Utilisation")},
           parent)
{
    setObjectName(QStringLiteral("assetsPage"));
}
