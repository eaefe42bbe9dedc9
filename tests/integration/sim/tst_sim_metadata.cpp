// vppsim over real HTTP: the legacy metadata lookup (results keyed by adamId, several ids,
// unknown ids, storefront fallback) and the artwork behind its URL template.
#include "simhttp.h"

#include <QImage>
#include <QtTest>

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
    SimReply lookup(const QString &ids, const QString &cc = u"us"_qs);
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
    const QUrlQuery query{{u"version"_qs, u"2"_qs},
                          {u"id"_qs, ids},
                          {u"p"_qs, u"mdm-lockup"_qs},
                          {u"caller"_qs, u"MDM"_qs},
                          {u"platform"_qs, u"volumestore"_qs},
                          {u"cc"_qs, cc},
                          {u"l"_qs, u"en"_qs}};
    return m_http->send("GET", m_http->url(u"/WebObjects/MZStorePlatform.woa/wa/lookup"_qs, query));
}

QString TestSimMetadata::artworkTemplate(const QString &adamId)
{
    return lookup(adamId)
        .json.value(u"results"_qs)
        .toObject()
        .value(adamId)
        .toObject()
        .value(u"artwork"_qs)
        .toObject()
        .value(u"url"_qs)
        .toString();
}

void TestSimMetadata::lookupOneApp()
{
    const SimReply r = lookup(kApp1);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.jsonOk, qPrintable(r.describe()));
    QCOMPARE(r.json.value(u"version"_qs).toInt(), 2);
    QCOMPARE(r.json.value(u"isAuthenticated"_qs).toBool(true), false);
    const QJsonObject results = r.json.value(u"results"_qs).toObject();
    QCOMPARE(results.keys(), QStringList{kApp1});
    const QJsonObject app = results.value(kApp1).toObject();

    QVERIFY(app.value(u"id"_qs).isDouble()); // a number in Apple's example; the key is the string form
    QCOMPARE(qint64(app.value(u"id"_qs).toDouble()), kApp1.toLongLong());
    QCOMPARE(app.value(u"name"_qs).toString(), u"Keynote Sim"_qs);
    QCOMPARE(app.value(u"nameRaw"_qs).toString(), u"Keynote Sim"_qs);
    QCOMPARE(app.value(u"bundleId"_qs).toString(), u"com.example.keynote"_qs);
    QCOMPARE(app.value(u"kind"_qs).toString(), u"iosSoftware"_qs);
    QCOMPARE(app.value(u"artistName"_qs).toString(), u"Test Vendor"_qs);
    QCOMPARE(app.value(u"deviceFamilies"_qs).toArray(), (QJsonArray{u"iphone"_qs, u"ipad"_qs}));
    QCOMPARE(app.value(u"genreNames"_qs).toArray(), QJsonArray{u"Productivity"_qs});
    QCOMPARE(app.value(u"minimumOSVersion"_qs).toString(), u"16.0"_qs);
    QVERIFY(app.value(u"isVppDeviceBasedLicensingEnabled"_qs).isBool());
    QVERIFY(app.value(u"isB2BCustomApp"_qs).isBool());
    QVERIFY(app.value(u"url"_qs).toString().startsWith(u"https://"_qs));
    QVERIFY(app.value(u"url"_qs).toString().contains(kApp1));

    const QJsonObject artwork = app.value(u"artwork"_qs).toObject();
    QVERIFY(artwork.value(u"url"_qs).toString().contains(u"{w}x{h}bb.{f}"_qs));
    QCOMPARE(artwork.value(u"width"_qs).toInt(), 1024);
    QCOMPARE(artwork.value(u"height"_qs).toInt(), 1024);
    QVERIFY(
        QRegularExpression(u"^[0-9a-f]{6}$"_qs).match(artwork.value(u"bgColor"_qs).toString()).hasMatch());

    const QJsonArray offers = app.value(u"offers"_qs).toArray();
    QCOMPARE(offers.size(), 1);
    const QJsonObject offer = offers.first().toObject();
    QCOMPARE(offer.value(u"type"_qs).toString(), u"buy"_qs);
    QVERIFY(offer.value(u"price"_qs).isDouble());
    QCOMPARE(offer.value(u"price"_qs).toDouble(), 9.99);
    QCOMPARE(offer.value(u"priceFormatted"_qs).toString(), u"$9.99"_qs);
    QVERIFY(offer.value(u"buyParams"_qs).toString().contains(QString(u"salableAdamId="_qs + kApp1)));
    const QJsonObject version = offer.value(u"version"_qs).toObject();
    QCOMPARE(version.value(u"display"_qs).toString(), u"2.1.0"_qs);
    QVERIFY(version.value(u"externalId"_qs).isDouble() || version.value(u"externalId"_qs).isString());
    const QJsonObject asset = offer.value(u"assets"_qs).toArray().first().toObject();
    QCOMPARE(asset.value(u"flavor"_qs).toString(), u"iosSoftware"_qs);
    QVERIFY(asset.value(u"size"_qs).toDouble() > 0);

    const QJsonObject storefront = r.json.value(u"meta"_qs).toObject().value(u"storefront"_qs).toObject();
    QCOMPARE(storefront.value(u"cc"_qs).toString(), u"US"_qs);
    QCOMPARE(storefront.value(u"id"_qs).toString(), u"143441"_qs);
    QCOMPARE(r.json.value(u"meta"_qs).toObject().value(u"language"_qs).toObject().value(u"tag"_qs).toString(),
             u"en-us"_qs);
}

