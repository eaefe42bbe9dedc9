// PinnedToken: what the keychain keeps for one content token: the secret (the whole .vpptoken
// contents) and the origin of the service it was loaded for ("https://vpp.itunes.apple.com:443").
// The token is only ever sent to that origin. An entry written before pinning holds the bare
// secret: it reads back as a legacy token without an origin, which the workspace pins on first use.
// The fingerprint (a truncated SHA-256 of the secret) lets a database row name the secret it goes
// with without holding it.
#pragma once

#include <QString>

class PinnedToken
{
public:
    PinnedToken() = default;
    PinnedToken(const QString &secret, const QString &origin);

    const QString &secret() const { return m_secret; }
    const QString &origin() const { return m_origin; }
    // Written before pinning: no origin yet.
    bool isLegacy() const { return m_origin.isEmpty(); }
    QString fingerprint() const { return fingerprintOf(m_secret); }

    // The keychain entry's text: a small JSON object, or the bare secret for a legacy token.
    QString toKeychainText() const;
    static PinnedToken fromKeychainText(const QString &text);

    // 24 hex digits of SHA-256 over the trimmed secret: enough to tell secrets apart, useless to
    // recover one.
    static QString fingerprintOf(const QString &secret);

private:
    QString m_secret;
    QString m_origin;
};
