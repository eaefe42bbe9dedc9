#include "core/views/groupquery.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

GroupQuery::GroupQuery(Database &db)
    : m_db(db)
{}

Result<QList<GroupQuery::GroupRow>> GroupQuery::groups() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT g.id, g.name, g.source, g.imported_at, "
            "(SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.member_kind = 'user'), "
            "(SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.member_kind = 'device') "
            "FROM groups g ORDER BY g.name")))
        return m_db.failure(query, QStringLiteral("group list"));
    QList<GroupRow> rows;
    QHash<qint64, qsizetype> byId;
    while (query.next()) {
        GroupRow row;
        row.group.id = query.value(0).toLongLong();
        row.group.name = query.value(1).toString();
        row.group.source = query.value(2).toString();
        row.importedAt = SqlValues::toDateTime(query.value(3));
        row.users = query.value(4).toLongLong();
        row.devices = query.value(5).toLongLong();
        byId.insert(row.group.id, rows.size());
        rows.append(row);
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT tg.group_id, t.name FROM token_groups tg "
                                   "JOIN tokens t ON t.id = tg.token_id ORDER BY t.name")))
        return m_db.failure(query, QStringLiteral("distribution groups"));
    while (query.next()) {
        const auto found = byId.constFind(query.value(0).toLongLong());
        if (found != byId.constEnd())
            rows[found.value()].tokenNames.append(query.value(1).toString());
    }
    return rows;
}

Result<QList<GroupQuery::MemberRow>> GroupQuery::members(qint64 groupId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT m.member_kind, m.member, d.name FROM group_members m "
                                      "LEFT JOIN devices d ON m.member_kind = 'device' AND "
                                      "d.serial_number = m.member "
                                      "WHERE m.group_id = ? ORDER BY m.member_kind DESC, m.member")))
        return m_db.failure(query, QStringLiteral("prepare group members"));
    query.bindValue(0, groupId);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("group members"));
    QList<MemberRow> rows;
    while (query.next()) {
        MemberRow row;
        row.member.kind = query.value(0).toString() == QLatin1String("device") ? GroupMember::Kind::Device
                                                                               : GroupMember::Kind::User;
        row.member.member = query.value(1).toString();
        row.deviceName = query.value(2).toString();
        rows.append(row);
    }
    return rows;
}
