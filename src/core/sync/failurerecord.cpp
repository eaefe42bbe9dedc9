#include "core/sync/failurerecord.h"

#include "core/apple/appleerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString codeKey = QStringLiteral("code");
const QString kindKey = QStringLiteral("kind");
const QString appleKey = QStringLiteral("appleErrorNumber");
const QString httpKey = QStringLiteral("httpStatus");

} // namespace

QString FailureRecord::encode(const VppError &error)
{
    if (!error.isError())
        return {};
    QJsonObject o{{codeKey, error.code}, {kindKey, VppError::kindName(error.kind)}};
    if (error.appleErrorNumber != 0)
        o.insert(appleKey, error.appleErrorNumber);
    if (error.httpStatus != 0)
        o.insert(httpKey, error.httpStatus);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString FailureRecord::text(const QString &stored)
{
    if (!stored.startsWith(u'{'))
        return stored; // a sentence from before codes, or nothing
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString code = o.value(codeKey).toString();
    if (code.isEmpty())
        return stored;
    const int apple = o.value(appleKey).toInt();
    if (apple != 0) {
        const QString advice = AppleError::advice(apple);
        const QString explanation = AppleError::explanation(apple);
        return advice.isEmpty() ? explanation : QString(explanation + u' ' + advice);
    }
    const int http = o.value(httpKey).toInt();
    switch (VppError::kindFromName(o.value(kindKey).toString())) {
    case VppError::Kind::Cancelled:
        return tr("Cancelled.");
    case VppError::Kind::Network:
        return http != 0 ? tr("Apple's service answered with HTTP status %1 (%2).").arg(http).arg(code)
                         : tr("Apple's service could not be reached (%1).").arg(code);
    case VppError::Kind::Parse:
        return tr("Apple's answer could not be read (%1).").arg(code);
    case VppError::Kind::Token:
        return tr("The token cannot be used (%1).").arg(code);
    case VppError::Kind::Keychain:
        return tr("The keychain could not be used (%1).").arg(code);
    case VppError::Kind::Store:
        return tr("The local database failed (%1).").arg(code);
    case VppError::Kind::None:
    case VppError::Kind::Apple:
    case VppError::Kind::Io:
    case VppError::Kind::Usage:
    case VppError::Kind::Internal:
        break;
    }
    return tr("The sync failed (%1).").arg(code);
}
