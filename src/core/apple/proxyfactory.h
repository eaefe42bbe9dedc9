// ProxyFactory: the proxy of every request of one QNetworkAccessManager, by a ProxyConfig. In
// system mode it follows http_proxy / https_proxy / all_proxy and no_proxy (lower or upper case)
// itself, the way curl does, so the rules are the same on every Linux desktop whatever Qt was built
// with; without those variables it asks the platform (Windows and macOS settings, PAC, GNOME/KDE
// through libproxy). The credentials of a proxy travel in the QNetworkProxy, so Qt answers the
// proxy's 407 challenge itself; a proxy that refuses them fails the request with
// ProxyAuthenticationRequiredError.
#pragma once

#include "core/apple/proxyconfig.h"

#include <QHash>
#include <QNetworkProxyFactory>

#include <functional>

class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(const ProxyConfig &config);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // The environment's proxy for `url` by the *_proxy variables; nullopt when none is set for its
    // scheme. `env` reads a variable (tests pass their own).
    using Environment = std::function<QByteArray(const char *)>;
    static std::optional<QNetworkProxy> environmentProxy(const QUrl &url, const Environment &env);
    // Whether no_proxy says to go direct to host:port. Entries are separated by commas or spaces:
    // "*" (everything), a domain ("example.com" and ".example.com" match it and its subdomains), an
    // IP address, an IPv4/IPv6 network in CIDR form ("10.0.0.0/8"), each optionally with ":port".
    static bool bypasses(const QString &host, int port, const QString &noProxy);
    // The proxy `network` uses for `url`, as "host:port"; empty when it goes direct.
    static QString proxyNameFor(QNetworkAccessManager *network, const QUrl &url);

private:
    static QNetworkProxy fromUrl(const QUrl &url, const QString &password);
    ProxyConfig m_config;
    // The platform's answers per scheme://host:port (a PAC script or libproxy is not free; a sync
    // run asks for every page). A factory lives as long as its manager, one sync run at most.
    QHash<QString, QList<QNetworkProxy>> m_systemAnswers;
};
