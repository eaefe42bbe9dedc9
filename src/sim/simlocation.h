// One location (content token library) of the simulated service: its assets, license
// assignments, VPP users, versions and the cached query results that pagination serves from.
#pragma once

#include "simtypes.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

class QDataStream;

struct SimAssignmentQuery
{
    QString adamId;
    QString pricingParam;
    QString clientUserId;
    QString serialNumber;
    std::optional<qint64> since;
    bool excludeInactiveUsers = false;

    QString cacheKey() const;
};

struct SimUserQuery
{
    QString clientUserId;
    bool activeOnly = false;
    bool retiredOnly = false;
    std::optional<qint64> since;

    QString cacheKey() const;
};

class SimLocation
{
public:
    enum class VersionKind : quint8 { Assets = 1, Assignments = 2, Users = 3 };
    enum class AssignOutcome { Added, AlreadyAssigned, NotEnoughLicenses };

    SimLocation(const QString &uId, const QString &name, const QString &countryCode,
                const QString &defaultPlatform, const QString &websiteUrl);

    QString uId() const { return m_uId; }
    QString locationName() const { return m_locationName; }
    QString countryCode() const { return m_countryCode; }
    QString defaultPlatform() const { return m_defaultPlatform; }
    QString websiteUrl() const { return m_websiteUrl; }

    SimMdmInfo mdmInfo;
    QString notificationUrl;
    QString notificationAuthToken;
    QStringList notificationTypes;

    // Assets
    int addAsset(const SimAsset &asset);
    int findAsset(const QString &adamId, const QString &pricingParam) const;
    const QVector<SimAsset> &assets() const { return m_assets; }
    void changeLicenseCount(int asset, qint64 delta); // purchase (>0) or refund (<0)

    // Targets (clientUserIds and serial numbers), interned
    int internTarget(const QString &id, SimTargetKind kind);
    int findTarget(const QString &id, SimTargetKind kind) const;
    const QVector<SimTarget> &targets() const { return m_targets; }
    QVector<qint32> liveAssignmentsOfTarget(int target) const;

    // Users
    int addUser(const SimUser &user);
    int findActiveUser(const QString &clientUserId) const;
    int findActiveUserByManagedAppleId(const QString &managedAppleId) const;
    const QVector<SimUser> &users() const { return m_users; }
    void updateUser(int index, const SimUser &user);

    // Devices known to the organization (only consulted in strict-serial mode)
    void addKnownDevice(const QString &serial) { m_knownDevices.insert(serial); }
    bool isKnownDevice(const QString &serial) const { return m_knownDevices.contains(serial); }
    qsizetype knownDeviceCount() const { return m_knownDevices.size(); }

    // Assignments
    AssignOutcome assign(int asset, int target);
    bool unassign(int asset, int target);
    bool isAssigned(int asset, int target) const;
    const QVector<SimAssignment> &assignments() const { return m_assignments; }
    qsizetype liveAssignmentCount() const { return m_liveAssignments; }
    // Reserve capacity before a bulk load (the generator).
    void reserveAssignments(qsizetype count);

    // Versions: separate monotonic counters for assets, assignments and users, exposed as
    // UUID-shaped strings that only this location can decode.
    QString versionId(VersionKind kind) const;
    std::optional<qint64> decodeVersionId(const QString &versionId, VersionKind kind) const;
    qint64 currentSeq(VersionKind kind) const;

    // Query results in a stable order (indexes), cached until the data changes.
    const QVector<qint32> &queryAssignments(const SimAssignmentQuery &query);
    const QVector<qint32> &queryUsers(const SimUserQuery &query);

    void save(QDataStream &out) const;
    static SimLocation *load(QDataStream &in);

private:
    qint64 touch(VersionKind kind);
    void touchAsset(int asset);
    static quint64 pairKey(int asset, int target)
    {
        return (quint64(quint32(asset)) << 32) | quint32(target);
    }
    void rebuildIndexes();

    QString m_uId;
    QString m_locationName;
    QString m_countryCode;
    QString m_defaultPlatform;
    QString m_websiteUrl;
    quint32 m_salt = 0;

    QVector<SimAsset> m_assets;
    QHash<QString, int> m_assetIndex; // adamId + '/' + pricingParam

    QVector<SimTarget> m_targets;
    QHash<QString, int> m_targetIndex;            // kind char + id
    QVector<QVector<qint32>> m_targetAssignments; // live assignment indexes per target
    QVector<QVector<qint32>> m_assetAssignments;  // live assignment indexes per asset

    QVector<SimAssignment> m_assignments;
    QHash<quint64, qint32> m_assignmentIndex; // live (asset, target) -> index
    qsizetype m_liveAssignments = 0;

    QVector<SimUser> m_users;
    QHash<QString, int> m_activeUserIndex;
    QSet<QString> m_knownDevices;

    qint64 m_seq = 0;
    qint64 m_assetsSeq = 0;
    qint64 m_assignmentsSeq = 0;
    qint64 m_usersSeq = 0;

    struct CachedQuery
    {
        qint64 seq = -1;
        QVector<qint32> rows;
    };
    QHash<QString, CachedQuery> m_assignmentCache;
    QHash<QString, CachedQuery> m_userCache;
};
