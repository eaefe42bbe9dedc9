#include "artworkrenderer.h"

#include "simtypes.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace {

struct Look
{
    QColor top;
    QColor bottom;
    quint64 bits = 0; // picks the glyph and its variations
};

// qHash is seeded per process; artwork must not change between runs, so use a fixed hash.
quint64 stableHash(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    // splitmix64 finaliser: neighbouring adamIds must not get neighbouring colours.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

Look lookOf(const SimProduct &product)
{
    const quint64 h = stableHash(product.adamId.isEmpty() ? product.name : product.adamId);
    const int hue = int(h % 360);
    const int spread = 20 + int((h >> 9) % 50);
    const int saturation = 140 + int((h >> 17) % 90);
    const int value = 200 + int((h >> 25) % 50);
    Look look;
    look.top = QColor::fromHsv(hue, saturation, value);
    look.bottom = QColor::fromHsv((hue + spread) % 360, qMin(255, saturation + 25), value - 70);
    look.bits = h >> 33;
    return look;
}

void drawBook(QPainter &painter, const QRectF &box, const QColor &ink, quint64 bits)
{
    // An open book: two pages leaning away from the spine, with a few lines of "text".
    const qreal cx = box.center().x();
    const qreal gap = box.width() * 0.03;
    const qreal lift = box.height() * 0.08;
    const QPolygonF left({QPointF(cx - gap, box.top() + lift), QPointF(box.left(), box.top()),
                          QPointF(box.left(), box.bottom() - lift), QPointF(cx - gap, box.bottom())});
    const QPolygonF right({QPointF(cx + gap, box.top() + lift), QPointF(box.right(), box.top()),
                           QPointF(box.right(), box.bottom() - lift), QPointF(cx + gap, box.bottom())});
    painter.drawPolygon(left);
    painter.drawPolygon(right);

    QPen pen(ink, qMax<qreal>(1.0, box.height() * 0.035), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    const int lines = 3 + int(bits % 3);
    const qreal pageWidth = box.width() / 2 - gap;
    for (int i = 0; i < lines; ++i) {
        const qreal t = (i + 1.0) / (lines + 1.0);
        const qreal y = box.top() + box.height() * 0.12 + (box.height() * 0.7) * t;
        const qreal inset = pageWidth * 0.18;
        // The lines follow the slant of the pages.
        painter.drawLine(QPointF(box.left() + inset, y - lift * 0.5), QPointF(cx - gap - inset, y));
        if (i + 1 < lines || bits & 8)
            painter.drawLine(QPointF(cx + gap + inset, y), QPointF(box.right() - inset, y - lift * 0.5));
    }
    painter.setPen(Qt::NoPen);
}

void drawGlyph(QPainter &painter, const QRectF &box, const Look &look, bool book)
{
    const QColor white(255, 255, 255, 240);
    painter.setPen(Qt::NoPen);
    painter.setBrush(white);
    if (book) {
        drawBook(painter, box, look.bottom, look.bits);
        return;
    }
    const qreal side = box.width();
    const QPointF c = box.center();
    switch (look.bits % 8) {
    case 0: // disc
        painter.drawEllipse(box.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08));
        break;
    case 1: { // rings
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(white, side * 0.09));
        painter.drawEllipse(box.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        painter.drawEllipse(box.adjusted(side * 0.27, side * 0.27, -side * 0.27, -side * 0.27));
        painter.setPen(Qt::NoPen);
        painter.setBrush(white);
        painter.drawEllipse(c, side * 0.07, side * 0.07);
        break;
    }
    case 2: // triangle
        painter.drawPolygon(QPolygonF({QPointF(c.x(), box.top() + side * 0.04),
                                       QPointF(box.right(), box.bottom() - side * 0.08),
                                       QPointF(box.left(), box.bottom() - side * 0.08)}));
        break;
    case 3: { // bars of a chart
        const int bars = 3 + int((look.bits >> 3) % 2);
        const qreal slot = side / bars;
        for (int i = 0; i < bars; ++i) {
            const qreal height = side * (0.35 + 0.65 * double((look.bits >> (5 + 3 * i)) % 8) / 7.0);
            const QRectF bar(box.left() + slot * i + slot * 0.15, box.bottom() - height, slot * 0.7, height);
            painter.drawRoundedRect(bar, slot * 0.15, slot * 0.15);
        }
        break;
    }
    case 4: // diamond
        painter.drawPolygon(QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                                       QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())}));
        break;
    case 5: { // plus
        const qreal arm = side * 0.28;
        painter.drawRoundedRect(QRectF(c.x() - arm / 2, box.top(), arm, side), arm * 0.3, arm * 0.3);
        painter.drawRoundedRect(QRectF(box.left(), c.y() - arm / 2, side, arm), arm * 0.3, arm * 0.3);
        break;
    }
    case 6: { // grid of dots
        const qreal step = side / 3;
        const qreal r = step * 0.3;
        for (int row = 0; row < 3; ++row)
            for (int col = 0; col < 3; ++col)
                if (((look.bits >> (4 + row * 3 + col)) & 1) || (row == 1 && col == 1))
                    painter.drawEllipse(
                        QPointF(box.left() + step * (col + 0.5), box.top() + step * (row + 0.5)), r, r);
        break;
    }
    default: { // crescent
        QPainterPath moon;
        moon.addEllipse(box);
        QPainterPath bite;
        bite.addEllipse(box.translated(side * 0.3, -side * 0.18));
        painter.drawPath(moon.subtracted(bite));
        break;
    }
    }
}

} // namespace

QByteArray ArtworkRenderer::renderPng(const SimProduct &product, int width, int height)
{
    width = qBound(16, width, 1024);
    height = qBound(16, height, 1024);
    const Look look = lookOf(product);
    const bool book = product.kind == u"ebook";

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF bounds(0, 0, width, height);
        const qreal side = qMin(width, height);
        // App icons are rounded squares; book covers are nearly square-cornered.
        const qreal radius = side * (book ? 0.05 : 0.225);
        QLinearGradient gradient(bounds.topLeft(), bounds.bottomRight());
        gradient.setColorAt(0, look.top);
        gradient.setColorAt(1, look.bottom);
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawRoundedRect(bounds, radius, radius);

        const qreal glyph = side * 0.56;
        const QRectF box(bounds.center().x() - glyph / 2, bounds.center().y() - glyph / 2, glyph, glyph);
        drawGlyph(painter, box, look, book);
    }

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString ArtworkRenderer::backgroundColor(const SimProduct &product)
{
    const Look look = lookOf(product);
    const QColor mid((look.top.red() + look.bottom.red()) / 2, (look.top.green() + look.bottom.green()) / 2,
                     (look.top.blue() + look.bottom.blue()) / 2);
    return mid.name(QColor::HexRgb).mid(1);
}