void TestSimMetadata::lookupBook()
{
    const SimReply r = lookup(kBook1);
    const QJsonObject book = r.json.value(u"results"_qs).toObject().value(kBook1).toObject();
    QCOMPARE(book.value(u"kind"_qs).toString(), u"ebook"_qs);
    QCOMPARE(book.value(u"name"_qs).toString(), u"A Test Book"_qs);
    QVERIFY(!book.contains(u"bundleId"_qs));
    QVERIFY(book.value(u"url"_qs).toString().contains(u"/book/"_qs));
    const QJsonObject free = lookup(kAppFree).json.value(u"results"_qs).toObject().value(kAppFree).toObject();
    QCOMPARE(free.value(u"offers"_qs).toArray().first().toObject().value(u"type"_qs).toString(), u"get"_qs);
    QCOMPARE(free.value(u"offers"_qs).toArray().first().toObject().value(u"price"_qs).toDouble(), 0.0);
}

void TestSimMetadata::lookupSeveralIds()
{
    const SimReply r = lookup(QString(kApp1 + u',' + kApp2 + u",999999999,"_qs + kBook2));
    QCOMPARE(r.status, 200);
    QStringList keys = r.json.value(u"results"_qs).toObject().keys();
    keys.sort();
    QStringList expected{kApp1, kApp2, kBook2};
    expected.sort();
    QCOMPARE(keys, expected);
    for (const QString &id : expected)
        QCOMPARE(
            qint64(r.json.value(u"results"_qs).toObject().value(id).toObject().value(u"id"_qs).toDouble()),
            id.toLongLong());
}

void TestSimMetadata::unknownIdGivesEmptyResults()
{
    const SimReply r = lookup(u"123456789"_qs);
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonOk);
    QVERIFY(r.json.value(u"results"_qs).isObject());
    QVERIFY(r.json.value(u"results"_qs).toObject().isEmpty());
    const SimReply none = lookup(QString());
    QCOMPARE(none.status, 200);
    QVERIFY(none.json.value(u"results"_qs).toObject().isEmpty());
}

void TestSimMetadata::storefront_data()
{
    QTest::addColumn<QString>("cc");
    QTest::addColumn<QString>("expectedCc");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("us") << u"us"_qs << u"US"_qs << u"143441"_qs;
    QTest::newRow("gb") << u"gb"_qs << u"GB"_qs << u"143444"_qs;
    QTest::newRow("DE") << u"DE"_qs << u"DE"_qs << u"143443"_qs;
    QTest::newRow("unsupported zz") << u"zz"_qs << u"US"_qs << u"143441"_qs;
    QTest::newRow("empty") << QString() << u"US"_qs << u"143441"_qs;
}

void TestSimMetadata::storefront()
{
    QFETCH(QString, cc);
    QFETCH(QString, expectedCc);
    QFETCH(QString, expectedId);
    const SimReply r = lookup(kApp1, cc);
    QCOMPARE(r.status, 200);
    const QJsonObject storefront = r.json.value(u"meta"_qs).toObject().value(u"storefront"_qs).toObject();
    QCOMPARE(storefront.value(u"cc"_qs).toString(), expectedCc);
    QCOMPARE(storefront.value(u"id"_qs).toString(), expectedId);
    // The product is still found: a fallback, not an empty answer.
    QVERIFY(r.json.value(u"results"_qs).toObject().contains(kApp1));
    QVERIFY(r.json.value(u"results"_qs)
                .toObject()
                .value(kApp1)
                .toObject()
                .value(u"url"_qs)
                .toString()
                .contains(QString(u'/' + expectedCc.toLower() + u'/')));
}

void TestSimMetadata::lookupUrlFromServiceConfig()
{
    const QString base = m_http->getAuth(u"service/config"_qs, std::nullopt)
                             .json.value(u"urls"_qs)
                             .toObject()
                             .value(u"contentMetadataLookup"_qs)
                             .toString();
    QUrl url(base);
    url.setQuery(QUrlQuery{
        {u"version"_qs, u"2"_qs}, {u"id"_qs, kApp2}, {u"p"_qs, u"mdm-lockup"_qs}, {u"cc"_qs, u"us"_qs}});
    const SimReply r = m_http->send("GET", url, {}, {{"Cookie", "itvt=" + m_http->token().toLatin1()}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"results"_qs).toObject().contains(kApp2));
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
    url.replace(u"{w}"_qs, QString::number(width))
        .replace(u"{h}"_qs, QString::number(height))
        .replace(u"{f}"_qs, u"png"_qs);
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
    url.replace(u"{w}"_qs, u"128"_qs).replace(u"{h}"_qs, u"128"_qs).replace(u"{f}"_qs, u"jpg"_qs);
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
    url.replace(kApp1, u"999999999"_qs)
        .replace(u"{w}"_qs, u"64"_qs)
        .replace(u"{h}"_qs, u"64"_qs)
        .replace(u"{f}"_qs, u"png"_qs);
    QCOMPARE(m_http->send("GET", QUrl(url)).status, 404);
    QString bad = artworkTemplate(kApp1);
    bad.replace(u"{w}x{h}bb.{f}"_qs, u"huge.gif"_qs);
    QCOMPARE(m_http->send("GET", QUrl(bad)).status, 404);
}

QTEST_GUILESS_MAIN(TestSimMetadata)
#include "tst_sim_metadata.moc"
