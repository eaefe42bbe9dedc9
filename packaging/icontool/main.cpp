// vppdesk-icontool: renders the application's SVG icon into what each platform's package needs,
// with the Qt this project requires anyway (no ImageMagick, librsvg or iconutil needed):
//   vppdesk-icontool SVG OUTDIR
// writes OUTDIR/hicolor/<N>x<N>/apps/vppdesk.png (16..512), OUTDIR/vppdesk.ico (Windows: PNG
// entries 16..256) and OUTDIR/vppdesk.icns (macOS: PNG entries 16..1024). Both containers hold
// PNG data, which Windows Vista and later and every macOS since 10.7 read.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, then one ICONDIRENTRY per image, then the PNG data.
QByteArray ico(QSvgRenderer &svg)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(svg, size));
    QByteArray out;
    appendLe16(out, 0);
    appendLe16(out, 1); // icon
    appendLe16(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLe16(out, 1);  // planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(images.at(i).size()));
        appendLe32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : std::as_const(images))
        out.append(image);
    return out;
}

// "icns", total length, then (type, length incl. header, PNG) per image.
QByteArray icns(QSvgRenderer &svg)
{
    const QList<std::pair<const char *, int>> entries{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},
                                                      {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                                                      {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(svg, size);
        body.append(type, 4);
        appendBe32(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(body.size() + 8));
    return out + body;
}

} // namespace

int main(int argc, char **argv)
{
    // No window is shown: the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: vppdesk-icontool SVG OUTDIR\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QString outDir = args.at(2);
    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        ok = ok && writeFile(QStringLiteral("%1/hicolor/%2x%2/apps/vppdesk.png").arg(outDir).arg(size),
                             renderPng(svg, size));
    ok = ok && writeFile(outDir + QStringLiteral("/vppdesk.ico"), ico(svg));
    ok = ok && writeFile(outDir + QStringLiteral("/vppdesk.icns"), icns(svg));
    if (!ok) {
        err << "cannot write into " << outDir << '\n';
        return 1;
    }
    return 0;
}
