#include "core/licensing/assignmentplanner.h"

#include "core/common/logging.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/groupstore.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/token/tokenhealth.h"

#include <QHash>
#include <QSet>

namespace {

QStringList unique(const QStringList &list)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &s : list) {
        const QString t = s.trimmed();
        if (t.isEmpty() || seen.contains(t))
            continue;
        seen.insert(t);
        out.append(t);
    }
    return out;
}

QString assetKey(const QString &adamId, const QString &pricingParam)
{
    return QString(adamId + u'\n' + pricingParam);
}

VppError usage(const QString &code, const QString &message, const QString &advice = {})
{
    return VppError::make(VppError::Kind::Usage, code, message, advice);
}

} // namespace

AssignmentPlanner::AssignmentPlanner(Database &db)
    : m_db(db)
{}

QList<PlanBatch> AssignmentPlanner::splitTargets(const QList<AssetRef> &assets,
                                                 const QStringList &clientUserIds,
                                                 const QStringList &serialNumbers, qint64 maxAssets,
                                                 qint64 maxUsers, qint64 maxSerials)
{
    QList<PlanBatch> batches;
    maxAssets = qMax<qint64>(1, maxAssets);
    maxUsers = qMax<qint64>(1, maxUsers);
    maxSerials = qMax<qint64>(1, maxSerials);
    const qint64 userChunks = (clientUserIds.size() + maxUsers - 1) / maxUsers;
    const qint64 serialChunks = (serialNumbers.size() + maxSerials - 1) / maxSerials;
    const qint64 targetChunks = qMax(userChunks, serialChunks);
    const qint64 assetChunks = assets.isEmpty() ? 1 : (assets.size() + maxAssets - 1) / maxAssets;
    for (qint64 a = 0; a < assetChunks; ++a) {
        for (qint64 t = 0; t < targetChunks; ++t) {
            PlanBatch b;
            b.number = int(batches.size());
            b.assets = assets.mid(a * maxAssets, maxAssets);
            b.clientUserIds = clientUserIds.mid(t * maxUsers, maxUsers);
            b.serialNumbers = serialNumbers.mid(t * maxSerials, maxSerials);
            batches.append(b);
        }
    }
    return batches;
}

QList<PlanBatch> AssignmentPlanner::splitUsers(const QList<RequestUser> &users, qint64 maxUsers)
{
    QList<PlanBatch> batches;
    maxUsers = qMax<qint64>(1, maxUsers);
    for (qsizetype i = 0; i < users.size(); i += maxUsers) {
        PlanBatch b;
        b.number = int(batches.size());
        b.users = users.mid(i, maxUsers);
        batches.append(b);
    }
    return batches;
}

Result<void> AssignmentPlanner::checkToken(const TokenRecord &token, bool force) const
{
    TokenHealth::Input input;
    input.expiresAt = token.expiresAt;
    input.now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    input.lastAppleErrorNumber = token.lastAppleError;
    const MdmInfo stored{token.mdmInfoId, token.mdmInfoName, token.mdmInfoMetadata};
    if (!stored.isEmpty())
        input.mdmInfo = stored;
    input.ourMdmId = m_ourMdmId;
    const TokenHealth health = TokenHealth::evaluate(input);
    const auto status = health.status();
    if (status == TokenHealth::Status::Revoked || status == TokenHealth::Status::Expired ||
        status == TokenHealth::Status::Invalid) {
        VppError e = VppError::make(VppError::Kind::Token, QStringLiteral("licensing.tokenUnusable"),
                                    tr("Token \"%1\" cannot be used: %2").arg(token.name, health.summary()),
                                    health.advice());
        e.appleErrorNumber = token.lastAppleError;
        return e;
    }
    const bool ownedElsewhere =
        status == TokenHealth::Status::OwnedElsewhere || token.status == TokenHealth::Status::OwnedElsewhere;
    if (ownedElsewhere && !force) {
        const QString other = token.mdmInfoName.isEmpty() ? token.mdmInfoId : token.mdmInfoName;
        return VppError::make(VppError::Kind::Token, QStringLiteral("licensing.ownedElsewhere"),
                              tr("Token \"%1\" is managed by another MDM (%2): licenses are not changed.")
                                  .arg(token.name, other),
                              tr("Take over management of the location first, or force the operation."));
    }
    return {};
}

