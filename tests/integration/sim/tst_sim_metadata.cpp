// vppsim over real HTTP: the legacy metadata lookup (results keyed by adamId, several ids,
// unknown ids, storefront fallback) and the artwork behind its URL template.
#include "simhttp.h"

#include <QImage>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace SimOrg;

class TestSimMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lookupOneApp();
    void lookupBook();
    void lookupSeveralIds();
    void unknownIdGivesEmptyResults();
    void storefront_data();
    void storefront();
    void lookupUrlFromServiceConfig();
    void artworkPng_data();
    void artworkPng();
    void artworkJpeg();
    void artworkUnknownProduct();

private:
    SimReply lookup(const QString &ids, const QString &cc = u"us"_s);
    QString artworkTemplate(const QString &adamId);

    std::unique_ptr<SimHttp> m_http;
};

void TestSimMetadata::init()
{
    m_http = std::make_unique<SimHttp>();
    QVERIFY2(m_http->isListening(), qPrintable(m_http->startError()));
}

void TestSimMetadata::cleanup()
{
    m_http.reset();
}

SimReply TestSimMetadata::lookup(const QString &ids, const QString &cc)
{
    const QUrlQuery query{{u"version"_s, u"2"_s},
                          {u"id"_s, ids},
                          {u"p"_s, u"mdm-lockup"_s},
                          {u"caller"_s, u"MDM"_s},
                          {u"platform"_s, u"volumestore"_s},
                          {u"cc"_s, cc},
                          {u"l"_s, u"en"_s}};
    return m_http->send("GET", m_http->url(u"/WebObjects/MZStorePlatform.woa/wa/lookup"_s, query));
}

QString TestSimMetadata::artworkTemplate(const QString &adamId)
{
    return lookup(adamId)
        .json.value(u"results"_s)
        .toObject()
        .value(adamId)
        .toObject()
        .value(u"artwork"_s)
        .toObject()
        .value(u"url"_s)
        .toString();
}

void TestSimMetadata::lookupOneApp()
{
    const SimReply r = lookup(kApp1);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.jsonOk, qPrintable(r.describe()));
    QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
    QCOMPARE(r.json.value(u"isAuthenticated"_s).toBool(true), false);
    const QJsonObject results = r.json.value(u"results"_s).toObject();
    QCOMPARE(results.keys(), QStringList{kApp1});
    const QJsonObject app = results.value(kApp1).toObject();

    QVERIFY(app.value(u"id"_s).isDouble()); // a number in Apple's example; the key is the string form
    QCOMPARE(qint64(app.value(u"id"_s).toDouble()), kApp1.toLongLong());
    QCOMPARE(app.value(u"name"_s).toString(), u"Keynote Sim"_s);
    QCOMPARE(app.value(u"nameRaw"_s).toString(), u"Keynote Sim"_s);
    QCOMPARE(app.value(u"bundleId"_s).toString(), u"com.example.keynote"_s);
    QCOMPARE(app.value(u"kind"_s).toString(), u"iosSoftware"_s);
    QCOMPARE(app.value(u"artistName"_s).toString(), u"Test Vendor"_s);
    QCOMPARE(app.value(u"deviceFamilies"_s).toArray(), (QJsonArray{u"iphone"_s, u"ipad"_s}));
    QCOMPARE(app.value(u"genreNames"_s).toArray(), QJsonArray{u"Productivity"_s});
    QCOMPARE(app.value(u"minimumOSVersion"_s).toString(), u"16.0"_s);
    QVERIFY(app.value(u"isVppDeviceBasedLicensingEnabled"_s).isBool());
    QVERIFY(app.value(u"isB2BCustomApp"_s).isBool());
    QVERIFY(app.value(u"url"_s).toString().startsWith(u"https://"_s));
    QVERIFY(app.value(u"url"_s).toString().contains(kApp1));

    const QJsonObject artwork = app.value(u"artwork"_s).toObject();
    QVERIFY(artwork.value(u"url"_s).toString().contains(u"{w}x{h}bb.{f}"_s));
    QCOMPARE(artwork.value(u"width"_s).toInt(), 1024);
    QCOMPARE(artwork.value(u"height"_s).toInt(), 1024);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{6}$"_s).match(artwork.value(u"bgColor"_s).toString()).hasMatch());

    const QJsonArray offers = app.value(u"offers"_s).toArray();
    QCOMPARE(offers.size(), 1);
    const QJsonObject offer = offers.first().toObject();
    QCOMPARE(offer.value(u"type"_s).toString(), u"buy"_s);
    QVERIFY(offer.value(u"price"_s).isDouble());
    QCOMPARE(offer.value(u"price"_s).toDouble(), 9.99);
    QCOMPARE(offer.value(u"priceFormatted"_s).toString(), u"$9.99"_s);
    QVERIFY(offer.value(u"buyParams"_s).toString().contains(QString(u"salableAdamId="_s + kApp1)));
    const QJsonObject version = offer.value(u"version"_s).toObject();
    QCOMPARE(version.value(u"display"_s).toString(), u"2.1.0"_s);
    QVERIFY(version.value(u"externalId"_s).isDouble() || version.value(u"externalId"_s).isString());
    const QJsonObject asset = offer.value(u"assets"_s).toArray().first().toObject();
    QCOMPARE(asset.value(u"flavor"_s).toString(), u"iosSoftware"_s);
    QVERIFY(asset.value(u"size"_s).toDouble() > 0);

    const QJsonObject storefront = r.json.value(u"meta"_s).toObject().value(u"storefront"_s).toObject();
    QCOMPARE(storefront.value(u"cc"_s).toString(), u"US"_s);
    QCOMPARE(storefront.value(u"id"_s).toString(), u"143441"_s);
    QCOMPARE(r.json.value(u"meta"_s).toObject().value(u"language"_s).toObject().value(u"tag"_s).toString(),
             u"en-us"_s);
}

