#include "core/store/groupstore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QSqlQuery>
#include <QVariant>

GroupStore::GroupStore(Database &db)
    : m_db(db)
{}

Result<qint64> GroupStore::ensureGroup(const QString &name, const QString &source)
{
    const auto existing = findByName(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value().id;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO groups (name, source, imported_at) VALUES (?, ?, ?)") +
                   m_db.dialect().returningId());
    insert.addBindValue(name);
    insert.addBindValue(SqlValues::nullableText(source));
    insert.addBindValue(SqlValues::nowText());
    if (!insert.exec())
        return m_db.failure(insert, QStringLiteral("insert group"));
    return m_db.dialect().insertedId(insert);
}

Result<QList<GroupRecord>> GroupStore::selectGroups(const QString &sql, const QVariantList &values) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select groups"));
    QList<GroupRecord> groups;
    while (query.next())
        groups.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return groups;
}

Result<QList<GroupMember>> GroupStore::selectMembers(const QString &sql, const QVariantList &values) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("select group members"));
    QList<GroupMember> members;
    while (query.next()) {
        const bool device = query.value(0).toString() == QLatin1String("device");
        members.append(
            {device ? GroupMember::Kind::Device : GroupMember::Kind::User, query.value(1).toString()});
    }
    return members;
}

Result<std::optional<GroupRecord>> GroupStore::findByName(const QString &name) const
{
    const auto groups =
        selectGroups(QStringLiteral("SELECT id, name, source FROM groups WHERE name = ?"), {name});
    if (!groups)
        return groups.error();
    if (groups->isEmpty())
        return std::optional<GroupRecord>();
    return std::optional<GroupRecord>(groups->first());
}

Result<QList<GroupRecord>> GroupStore::list() const
{
    return selectGroups(QStringLiteral("SELECT id, name, source FROM groups ORDER BY name"), {});
}

Result<void> GroupStore::remove(qint64 groupId)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM groups WHERE id = ?"));
    query.addBindValue(groupId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("remove group"));
    return {};
}

Result<qint64> GroupStore::addMembers(qint64 groupId, const QList<GroupMember> &members)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(m_db.dialect().insertOrIgnoreSql(
            QStringLiteral("group_members"),
            {QStringLiteral("group_id"), QStringLiteral("member_kind"), QStringLiteral("member")})))
        return m_db.failure(insert, QStringLiteral("prepare member insert"));
    qint64 added = 0;
    for (const GroupMember &m : members) {
        insert.bindValue(0, groupId);
        insert.bindValue(1, m.kindKey());
        insert.bindValue(2, m.member);
        if (!insert.exec())
            return m_db.failure(insert, QStringLiteral("insert group member"));
        added += insert.numRowsAffected();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return added;
}

Result<QList<GroupMember>> GroupStore::members(qint64 groupId) const
{
    return selectMembers(QStringLiteral("SELECT member_kind, member FROM group_members WHERE group_id = ? "
                                        "ORDER BY member_kind DESC, member"),
                         {groupId});
}

Result<void> GroupStore::setTokenGroups(const QString &tokenId, const QList<qint64> &groupIds)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM token_groups WHERE token_id = ?"));
    clear.addBindValue(tokenId);
    if (!clear.exec())
        return m_db.failure(clear, QStringLiteral("clear token groups"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(m_db.dialect().insertOrIgnoreSql(
        QStringLiteral("token_groups"), {QStringLiteral("token_id"), QStringLiteral("group_id")}));
    for (const qint64 id : groupIds) {
        insert.bindValue(0, tokenId);
        insert.bindValue(1, id);
        if (!insert.exec())
            return m_db.failure(insert, QStringLiteral("insert token group"));
    }
    return tx.commit();
}

Result<QList<GroupRecord>> GroupStore::tokenGroups(const QString &tokenId) const
{
    return selectGroups(QStringLiteral("SELECT g.id, g.name, g.source FROM groups g JOIN token_groups t "
                                       "ON t.group_id = g.id WHERE t.token_id = ? ORDER BY g.name"),
                        {tokenId});
}

Result<QList<GroupMember>> GroupStore::distributionMembers(const QString &tokenId) const
{
    return selectMembers(QStringLiteral("SELECT DISTINCT m.member_kind, m.member FROM group_members m "
                                        "JOIN token_groups t ON t.group_id = m.group_id WHERE t.token_id = ? "
                                        "ORDER BY 1 DESC, 2"),
                         {tokenId});
}
