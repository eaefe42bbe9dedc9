// GroupStore: groups, their members (users and devices) and the groups a token serves
// (token_groups, the Distribution tab: no row means the token serves everybody).
#pragma once

#include "core/common/result.h"
#include "core/store/grouprecord.h"

#include <QList>

#include <optional>

class Database;

class GroupStore
{
public:
    explicit GroupStore(Database &db);

    // The group's id, creating the group when it does not exist.
    Result<qint64> ensureGroup(const QString &name, const QString &source = {});
    Result<std::optional<GroupRecord>> findByName(const QString &name) const;
    Result<QList<GroupRecord>> list() const;
    Result<void> remove(qint64 groupId);

    // Adds members (already present ones are skipped); returns how many were added.
    Result<qint64> addMembers(qint64 groupId, const QList<GroupMember> &members);
    Result<QList<GroupMember>> members(qint64 groupId) const;

    // Replaces the Distribution groups of a token.
    Result<void> setTokenGroups(const QString &tokenId, const QList<qint64> &groupIds);
    Result<QList<GroupRecord>> tokenGroups(const QString &tokenId) const;
    // Every member of the token's Distribution groups (duplicates merged).
    Result<QList<GroupMember>> distributionMembers(const QString &tokenId) const;

private:
    Result<QList<GroupRecord>> selectGroups(const QString &sql, const QVariantList &values) const;
    Result<QList<GroupMember>> selectMembers(const QString &sql, const QVariantList &values) const;

    Database &m_db;
};
