#include "core/token/pinnedtoken.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int kFormat = 1;
constexpr qsizetype kFingerprintBytes = 12;

} // namespace

PinnedToken::PinnedToken(const QString &secret, const QString &origin)
    : m_secret(secret)
    , m_origin(origin)
{}

QString PinnedToken::toKeychainText() const
{
    if (isLegacy())
        return m_secret;
    const QJsonObject object{{QStringLiteral("format"), kFormat},
                             {QStringLiteral("origin"), m_origin},
                             {QStringLiteral("secret"), m_secret}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

PinnedToken PinnedToken::fromKeychainText(const QString &text)
{
    // A token file's contents are Base64 and never start with '{': anything else is a bare secret.
    if (!text.startsWith(u'{'))
        return PinnedToken(text, QString());
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonValue secret = object.value(QStringLiteral("secret"));
    const QJsonValue origin = object.value(QStringLiteral("origin"));
    if (object.value(QStringLiteral("format")).toInt() != kFormat || !secret.isString() || !origin.isString())
        return PinnedToken(text, QString());
    return PinnedToken(secret.toString(), origin.toString());
}

QString PinnedToken::fingerprintOf(const QString &secret)
{
    const QByteArray digest = QCryptographicHash::hash(secret.trimmed().toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(kFingerprintBytes).toHex());
}
