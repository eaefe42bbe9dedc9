#include "assetspage.h"

AssetsPage::AssetsPage(Console &console, QWidget *parent)
    : Page(console, tr("Apps & Books"), tr("Purchased apps and books with their license counts across all locations."),
           QIcon(QStringLiteral(":/icons/assets.svg")),
           parent)
{
    setObjectName(QStringLiteral("assetsPage"));
}