Result<LicensePlan> AssignmentPlanner::plan(const LicenseRequest &request) const
{
    TokenStore tokens(m_db);
    const auto token = tokens.findById(request.tokenId);
    if (!token)
        return token.error();
    if (!token->has_value())
        return usage(QStringLiteral("licensing.unknownToken"),
                     tr("No token with id \"%1\" in the inventory.").arg(request.tokenId));
    if (auto ok = checkToken(token->value(), request.force); !ok)
        return ok.error();

    LicensePlan plan;
    plan.request = request;
    plan.tokenName = token->value().name;
    plan.request.clientUserIds = unique(request.clientUserIds);
    plan.request.serialNumbers = unique(request.serialNumbers);

    if (!request.groupName.isEmpty()) {
        GroupStore groups(m_db);
        const auto group = groups.findByName(request.groupName);
        if (!group)
            return group.error();
        if (!group->has_value())
            return usage(QStringLiteral("licensing.unknownGroup"),
                         tr("No group named \"%1\".").arg(request.groupName),
                         tr("Import the group from a CSV file first."));
        const auto members = groups.members(group->value().id);
        if (!members)
            return members.error();
        for (const GroupMember &m : members.value())
            (m.isDevice() ? plan.request.serialNumbers : plan.request.clientUserIds).append(m.member);
        plan.request.clientUserIds = unique(plan.request.clientUserIds);
        plan.request.serialNumbers = unique(plan.request.serialNumbers);
    }

    if (request.kind == LicenseRequest::Kind::Assign || request.kind == LicenseRequest::Kind::Unassign ||
        request.kind == LicenseRequest::Kind::Revoke) {
        if (const Result<void> resolved = resolveUsers(plan); !resolved)
            return resolved.error();
    }

    Result<void> built;
    switch (request.kind) {
    case LicenseRequest::Kind::Assign:
    case LicenseRequest::Kind::Unassign:
        built = planAssets(plan);
        break;
    case LicenseRequest::Kind::Revoke:
        built = planRevoke(plan);
        break;
    default:
        built = planUsers(plan);
        break;
    }
    if (!built)
        return built.error();
    qCInfo(lcLicensing) << "planned" << LicenseRequest::kindKey(request.kind) << "batches"
                        << plan.batches.size() << "tasks" << plan.taskCount() << "excluded"
                        << plan.excludedCount();
    return plan;
}

Result<void> AssignmentPlanner::resolveUsers(LicensePlan &plan) const
{
    // The Users box takes what the help desk knows: an e-mail address or a Managed Apple Account
    // stands for the clientUserId of the user that has it on this token.
    UserStore users(m_db);
    QStringList resolved;
    for (const QString &id : std::as_const(plan.request.clientUserIds)) {
        if (!id.contains(QLatin1Char('@'))) {
            resolved.append(id);
            continue;
        }
        const auto byAddress = users.findOnToken(plan.request.tokenId, id);
        if (!byAddress)
            return byAddress.error();
        if (std::any_of(byAddress->cbegin(), byAddress->cend(),
                        [&](const VppUserRecord &u) { return u.clientUserId == id; })) {
            resolved.append(id); // a clientUserId that looks like an address
            continue;
        }
        // An active user first: a retired record keeps its old address.
        QStringList active;
        QStringList any;
        for (const VppUserRecord &u : byAddress.value()) {
            if (!any.contains(u.clientUserId))
                any.append(u.clientUserId);
            if (u.isActive() && !active.contains(u.clientUserId))
                active.append(u.clientUserId);
        }
        const QStringList &candidates = active.isEmpty() ? any : active;
        if (candidates.size() > 1)
            return usage(QStringLiteral("licensing.ambiguousUser"),
                         tr("%1 belongs to several users on this token: %2.")
                             .arg(id, candidates.join(QStringLiteral(", "))),
                         tr("Name the clientUserId instead."));
        resolved.append(candidates.isEmpty() ? id : candidates.constFirst());
    }
    plan.request.clientUserIds = unique(resolved);
    return {};
}

