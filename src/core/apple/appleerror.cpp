#include "core/apple/appleerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

using Cat = AppleError::Category;

constexpr int maxServerMessageLength = 500;

// One row per documented number (apple-api.md 4.1, 4.2, 4.3). Keep sorted by number.
// Columns: number, category, documented HTTP status, retryable, legacy, clientBug, explanation, advice.
const std::array catalog = {
    AppleError::Info{9600, Cat::Validation, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "A required argument was missing from the request."),
                     QT_TRANSLATE_NOOP("AppleError", "This is a problem in VPP Desk; please report it.")},
    AppleError::Info{
        9601, Cat::TokenFatal, 401, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple no longer accepts this content token (login required)."),
        QT_TRANSLATE_NOOP("AppleError",
                          "Download a new content token from Apple Business Manager or Apple School "
                          "Manager and replace this one.")},
    AppleError::Info{
        9602, Cat::Validation, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple rejected an argument of the request as invalid."),
        QT_TRANSLATE_NOOP("AppleError",
                          "Check the values you entered. If the request was large, reload the service "
                          "limits and try a smaller batch.")},
    AppleError::Info{
        9603, Cat::ServerTemporary, 500, true, false, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple's service had an internal error."),
        QT_TRANSLATE_NOOP("AppleError",
                          "This is usually temporary; VPP Desk retries automatically. If it persists, "
                          "try again later.")},
    AppleError::Info{9604, Cat::NotFound, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple could not find the requested item."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Synchronize the location again and check that the item still "
                                       "exists.")},
    AppleError::Info{
        9605, Cat::Validation, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "The storefront of the request is wrong for this location."),
        QT_TRANSLATE_NOOP("AppleError", "Check the location's country in Apple Business Manager or "
                                        "Apple School Manager.")},
    AppleError::Info{
        9606, Cat::Validation, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple could not read the content token."),
        QT_TRANSLATE_NOOP("AppleError", "Download the content token again and replace this one.")},
    AppleError::Info{9607, Cat::AsyncTarget, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "The license cannot be revoked."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Books and some licenses stay with the user; leave them out of "
                                       "the request.")},
    AppleError::Info{
        9608, Cat::Unknown, 0, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple returned an empty response for shared data."),
        QT_TRANSLATE_NOOP("AppleError", "Try again later. If it persists, contact Apple support.")},
    AppleError::Info{
        9609, Cat::NotFound, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The user is not registered at this location (or was retired)."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the users, then create the user again or remove "
                                        "the stale entry.")},
    AppleError::Info{
        9610, Cat::NotFound, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple could not find the license."),
        QT_TRANSLATE_NOOP("AppleError",
                          "This can happen briefly right after a change, or when another management "
                          "server uses the same token. Synchronize and try again.")},
    AppleError::Info{9611, Cat::NotFound, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "The administrator account was not found."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Check the content manager account in Apple Business Manager "
                                       "or Apple School Manager.")},
    AppleError::Info{
        9612, Cat::AsyncTarget, 0, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple could not assign the license."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the location and try the assignment again.")},
    AppleError::Info{9613, Cat::AsyncTarget, 0, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple could not release the license."),
                     QT_TRANSLATE_NOOP("AppleError", "Synchronize the location and try the removal again.")},
    AppleError::Info{9614, Cat::Validation, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "A date in the request has an invalid format."),
                     QT_TRANSLATE_NOOP("AppleError", "This is a problem in VPP Desk; please report it.")},
    AppleError::Info{9615, Cat::NotFound, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple could not find the organization's country."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Check the organization's details in Apple Business Manager or "
                                       "Apple School Manager.")},
    AppleError::Info{9616, Cat::AsyncTarget, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "The license is already assigned to this target."),
                     QT_TRANSLATE_NOOP("AppleError", "Nothing to do; do not retry.")},
    AppleError::Info{9618, Cat::AsyncTarget, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "The user is already retired."),
                     QT_TRANSLATE_NOOP("AppleError", "Nothing to do; synchronize the users.")},
    AppleError::Info{
        9619, Cat::NotFound, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "The license is not assigned to this target."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the assignments; nothing needs to be removed.")},
    AppleError::Info{9620, Cat::AsyncTarget, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "The user has already been deleted."),
                     QT_TRANSLATE_NOOP("AppleError", "Nothing to do; synchronize the users.")},
    AppleError::Info{
        9621, Cat::TokenFatal, 401, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The content token has expired."),
        QT_TRANSLATE_NOOP("AppleError",
                          "Download a new content token from Apple Business Manager or Apple School "
                          "Manager and replace this one.")},
    AppleError::Info{
        9622, Cat::TokenFatal, 401, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple does not recognise this content token."),
        QT_TRANSLATE_NOOP("AppleError",
                          "Check that you imported the right file, or download a new content token "
                          "and replace this one.")},
    AppleError::Info{9623, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The push notification token is invalid."),
                     QT_TRANSLATE_NOOP("AppleError", "This is a legacy error and can usually be ignored.")},
    AppleError::Info{
        9624, Cat::AsyncTarget, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "The license was refunded."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the assets; the license no longer exists.")},
    AppleError::Info{
        9625, Cat::TokenFatal, 401, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple has revoked this content token."),
        QT_TRANSLATE_NOOP("AppleError",
                          "The token was renewed or revoked, possibly by another management server. "
                          "Download the current token and replace this one.")},
    AppleError::Info{
        9626, Cat::AsyncTarget, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "The license is assigned to a different user."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the assignments and try with another license.")},
    AppleError::Info{9628, Cat::AsyncTarget, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "This item cannot be assigned to devices."),
                     QT_TRANSLATE_NOOP("AppleError", "Assign it to a user instead of a device.")},
    AppleError::Info{
        9630, Cat::RateLimited, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Too many repeated 'already assigned' requests for the same item."),
        QT_TRANSLATE_NOOP("AppleError", "Stop repeating the request; synchronize the assignments.")},
    AppleError::Info{
        9631, Cat::RateLimited, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Too many repeated 'license not found' requests for the same item."),
        QT_TRANSLATE_NOOP("AppleError", "Stop repeating the request; synchronize the assignments.")},
    AppleError::Info{
        9632, Cat::RateLimited, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "Too many identical management requests."),
        QT_TRANSLATE_NOOP("AppleError", "Wait a few minutes before sending the same request again.")},
    AppleError::Info{9633, Cat::Validation, 400, false, true, false,
                     QT_TRANSLATE_NOOP("AppleError", "The paging position could not be recovered."),
                     QT_TRANSLATE_NOOP("AppleError", "Run a full synchronization.")},
    AppleError::Info{
        9634, Cat::NotFound, 410, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "Apple has removed this service or feature."),
        QT_TRANSLATE_NOOP("AppleError", "Update VPP Desk; this function is no longer available.")},
    AppleError::Info{
        9635, Cat::AsyncTarget, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The Apple Account could not be associated with the user."),
        QT_TRANSLATE_NOOP("AppleError", "Check the user's Apple Account and invite the user again.")},
    AppleError::Info{
        9636, Cat::NotFound, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "The registered user was not found."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the users and create the user again if needed.")},
    AppleError::Info{
        9637, Cat::Permission, 403, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "This content token is not allowed to perform the operation."),
        QT_TRANSLATE_NOOP("AppleError",
                          "Ask an administrator to give the content manager the needed privileges "
                          "(for example 'Can Manage'), then download a new token.")},
    AppleError::Info{
        9638, Cat::Permission, 403, false, true, false,
        QT_TRANSLATE_NOOP("AppleError",
                          "The content manager does not belong to an organization with Managed Apple "
                          "Accounts."),
        QT_TRANSLATE_NOOP("AppleError", "Use a token from a content manager of the organization.")},
    AppleError::Info{
        9641, Cat::AsyncTarget, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The Apple Account is already associated with another user."),
        QT_TRANSLATE_NOOP("AppleError", "Use a different Apple Account or retire the other user first.")},
    AppleError::Info{
        9642, Cat::Permission, 403, false, true, false,
        QT_TRANSLATE_NOOP("AppleError",
                          "The Apple Account belongs to a content manager who has not accepted the "
                          "terms yet."),
        QT_TRANSLATE_NOOP("AppleError", "Sign in to the store with that account and accept the terms.")},
    AppleError::Info{
        9643, Cat::AsyncTarget, 400, false, true, false,
        QT_TRANSLATE_NOOP("AppleError", "The license is locked by a pending transfer."),
        QT_TRANSLATE_NOOP("AppleError", "Wait until the transfer between locations has finished.")},
    AppleError::Info{9644, Cat::ServerTemporary, 503, true, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple's service is in maintenance mode."),
                     QT_TRANSLATE_NOOP("AppleError", "Try again later; VPP Desk retries automatically.")},
    AppleError::Info{
        9645, Cat::Permission, 403, false, true, false,
        QT_TRANSLATE_NOOP("AppleError",
                          "This location is managed by Apple's built-in device management and is "
                          "read-only here."),
        QT_TRANSLATE_NOOP("AppleError", "Manage this location in Apple Business Manager or Apple "
                                        "School Manager, or move it to VPP Desk there.")},
    AppleError::Info{9646, Cat::RateLimited, 429, true, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "Too many requests were sent for this organization."),
                     QT_TRANSLATE_NOOP("AppleError", "VPP Desk slows down and retries automatically.")},
    AppleError::Info{9647, Cat::Permission, 403, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "This operation is not supported for legacy tokens."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Download a location-based content token and replace this "
                                       "one.")},
    AppleError::Info{9650, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The requested page is out of range."),
                     QT_TRANSLATE_NOOP("AppleError", "The data changed while reading; synchronize again.")},
    AppleError::Info{9700, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request names too many assets."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Reload the service limits and split the work into smaller "
                                       "batches.")},
    AppleError::Info{9701, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request names too many users."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Reload the service limits and split the work into smaller "
                                       "batches.")},
    AppleError::Info{9702, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request names too many serial numbers."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Reload the service limits and split the work into smaller "
                                       "batches.")},
    AppleError::Info{9703, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request lists an asset more than once."),
                     QT_TRANSLATE_NOOP("AppleError", "Remove the duplicate assets and try again.")},
    AppleError::Info{9704, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request lists a user more than once."),
                     QT_TRANSLATE_NOOP("AppleError", "Remove the duplicate users and try again.")},
    AppleError::Info{9705, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request lists a serial number more than once."),
                     QT_TRANSLATE_NOOP("AppleError", "Remove the duplicate serial numbers and try again.")},
    AppleError::Info{9706, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The asset's licenses cannot be revoked."),
                     QT_TRANSLATE_NOOP("AppleError", "Leave this asset out of the request.")},
    AppleError::Info{9707, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The asset cannot be assigned to devices."),
                     QT_TRANSLATE_NOOP("AppleError", "Assign it to users instead, or leave it out.")},
    AppleError::Info{9708, Cat::NotFound, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple does not know this event."),
                     QT_TRANSLATE_NOOP("AppleError", "Run a full synchronization to see the current state.")},
    AppleError::Info{
        9709, Cat::AsyncTarget, 0, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "There are not enough licenses available."),
        QT_TRANSLATE_NOOP("AppleError", "Buy more licenses or release licenses that are not used.")},
    AppleError::Info{
        9710, Cat::Validation, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The notification URL and its token must be set together."),
        QT_TRANSLATE_NOOP("AppleError", "Enter both the notification URL and the token.")},
    AppleError::Info{9711, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The notification URL or token is too long."),
                     QT_TRANSLATE_NOOP("AppleError", "Use a shorter value.")},
    AppleError::Info{9712, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The notification URL is not a valid HTTPS URL."),
                     QT_TRANSLATE_NOOP("AppleError", "Enter an https:// URL with a host and a path.")},
    AppleError::Info{9713, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The management server metadata is too long."),
                     QT_TRANSLATE_NOOP("AppleError", "Use a shorter value.")},
    AppleError::Info{9714, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request contains too many users."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Reload the service limits and split the work into smaller "
                                       "batches.")},
    AppleError::Info{9715, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request contains a user more than once."),
                     QT_TRANSLATE_NOOP("AppleError", "Remove the duplicate users and try again.")},
    AppleError::Info{
        9716, Cat::AsyncTarget, 0, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "An active user with this client user ID already exists."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the users; update the existing user instead.")},
    AppleError::Info{9717, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "An e-mail address in the request is invalid."),
                     QT_TRANSLATE_NOOP("AppleError", "Correct the e-mail address and try again.")},
    AppleError::Info{9718, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request does not name any asset."),
                     QT_TRANSLATE_NOOP("AppleError", "Select at least one asset.")},
    AppleError::Info{9719, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request names no users and no serial numbers."),
                     QT_TRANSLATE_NOOP("AppleError", "Select at least one user or device.")},
    AppleError::Info{9720, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request does not contain any user."),
                     QT_TRANSLATE_NOOP("AppleError", "Select at least one user.")},
    AppleError::Info{9721, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Apple no longer accepts the saved version for incremental "
                                       "updates."),
                     QT_TRANSLATE_NOOP("AppleError", "VPP Desk will run a full synchronization instead.")},
    AppleError::Info{
        9722, Cat::Validation, 401, false, false, true,
        QT_TRANSLATE_NOOP("AppleError", "The authorization header of the request was malformed."),
        QT_TRANSLATE_NOOP("AppleError", "This is a problem in VPP Desk, not in your token; please "
                                        "report it.")},
    AppleError::Info{9723, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError",
                                       "The management server ID, name and metadata must be set "
                                       "together."),
                     QT_TRANSLATE_NOOP("AppleError", "Enter all three values.")},
    AppleError::Info{9724, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The management server ID is too long."),
                     QT_TRANSLATE_NOOP("AppleError", "Use a shorter value.")},
    AppleError::Info{9725, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The management server name is too long."),
                     QT_TRANSLATE_NOOP("AppleError", "Use a shorter value.")},
    AppleError::Info{9726, Cat::Validation, 405, false, false, true,
                     QT_TRANSLATE_NOOP("AppleError", "The request used the wrong HTTP method."),
                     QT_TRANSLATE_NOOP("AppleError", "This is a problem in VPP Desk; please report it.")},
    AppleError::Info{9727, Cat::Validation, 415, false, false, true,
                     QT_TRANSLATE_NOOP("AppleError", "The request used the wrong content type."),
                     QT_TRANSLATE_NOOP("AppleError", "This is a problem in VPP Desk; please report it.")},
    AppleError::Info{9728, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple could not reach the notification URL."),
                     QT_TRANSLATE_NOOP("AppleError", "Check that the URL is reachable from the internet.")},
    AppleError::Info{9729, Cat::ServerTemporary, 503, true, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "Apple's service is temporarily unavailable."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "VPP Desk retries automatically after the time Apple asks "
                                       "for.")},
    AppleError::Info{9811, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The subscription request is invalid."),
                     QT_TRANSLATE_NOOP("AppleError", "Check the selected subscriptions and users.")},
    AppleError::Info{9812, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The paging cursor is invalid."),
                     QT_TRANSLATE_NOOP("AppleError", "Synchronize the subscriptions again from the start.")},
    AppleError::Info{
        9813, Cat::Validation, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The subscription product ID is invalid."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the subscriptions and select a valid one.")},
    AppleError::Info{9814, Cat::NotFound, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "No registered user has this client user ID."),
                     QT_TRANSLATE_NOOP("AppleError", "Create the user first, then assign the subscription.")},
    AppleError::Info{
        9815, Cat::NotFound, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The user does not hold this subscription."),
        QT_TRANSLATE_NOOP("AppleError", "Synchronize the subscriptions; nothing needs to be removed.")},
    AppleError::Info{9816, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "The request names too many subscriptions."),
                     QT_TRANSLATE_NOOP("AppleError",
                                       "Reload the service limits and split the work into smaller "
                                       "batches.")},
    AppleError::Info{
        9817, Cat::Validation, 400, false, false, false,
        QT_TRANSLATE_NOOP("AppleError", "The user already has this subscription through a group."),
        QT_TRANSLATE_NOOP("AppleError", "Nothing to do for this user.")},
    AppleError::Info{9818, Cat::Validation, 400, false, false, false,
                     QT_TRANSLATE_NOOP("AppleError", "Subscription management cannot be disabled while "
                                                     "subscriptions are assigned."),
                     QT_TRANSLATE_NOOP("AppleError", "Remove the subscription assignments first.")},
};