void TestSimMetadata::lookupBook()
{
    const SimReply r = lookup(kBook1);
    const QJsonObject book = r.json.value(u"results"_s).toObject().value(kBook1).toObject();
    QCOMPARE(book.value(u"kind"_s).toString(), u"ebook"_s);
    QCOMPARE(book.value(u"name"_s).toString(), u"A Test Book"_s);
    QVERIFY(!book.contains(u"bundleId"_s));
    QVERIFY(book.value(u"url"_s).toString().contains(u"/book/"_s));
    const QJsonObject free = lookup(kAppFree).json.value(u"results"_s).toObject().value(kAppFree).toObject();
    QCOMPARE(free.value(u"offers"_s).toArray().first().toObject().value(u"type"_s).toString(), u"get"_s);
    QCOMPARE(free.value(u"offers"_s).toArray().first().toObject().value(u"price"_s).toDouble(), 0.0);
}

void TestSimMetadata::lookupSeveralIds()
{
    const SimReply r = lookup(QString(kApp1 + u',' + kApp2 + u",999999999,"_s + kBook2));
    QCOMPARE(r.status, 200);
    QStringList keys = r.json.value(u"results"_s).toObject().keys();
    keys.sort();
    QStringList expected{kApp1, kApp2, kBook2};
    expected.sort();
    QCOMPARE(keys, expected);
    for (const QString &id : expected)
        QCOMPARE(qint64(r.json.value(u"results"_s).toObject().value(id).toObject().value(u"id"_s).toDouble()),
                 id.toLongLong());
}

void TestSimMetadata::unknownIdGivesEmptyResults()
{
    const SimReply r = lookup(u"123456789"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonOk);
    QVERIFY(r.json.value(u"results"_s).isObject());
    QVERIFY(r.json.value(u"results"_s).toObject().isEmpty());
    const SimReply none = lookup(QString());
    QCOMPARE(none.status, 200);
    QVERIFY(none.json.value(u"results"_s).toObject().isEmpty());
}

void TestSimMetadata::storefront_data()
{
    QTest::addColumn<QString>("cc");
    QTest::addColumn<QString>("expectedCc");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("us") << u"us"_s << u"US"_s << u"143441"_s;
    QTest::newRow("gb") << u"gb"_s << u"GB"_s << u"143444"_s;
    QTest::newRow("DE") << u"DE"_s << u"DE"_s << u"143443"_s;
    QTest::newRow("unsupported zz") << u"zz"_s << u"US"_s << u"143441"_s;
    QTest::newRow("empty") << QString() << u"US"_s << u"143441"_s;
}

