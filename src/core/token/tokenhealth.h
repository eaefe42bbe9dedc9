// TokenHealth: the status of one content token (active, expiring, expired, revoked, invalid, owned by
// another MDM, duplicate), computed from its expiry date, the last Apple error and the ownership marker.
// Pure logic: no I/O, so the GUI, the CLI and the sync engine all agree on what "healthy" means.
#pragma once

#include "core/token/mdminfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class TokenHealth
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(TokenHealth)

public:
    // Ordered by precedence, strongest first: when several apply, evaluate() reports the first.
    // Revoked > Expired > Invalid > OwnedElsewhere > Duplicate > Expiring > Active.
    enum class Status {
        Revoked,        // Apple error 9625: revoked in the portal or by the server
        Expired,        // expiry date passed, or Apple error 9621
        Invalid,        // Apple error 9601 or 9622 (login required / invalid token), even inside HTTP 200
        OwnedElsewhere, // mdmInfo names another MDM: read-only
        Duplicate,      // another token manages the same library (same uId): read-only
        Expiring,       // expires within 60 days (see ExpiryThresholds)
        Active,         // usable, nothing to do
    };
    Q_ENUM(Status)

    enum class Severity {
        Ok,       // nothing to do
        Notice,   // something to plan (expiring within 60 days)
        Warning,  // act soon: expiring within 30 days or less; writes refused (owned elsewhere, duplicate)
        Critical, // the token cannot be used at all
    };

    enum class Access { Read, Write };

    // Apple error numbers that decide the status (apple-api.md section 1.4).
    static constexpr int AppleLoginRequired = 9601;
    static constexpr int AppleTokenExpired = 9621;
    static constexpr int AppleInvalidToken = 9622;
    static constexpr int AppleTokenRevoked = 9625;

    // Days before expiry at which a token counts as Expiring; the smallest crossed one is reported.
    static QList<int> expiryThresholds() { return {60, 30, 14, 7, 1}; }

    struct Input
    {
        QDateTime expiresAt;            // from the file or from tokenExpirationDate; invalid = unknown
        QDateTime now;                  // the caller's clock, so tests are deterministic
        int lastAppleErrorNumber = 0;   // 0 = none. Read it from the JSON body whatever the HTTP status
        std::optional<MdmInfo> mdmInfo; // as echoed by Apple; nullopt (or empty) = unclaimed
        QString ourMdmId;               // our mdmInfo.id; empty if we never claimed the location
        bool duplicate = false;         // another token has the same uId
        QString duplicateOf;            // display name of that other token, may be empty
    };

    TokenHealth() = default; // Active, no information

    static TokenHealth evaluate(const Input &input);

    Status status() const { return m_status; }
    Severity severity() const;
    // Reads work for every status but Revoked, Expired and Invalid; writes only for Active and Expiring.
    bool isUsable(Access access = Access::Read) const;

    // Translated text in words: summary() then advice(), e.g. "Expires in 12 days (on 2026-12-07).
    // Download a new token from Apple Business Manager and use Update."
    QString reason() const;
    // The first sentence alone (what is the matter) and the advice alone (empty when Active).
    QString summary() const { return m_summary; }
    QString advice() const { return m_advice; }

    // Whole days until expiry (negative once expired); meaningful only if hasExpiry().
    int daysLeft() const { return m_daysLeft; }
    bool hasExpiry() const { return m_hasExpiry; }
    // The threshold crossed (60, 30, 14, 7 or 1) when the token expires within 60 days, else 0.
    int expiringThreshold() const { return m_threshold; }
    // Name of the other MDM when OwnedElsewhere (its name, or its id if it has no name).
    QString otherMdmName() const { return m_otherMdmName; }

    // The reason as the database keeps it: a stable code with untranslated parameters (JSON),
    // {"code":"token.expiring","at":...,"expiresAt":...}; reasonText() makes it words when shown.
    QString reasonCode() const;
    // The translated reason() of a stored reasonCode(); a sentence from an older row as it is.
    static QString reasonText(const QString &stored);

    // Translated one-word label ("Expiring") and stable untranslated key ("expiring"), the one
    // pair converting a status to and from the database ("unknown": never checked, nullopt).
    static QString statusLabel(Status status);
    static QString statusKey(Status status);
    static QString statusKey(std::optional<Status> status);
    static std::optional<Status> statusFromKey(const QString &key);
    // Apple refuses the token: revoked, expired or invalid.
    static bool isDead(Status status)
    {
        return status == Status::Revoked || status == Status::Expired || status == Status::Invalid;
    }

private:
    Status m_status = Status::Active;
    int m_daysLeft = 0;
    bool m_hasExpiry = false;
    int m_threshold = 0;
    QString m_otherMdmName;
    QString m_summary;
    QString m_advice;
    Input m_input; // what it was evaluated from, for reasonCode()
};
