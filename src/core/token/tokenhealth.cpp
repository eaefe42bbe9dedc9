#include "core/token/tokenhealth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

// Whole days left, rounded down (negative once the date has passed), as VppToken::daysUntilExpiry.
int wholeDaysBetween(const QDateTime &now, const QDateTime &expiresAt)
{
    const qint64 seconds = now.secsTo(expiresAt);
    const qint64 days =
        seconds >= 0 ? seconds / SecondsPerDay : -((-seconds + SecondsPerDay - 1) / SecondsPerDay);
    return static_cast<int>(days);
}

QString isoDay(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString renewAdvice()
{
    return TokenHealth::tr("Download a new token from Apple Business Manager and use Update.");
}

} // namespace

TokenHealth TokenHealth::evaluate(const Input &input)
{
    TokenHealth health;
    health.m_input = input;
    health.m_hasExpiry = input.expiresAt.isValid() && input.now.isValid();
    if (health.m_hasExpiry)
        health.m_daysLeft = wholeDaysBetween(input.now, input.expiresAt);
    const bool datePassed = health.m_hasExpiry && input.now >= input.expiresAt;

    const bool otherOwner =
        input.mdmInfo.has_value() && !input.mdmInfo->isEmpty() && input.mdmInfo->id != input.ourMdmId;
    if (otherOwner) {
        health.m_otherMdmName = input.mdmInfo->name.isEmpty() ? input.mdmInfo->id : input.mdmInfo->name;
        if (health.m_otherMdmName.isEmpty())
            health.m_otherMdmName = tr("an MDM without a name");
    }

    if (health.m_hasExpiry && !datePassed) {
        const QList<int> thresholds = expiryThresholds();
        for (auto it = thresholds.crbegin(); it != thresholds.crend(); ++it) { // smallest first
            if (health.m_daysLeft < *it) {
                health.m_threshold = *it;
                break;
            }
        }
    }

    const int apple = input.lastAppleErrorNumber;
    if (apple == AppleTokenRevoked) {
        health.m_status = Status::Revoked;
        health.m_summary =
            tr("Revoked by Apple (error %1): the token was revoked in Apple Business Manager or "
               "replaced by a newer download.")
                .arg(apple);
        health.m_advice = renewAdvice();
    } else if (datePassed || apple == AppleTokenExpired) {
        health.m_status = Status::Expired;
        health.m_summary = datePassed ? tr("Expired on %1.").arg(isoDay(input.expiresAt))
                                      : tr("Apple reports that the token has expired (error %1).").arg(apple);
        health.m_advice = renewAdvice();
    } else if (apple == AppleLoginRequired || apple == AppleInvalidToken) {
        health.m_status = Status::Invalid;
        health.m_summary = tr("Apple rejects the token as invalid (error %1). It may have been replaced by a "
                              "newer download, or the password of the account that downloaded it changed.")
                               .arg(apple);
        health.m_advice = renewAdvice();
    } else if (otherOwner) {
        health.m_status = Status::OwnedElsewhere;
        health.m_summary = tr("Owned by another MDM: %1. This location is read-only here while that MDM "
                              "manages it.")
                               .arg(health.m_otherMdmName);
        health.m_advice = tr("Ask the administrator of that MDM first; use Take over management only if it "
                             "no longer manages this location.");
    } else if (input.duplicate) {
        health.m_status = Status::Duplicate;
        health.m_summary =
            input.duplicateOf.isEmpty()
                ? tr("Duplicate: another token manages the same library. This one is read-only.")
                : tr("Duplicate of \u201c%1\u201d: both tokens manage the same library. This one "
                     "is read-only.")
                      .arg(input.duplicateOf);
        health.m_advice = tr("Remove one of the two tokens.");
    } else if (health.m_threshold > 0) {
        health.m_status = Status::Expiring;
        health.m_summary =
            health.m_daysLeft >= 1
                ? tr("Expires in %n day(s) (on %1).", nullptr, health.m_daysLeft).arg(isoDay(input.expiresAt))
                : tr("Expires within a day (on %1 at %2 UTC).")
                      .arg(isoDay(input.expiresAt),
                           input.expiresAt.toUTC().time().toString(QStringLiteral("HH:mm")));
        health.m_advice = renewAdvice();
    } else {
        health.m_status = Status::Active;
        health.m_summary =
            health.m_hasExpiry ? tr("Active until %1.").arg(isoDay(input.expiresAt)) : tr("Active.");
    }
    return health;
}