Result<void> AssignmentPlanner::planAssets(LicensePlan &plan) const
{
    const LicenseRequest &r = plan.request;
    const bool assign = r.kind == LicenseRequest::Kind::Assign;
    if (r.assets.isEmpty())
        return usage(QStringLiteral("licensing.noAsset"), tr("No app or book given."));
    if (r.clientUserIds.isEmpty() && r.serialNumbers.isEmpty())
        return usage(QStringLiteral("licensing.noTargets"), tr("No users or devices given."),
                     tr("Name serial numbers, clientUserIds or a group with members."));

    // Holdings of every target on this token, once.
    AssignmentStore assignments(m_db);
    QHash<QString, QSet<QString>> held; // target -> asset keys
    for (const QStringList *list : {&r.clientUserIds, &r.serialNumbers})
        for (const QString &target : *list) {
            const auto holdings = assignments.holdingsOf(target);
            if (!holdings)
                return holdings.error();
            for (const AssignmentRecord &a : holdings.value())
                if (a.tokenId == r.tokenId && a.isDevice() == (list == &r.serialNumbers))
                    held[target].insert(assetKey(a.adamId, a.pricingParam));
        }

    // Distribution groups: when the token serves some groups, only their members get licenses.
    std::optional<QSet<QString>> allowedUsers, allowedDevices;
    if (assign) {
        GroupStore groups(m_db);
        const auto served = groups.tokenGroups(r.tokenId);
        if (!served)
            return served.error();
        if (!served->isEmpty()) {
            const auto members = groups.distributionMembers(r.tokenId);
            if (!members)
                return members.error();
            allowedUsers.emplace();
            allowedDevices.emplace();
            for (const GroupMember &m : members.value())
                (m.isDevice() ? *allowedDevices : *allowedUsers).insert(m.member);
        }
    }

    QStringList users = r.clientUserIds;
    QStringList serials = r.serialNumbers;
    if (allowedUsers) {
        auto filter = [&](QStringList &list, const QSet<QString> &allowed, bool device) {
            QStringList kept;
            for (const QString &t : list) {
                if (allowed.contains(t)) {
                    kept.append(t);
                    continue;
                }
                PlanNote n;
                n.reason = PlanNote::Reason::OutsideDistribution;
                (device ? n.serialNumber : n.clientUserId) = t;
                plan.notes.append(n);
            }
            list = kept;
        };
        filter(users, *allowedUsers, false);
        filter(serials, *allowedDevices, true);
    }

    // Unregistered users: they are sent (the inventory may lag), but Apple will answer 9609.
    if (assign) {
        UserStore userStore(m_db);
        for (const QString &u : users) {
            const auto rows = userStore.find(u);
            if (!rows)
                return rows.error();
            const bool active = std::any_of(rows->cbegin(), rows->cend(), [&](const VppUserRecord &row) {
                return row.tokenId == r.tokenId && row.clientUserId == u && row.isActive();
            });
            if (!active) {
                PlanNote n;
                n.reason = PlanNote::Reason::NotRegistered;
                n.clientUserId = u;
                plan.notes.append(n);
            }
        }
    }

    // Per asset: its own targets; assets with the same targets share batches.
    AssetStore assets(m_db);
    QList<std::pair<AssetRef, std::pair<QStringList, QStringList>>> perAsset;
    for (const AssetRef &ref : r.assets) {
        const auto found = assets.find(r.tokenId, ref.adamId, ref.pricingParam);
        if (!found)
            return found.error();
        if (!found->has_value())
            return usage(QStringLiteral("licensing.unknownAsset"),
                         tr("Asset %1 (%2) is not in the inventory of token \"%3\".")
                             .arg(ref.adamId, ref.pricingParam, plan.tokenName),
                         tr("Check the adamId and the pricing (STDQ or PLUS), or sync the token."));
        const AssetRecord &asset = found->value();
        const QString key = assetKey(ref.adamId, ref.pricingParam);
        auto note = [&](PlanNote::Reason reason, const QString &target, bool device) {
            PlanNote n;
            n.reason = reason;
            n.adamId = ref.adamId;
            n.pricingParam = ref.pricingParam;
            (device ? n.serialNumber : n.clientUserId) = target;
            plan.notes.append(n);
        };

        QStringList assetUsers, assetSerials;
        if (!assign && !asset.revocable) {
            for (const QString &u : users)
                note(PlanNote::Reason::NotRevocable, u, false);
            for (const QString &s : serials)
                note(PlanNote::Reason::NotRevocable, s, true);
            continue;
        }
        for (const QString &u : users) {
            const bool holds = held.value(u).contains(key);
            if (assign && holds)
                note(PlanNote::Reason::AlreadyAssigned, u, false);
            else if (!assign && !holds)
                note(PlanNote::Reason::NotHeld, u, false);
            else
                assetUsers.append(u);
        }
        for (const QString &s : serials) {
            const bool holds = held.value(s).contains(key);
            if (assign && asset.productType == QLatin1String("Book"))
                note(PlanNote::Reason::BookToDevice, s, true);
            else if (assign && !asset.deviceAssignable)
                note(PlanNote::Reason::NotDeviceAssignable, s, true);
            else if (assign && holds)
                note(PlanNote::Reason::AlreadyAssigned, s, true);
            else if (!assign && !holds)
                note(PlanNote::Reason::NotHeld, s, true);
            else
                assetSerials.append(s);
        }

        if (assign) {
            AssetCapacity c;
            c.asset = ref;
            c.productType = asset.productType;
            c.unlimited = asset.unlimited || asset.totalCount >= Asset::unlimitedTotalCount;
            c.needed = assetUsers.size() + assetSerials.size();
            c.available = asset.availableCount;
            c.sending = c.needed;
            if (!c.unlimited && c.needed > c.available && !r.oversubscribe) {
                // Only what fits is sent, users first then devices, in the order given.
                qint64 room = qMax<qint64>(0, c.available);
                QStringList fitUsers, fitSerials;
                for (const QString &u : assetUsers) {
                    if (room > 0) {
                        fitUsers.append(u);
                        --room;
                    } else {
                        note(PlanNote::Reason::NotEnoughLicenses, u, false);
                    }
                }
                for (const QString &s : assetSerials) {
                    if (room > 0) {
                        fitSerials.append(s);
                        --room;
                    } else {
                        note(PlanNote::Reason::NotEnoughLicenses, s, true);
                    }
                }
                assetUsers = fitUsers;
                assetSerials = fitSerials;
                c.sending = assetUsers.size() + assetSerials.size();
            }
            plan.capacity.append(c);
        }
        if (!assetUsers.isEmpty() || !assetSerials.isEmpty())
            perAsset.append({ref, {assetUsers, assetSerials}});
    }

    // Group assets with identical target lists, then split by the limits.
    while (!perAsset.isEmpty()) {
        const auto targets = perAsset.first().second;
        QList<AssetRef> group;
        for (qsizetype i = 0; i < perAsset.size();) {
            if (perAsset.at(i).second == targets) {
                group.append(perAsset.at(i).first);
                perAsset.removeAt(i);
            } else {
                ++i;
            }
        }
        for (PlanBatch b : splitTargets(group, targets.first, targets.second, m_config.maxAssets(),
                                        m_config.maxClientUserIds(), m_config.maxSerialNumbers())) {
            b.number = int(plan.batches.size());
            plan.batches.append(b);
        }
    }
    plan.limitsNote = QStringLiteral("maxAssets %1, maxClientUserIds %2, maxSerialNumbers %3")
                          .arg(m_config.maxAssets())
                          .arg(m_config.maxClientUserIds())
                          .arg(m_config.maxSerialNumbers());
    return {};
}

