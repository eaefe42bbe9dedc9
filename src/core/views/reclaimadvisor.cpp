#include "core/views/reclaimadvisor.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// The columns every rule selects first, in this order (then its own).
const QString kColumns =
    QStringLiteral("SELECT a.id, a.token_id, t.name, a.adam_id, a.pricing_param, s.product_type, m.name, "
                   "a.client_user_id, a.serial_number");
const QString kJoins = QStringLiteral(" JOIN tokens t ON t.id = a.token_id "
                                      "JOIN assets s ON s.token_id = a.token_id AND s.adam_id = a.adam_id "
                                      "AND s.pricing_param = a.pricing_param "
                                      "LEFT JOIN asset_metadata m ON m.adam_id = a.adam_id ");
constexpr int kOwnColumn = 9;

VppError cancelledError()
{
    return VppError::make(VppError::Kind::Cancelled, QStringLiteral("reclaim.cancelled"),
                          QCoreApplication::translate("ReclaimAdvisor", "The reclaim search was cancelled."));
}

} // namespace

QString ReclaimCandidate::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::DeviceNotSeen:
        return QStringLiteral("deviceNotSeen");
    case Reason::UserRetired:
        return QStringLiteral("userRetired");
    case Reason::UserNotRegistered:
        return QStringLiteral("userNotRegistered");
    case Reason::OutsideDistribution:
        return QStringLiteral("outsideDistribution");
    }
    return {};
}

QString ReclaimCandidate::reasonText() const
{
    switch (reason) {
    case Reason::DeviceNotSeen:
        return tr("device not seen since %1").arg(lastSeen.toUTC().date().toString(Qt::ISODate));
    case Reason::UserRetired:
        return tr("user retired");
    case Reason::UserNotRegistered:
        return tr("user not registered");
    case Reason::OutsideDistribution:
        return tr("outside the location's Distribution groups");
    }
    return {};
}

ReclaimAdvisor::ReclaimAdvisor(Database &db)
    : m_db(db)
{}