TokenHealth::Severity TokenHealth::severity() const
{
    switch (m_status) {
    case Status::Revoked:
    case Status::Expired:
    case Status::Invalid:
        return Severity::Critical;
    case Status::OwnedElsewhere:
    case Status::Duplicate:
        return Severity::Warning;
    case Status::Expiring:
        // Within 30 days it is time to act: a warning, not a note.
        return m_threshold > 30 ? Severity::Notice : Severity::Warning;
    case Status::Active:
        break;
    }
    return Severity::Ok;
}

bool TokenHealth::isUsable(Access access) const
{
    switch (m_status) {
    case Status::Revoked:
    case Status::Expired:
    case Status::Invalid:
        return false;
    case Status::OwnedElsewhere:
    case Status::Duplicate:
        return access == Access::Read;
    case Status::Expiring:
    case Status::Active:
        break;
    }
    return true;
}

QString TokenHealth::reason() const
{
    if (m_advice.isEmpty())
        return m_summary;
    return m_summary + QLatin1Char(' ') + m_advice;
}

QString TokenHealth::reasonCode() const
{
    QJsonObject o{{QStringLiteral("code"), QString(u"token." + statusKey(m_status))}};
    const auto date = [&o](const char *key, const QDateTime &when) {
        if (when.isValid())
            o.insert(QLatin1String(key), when.toUTC().toString(Qt::ISODate));
    };
    date("at", m_input.now);
    date("expiresAt", m_input.expiresAt);
    if (m_input.lastAppleErrorNumber != 0)
        o.insert(QStringLiteral("appleErrorNumber"), m_input.lastAppleErrorNumber);
    if (m_status == Status::OwnedElsewhere && m_input.mdmInfo) {
        o.insert(QStringLiteral("otherMdmId"), m_input.mdmInfo->id);
        o.insert(QStringLiteral("otherMdmName"), m_input.mdmInfo->name);
    }
    if (m_input.duplicate) {
        o.insert(QStringLiteral("duplicate"), true);
        o.insert(QStringLiteral("duplicateOf"), m_input.duplicateOf);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString TokenHealth::reasonText(const QString &stored)
{
    if (!stored.startsWith(u'{'))
        return stored; // a sentence from before codes, or nothing
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (!o.value(QStringLiteral("code")).toString().startsWith(u"token."))
        return stored;
    // The same evaluation again, from the same facts: the same words, in today's language.
    Input input;
    input.now = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    input.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    input.lastAppleErrorNumber = o.value(QStringLiteral("appleErrorNumber")).toInt();
    if (o.contains(QStringLiteral("otherMdmId")) || o.contains(QStringLiteral("otherMdmName"))) {
        input.mdmInfo = MdmInfo{o.value(QStringLiteral("otherMdmId")).toString(),
                                o.value(QStringLiteral("otherMdmName")).toString(),
                                {}};
        input.ourMdmId = input.mdmInfo->id + QStringLiteral(".ours"); // never the other MDM's id
    }
    input.duplicate = o.value(QStringLiteral("duplicate")).toBool();
    input.duplicateOf = o.value(QStringLiteral("duplicateOf")).toString();
    return evaluate(input).reason();
}

QString TokenHealth::statusKey(std::optional<Status> status)
{
    return status ? statusKey(*status) : QStringLiteral("unknown");
}

std::optional<TokenHealth::Status> TokenHealth::statusFromKey(const QString &key)
{
    // Status::Active is the last enumerator.
    for (int i = int(Status::Revoked); i <= int(Status::Active); ++i)
        if (statusKey(Status(i)) == key)
            return Status(i);
    return std::nullopt;
}

QString TokenHealth::statusLabel(Status status)
{
    switch (status) {
    case Status::Revoked:
        return tr("Revoked");
    case Status::Expired:
        return tr("Expired");
    case Status::Invalid:
        return tr("Invalid");
    case Status::OwnedElsewhere:
        return tr("Owned by another MDM");
    case Status::Duplicate:
        return tr("Duplicate");
    case Status::Expiring:
        return tr("Expiring");
    case Status::Active:
        break;
    }
    return tr("Active");
}

QString TokenHealth::statusKey(Status status)
{
    switch (status) {
    case Status::Revoked:
        return QStringLiteral("revoked");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Invalid:
        return QStringLiteral("invalid");
    case Status::OwnedElsewhere:
        return QStringLiteral("ownedElsewhere");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Expiring:
        return QStringLiteral("expiring");
    case Status::Active:
        break;
    }
    return QStringLiteral("active");
}