Result<void> AssignmentPlanner::planRevoke(LicensePlan &plan) const
{
    const LicenseRequest &r = plan.request;
    if (r.clientUserIds.isEmpty() && r.serialNumbers.isEmpty())
        return usage(QStringLiteral("licensing.noTargets"), tr("No users or devices given."));
    AssignmentStore assignments(m_db);
    AssetStore assets(m_db);
    const auto all = assets.list(r.tokenId);
    if (!all)
        return all.error();
    QHash<QString, AssetRecord> byKey;
    for (const AssetRecord &a : all.value())
        byKey.insert(assetKey(a.adamId, a.pricingParam), a);
    QSet<QString> seenAssets;
    for (const QStringList *list : {&r.clientUserIds, &r.serialNumbers}) {
        const bool device = list == &r.serialNumbers;
        for (const QString &target : *list) {
            const auto holdings = assignments.holdingsOf(target);
            if (!holdings)
                return holdings.error();
            int revocable = 0;
            for (const AssignmentRecord &a : holdings.value()) {
                if (a.tokenId != r.tokenId || a.isDevice() != device)
                    continue;
                const QString key = assetKey(a.adamId, a.pricingParam);
                if (byKey.value(key).revocable) {
                    ++revocable;
                    if (!seenAssets.contains(key)) {
                        seenAssets.insert(key);
                        plan.revocableHeld.append({a.adamId, a.pricingParam});
                    }
                    continue;
                }
                PlanNote n;
                n.reason = PlanNote::Reason::KeptNotRevocable;
                n.adamId = a.adamId;
                n.pricingParam = a.pricingParam;
                (device ? n.serialNumber : n.clientUserId) = target;
                plan.notes.append(n);
            }
            plan.revokeAssignments += revocable;
            if (revocable == 0) {
                PlanNote n;
                n.reason = PlanNote::Reason::NothingHeld;
                (device ? n.serialNumber : n.clientUserId) = target;
                plan.notes.append(n);
            }
        }
    }
    plan.batches = splitTargets({}, r.clientUserIds, r.serialNumbers, 1, m_config.maxRevokeClientUserIds(),
                                m_config.maxRevokeSerialNumbers());
    plan.limitsNote = QStringLiteral("maxRevokeClientUserIds %1, maxRevokeSerialNumbers %2")
                          .arg(m_config.maxRevokeClientUserIds())
                          .arg(m_config.maxRevokeSerialNumbers());
    return {};
}

