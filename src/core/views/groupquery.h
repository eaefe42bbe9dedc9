// GroupQuery: the read model of the Groups pane. Every group with its number of user and device
// members and the tokens it is a Distribution group of; a group's members with, for a device, its
// name from the devices table.
#pragma once

#include "core/common/result.h"
#include "core/store/grouprecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

class Database;

class GroupQuery
{
public:
    struct GroupRow
    {
        GroupRecord group;
        QDateTime importedAt;
        qint64 users = 0;
        qint64 devices = 0;
        QStringList tokenNames; // the tokens it distributes for, by name
    };

    struct MemberRow
    {
        GroupMember member;
        QString deviceName; // devices only, when the device is known
    };

    explicit GroupQuery(Database &db);

    // By name.
    Result<QList<GroupRow>> groups() const;
    // Users first, then devices, each by member.
    Result<QList<MemberRow>> members(qint64 groupId) const;

private:
    Database &m_db;
};