const AppleError::Info *findInfo(int errorNumber)
{
    const auto it = std::lower_bound(catalog.begin(), catalog.end(), errorNumber,
                                     [](const AppleError::Info &info, int n) { return info.number < n; });
    if (it == catalog.end() || it->number != errorNumber)
        return nullptr;
    return &*it;
}

} // namespace

QList<int> AppleError::knownNumbers()
{
    QList<int> numbers;
    numbers.reserve(qsizetype(catalog.size()));
    for (const Info &info : catalog)
        numbers.append(info.number);
    return numbers;
}

bool AppleError::isKnown(int errorNumber)
{
    return findInfo(errorNumber) != nullptr;
}

AppleError::Info AppleError::info(int errorNumber)
{
    if (const Info *found = findInfo(errorNumber))
        return *found;
    Info unknown;
    unknown.number = errorNumber;
    return unknown;
}

AppleError::Category AppleError::category(int errorNumber)
{
    return info(errorNumber).category;
}

bool AppleError::isRetryable(int errorNumber)
{
    return info(errorNumber).retryable;
}

bool AppleError::isTokenFatal(int errorNumber)
{
    return category(errorNumber) == Category::TokenFatal;
}

bool AppleError::isClientBug(int errorNumber)
{
    return info(errorNumber).clientBug;
}

