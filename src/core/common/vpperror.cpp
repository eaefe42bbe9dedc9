#include "core/common/vpperror.h"

VppError VppError::make(Kind kind, const QString &code, const QString &message, const QString &advice,
                        const QString &detail)
{
    VppError error;
    error.kind = kind;
    error.code = code;
    error.codeId = codeFromText(code);
    error.message = message;
    error.advice = advice;
    error.detail = detail;
    return error;
}

VppError VppError::make(Kind kind, Code code, const QString &message, const QString &advice,
                        const QString &detail)
{
    return make(kind, codeText(code), message, advice, detail);
}

QString VppError::codeText(Code code)
{
    switch (code) {
    case Code::Other:
        return {};
    case Code::StoreBusy:
        return QStringLiteral("store.busy");
    case Code::StoreDuplicate:
        return QStringLiteral("store.duplicate");
    case Code::KeychainNotFound:
        return QStringLiteral("keychain.notFound");
    case Code::TokenEmptyName:
        return QStringLiteral("token.emptyName");
    case Code::TokenNameTaken:
        return QStringLiteral("token.nameTaken");
    case Code::TokenOtherLocation:
        return QStringLiteral("token.otherLocation");
    case Code::AppleOutcomeUnknown:
        return QStringLiteral("apple.outcomeUnknown");
    }
    return {};
}

VppError::Code VppError::codeFromText(const QString &text)
{
    // Code::AppleOutcomeUnknown is the last enumerator.
    for (int i = int(Code::Other) + 1; i <= int(Code::AppleOutcomeUnknown); ++i)
        if (codeText(Code(i)) == text)
            return Code(i);
    return Code::Other;
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

VppError::Kind VppError::kindFromName(const QString &name)
{
    // Kind::Internal is the last enumerator.
    for (int i = int(Kind::None); i <= int(Kind::Internal); ++i)
        if (kindName(Kind(i)) == name)
            return Kind(i);
    return Kind::Internal;
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
