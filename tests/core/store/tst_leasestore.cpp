// LeaseStore: who syncs a token or drives a job across processes sharing one database. A lease is
// taken when free, kept by its owner, refused while another owner's is live, taken over once it
// expired or its owner (a process of this machine) died; a database busy past its timeout names
// who holds it.
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/postgresdialect.h"
#include "core/store/sqlitedialect.h"
#include "core/store/transaction.h"

#include "testengine.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestLeaseStore : public QObject
{
    Q_OBJECT

private:
    // A lease row as another process would have written it.
    void plant(const QString &resource, const QString &owner, const QString &holder, const QDateTime &expires)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO leases (resource, owner, holder, acquired_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (resource) DO UPDATE SET owner = excluded.owner, "
            "holder = excluded.holder, acquired_at = excluded.acquired_at, "
            "expires_at = excluded.expires_at"));
        q.addBindValue(resource);
        q.addBindValue(owner);
        q.addBindValue(holder);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(expires.toString(Qt::ISODateWithMs));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(
            m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()))));
    }
    void cleanup() { m_db.reset(); }

    void takenKeptAndReleased()
    {
        LeaseStore leases(*m_db);
        const QString sync = LeaseStore::syncResource(QStringLiteral("t1"));
        QVERIFY(!leases.acquire(sync, 60s).value().has_value()); // taken
        QVERIFY(!leases.acquire(sync, 60s).value().has_value()); // ours already: still ours
        const auto held = leases.find(sync).value();
        QVERIFY(held.has_value());
        QCOMPARE(held->owner, LeaseStore::processOwner());
        QVERIFY(held->holder.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(leases.renew(sync, 60s).value());
        QVERIFY(leases.release(sync));
        QVERIFY(!leases.find(sync).value().has_value());
        QVERIFY(!leases.renew(sync, 60s).value()); // released: nothing to renew
    }

    void anotherLiveOwnerKeepsIt()
    {
        LeaseStore leases(*m_db);
        const QString job = LeaseStore::jobResource(7);
        plant(job, QStringLiteral("desk-9:4242:abcd"),
              QStringLiteral("vppdesk-cli (pid 4242) on desk-9, user kim"),
              QDateTime::currentDateTimeUtc().addSecs(60));
        const auto other = leases.acquire(job, 60s).value();
        QVERIFY(other.has_value());
        QCOMPARE(other->holder, QStringLiteral("vppdesk-cli (pid 4242) on desk-9, user kim"));
        QVERIFY(!leases.renew(job, 60s).value()); // not ours
        QVERIFY(leases.release(job));             // releasing someone else's lease does nothing
        QVERIFY(leases.find(job).value().has_value());
    }

    void expiredOrDeadOwnerIsTakenOver()
    {
        LeaseStore leases(*m_db);
        const QString expired = LeaseStore::syncResource(QStringLiteral("t2"));
        plant(expired, QStringLiteral("desk-9:4242:abcd"), QStringLiteral("someone"),
              QDateTime::currentDateTimeUtc().addSecs(-1));
        QVERIFY(!leases.find(expired).value().has_value()); // an expired lease is no lease
        QVERIFY(!leases.acquire(expired, 60s).value().has_value());
        QCOMPARE(leases.find(expired).value()->owner, LeaseStore::processOwner());

#ifdef Q_OS_UNIX
        // A process of this machine that is gone (killed): its live lease need not be waited out.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished(5000));
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        const QString crashed = LeaseStore::syncResource(QStringLiteral("t3"));
        plant(crashed, QStringLiteral("%1:%2:ffff").arg(QSysInfo::machineHostName()).arg(deadPid),
              QStringLiteral("vppdesk-cli (killed)"), QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(!leases.acquire(crashed, 60s).value().has_value());
        QCOMPARE(leases.find(crashed).value()->owner, LeaseStore::processOwner());
#endif
    }

    void busyDatabaseNamesItsHolder()
    {
        plant(LeaseStore::syncResource(QStringLiteral("london")), QStringLiteral("desk-9:4242:abcd"),
              QStringLiteral("vppdesk-cli (pid 4242) on desk-9, user kim"),
              QDateTime::currentDateTimeUtc().addSecs(60));
        Transaction holding(*m_db); // the write lock, as another program's apply would hold it
        QVERIFY(holding.status());
        std::unique_ptr<SqlDialect> dialect;
        if (TestEngine::isPostgreSql()) {
            // PostgreSQL locks rows, not the database: the holder writes the row the other one wants.
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'held')")));
            dialect = std::make_unique<PostgresDialect>(200);
        } else {
            dialect = std::make_unique<SqliteDialect>(200);
        }
        Database impatient(std::move(dialect));
        QVERIFY(impatient.open(m_db->path()));
        const Result<void> write =
            impatient.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        QVERIFY(!write);
        QCOMPARE(write.error().code, QStringLiteral("store.busy"));
        QVERIFY2(write.error().message.contains(
                     QStringLiteral("a sync by vppdesk-cli (pid 4242) on desk-9, user kim")),
                 qPrintable(write.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLeaseStore)
#include "tst_leasestore.moc"