Result<QList<ReclaimCandidate>> ReclaimAdvisor::candidates(const Options &options,
                                                           const std::function<bool()> &cancelled) const
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QString tokenFilter = options.tokenId.isEmpty() ? QString() : QStringLiteral(" AND a.token_id = ?");
    // Revocable licenses only: a book stays with its user whatever is done.
    const QString revocable = QStringLiteral(" AND s.revocable = ?");

    struct Rule
    {
        ReclaimCandidate::Reason reason;
        QString sql;
        QVariantList values;
        bool ownToken = false; // the values name the token already
    };
    QList<Rule> rules;
    if (options.notSeenDays > 0) {
        // Driven by the devices (a few thousand) and the serial index of assignments.
        rules.append({ReclaimCandidate::Reason::DeviceNotSeen,
                      kColumns +
                          QStringLiteral(", d.last_seen FROM devices d JOIN assignments a "
                                         "ON a.serial_number = d.serial_number") +
                          kJoins + QStringLiteral("WHERE d.last_seen IS NOT NULL AND d.last_seen < ?") +
                          revocable + tokenFilter,
                      {SqlValues::fromDateTime(now.addDays(-options.notSeenDays)), true}});
    }
    // A user license whose holder has no active VPP user on the token: retired when an inactive row
    // exists, else unregistered. The active lookup is the partial unique index ux_vpp_users_active.
    rules.append(
        {ReclaimCandidate::Reason::UserNotRegistered,
         kColumns +
             QStringLiteral(", CASE WHEN EXISTS (SELECT 1 FROM vpp_users r WHERE r.token_id = "
                            "a.token_id AND r.client_user_id = a.client_user_id) THEN 1 ELSE 0 END "
                            "FROM assignments a") +
             kJoins +
             QStringLiteral("WHERE a.client_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vpp_users u "
                            "WHERE u.token_id = a.token_id AND u.client_user_id = a.client_user_id "
                            "AND u.status IN ('Registered', 'Associated'))") +
             revocable + tokenFilter,
         {true}});
    // Tokens that serve Distribution groups: a holder in none of them (a user by clientUserId, a
    // device by serial number). One query per such token (its licenses on the token-first unique
    // indexes), each holder looked up on group_members' primary key (group, kind, member): one
    // equality per column, no OR, so that the key drives the lookup.
    QSqlQuery served(m_db.connection());
    served.setForwardOnly(true);
    if (!served.prepare(QStringLiteral("SELECT DISTINCT token_id FROM token_groups")) || !served.exec())
        return m_db.failure(served, QStringLiteral("reclaim served tokens"));
    while (served.next()) {
        const QString tokenId = served.value(0).toString();
        if (!options.tokenId.isEmpty() && tokenId != options.tokenId)
            continue;
        rules.append({ReclaimCandidate::Reason::OutsideDistribution,
                      kColumns + QStringLiteral(", 0 FROM assignments a") + kJoins +
                          QStringLiteral("WHERE a.token_id = ? AND NOT EXISTS (SELECT 1 FROM token_groups tg "
                                         "JOIN group_members gm "
                                         "ON gm.group_id = tg.group_id WHERE tg.token_id = a.token_id AND "
                                         "gm.member_kind = CASE WHEN "
                                         "a.client_user_id IS NULL THEN 'device' ELSE 'user' END "
                                         "AND gm.member = COALESCE(a.client_user_id, a.serial_number))") +
                          revocable,
                      {tokenId, true},
                      true});
    }

    QList<ReclaimCandidate> found;
    QSet<qint64> seen;
    qint64 visited = 0;
    for (const Rule &rule : std::as_const(rules)) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(rule.sql))
            return m_db.failure(q, QStringLiteral("prepare reclaim ") +
                                       ReclaimCandidate::reasonKey(rule.reason));
        for (const QVariant &v : rule.values)
            q.addBindValue(v);
        if (!options.tokenId.isEmpty() && !rule.ownToken)
            q.addBindValue(options.tokenId);
        if (!q.exec())
            return m_db.failure(q, QStringLiteral("reclaim ") + ReclaimCandidate::reasonKey(rule.reason));
        while (q.next()) {
            if (++visited % 4096 == 0 && cancelled && cancelled())
                return cancelledError();
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            ReclaimCandidate c;
            c.assignmentId = id;
            c.tokenId = q.value(1).toString();
            c.tokenName = q.value(2).toString();
            c.adamId = q.value(3).toString();
            c.pricingParam = q.value(4).toString();
            c.productType = q.value(5).toString();
            c.name = q.value(6).toString();
            c.clientUserId = q.value(7).toString();
            c.serialNumber = q.value(8).toString();
            c.reason = rule.reason;
            if (rule.reason == ReclaimCandidate::Reason::DeviceNotSeen)
                c.lastSeen = SqlValues::toDateTime(q.value(kOwnColumn));
            else if (rule.reason == ReclaimCandidate::Reason::UserNotRegistered &&
                     q.value(kOwnColumn).toInt() == 1)
                c.reason = ReclaimCandidate::Reason::UserRetired;
            found.append(std::move(c));
        }
    }
    if (cancelled && cancelled())
        return cancelledError();
    std::sort(found.begin(), found.end(), [](const ReclaimCandidate &a, const ReclaimCandidate &b) {
        if (a.tokenName != b.tokenName)
            return a.tokenName < b.tokenName;
        const int byName = QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        if (a.adamId != b.adamId)
            return a.adamId < b.adamId;
        return a.target() < b.target();
    });
    return found;
}

QList<ReclaimAppTotal> ReclaimAdvisor::totalsPerApp(const QList<ReclaimCandidate> &candidates)
{
    QHash<QString, int> index;
    QList<ReclaimAppTotal> totals;
    for (const ReclaimCandidate &c : candidates) {
        auto it = index.constFind(c.adamId);
        if (it == index.constEnd()) {
            it = index.insert(c.adamId, int(totals.size()));
            totals.append({c.adamId, c.displayName(), c.productType, 0, 0, 0});
        }
        ReclaimAppTotal &t = totals[*it];
        ++t.licenses;
        ++(c.isDevice() ? t.devices : t.users);
    }
    std::stable_sort(totals.begin(), totals.end(), [](const ReclaimAppTotal &a, const ReclaimAppTotal &b) {
        if (a.licenses != b.licenses)
            return a.licenses > b.licenses;
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return totals;
}
