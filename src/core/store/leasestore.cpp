#include "core/store/leasestore.h"

#include "core/common/systemuser.h"
#include "core/store/database.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {

using SqlValues::fromDateTime;
using SqlValues::toDateTime;

const QString selectLease =
    QStringLiteral("SELECT resource, owner, holder, acquired_at, expires_at FROM leases ");

LeaseRecord fromQuery(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), toDateTime(q.value(3)),
            toDateTime(q.value(4))};
}

// Whether the owner of a lease is a process of this machine that no longer runs (killed,
// crashed): its lease need not be waited out.
bool ownerDiedHere(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    return false; // waits for the lease to expire
#endif
}

QString nowText()
{
    return fromDateTime(QDateTime::currentDateTimeUtc()).toString();
}

QString expiryText(std::chrono::seconds ttl)
{
    return fromDateTime(QDateTime::currentDateTimeUtc().addSecs(qMax<qint64>(1, ttl.count()))).toString();
}

} // namespace

LeaseStore::LeaseStore(Database &db)
    : m_db(db)
{}

QString LeaseStore::processOwner()
{
    static const QString owner = QStringLiteral("%1:%2:%3")
                                     .arg(QSysInfo::machineHostName())
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return owner;
}

QString LeaseStore::processHolder()
{
    const QString program = QCoreApplication::instance()
                                ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
                                : QStringLiteral("vppdesk");
    return tr("%1 (pid %2) on %3, user %4")
        .arg(program)
        .arg(QCoreApplication::applicationPid())
        .arg(QSysInfo::machineHostName(), SystemUser::name());
}

Result<std::optional<LeaseRecord>> LeaseStore::acquire(const QString &resource, std::chrono::seconds ttl)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    // One statement: insert, or take over a lease that expired or is ours already.
    QSqlQuery take(m_db.connection());
    take.prepare(QStringLiteral(
        "INSERT INTO leases (resource, owner, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (resource) DO UPDATE SET owner = excluded.owner, holder = excluded.holder, "
        "acquired_at = excluded.acquired_at, expires_at = excluded.expires_at "
        "WHERE leases.expires_at < ? OR leases.owner = excluded.owner"));
    const QString now = nowText();
    take.addBindValue(resource);
    take.addBindValue(processOwner());
    take.addBindValue(processHolder());
    take.addBindValue(now);
    take.addBindValue(expiryText(ttl));
    take.addBindValue(now);
    if (!take.exec())
        return m_db.failure(take, QStringLiteral("acquire lease"));
    if (take.numRowsAffected() > 0)
        return std::optional<LeaseRecord>();
    const Result<std::optional<LeaseRecord>> other = find(resource);
    if (!other)
        return other.error();
    if (!other.value()) // it expired between the two statements: try once more
        return acquire(resource, ttl);
    if (ownerDiedHere(other.value()->owner)) {
        QSqlQuery takeOver(m_db.connection());
        takeOver.prepare(
            QStringLiteral("UPDATE leases SET owner = ?, holder = ?, acquired_at = ?, expires_at = ? "
                           "WHERE resource = ? AND owner = ?"));
        takeOver.addBindValue(processOwner());
        takeOver.addBindValue(processHolder());
        takeOver.addBindValue(nowText());
        takeOver.addBindValue(expiryText(ttl));
        takeOver.addBindValue(resource);
        takeOver.addBindValue(other.value()->owner);
        if (!takeOver.exec())
            return m_db.failure(takeOver, QStringLiteral("take over lease"));
        if (takeOver.numRowsAffected() > 0)
            return std::optional<LeaseRecord>();
        return acquire(resource, ttl);
    }
    return other;
}

Result<bool> LeaseStore::renew(const QString &resource, std::chrono::seconds ttl)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE leases SET expires_at = ? WHERE resource = ? AND owner = ?"));
    query.addBindValue(expiryText(ttl));
    query.addBindValue(resource);
    query.addBindValue(processOwner());
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("renew lease"));
    return query.numRowsAffected() > 0;
}

Result<void> LeaseStore::release(const QString &resource)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM leases WHERE resource = ? AND owner = ?"));
    query.addBindValue(resource);
    query.addBindValue(processOwner());
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("release lease"));
    return {};
}

Result<std::optional<LeaseRecord>> LeaseStore::find(const QString &resource) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectLease + QStringLiteral("WHERE resource = ? AND expires_at >= ?"));
    query.addBindValue(resource);
    query.addBindValue(nowText());
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("find lease"));
    if (!query.next())
        return std::optional<LeaseRecord>();
    return std::optional<LeaseRecord>(fromQuery(query));
}

Result<QList<LeaseRecord>> LeaseStore::live() const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectLease + QStringLiteral("WHERE expires_at >= ? ORDER BY acquired_at"));
    query.addBindValue(nowText());
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("list leases"));
    QList<LeaseRecord> leases;
    while (query.next())
        leases.append(fromQuery(query));
    return leases;
}

QString LeaseStore::describeOthers() const
{
    const Result<QList<LeaseRecord>> leases = live();
    if (!leases)
        return {};
    QStringList lines;
    for (const LeaseRecord &lease : leases.value()) {
        if (lease.owner == processOwner())
            continue;
        const QString what =
            lease.resource.startsWith(QStringLiteral("sync:"))
                ? tr("a sync")
                : (lease.resource.startsWith(QStringLiteral("job:")) ? tr("a license job") : lease.resource);
        lines << tr("%1 by %2, since %3")
                     .arg(what, lease.holder,
                          QLocale().toString(lease.acquiredAt.toLocalTime(), QLocale::ShortFormat));
    }
    return lines.join(QStringLiteral("; "));
}
