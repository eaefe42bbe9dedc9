// VppToken: a parsed Apps and Books content token (.vpptoken file). It keeps the whole file contents
// as the bearer value (sToken) and the organization name and expiry date read from inside it.
// The sToken is a secret: it never appears in errors, logs or debug output.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QDebug;

class VppToken
{
    Q_DECLARE_TR_FUNCTIONS(VppToken)

public:
    // A real token file is about 300 bytes; anything above this is not a token.
    static constexpr qsizetype MaxFileSize = 64 * 1024;

    VppToken() = default;

    // Parses the contents of a .vpptoken file. Surrounding whitespace (and a UTF-8 byte order mark)
    // is ignored. Fails with Kind::Token and a code "token.*" for every kind of bad file, and with
    // "token.expired" if the token expired before now.
    static Result<VppToken> parse(const QByteArray &fileContents, const QDateTime &now);
    // Reads and parses a file; unreadable files fail with Kind::Io ("token.fileNotFound",
    // "token.fileUnreadable"), then as parse().
    static Result<VppToken> fromFile(const QString &path, const QDateTime &now);

    // Parses Apple's ISO-8601 dates: yyyy-MM-ddTHH:mm:ss[.fff] followed by ±HHmm, ±HH:mm or Z.
    // Returns a UTC QDateTime, or nothing if the text is not such a date.
    static std::optional<QDateTime> parseAppleDate(const QString &text);

    bool isNull() const { return m_sToken.isEmpty(); }

    // The bearer value: the trimmed file contents, exactly as Apple issued them. SECRET.
    QString sToken() const { return m_sToken; }
    QString orgName() const { return m_orgName; }
    QDateTime expiresAt() const { return m_expiresAt; } // UTC

    bool isExpired(const QDateTime &now) const { return now >= m_expiresAt; }
    // Whole days (24 h periods) left until expiry, rounded down; negative once expired
    // (-1 during the first day after expiry).
    int daysUntilExpiry(const QDateTime &now) const;

    // Short non-secret identifier for logs and duplicate detection: the first 16 hex digits of
    // SHA-256(sToken). Equal files give equal fingerprints.
    QString fingerprint() const;

    friend bool operator==(const VppToken &a, const VppToken &b) { return a.m_sToken == b.m_sToken; }

private:
    QString m_sToken;
    QString m_orgName;
    QDateTime m_expiresAt;
};

// Prints orgName, expiry and fingerprint; never the sToken.
QDebug operator<<(QDebug debug, const VppToken &token);
