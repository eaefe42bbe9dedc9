#include "core/common/vpperror.h"

VppError VppError::make(Kind kind, const QString &code, const QString &message, const QString &advice,
                        const QString &detail)
{
    VppError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    error.advice = advice;
    error.detail = detail;
    return error;
}

QString VppError::toDisplayString() const
{
    if (advice.isEmpty())
        return message;
    if (message.isEmpty())
        return advice;
    return message + QLatin1Char(' ') + advice;
}

QString VppError::toLogString() const
{
    QString text = QLatin1Char('[') + kindName(kind) + QLatin1String("] ") + code;
    if (!message.isEmpty())
        text += QLatin1String(": ") + message;
    if (appleErrorNumber != 0)
        text += QLatin1String(" (apple ") + QString::number(appleErrorNumber) + QLatin1Char(')');
    if (httpStatus != 0)
        text += QLatin1String(" (http ") + QString::number(httpStatus) + QLatin1Char(')');
    if (!detail.isEmpty())
        text += QLatin1String(" -- ") + detail;
    return text;
}

QString VppError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::Apple:
        return QStringLiteral("apple");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Store:
        return QStringLiteral("store");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Usage:
        return QStringLiteral("usage");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}
