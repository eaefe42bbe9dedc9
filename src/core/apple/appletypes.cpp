#include "core/apple/appletypes.h"

#include <QHash>

namespace {

const QHash<QString, qint64> &documentedDefaults()
{
    static const QHash<QString, qint64> defaults = {
        {QStringLiteral("maxAssets"), 25},
        {QStringLiteral("maxUsers"), 100},
        {QStringLiteral("maxNotificationLength"), 512},
        {QStringLiteral("maxRevokeClientUserIds"), 100},
        {QStringLiteral("maxClientUserIds"), 1000},
        {QStringLiteral("maxSerialNumbers"), 1000},
        {QStringLiteral("maxRevokeSerialNumbers"), 100},
        {QStringLiteral("maxRequestPerSecond"), 10},
        {QStringLiteral("maxSubscriptions"), 25},
        {QStringLiteral("maxSubscriptionClientUserIds"), 1000},
        {QStringLiteral("maxMdmNameLength"), 100},
        {QStringLiteral("maxMdmMetadataLength"), 255},
        {QStringLiteral("maxMdmIdLength"), 100},
    };
    return defaults;
}

} // namespace

qint64 ServiceConfig::defaultLimit(const QString &key)
{
    return documentedDefaults().value(key, 0);
}

qint64 ServiceConfig::limit(const QString &key) const
{
    const auto it = limits.constFind(key);
    return it != limits.constEnd() ? it.value() : defaultLimit(key);
}

qint64 ServiceConfig::maxAssets() const
{
    return limit(QStringLiteral("maxAssets"));
}

qint64 ServiceConfig::maxUsers() const
{
    return limit(QStringLiteral("maxUsers"));
}

qint64 ServiceConfig::maxClientUserIds() const
{
    return limit(QStringLiteral("maxClientUserIds"));
}

qint64 ServiceConfig::maxSerialNumbers() const
{
    return limit(QStringLiteral("maxSerialNumbers"));
}

qint64 ServiceConfig::maxRevokeClientUserIds() const
{
    return limit(QStringLiteral("maxRevokeClientUserIds"));
}

qint64 ServiceConfig::maxRevokeSerialNumbers() const
{
    return limit(QStringLiteral("maxRevokeSerialNumbers"));
}

qint64 ServiceConfig::maxRequestPerSecond() const
{
    return limit(QStringLiteral("maxRequestPerSecond"));
}

qint64 ServiceConfig::maxNotificationLength() const
{
    return limit(QStringLiteral("maxNotificationLength"));
}

qint64 ServiceConfig::maxSubscriptions() const
{
    return limit(QStringLiteral("maxSubscriptions"));
}

qint64 ServiceConfig::maxSubscriptionClientUserIds() const
{
    return limit(QStringLiteral("maxSubscriptionClientUserIds"));
}

qint64 ServiceConfig::maxMdmIdLength() const
{
    return limit(QStringLiteral("maxMdmIdLength"));
}

qint64 ServiceConfig::maxMdmNameLength() const
{
    return limit(QStringLiteral("maxMdmNameLength"));
}

qint64 ServiceConfig::maxMdmMetadataLength() const
{
    return limit(QStringLiteral("maxMdmMetadataLength"));
}

QUrl ServiceConfig::url(const QString &endpoint) const
{
    const auto it = urls.constFind(endpoint);
    if (it == urls.constEnd())
        return {};
    return QUrl(it.value(), QUrl::StrictMode);
}

QUrl ServiceConfig::invitationUrl(const QString &inviteCode) const
{
    QString text = urls.value(QStringLiteral("invitationEmail"));
    if (text.isEmpty() || inviteCode.isEmpty())
        return {};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(inviteCode));
    // The template is URL-encoded: the placeholder is "%25inviteCode%25" (apple-api 2.1).
    text.replace(QLatin1String("%25inviteCode%25"), encoded);
    text.replace(QLatin1String("%inviteCode%"), encoded);
    return QUrl(text, QUrl::StrictMode);
}

bool VppUser::isActive() const
{
    return status == QLatin1String("Registered") || status == QLatin1String("Associated");
}

QUrl Artwork::url(int size, const QString &format) const
{
    if (!urlTemplate.isEmpty()) {
        int edge = size > 0 ? size : 512;
        if (width > 0)
            edge = qMin(edge, width); // the template cannot produce more than the original
        QString text = urlTemplate;
        text.replace(QLatin1String("{w}"), QString::number(edge));
        text.replace(QLatin1String("{h}"), QString::number(edge));
        text.replace(QLatin1String("{f}"), format.isEmpty() ? QStringLiteral("png") : format);
        return QUrl(text);
    }
    if (images.isEmpty())
        return {};
    const Image *best = nullptr; // smallest image at least `size` wide
    const Image *largest = &images.first();
    for (const Image &image : images) {
        if (image.width > largest->width)
            largest = &image;
        if (image.width >= size && (!best || image.width < best->width))
            best = &image;
    }
    return QUrl((best ? best : largest)->url);
}
