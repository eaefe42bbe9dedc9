// AppleError: the catalog of Apple's App and Book Management error numbers (v2 and legacy v1). For a
// number it knows the category, whether a retry can help, whether the content token is dead, and a
// translated explanation and advice. It keys on the number only; Apple's message text varies.
#pragma once

#include "core/common/vpperror.h"

#include <QList>
#include <QString>

class AppleError
{
public:
    enum class Category {
        TokenFatal,      // the content token is unusable (expired, revoked, invalid): stop using it
        RateLimited,     // too many requests for the organization / location
        ServerTemporary, // Apple-side trouble that a later retry can fix (internal error, maintenance)
        Validation,      // the request was wrong (limits, duplicates, bad values); a retry cannot help
        Permission,  // the token may not do this (read-only manager, legacy token, Apple-managed location)
        NotFound,    // the user, event, license or endpoint does not exist (any more)
        AsyncTarget, // a per-target failure reported by an asynchronous event (not enough licenses...)
        Unknown,     // a number we do not know: show Apple's message
    };

    // Named numbers the rest of the engine refers to.
    enum Number : int {
        LoginRequired = 9601,
        InternalError = 9603,
        UserNotFound = 9609,
        LicenseNotFound = 9610,
        TokenExpired = 9621,
        InvalidToken = 9622,
        TokenRevoked = 9625,
        NotAllowed = 9637,
        MaintenanceMode = 9644,
        TooManyRequests = 9646,
        PageIndexOutOfRange = 9650,
        EventNotFound = 9708,
        NotEnoughLicenses = 9709,
        InvalidVersionId = 9721,
        MalformedAuthorization = 9722,
        ServiceUnavailable = 9729,
    };

    // What the catalog knows about one number.
    struct Info
    {
        int number = 0;
        Category category = Category::Unknown;
        int httpStatus = 0; // HTTP status Apple documents for it (v2 table), 0 if none / asynchronous
        bool retryable = false;
        bool legacy = false;               // documented only for the v1 API
        bool clientBug = false;            // our request was malformed (header, method, content type)
        const char *explanation = nullptr; // untranslated source text (context "AppleError")
        const char *advice = nullptr;      // untranslated source text (context "AppleError")
    };

    // Every number in the catalog, ascending.
    static QList<int> knownNumbers();
    static bool isKnown(int errorNumber);
    // The catalog entry; for an unknown number an Info with category Unknown and number set.
    static Info info(int errorNumber);

    static Category category(int errorNumber);
    // True for errors a later retry can fix (9603, 9644, 9646, 9729). 9610 is special: see RetryPolicy.
    static bool isRetryable(int errorNumber);
    // True when the token itself is dead: 9601, 9621, 9622, 9625 (9722 is a client bug, not fatal).
    static bool isTokenFatal(int errorNumber);
    static bool isClientBug(int errorNumber);

    // Translated sentence saying what went wrong. For an unknown number, built from serverMessage.
    static QString explanation(int errorNumber, const QString &serverMessage = {});
    // Translated sentence saying what the administrator should do.
    static QString advice(int errorNumber);

    // A Kind::Apple VppError: code "apple.<number>", translated message and advice, Apple's own
    // (sanitized) text in detail.
    static VppError toVppError(int errorNumber, const QString &serverMessage, int httpStatus);

    // Stable untranslated category name ("tokenFatal"), for logs and machine-readable output.
    static QString categoryName(Category category);

    // Apple's free text, made safe to show: single line, bounded length.
    static QString sanitizeServerMessage(const QString &serverMessage);
};
