#include "simerrors.h"

#include <QJsonObject>

#include <map>

using namespace Qt::StringLiterals;

namespace SimErrors {

namespace {

// Wording modelled on Apple's published messages; clients must key on the number only.
const std::map<int, const char *> &table()
{
    static const std::map<int, const char *> messages = {
        {9601, "Login required."},
        {9602, "Invalid argument."},
        {9603, "Internal error. Try again later."},
        {9609, "Registered user not found."},
        {9610, "License not found."},
        {9621, "The sToken has expired. Download a new token."},
        {9622, "Invalid authentication token."},
        {9625, "The server has revoked the sToken."},
        {9634, "This service is no longer available."},
        {9637, "The sToken is not allowed to perform the operation requested."},
        {9641, "Apple Account is already associated with another registered user."},
        {9644, "The service is in maintenance mode. Try again later."},
        {9646, "There are too many requests for the organization. Try again later."},
        {9647, "Operation not supported for legacy tokens."},
        {9650, "Page index must be greater than 0 and less than totalPages."},
        {9700, "Too many assets in the request."},
        {9701, "Too many clientUserIds in the request."},
        {9702, "Too many serialNumbers in the request."},
        {9703, "Duplicate assets in the request."},
        {9704, "Duplicate clientUserIds in the request."},
        {9705, "Duplicate serialNumbers in the request."},
        {9706, "The asset is not revocable."},
        {9707, "The asset is not device assignable."},
        {9708, "Event not found."},
        {9709, "Not enough licenses available."},
        {9710, "Both notificationUrl and notificationAuthToken are required."},
        {9711, "The notification value is too long."},
        {9712, "The notificationUrl is not a valid HTTPS URL."},
        {9713, "The mdmInfo metadata is too long."},
        {9714, "Too many users in the request."},
        {9715, "Duplicate users in the request."},
        {9716, "An active registered user with that clientUserId already exists."},
        {9717, "Invalid email address."},
        {9718, "Assets are missing from the request."},
        {9719, "Either clientUserIds or serialNumbers are required."},
        {9720, "Users are missing from the request."},
        {9721, "Invalid versionId."},
        {9722, "Authorization header is malformed. Use Bearer {sToken}."},
        {9723, "mdmInfo requires id, name and metadata."},
        {9724, "The mdmInfo id is too long."},
        {9725, "The mdmInfo name is too long."},
        {9726, "HTTP method not allowed."},
        {9727, "Content-Type must be application/json."},
        {9728, "The notificationUrl is unreachable."},
        {9729, "The service is temporarily unavailable. Try again later."},
    };
    return messages;
}

} // namespace

QString message(int errorNumber)
{
    const auto it = table().find(errorNumber);
    return it == table().end() ? QStringLiteral("Unknown error.") : QString::fromLatin1(it->second);
}

QJsonArray serviceConfigList()
{
    QJsonArray list;
    for (const auto &[number, text] : table())
        list.append(QJsonObject{{u"errorNumber"_s, number}, {u"errorMessage"_s, QString::fromLatin1(text)}});
    return list;
}

} // namespace SimErrors
