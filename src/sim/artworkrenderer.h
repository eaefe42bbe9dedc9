// ArtworkRenderer paints the store artwork of a simulated product (an app icon or a book cover) as a PNG, so
// that the lookup's artwork URLs serve real images. Pure raster painting: works without a QGuiApplication.
#pragma once

#include <QByteArray>
#include <QString>

struct SimProduct;

class ArtworkRenderer
{
public:
    // Sizes are clamped to 16..1024. The same product and size always give the same bytes.
    static QByteArray renderPng(const SimProduct &product, int width, int height);
    // The lookup's artwork "bgColor": six lower-case hex digits without '#', e.g. "abd763".
    static QString backgroundColor(const SimProduct &product);
};