Result<void> AssignmentPlanner::planUsers(LicensePlan &plan) const
{
    LicenseRequest &r = plan.request;
    // Users named only by id (CLI --client-user-id) become RequestUsers.
    QSet<QString> seen;
    QList<RequestUser> users;
    for (const RequestUser &u : r.users)
        if (!u.clientUserId.isEmpty() && !seen.contains(u.clientUserId)) {
            seen.insert(u.clientUserId);
            users.append(u);
        }
    for (const QString &id : std::as_const(r.clientUserIds))
        if (!seen.contains(id)) {
            seen.insert(id);
            users.append({id, {}, {}});
        }
    if (users.isEmpty())
        return usage(QStringLiteral("licensing.noUsers"), tr("No users given."),
                     tr("Name at least one clientUserId."));
    r.users = users;
    r.clientUserIds.clear();

    UserStore userStore(m_db);
    for (const RequestUser &u : users) {
        const auto rows = userStore.find(u.clientUserId);
        if (!rows)
            return rows.error();
        const bool active = std::any_of(rows->cbegin(), rows->cend(), [&](const VppUserRecord &row) {
            return row.tokenId == r.tokenId && row.clientUserId == u.clientUserId && row.isActive();
        });
        PlanNote n;
        n.clientUserId = u.clientUserId;
        if (r.kind == LicenseRequest::Kind::CreateUsers && active) {
            n.reason = PlanNote::Reason::AlreadyRegistered;
            plan.notes.append(n);
        } else if (r.kind != LicenseRequest::Kind::CreateUsers && !active) {
            n.reason = PlanNote::Reason::NotRegistered;
            plan.notes.append(n);
        }
    }
    plan.batches = splitUsers(users, m_config.maxUsers());
    plan.limitsNote = QStringLiteral("maxUsers %1").arg(m_config.maxUsers());
    return {};
}
