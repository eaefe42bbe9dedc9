// ProxyConfig: how this program reaches the internet: the system's proxy settings (the default:
// Windows and macOS settings, PAC, or http_proxy / https_proxy / no_proxy on Linux), no proxy at
// all, or one explicit proxy. A value type; the password of an explicit proxy is read from the OS
// keychain (keychainKey) and never written anywhere else, never logged, never shown.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

class ProxyConfig
{
public:
    enum class Mode { System, None, Manual };

    ProxyConfig() = default;
    static ProxyConfig system() { return ProxyConfig(); }
    static ProxyConfig none();
    // An explicit proxy from "http://[user[:password]@]host[:port]" (http, or socks5); a missing
    // scheme means http. Fails with a usage error that says what is wrong with the text.
    static Result<ProxyConfig> manual(const QString &url);

    Mode mode() const { return m_mode; }
    // The explicit proxy, without the password (manual mode only).
    QUrl url() const { return m_url; }
    QString user() const { return m_url.userName(); }
    bool hasPassword() const { return !m_password.isEmpty(); }
    void setPassword(const QString &password) { m_password = password; }

    // "host:port" of the explicit proxy, for messages: never a user name or password.
    QString displayName() const;
    // Where the explicit proxy's password lives in the keychain: one entry per user and proxy.
    QString keychainKey() const;
    static QString keychainKeyFor(const QUrl &proxyUrl);

    // Routes every request of `network` by this configuration (a ProxyFactory of its own).
    void applyTo(QNetworkAccessManager *network) const;

    // For a program's persisted choice: "system", "none" or the manual URL without password.
    QString toSetting() const;
    static ProxyConfig fromSetting(const QString &text);

    friend bool operator==(const ProxyConfig &a, const ProxyConfig &b)
    {
        return a.m_mode == b.m_mode && a.m_url == b.m_url && a.m_password == b.m_password;
    }

private:
    friend class ProxyFactory;
    Mode m_mode = Mode::System;
    QUrl m_url;
    QString m_password;
};