QString AppleError::explanation(int errorNumber, const QString &serverMessage)
{
    if (const Info *found = findInfo(errorNumber))
        return QCoreApplication::translate("AppleError", found->explanation);
    const QString text = sanitizeServerMessage(serverMessage);
    if (text.isEmpty())
        return QCoreApplication::translate("AppleError", "Apple reported error %1.").arg(errorNumber);
    return QCoreApplication::translate("AppleError", "Apple reported error %1: %2")
        .arg(errorNumber)
        .arg(text);
}

QString AppleError::advice(int errorNumber)
{
    if (const Info *found = findInfo(errorNumber))
        return QCoreApplication::translate("AppleError", found->advice);
    return QCoreApplication::translate("AppleError",
                                       "Try again later. If the problem persists, report the error number.");
}

VppError AppleError::toVppError(int errorNumber, const QString &serverMessage, int httpStatus)
{
    const QString apple = sanitizeServerMessage(serverMessage);
    QString detail = QStringLiteral("errorNumber %1, category %2")
                         .arg(errorNumber)
                         .arg(categoryName(category(errorNumber)));
    if (!apple.isEmpty())
        detail += QStringLiteral(", Apple says: ") + apple;
    VppError error = VppError::make(VppError::Kind::Apple, QStringLiteral("apple.%1").arg(errorNumber),
                                    explanation(errorNumber, serverMessage), advice(errorNumber), detail);
    error.appleErrorNumber = errorNumber;
    error.httpStatus = httpStatus;
    return error;
}

QString AppleError::categoryName(Category category)
{
    switch (category) {
    case Category::TokenFatal:
        return QStringLiteral("tokenFatal");
    case Category::RateLimited:
        return QStringLiteral("rateLimited");
    case Category::ServerTemporary:
        return QStringLiteral("serverTemporary");
    case Category::Validation:
        return QStringLiteral("validation");
    case Category::Permission:
        return QStringLiteral("permission");
    case Category::NotFound:
        return QStringLiteral("notFound");
    case Category::AsyncTarget:
        return QStringLiteral("asyncTarget");
    case Category::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString AppleError::sanitizeServerMessage(const QString &serverMessage)
{
    QString text;
    text.reserve(qMin(serverMessage.size(), qsizetype(maxServerMessageLength)));
    for (const QChar c : serverMessage) {
        if (text.size() >= maxServerMessageLength)
            break;
        text.append(c.isPrint() ? c : QLatin1Char(' '));
    }
    text = text.simplified();
    if (serverMessage.size() > maxServerMessageLength)
        text += QStringLiteral("…");
    return text;
}
