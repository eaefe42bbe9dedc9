#include "core/licensing/usermanager.h"

#include "core/licensing/assignmentplanner.h"
#include "core/licensing/jobrunner.h"
#include "core/store/userstore.h"

UserManager::UserManager(Database &db, JobRunner &runner, const QString &tokenId)
    : m_db(db)
    , m_runner(runner)
    , m_tokenId(tokenId)
{}

Result<LicensePlan> UserManager::plan(LicenseRequest::Kind kind, const QList<RequestUser> &users,
                                      bool force) const
{
    LicenseRequest request;
    request.kind = kind;
    request.tokenId = m_tokenId;
    request.users = users;
    request.force = force;
    AssignmentPlanner planner(m_db);
    planner.setServiceConfig(m_config);
    planner.setOurMdmId(m_ourMdmId);
    return planner.plan(request);
}

Result<LicensePlan> UserManager::planCreate(const QList<RequestUser> &users, bool force) const
{
    return plan(LicenseRequest::Kind::CreateUsers, users, force);
}

Result<LicensePlan> UserManager::planUpdate(const QList<RequestUser> &users, bool force) const
{
    return plan(LicenseRequest::Kind::UpdateUsers, users, force);
}

Result<LicensePlan> UserManager::planRetire(const QStringList &clientUserIds, bool force) const
{
    QList<RequestUser> users;
    for (const QString &id : clientUserIds)
        users.append({id, {}, {}}); // a retire request needs only the clientUserId
    return plan(LicenseRequest::Kind::RetireUsers, users, force);
}

Result<qint64> UserManager::createUsers(const QList<RequestUser> &users, bool force)
{
    const auto p = planCreate(users, force);
    return p ? m_runner.start(p.value()) : Result<qint64>(p.error());
}

Result<qint64> UserManager::updateUsers(const QList<RequestUser> &users, bool force)
{
    const auto p = planUpdate(users, force);
    return p ? m_runner.start(p.value()) : Result<qint64>(p.error());
}

Result<qint64> UserManager::retireUsers(const QStringList &clientUserIds, bool force)
{
    const auto p = planRetire(clientUserIds, force);
    return p ? m_runner.start(p.value()) : Result<qint64>(p.error());
}

Result<QUrl> UserManager::invitationUrl(const QString &clientUserId) const
{
    UserStore users(m_db);
    const auto rows = users.find(clientUserId);
    if (!rows)
        return rows.error();
    for (const VppUserRecord &u : rows.value()) {
        if (u.tokenId != m_tokenId || u.clientUserId != clientUserId || !u.isActive())
            continue;
        if (u.status != QLatin1String("Registered") || u.inviteCode.isEmpty())
            return VppError::make(
                VppError::Kind::Usage, QStringLiteral("licensing.noInvitation"),
                tr("User \"%1\" is %2: there is no invitation to send.").arg(clientUserId, u.status),
                tr("Only registered users that have not joined yet get an invitation."));
        const QUrl url = m_config.invitationUrl(u.inviteCode);
        if (!url.isValid() || url.isEmpty())
            return VppError::make(
                VppError::Kind::Apple, QStringLiteral("licensing.noInvitationTemplate"),
                tr("Apple's service configuration has no invitation link template."),
                tr("Try again later; the template is read from Apple's service configuration."));
        return url;
    }
    return VppError::make(VppError::Kind::Usage, QStringLiteral("licensing.unknownUser"),
                          tr("No registered VPP user \"%1\" on this token.").arg(clientUserId),
                          tr("Register the user first, or sync the token."));
}
