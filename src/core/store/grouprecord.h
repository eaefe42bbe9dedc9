// GroupRecord and GroupMember: a named set of users (clientUserIds) and devices (serial numbers),
// used to assign licenses to many targets and as a token's Distribution groups.
#pragma once

#include <QString>

struct GroupRecord
{
    qint64 id = 0;
    QString name;
    QString source;
};

struct GroupMember
{
    enum class Kind { User, Device };

    Kind kind = Kind::User;
    QString member; // clientUserId or serial number

    bool isDevice() const { return kind == Kind::Device; }
    QString kindKey() const { return isDevice() ? QStringLiteral("device") : QStringLiteral("user"); }
    friend bool operator==(const GroupMember &, const GroupMember &) = default;
};
