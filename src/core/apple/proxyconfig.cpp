#include "core/apple/proxyconfig.h"

#include "core/apple/proxyfactory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

ProxyConfig ProxyConfig::none()
{
    ProxyConfig config;
    config.m_mode = Mode::None;
    return config;
}

Result<ProxyConfig> ProxyConfig::manual(const QString &url)
{
    QString text = url.trimmed();
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("http://"));
    QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    const auto invalid = [&url](const QString &why) {
        return VppError::make(
            VppError::Kind::Usage, QStringLiteral("proxy.invalid"),
            QCoreApplication::translate("ProxyConfig", "\u201c%1\u201d is not a proxy address: %2")
                .arg(QUrl(url).toDisplayString(QUrl::RemovePassword), why),
            QCoreApplication::translate("ProxyConfig",
                                        "Write it as http://host:port or http://user@host:port."));
    };
    if (!parsed.isValid() || parsed.host().isEmpty())
        return invalid(QCoreApplication::translate("ProxyConfig", "it has no host name."));
    if (scheme != u"http" && scheme != u"socks5")
        return invalid(
            QCoreApplication::translate("ProxyConfig", "only http and socks5 proxies are supported."));
    if (!parsed.path().isEmpty() && parsed.path() != u"/")
        return invalid(QCoreApplication::translate("ProxyConfig", "a proxy address has no path."));
    ProxyConfig config;
    config.m_mode = Mode::Manual;
    config.m_password = parsed.password();
    parsed.setPassword({});
    parsed.setPath({});
    parsed.setScheme(scheme);
    if (parsed.port() < 0)
        parsed.setPort(scheme == u"socks5" ? 1080 : 8080);
    config.m_url = parsed;
    return config;
}

QString ProxyConfig::displayName() const
{
    return m_url.host() + u':' + QString::number(m_url.port());
}

QString ProxyConfig::keychainKey() const
{
    return keychainKeyFor(m_url);
}

QString ProxyConfig::keychainKeyFor(const QUrl &proxyUrl)
{
    return QStringLiteral("proxy:%1@%2:%3")
        .arg(proxyUrl.userName(), proxyUrl.host().toLower(), QString::number(proxyUrl.port()));
}

void ProxyConfig::applyTo(QNetworkAccessManager *network) const
{
    network->setProxyFactory(new ProxyFactory(*this)); // the manager owns it
}

QString ProxyConfig::toSetting() const
{
    switch (m_mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        break;
    }
    return m_url.toString(QUrl::RemovePassword);
}

ProxyConfig ProxyConfig::fromSetting(const QString &text)
{
    if (text == u"none")
        return none();
    if (text.isEmpty() || text == u"system")
        return system();
    const Result<ProxyConfig> parsed = manual(text);
    return parsed ? parsed.value() : system();
}
