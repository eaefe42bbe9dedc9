// AssetWords: how the console names an asset's type and pricing ("App", "Book"; "Standard",
// "High quality"), the same in every table and dialog. Apple's own values (STDQ, PLUS) stay in tool
// tips and exports.
#pragma once

#include <QCoreApplication>
#include <QString>

class AssetWords
{
    Q_DECLARE_TR_FUNCTIONS(AssetWords)

public:
    // "App" or "Book" for Apple's productType; another value as given.
    static QString typeText(const QString &productType);
    // "Standard" for STDQ, "High quality" for PLUS; another value as given.
    static QString pricingText(const QString &pricingParam);
};
