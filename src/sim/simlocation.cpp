#include "simlocation.h"

#include <QCryptographicHash>
#include <QDataStream>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxCachedQueries = 32;

QString targetKey(const QString &id, SimTargetKind kind)
{
    return (kind == SimTargetKind::User ? QStringLiteral("u:") : QStringLiteral("d:")) + id;
}

QString assetKey(const QString &adamId, const QString &pricingParam)
{
    return adamId + u'/' + pricingParam;
}

} // namespace

QString SimAssignmentQuery::cacheKey() const
{
    return QStringLiteral("a|%1|%2|%3|%4|%5|%6")
        .arg(adamId, pricingParam, clientUserId, serialNumber, since ? QString::number(*since) : QString(),
             excludeInactiveUsers ? u"x"_s : QString());
}

QString SimUserQuery::cacheKey() const
{
    return QStringLiteral("u|%1|%2|%3|%4")
        .arg(clientUserId, activeOnly ? u"a"_s : QString(), retiredOnly ? u"r"_s : QString(),
             since ? QString::number(*since) : QString());
}

SimLocation::SimLocation(const QString &uId, const QString &name, const QString &countryCode,
                         const QString &defaultPlatform, const QString &websiteUrl)
    : m_uId(uId)
    , m_locationName(name)
    , m_countryCode(countryCode)
    , m_defaultPlatform(defaultPlatform)
    , m_websiteUrl(websiteUrl)
{
    const QByteArray digest = QCryptographicHash::hash(uId.toUtf8(), QCryptographicHash::Sha1);
    m_salt = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
             (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    m_assetsSeq = touch(VersionKind::Assets);
    m_assignmentsSeq = touch(VersionKind::Assignments);
    m_usersSeq = touch(VersionKind::Users);
}

qint64 SimLocation::touch(VersionKind kind)
{
    ++m_seq;
    switch (kind) {
    case VersionKind::Assets:
        m_assetsSeq = m_seq;
        break;
    case VersionKind::Assignments:
        m_assignmentsSeq = m_seq;
        break;
    case VersionKind::Users:
        m_usersSeq = m_seq;
        break;
    }
    return m_seq;
}

void SimLocation::touchAsset(int asset)
{
    m_assets[asset].modSeq = touch(VersionKind::Assets);
}

int SimLocation::addAsset(const SimAsset &asset)
{
    const QString key = assetKey(asset.adamId, asset.pricingParam);
    if (const auto it = m_assetIndex.constFind(key); it != m_assetIndex.cend())
        return it.value();
    m_assets.append(asset);
    m_assets.last().assignedCount = 0;
    m_assetAssignments.append(QVector<qint32>());
    const int index = int(m_assets.size() - 1);
    m_assetIndex.insert(key, index);
    touchAsset(index);
    return index;
}

int SimLocation::findAsset(const QString &adamId, const QString &pricingParam) const
{
    return m_assetIndex.value(assetKey(adamId, pricingParam), -1);
}

void SimLocation::changeLicenseCount(int asset, qint64 delta)
{
    SimAsset &a = m_assets[asset];
    if (a.unlimited)
        return;
    a.totalCount = qMax<qint64>(0, a.totalCount + delta);
    touchAsset(asset);
}

int SimLocation::internTarget(const QString &id, SimTargetKind kind)
{
    const QString key = targetKey(id, kind);
    if (const auto it = m_targetIndex.constFind(key); it != m_targetIndex.cend())
        return it.value();
    m_targets.append({id, kind});
    m_targetAssignments.append(QVector<qint32>());
    const int index = int(m_targets.size() - 1);
    m_targetIndex.insert(key, index);
    return index;
}

int SimLocation::findTarget(const QString &id, SimTargetKind kind) const
{
    return m_targetIndex.value(targetKey(id, kind), -1);
}

QVector<qint32> SimLocation::liveAssignmentsOfTarget(int target) const
{
    return target >= 0 && target < m_targetAssignments.size() ? m_targetAssignments[target]
                                                              : QVector<qint32>{};
}

int SimLocation::addUser(const SimUser &user)
{
    m_users.append(user);
    const int index = int(m_users.size() - 1);
    m_users[index].modSeq = touch(VersionKind::Users);
    if (user.isActive())
        m_activeUserIndex.insert(user.clientUserId, index);
    return index;
}

int SimLocation::findActiveUser(const QString &clientUserId) const
{
    return m_activeUserIndex.value(clientUserId, -1);
}

int SimLocation::findActiveUserByManagedAppleId(const QString &managedAppleId) const
{
    if (managedAppleId.isEmpty())
        return -1;
    for (const int index : m_activeUserIndex)
        if (m_users[index].managedAppleId.compare(managedAppleId, Qt::CaseInsensitive) == 0)
            return index;
    return -1;
}

void SimLocation::updateUser(int index, const SimUser &user)
{
    const SimUser &old = m_users[index];
    if (old.isActive() && m_activeUserIndex.value(old.clientUserId, -1) == index)
        m_activeUserIndex.remove(old.clientUserId);
    m_users[index] = user;
    m_users[index].modSeq = touch(VersionKind::Users);
    if (user.isActive())
        m_activeUserIndex.insert(user.clientUserId, index);
}

void SimLocation::reserveAssignments(qsizetype count)
{
    m_assignments.reserve(count);
    m_assignmentIndex.reserve(count);
}

SimLocation::AssignOutcome SimLocation::assign(int asset, int target)
{
    const quint64 key = pairKey(asset, target);
    if (m_assignmentIndex.contains(key))
        return AssignOutcome::AlreadyAssigned;
    SimAsset &a = m_assets[asset];
    if (!a.unlimited && a.assignedCount >= a.totalCount)
        return AssignOutcome::NotEnoughLicenses;
    const qint32 index = qint32(m_assignments.size());
    m_assignments.append({asset, qint32(target), touch(VersionKind::Assignments), true});
    m_assignmentIndex.insert(key, index);
    m_targetAssignments[target].append(index);
    m_assetAssignments[asset].append(index);
    ++m_liveAssignments;
    ++a.assignedCount;
    touchAsset(asset);
    return AssignOutcome::Added;
}

bool SimLocation::unassign(int asset, int target)
{
    const auto it = m_assignmentIndex.constFind(pairKey(asset, target));
    if (it == m_assignmentIndex.cend())
        return false;
    const qint32 index = it.value();
    m_assignmentIndex.erase(it);
    m_assignments[index].alive = false;
    m_assignments[index].modSeq = touch(VersionKind::Assignments);
    m_targetAssignments[target].removeOne(index);
    m_assetAssignments[asset].removeOne(index);
    --m_liveAssignments;
    --m_assets[asset].assignedCount;
    touchAsset(asset);
    return true;
}

bool SimLocation::isAssigned(int asset, int target) const
{
    return m_assignmentIndex.contains(pairKey(asset, target));
}

qint64 SimLocation::currentSeq(VersionKind kind) const
{
    switch (kind) {
    case VersionKind::Assets:
        return m_assetsSeq;
    case VersionKind::Assignments:
        return m_assignmentsSeq;
    case VersionKind::Users:
        return m_usersSeq;
    }
    return 0;
}

// Layout: SSSSSSSS-KKKK-4MMM-aMMM-CCCCCCCCCCCC where S is the location's salt, K the kind,
// M a mix of salt and counter (so ids do not look sequential) and C the counter.
QString SimLocation::versionId(VersionKind kind) const
{
    const qint64 seq = currentSeq(kind);
    const quint32 mix = (m_salt ^ quint32(seq * 2654435761u)) & 0xffffffu;
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(m_salt, 8, 16, QLatin1Char('0'))
        .arg(quint32(kind) * 0x1111u, 4, 16, QLatin1Char('0'))
        .arg(mix >> 12, 3, 16, QLatin1Char('0'))
        .arg(mix & 0xfffu, 3, 16, QLatin1Char('0'))
        .arg(quint64(seq), 12, 16, QLatin1Char('0'));
}

std::optional<qint64> SimLocation::decodeVersionId(const QString &versionId, VersionKind kind) const
{
    const QStringList parts = versionId.split(u'-');
    if (parts.size() != 5 || parts[0].size() != 8 || parts[4].size() != 12)
        return std::nullopt;
    bool ok = false;
    if (parts[0].toUInt(&ok, 16) != m_salt || !ok)
        return std::nullopt;
    if (parts[1].toUInt(&ok, 16) != quint32(kind) * 0x1111u || !ok)
        return std::nullopt;
    const qint64 seq = qint64(parts[4].toULongLong(&ok, 16));
    if (!ok || seq <= 0 || seq > currentSeq(kind))
        return std::nullopt;
    if (this->versionId(kind) != versionId && seq == currentSeq(kind))
        return std::nullopt;
    return seq;
}

const QVector<qint32> &SimLocation::queryAssignments(const SimAssignmentQuery &query)
{
    const QString key = query.cacheKey();
    CachedQuery &cached = m_assignmentCache[key];
    if (cached.seq == m_assignmentsSeq + m_usersSeq)
        return cached.rows;
    if (m_assignmentCache.size() > kMaxCachedQueries) {
        m_assignmentCache.clear();
        return queryAssignments(query);
    }
    cached.rows.clear();
    cached.seq = m_assignmentsSeq + m_usersSeq;

    int onlyTarget = -1;
    if (!query.clientUserId.isEmpty() || !query.serialNumber.isEmpty()) {
        onlyTarget = query.clientUserId.isEmpty() ? findTarget(query.serialNumber, SimTargetKind::Device)
                                                  : findTarget(query.clientUserId, SimTargetKind::User);
        if (onlyTarget < 0 || (!query.clientUserId.isEmpty() && !query.serialNumber.isEmpty()))
            return cached.rows;
    }
    auto accept = [&](qint32 index) {
        const SimAssignment &a = m_assignments[index];
        if (!a.alive)
            return false;
        if (query.since && a.modSeq <= *query.since)
            return false;
        if (onlyTarget >= 0 && a.target != onlyTarget)
            return false;
        const SimAsset &asset = m_assets[a.asset];
        if (!query.adamId.isEmpty() && asset.adamId != query.adamId)
            return false;
        if (!query.pricingParam.isEmpty() && asset.pricingParam != query.pricingParam)
            return false;
        if (query.excludeInactiveUsers && m_targets[a.target].kind == SimTargetKind::User &&
            findActiveUser(m_targets[a.target].id) < 0)
            return false;
        return true;
    };

    if (onlyTarget >= 0) {
        QVector<qint32> rows = m_targetAssignments[onlyTarget];
        std::sort(rows.begin(), rows.end());
        for (const qint32 index : rows)
            if (accept(index))
                cached.rows.append(index);
    } else if (!query.adamId.isEmpty()) {
        for (int asset = 0; asset < m_assets.size(); ++asset) {
            if (m_assets[asset].adamId != query.adamId)
                continue;
            for (const qint32 index : m_assetAssignments[asset])
                if (accept(index))
                    cached.rows.append(index);
        }
        std::sort(cached.rows.begin(), cached.rows.end());
    } else {
        cached.rows.reserve(m_liveAssignments);
        for (qint32 index = 0; index < m_assignments.size(); ++index)
            if (accept(index))
                cached.rows.append(index);
    }
    return cached.rows;
}

const QVector<qint32> &SimLocation::queryUsers(const SimUserQuery &query)
{
    const QString key = query.cacheKey();
    CachedQuery &cached = m_userCache[key];
    if (cached.seq == m_usersSeq)
        return cached.rows;
    if (m_userCache.size() > kMaxCachedQueries) {
        m_userCache.clear();
        return queryUsers(query);
    }
    cached.rows.clear();
    cached.seq = m_usersSeq;
    for (qint32 index = 0; index < m_users.size(); ++index) {
        const SimUser &u = m_users[index];
        if (query.since && u.modSeq <= *query.since)
            continue;
        if (!query.clientUserId.isEmpty() && u.clientUserId != query.clientUserId)
            continue;
        if (query.activeOnly && !u.isActive())
            continue;
        if (query.retiredOnly && u.status != u"Retired")
            continue;
        cached.rows.append(index);
    }
    return cached.rows;
}

namespace {
constexpr quint32 kLocationMagic = 0x56504c31; // "VPL1"
}

void SimLocation::save(QDataStream &out) const
{
    out << kLocationMagic << m_uId << m_locationName << m_countryCode << m_defaultPlatform << m_websiteUrl;
    out << mdmInfo.id << mdmInfo.name << mdmInfo.metadata << notificationUrl << notificationAuthToken
        << notificationTypes;
    out << m_seq << m_assetsSeq << m_assignmentsSeq << m_usersSeq;
    out << qint64(m_assets.size());
    for (const SimAsset &a : m_assets)
        out << a.adamId << a.pricingParam << a.productType << a.supportedPlatforms << a.totalCount
            << a.retiredCount << a.deviceAssignable << a.revocable << a.unlimited << a.modSeq;
    out << qint64(m_targets.size());
    for (const SimTarget &t : m_targets)
        out << t.id << quint8(t.kind);
    out << qint64(m_assignments.size());
    for (const SimAssignment &a : m_assignments)
        out << a.asset << a.target << a.modSeq << a.alive;
    out << qint64(m_users.size());
    for (const SimUser &u : m_users)
        out << u.clientUserId << u.email << u.managedAppleId << u.status << u.inviteCode << u.idHash
            << u.modSeq;
    out << QStringList(m_knownDevices.cbegin(), m_knownDevices.cend());
}

SimLocation *SimLocation::load(QDataStream &in)
{
    quint32 magic = 0;
    QString uId, name, country, platform, website;
    in >> magic >> uId >> name >> country >> platform >> website;
    if (magic != kLocationMagic || in.status() != QDataStream::Ok)
        return nullptr;
    auto *location = new SimLocation(uId, name, country, platform, website);
    in >> location->mdmInfo.id >> location->mdmInfo.name >> location->mdmInfo.metadata >>
        location->notificationUrl >> location->notificationAuthToken >> location->notificationTypes;
    in >> location->m_seq >> location->m_assetsSeq >> location->m_assignmentsSeq >> location->m_usersSeq;
    qint64 count = 0;
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimAsset a;
        in >> a.adamId >> a.pricingParam >> a.productType >> a.supportedPlatforms >> a.totalCount >>
            a.retiredCount >> a.deviceAssignable >> a.revocable >> a.unlimited >> a.modSeq;
        location->m_assets.append(a);
    }
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimTarget t;
        quint8 kind = 0;
        in >> t.id >> kind;
        t.kind = SimTargetKind(kind);
        location->m_targets.append(t);
    }
    in >> count;
    location->m_assignments.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimAssignment a;
        in >> a.asset >> a.target >> a.modSeq >> a.alive;
        location->m_assignments.append(a);
    }
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimUser u;
        in >> u.clientUserId >> u.email >> u.managedAppleId >> u.status >> u.inviteCode >> u.idHash >>
            u.modSeq;
        location->m_users.append(u);
    }
    QStringList devices;
    in >> devices;
    location->m_knownDevices = QSet<QString>(devices.cbegin(), devices.cend());
    if (in.status() != QDataStream::Ok) {
        delete location;
        return nullptr;
    }
    location->rebuildIndexes();
    return location;
}

