// Tests of ArtworkRenderer: real, sized, varied and stable PNGs, painted without a QGuiApplication.
#include "artworkrenderer.h"
#include "simtypes.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SimProduct product(const QString &adamId, const QString &kind)
{
    SimProduct p;
    p.adamId = adamId;
    p.kind = kind;
    p.name = QStringLiteral("Quillboard");
    return p;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestArtworkRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersAValidPng_data();
    void rendersAValidPng();
    void clampsSizes();
    void stableAndVaried();
    void backgroundColor();
};

void TestArtworkRenderer::rendersAValidPng_data()
{
    QTest::addColumn<QString>("adamId");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    // Enough ids to go through every glyph.
    for (int i = 0; i < 16; ++i) {
        const QString id = QString::number(1480225301 + i * 7919);
        QTest::newRow(qPrintable(u"app "_s + id)) << id << u"iosSoftware"_s << 512 << 512;
    }
    QTest::newRow("mac app") << u"1609921548"_s << u"macSoftware"_s << 256 << 256;
    QTest::newRow("book cover") << u"1622340011"_s << u"ebook"_s << 300 << 450;
    QTest::newRow("small") << u"1302558810"_s << u"iosSoftware"_s << 16 << 16;
}

void TestArtworkRenderer::rendersAValidPng()
{
    QFETCH(QString, adamId);
    QFETCH(QString, kind);
    QFETCH(int, width);
    QFETCH(int, height);
    const QByteArray png = ArtworkRenderer::renderPng(product(adamId, kind), width, height);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.size(), QSize(width, height));
    QVERIFY2(distinctColours(image) > 8, "a flat image");
    // White glyph in the middle area, transparent rounded corner for app icons.
    if (kind != u"ebook")
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(width / 2, height - height / 10)), 255);
}

void TestArtworkRenderer::clampsSizes()
{
    const SimProduct p = product(u"1302558810"_s, u"iosSoftware"_s);
    QImage image;
    QVERIFY(image.loadFromData(ArtworkRenderer::renderPng(p, 2, -5)));
    QCOMPARE(image.size(), QSize(16, 16));
    QVERIFY(image.loadFromData(ArtworkRenderer::renderPng(p, 5000, 1024)));
    QCOMPARE(image.size(), QSize(1024, 1024));
}

void TestArtworkRenderer::stableAndVaried()
{
    const SimProduct a = product(u"1302558810"_s, u"iosSoftware"_s);
    const SimProduct b = product(u"1302558811"_s, u"iosSoftware"_s);
    QCOMPARE(ArtworkRenderer::renderPng(a, 128, 128), ArtworkRenderer::renderPng(a, 128, 128));
    QVERIFY(ArtworkRenderer::renderPng(a, 128, 128) != ArtworkRenderer::renderPng(b, 128, 128));
    QVERIFY(ArtworkRenderer::renderPng(a, 128, 128) != ArtworkRenderer::renderPng(a, 64, 64));
}

void TestArtworkRenderer::backgroundColor()
{
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{6}$"));
    QSet<QString> colours;
    for (int i = 0; i < 20; ++i) {
        const SimProduct p = product(QString::number(1129844502 + i), u"iosSoftware"_s);
        const QString colour = ArtworkRenderer::backgroundColor(p);
        QVERIFY2(hex.match(colour).hasMatch(), qPrintable(colour));
        QCOMPARE(ArtworkRenderer::backgroundColor(p), colour);
        colours.insert(colour);
    }
    QVERIFY(colours.size() > 15);
}

QTEST_GUILESS_MAIN(TestArtworkRenderer)
#include "tst_artworkrenderer.moc"