void TestSimMetadata::storefront()
{
    QFETCH(QString, cc);
    QFETCH(QString, expectedCc);
    QFETCH(QString, expectedId);
    const SimReply r = lookup(kApp1, cc);
    QCOMPARE(r.status, 200);
    const QJsonObject storefront = r.json.value(u"meta"_s).toObject().value(u"storefront"_s).toObject();
    QCOMPARE(storefront.value(u"cc"_s).toString(), expectedCc);
    QCOMPARE(storefront.value(u"id"_s).toString(), expectedId);
    // The product is still found: a fallback, not an empty answer.
    QVERIFY(r.json.value(u"results"_s).toObject().contains(kApp1));
    QVERIFY(r.json.value(u"results"_s)
                .toObject()
                .value(kApp1)
                .toObject()
                .value(u"url"_s)
                .toString()
                .contains(QString(u'/' + expectedCc.toLower() + u'/')));
}

void TestSimMetadata::lookupUrlFromServiceConfig()
{
    const QString base = m_http->getAuth(u"service/config"_s, std::nullopt)
                             .json.value(u"urls"_s)
                             .toObject()
                             .value(u"contentMetadataLookup"_s)
                             .toString();
    QUrl url(base);
    url.setQuery(
        QUrlQuery{{u"version"_s, u"2"_s}, {u"id"_s, kApp2}, {u"p"_s, u"mdm-lockup"_s}, {u"cc"_s, u"us"_s}});
    const SimReply r = m_http->send("GET", url, {}, {{"Cookie", "itvt=" + m_http->token().toLatin1()}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"results"_s).toObject().contains(kApp2));
}

void TestSimMetadata::artworkPng_data()
{
    QTest::addColumn<QString>("adamId");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("app 512") << kApp1 << 512 << 512;
    QTest::newRow("app 60x40") << kApp2 << 60 << 40;
    QTest::newRow("book 100x150") << kBook1 << 100 << 150;
}

void TestSimMetadata::artworkPng()
{
    QFETCH(QString, adamId);
    QFETCH(int, width);
    QFETCH(int, height);
    QString url = artworkTemplate(adamId);
    QVERIFY(!url.isEmpty());
    url.replace(u"{w}"_s, QString::number(width))
        .replace(u"{h}"_s, QString::number(height))
        .replace(u"{f}"_s, u"png"_s);
    const SimReply r = m_http->send("GET", QUrl(url));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(r.body.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(r.body, "PNG"));
    QCOMPARE(image.size(), QSize(width, height));
    // Not a blank square: at least two colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += qMax(1, height / 8))
        for (int x = 0; x < image.width(); x += qMax(1, width / 8))
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 1);
    // The same request gives the same bytes.
    QCOMPARE(m_http->send("GET", QUrl(url)).body, r.body);
}

void TestSimMetadata::artworkJpeg()
{
    QString url = artworkTemplate(kApp1);
    url.replace(u"{w}"_s, u"128"_s).replace(u"{h}"_s, u"128"_s).replace(u"{f}"_s, u"jpg"_s);
    const SimReply r = m_http->send("GET", QUrl(url));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
    QImage image;
    QVERIFY(image.loadFromData(r.body, "JPEG"));
    QCOMPARE(image.size(), QSize(128, 128));
}

void TestSimMetadata::artworkUnknownProduct()
{
    QString url = artworkTemplate(kApp1);
    url.replace(kApp1, u"999999999"_s)
        .replace(u"{w}"_s, u"64"_s)
        .replace(u"{h}"_s, u"64"_s)
        .replace(u"{f}"_s, u"png"_s);
    QCOMPARE(m_http->send("GET", QUrl(url)).status, 404);
    QString bad = artworkTemplate(kApp1);
    bad.replace(u"{w}x{h}bb.{f}"_s, u"huge.gif"_s);
    QCOMPARE(m_http->send("GET", QUrl(bad)).status, 404);
}

QTEST_GUILESS_MAIN(TestSimMetadata)
#include "tst_sim_metadata.moc"
