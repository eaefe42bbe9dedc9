#include "metadataapi.h"

#include "artworkrenderer.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kLookupPath = QStringLiteral("/WebObjects/MZStorePlatform.woa/wa/lookup");
const QString kInvitePath = QStringLiteral("/WebObjects/MZFinance.woa/wa/associateVPPUserWithITSAccount");
const QString kArtworkPrefix = QStringLiteral("/artwork/");

struct Storefront
{
    const char *cc;
    const char *id;
    const char *language;
};

// An unsupported cc silently falls back to the US storefront, as the live service does.
constexpr Storefront kStorefronts[] = {
    {"US", "143441", "en-us"}, {"GB", "143444", "en-gb"}, {"DE", "143443", "de-de"},
    {"FR", "143442", "fr-fr"}, {"JP", "143462", "ja-jp"}, {"CA", "143455", "en-ca"},
    {"AU", "143460", "en-au"}, {"ES", "143454", "es-es"}, {"IT", "143450", "it-it"},
    {"NL", "143452", "nl-nl"},
};

const Storefront &storefront(const QString &cc)
{
    for (const Storefront &s : kStorefronts)
        if (cc.compare(QLatin1String(s.cc), Qt::CaseInsensitive) == 0)
            return s;
    return kStorefronts[0];
}

} // namespace

MetadataApi::MetadataApi(SimState &state, const SimConfig &config)
    : m_state(state)
    , m_config(config)
{}

std::optional<SimResponse> MetadataApi::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (request.method() != QHttpServerRequest::Method::Get)
        return std::nullopt;
    if (path == kLookupPath)
        return lookup(QUrlQuery(request.url()));
    if (path.startsWith(kArtworkPrefix))
        return artwork(path.mid(kArtworkPrefix.size()));
    if (path == kInvitePath)
        return acceptInvitation(QUrlQuery(request.url()));
    return std::nullopt;
}

QJsonObject MetadataApi::productJson(const SimProduct &p, const QString &storefrontCode) const
{
    const QString mediaType = p.kind == u"ebook" ? u"book"_s : u"app"_s;
    const QString externalId = QString::number(qHash(p.adamId + p.version) % 900000000u + 100000000u);
    const QString buyParams =
        u"productType=C&price="_s + QString::number(qRound(p.price * 1000)) + u"&salableAdamId="_s +
        p.adamId + u"&pricingParameters=STDQ&pg=default&marketType=ENT&appExtVrsId="_s + externalId;
    QJsonObject offer{
        {u"type"_s, p.price > 0 ? u"buy"_s : u"get"_s},
        {u"price"_s, p.price},
        {u"priceFormatted"_s, QString(u"$"_s + QString::number(p.price, 'f', 2))},
        {u"buyParams"_s, buyParams},
        {u"version"_s, QJsonObject{{u"display"_s, p.version}, {u"externalId"_s, externalId.toLongLong()}}},
        {u"assets"_s, QJsonArray{QJsonObject{{u"flavor"_s, p.kind},
                                             {u"size"_s, qint64(qHash(p.adamId) % 500000000u + 2000000)}}}}};
    // Apple's lookup sends the id as a number (the results key is the string form).
    QJsonObject o{{u"id"_s, p.adamId.toLongLong()},
                  {u"name"_s, p.name},
                  {u"nameRaw"_s, p.name},
                  {u"kind"_s, p.kind},
                  {u"artistName"_s, p.artistName},
                  {u"genreNames"_s, QJsonArray{p.genre}},
                  {u"deviceFamilies"_s, QJsonArray::fromStringList(p.deviceFamilies)},
                  {u"isB2BCustomApp"_s, p.b2bCustomApp},
                  {u"artwork"_s, QJsonObject{{u"url"_s, QString(m_config.baseUrl + kArtworkPrefix + p.adamId +
                                                                u"/{w}x{h}bb.{f}"_s)},
                                             {u"width"_s, 1024},
                                             {u"height"_s, 1024},
                                             {u"bgColor"_s, ArtworkRenderer::backgroundColor(p)}}},
                  {u"offers"_s, QJsonArray{offer}},
                  {u"url"_s, QString(u"https://apps.apple.com/"_s + storefrontCode.toLower() + u'/' +
                                     mediaType + u"/id"_s + p.adamId)}};
    if (p.kind != u"ebook") {
        o.insert(u"bundleId"_s, p.bundleId);
        o.insert(u"minimumOSVersion"_s, p.minimumOsVersion);
        o.insert(u"isVppDeviceBasedLicensingEnabled"_s, true);
    }
    return o;
}

SimResponse MetadataApi::lookup(const QUrlQuery &query) const
{
    const Storefront &front = storefront(query.queryItemValue(u"cc"_s));
    const QString cc = QString::fromLatin1(front.cc);
    QJsonObject results;
    // Several ids, comma-separated, are answered in one call (Apple documents one id per call).
    const QStringList ids = query.queryItemValue(u"id"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    for (const QString &id : ids)
        if (const SimProduct *product = m_state.product(id.trimmed()))
            results.insert(product->adamId, productJson(*product, cc));
    return SimResponse::json(
        {{u"results"_s, results},
         {u"version"_s, 2},
         {u"isAuthenticated"_s, false},
         {u"meta"_s,
          QJsonObject{{u"storefront"_s, QJsonObject{{u"id"_s, QString::fromLatin1(front.id)}, {u"cc"_s, cc}}},
                      {u"language"_s, QJsonObject{{u"tag"_s, QString::fromLatin1(front.language)}}}}}});
}

SimResponse MetadataApi::artwork(const QString &path) const
{
    static const QRegularExpression pattern(u"^(\\d+)/(\\d+)x(\\d+)bb\\.(png|jpg|jpeg)$"_s);
    const QRegularExpressionMatch match = pattern.match(path);
    const SimProduct *product = match.hasMatch() ? m_state.product(match.captured(1)) : nullptr;
    if (!product)
        return SimResponse::raw(QByteArrayLiteral("not found"), QByteArrayLiteral("text/plain"), 404);
    const QByteArray png =
        ArtworkRenderer::renderPng(*product, match.captured(2).toInt(), match.captured(3).toInt());
    if (match.captured(4) == u"png")
        return SimResponse::raw(png, QByteArrayLiteral("image/png"));
    QImage image = QImage::fromData(png, "PNG");
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return SimResponse::raw(jpeg, QByteArrayLiteral("image/jpeg"));
}

SimResponse MetadataApi::acceptInvitation(const QUrlQuery &query)
{
    const QString code = query.queryItemValue(u"inviteCode"_s);
    for (int l = 0; l < m_state.locationCount() && !code.isEmpty(); ++l) {
        SimLocation *location = m_state.location(l);
        for (int i = 0; i < location->users().size(); ++i) {
            SimUser user = location->users()[i];
            if (user.status != u"Registered" || user.inviteCode != code)
                continue;
            user.status = u"Associated"_s;
            user.inviteCode.clear();
            user.idHash = QString::fromLatin1(QByteArray::fromHex(m_state.makeHex(20).toLatin1()).toBase64());
            location->updateUser(i, user);
            return SimResponse::raw(QByteArrayLiteral("<html><body><h1>Invitation accepted</h1><p>Your Apple "
                                                      "Account is now associated.</p></body></html>"),
                                    QByteArrayLiteral("text/html; charset=utf-8"));
        }
    }
    return SimResponse::raw(QByteArrayLiteral("<html><body><h1>Invitation not found</h1></body></html>"),
                            QByteArrayLiteral("text/html; charset=utf-8"), 404);
}
