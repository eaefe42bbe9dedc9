// AssignmentPlanner: turns a LicenseRequest into a LicensePlan using the inventory alone (nothing
// is sent): refuses unusable tokens and tokens owned by another MDM (unless forced), applies the
// license rules (books to users only, deviceAssignable, revocable, Distribution groups), skips
// targets that already hold the license, never oversubscribes silently, and splits the work into
// batches within the service config's limits.
#pragma once

#include "core/apple/appletypes.h"
#include "core/common/result.h"
#include "core/licensing/licenseplan.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;
struct TokenRecord;

class AssignmentPlanner
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentPlanner)

public:
    explicit AssignmentPlanner(Database &db);

    // Apple's limits; without a config the documented defaults apply.
    void setServiceConfig(const ServiceConfig &config) { m_config = config; }
    // Our mdmInfo id: a token whose stored mdmInfo names another id is owned elsewhere.
    void setOurMdmId(const QString &id) { m_ourMdmId = id; }
    // The clock for the token's expiry check (tests); invalid = now.
    void setNow(const QDateTime &now) { m_now = now; }

    // Errors: Kind::Token for a token that cannot be written to (exit code 3 in the CLI),
    // Kind::Usage for an unknown token, group or asset, or a request without targets.
    Result<LicensePlan> plan(const LicenseRequest &request) const;

    // Splits associate/disassociate work: assets by maxAssets, users by maxUsers, serials by
    // maxSerials; a batch may hold users and serials together, as Apple allows.
    static QList<PlanBatch> splitTargets(const QList<AssetRef> &assets, const QStringList &clientUserIds,
                                         const QStringList &serialNumbers, qint64 maxAssets, qint64 maxUsers,
                                         qint64 maxSerials);
    static QList<PlanBatch> splitUsers(const QList<RequestUser> &users, qint64 maxUsers);

private:
    Result<void> checkToken(const TokenRecord &token, bool force) const;
    // E-mail addresses and Managed Apple Accounts among the clientUserIds become the clientUserId
    // of the token's user that has them (an active one first); ambiguous ones are refused.
    Result<void> resolveUsers(LicensePlan &plan) const;
    Result<void> planAssets(LicensePlan &plan) const;
    Result<void> planRevoke(LicensePlan &plan) const;
    Result<void> planUsers(LicensePlan &plan) const;

    Database &m_db;
    ServiceConfig m_config;
    QString m_ourMdmId;
    QDateTime m_now;
};
