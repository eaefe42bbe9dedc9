// LicenseRequest: what the admin asked for (assign, unassign, revoke, or a user operation) before
// any check. AssignmentPlanner turns it into a LicensePlan; the plan keeps it so a job can be
// retried or resumed with the same intent.
#pragma once

#include "core/apple/applerequests.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

struct LicenseRequest
{
    enum class Kind { Assign, Unassign, Revoke, CreateUsers, UpdateUsers, RetireUsers };

    Kind kind = Kind::Assign;
    QString tokenId;
    QList<AssetRef> assets; // assign and unassign
    QStringList clientUserIds;
    QStringList serialNumbers;
    QString groupName;          // assign: the group's members are added to the targets
    QList<RequestUser> users;   // user operations
    bool force = false;         // act on a token another MDM owns
    bool oversubscribe = false; // send targets beyond the available count as well

    bool isUserOperation() const
    {
        return kind == Kind::CreateUsers || kind == Kind::UpdateUsers || kind == Kind::RetireUsers;
    }
    // Stable keys: assign, unassign, revoke, createUsers, updateUsers, retireUsers.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    // Apple's event type for the kind (ASSOCIATE, DISASSOCIATE, REVOKE, CREATE, UPDATE, RETIRE).
    static QString eventType(Kind kind);

    QJsonObject toJson() const;
    static LicenseRequest fromJson(const QJsonObject &json);
};
