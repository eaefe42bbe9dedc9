// UserManager: registers, updates and retires VPP users through Apple, in batches of maxUsers, as
// jobs of a JobRunner (events CREATE, UPDATE, RETIRE), and builds a registered user's invitation
// link from the service config's template.
#pragma once

#include "core/apple/applerequests.h"
#include "core/apple/appletypes.h"
#include "core/common/result.h"
#include "core/licensing/licenseplan.h"

#include <QCoreApplication>
#include <QUrl>

class Database;
class JobRunner;

class UserManager
{
    Q_DECLARE_TR_FUNCTIONS(UserManager)

public:
    UserManager(Database &db, JobRunner &runner, const QString &tokenId);

    void setServiceConfig(const ServiceConfig &config) { m_config = config; }
    void setOurMdmId(const QString &id) { m_ourMdmId = id; }

    // The plans alone (dry run).
    Result<LicensePlan> planCreate(const QList<RequestUser> &users, bool force = false) const;
    Result<LicensePlan> planUpdate(const QList<RequestUser> &users, bool force = false) const;
    Result<LicensePlan> planRetire(const QStringList &clientUserIds, bool force = false) const;

    // Plan and start; return the job id (follow it with JobRunner's signals).
    Result<qint64> createUsers(const QList<RequestUser> &users, bool force = false);
    Result<qint64> updateUsers(const QList<RequestUser> &users, bool force = false);
    Result<qint64> retireUsers(const QStringList &clientUserIds, bool force = false);

    // The invitation link of a registered user (urls.invitationEmail with the invite code); an
    // error when the user is unknown, not Registered (no invite code) or the template is missing.
    Result<QUrl> invitationUrl(const QString &clientUserId) const;

private:
    Result<LicensePlan> plan(LicenseRequest::Kind kind, const QList<RequestUser> &users, bool force) const;

    Database &m_db;
    JobRunner &m_runner;
    QString m_tokenId;
    QString m_ourMdmId;
    ServiceConfig m_config;
};
