#include "core/apple/proxyfactory.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRegularExpression>

ProxyFactory::ProxyFactory(const ProxyConfig &config)
    : m_config(config)
{}

QNetworkProxy ProxyFactory::fromUrl(const QUrl &url, const QString &password)
{
    const bool socks = url.scheme().toLower().startsWith(u"socks");
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                        quint16(url.port(socks ? 1080 : 8080)), url.userName(),
                        password.isEmpty() ? url.password() : password);
    return proxy;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    switch (m_config.m_mode) {
    case ProxyConfig::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxyConfig::Mode::Manual:
        return {fromUrl(m_config.m_url, m_config.m_password)};
    case ProxyConfig::Mode::System:
        break;
    }
    const Environment env = [](const char *name) { return qgetenv(name); };
    QUrl url = query.url();
    if (url.isEmpty()) {
        url.setScheme(query.protocolTag());
        url.setHost(query.peerHostName());
        url.setPort(query.peerPort());
    }
    QByteArray noProxy = env("no_proxy");
    if (noProxy.isEmpty())
        noProxy = env("NO_PROXY");
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    if (bypasses(url.host(), port, QString::fromLocal8Bit(noProxy)))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (const std::optional<QNetworkProxy> proxy = environmentProxy(url, env))
        return {*proxy};
    const QString key = url.scheme() + u'/' + url.host() + u':' + QString::number(port);
    auto cached = m_systemAnswers.constFind(key);
    if (cached == m_systemAnswers.cend()) {
        QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(query);
        if (system.isEmpty())
            system = {QNetworkProxy(QNetworkProxy::NoProxy)};
        cached = m_systemAnswers.insert(key, system);
    }
    return cached.value();
}

std::optional<QNetworkProxy> ProxyFactory::environmentProxy(const QUrl &url, const Environment &env)
{
    const auto read = [&env](const char *lower, const char *upper) {
        const QByteArray value = env(lower).trimmed();
        return value.isEmpty() ? env(upper).trimmed() : value;
    };
    // curl's rule: HTTP_PROXY in upper case is not read (a CGI program would otherwise take its
    // proxy from a request's "Proxy:" header).
    QByteArray value =
        url.scheme() == u"https" ? read("https_proxy", "HTTPS_PROXY") : env("http_proxy").trimmed();
    if (value.isEmpty())
        value = read("all_proxy", "ALL_PROXY");
    if (value.isEmpty())
        return std::nullopt;
    QString text = QString::fromLocal8Bit(value);
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("http://"));
    const QUrl proxyUrl(text);
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return std::nullopt;
    return fromUrl(proxyUrl, {});
}

namespace {

// "host", "host:port", "[v6]:port", "10.0.0.0/8"; port -1 when none.
std::pair<QString, int> splitEntry(const QString &entry)
{
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        const QString host = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        return {host, rest.startsWith(u':') ? rest.mid(1).toInt() : -1};
    }
    const qsizetype colon = entry.lastIndexOf(u':');
    if (colon > 0 && entry.indexOf(u':') == colon) // one colon: host:port (more: a bare IPv6)
        return {entry.left(colon), entry.mid(colon + 1).toInt()};
    return {entry, -1};
}

} // namespace

bool ProxyFactory::bypasses(const QString &host, int port, const QString &noProxy)
{
    const QString name = host.toLower().chopped(host.endsWith(u'.') ? 1 : 0);
    const QHostAddress address(name);
    const QStringList entries =
        noProxy.toLower().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        if (raw == u"*")
            return true;
        auto [entry, entryPort] = splitEntry(raw);
        if (entryPort > 0 && entryPort != port)
            continue;
        if (entry.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (!address.isNull() &&
                subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol &&
                address.isInSubnet(subnet))
                return true;
            continue;
        }
        if (!address.isNull()) {
            if (QHostAddress(entry) == address)
                return true;
            continue;
        }
        while (entry.startsWith(u'*') || entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.endsWith(u'.'))
            entry.chop(1);
        if (!entry.isEmpty() && (name == entry || name.endsWith(u'.' + entry)))
            return true;
    }
    return false;
}

QString ProxyFactory::proxyNameFor(QNetworkAccessManager *network, const QUrl &url)
{
    QList<QNetworkProxy> proxies;
    if (QNetworkProxyFactory *factory = network ? network->proxyFactory() : nullptr)
        proxies = factory->queryProxy(QNetworkProxyQuery(url));
    else if (network)
        proxies = {network->proxy()};
    for (const QNetworkProxy &proxy : std::as_const(proxies))
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            return proxy.hostName() + u':' + QString::number(proxy.port());
    return {};
}
