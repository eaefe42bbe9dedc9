#include "assetwords.h"

QString AssetWords::typeText(const QString &productType)
{
    if (productType == u"App")
        return tr("App");
    if (productType == u"Book")
        return tr("Book");
    return productType;
}

QString AssetWords::pricingText(const QString &pricingParam)
{
    if (pricingParam == u"STDQ")
        return tr("Standard");
    if (pricingParam == u"PLUS")
        return tr("High quality");
    return pricingParam;
}