void SimLocation::rebuildIndexes()
{
    m_assetIndex.clear();
    m_targetIndex.clear();
    m_assignmentIndex.clear();
    m_activeUserIndex.clear();
    m_assetAssignments = QVector<QVector<qint32>>(m_assets.size());
    m_targetAssignments = QVector<QVector<qint32>>(m_targets.size());
    m_liveAssignments = 0;
    for (int i = 0; i < m_assets.size(); ++i) {
        m_assets[i].assignedCount = 0;
        m_assetIndex.insert(assetKey(m_assets[i].adamId, m_assets[i].pricingParam), i);
    }
    for (int i = 0; i < m_targets.size(); ++i)
        m_targetIndex.insert(targetKey(m_targets[i].id, m_targets[i].kind), i);
    m_assignmentIndex.reserve(m_assignments.size());
    for (qint32 i = 0; i < m_assignments.size(); ++i) {
        const SimAssignment &a = m_assignments[i];
        if (!a.alive)
            continue;
        m_assignmentIndex.insert(pairKey(a.asset, a.target), i);
        m_assetAssignments[a.asset].append(i);
        m_targetAssignments[a.target].append(i);
        ++m_assets[a.asset].assignedCount;
        ++m_liveAssignments;
    }
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users[i].isActive())
            m_activeUserIndex.insert(m_users[i].clientUserId, i);
    m_assignmentCache.clear();
    m_userCache.clear();
}
