// AssignmentStore: full and delta passes give the right diff, queries page and filter, and a bulk
// full pass lands in one transaction (its throughput is printed, never asserted).
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/stagingarea.h"
#include "core/store/tokenstore.h"
#include "core/store/transaction.h"

#include "testengine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <functional>

class TestAssignmentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init();
    void cleanup() { m_db.reset(); }

    void fullPassFromEmpty();
    void fullPassComputesDiff();
    void fullPassMergesDuplicatesAndKeepsOtherTokens();
    void invalidRowRollsBackEverything();
    void deltaAddsAndRemoves();
    void removeTargets();
    void countAndPageWithFilters();
    void holdingsAcrossTokens();
    void fullPassInsideCallerTransaction();
    void bulkFullPass();
    void preparedDiffAppliesOnlyTheChanges();
    void preparedDiffIsComputedAgainAfterAnotherWriter();

private:
    // Stages `rows` in a StagingArea of m_db, prepares the diff, lets `meanwhile` run, then applies
    // inside a write transaction; returns the diff.
    AssignmentDiff reconcile(const QString &token, const QList<AssignmentRecord> &rows,
                             const std::function<void()> &meanwhile, bool *prepared);
    QString addToken(const QString &name);
    static AssignmentRecord user(const QString &adam, const QString &client)
    {
        AssignmentRecord r;
        r.adamId = adam;
        r.clientUserId = client;
        return r;
    }
    static AssignmentRecord device(const QString &adam, const QString &serial)
    {
        AssignmentRecord r;
        r.adamId = adam;
        r.serialNumber = serial;
        return r;
    }
    static QList<AssignmentRecord> generate(int assets, int targetsPerAsset, int targetOffset = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAssignmentStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()))));
}

QString TestAssignmentStore::addToken(const QString &name)
{
    TokenRecord r;
    r.name = name;
    return TokenStore(*m_db).insert(r).value().id;
}

// Half of the targets are users, half devices; every asset has the same targets.
QList<AssignmentRecord> TestAssignmentStore::generate(int assets, int targetsPerAsset, int targetOffset)
{
    QList<AssignmentRecord> rows;
    rows.reserve(qsizetype(assets) * targetsPerAsset);
    for (int a = 0; a < assets; ++a) {
        const QString adam = QString::number(400000000 + a);
        for (int t = targetOffset; t < targetOffset + targetsPerAsset; ++t) {
            if (t % 2 == 0)
                rows.append(user(adam, QStringLiteral("user-%1").arg(t)));
            else
                rows.append(device(adam, QStringLiteral("SER%1").arg(t, 8, 10, QLatin1Char('0'))));
        }
    }
    return rows;
}

void TestAssignmentStore::fullPassFromEmpty()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    const Result<AssignmentDiff> diff = store.applyFull(token, generate(3, 4));
    QVERIFY2(diff, qPrintable(diff.error().toLogString()));
    QCOMPARE(diff->added, 12);
    QCOMPARE(diff->removed, 0);
    QCOMPARE(diff->total, 12);
    QCOMPARE(diff->addedSample.size(), 12);
    QCOMPARE(store.countForToken(token).value(), 12);
}

void TestAssignmentStore::fullPassComputesDiff()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, {user(QStringLiteral("1"), QStringLiteral("u1")),
                                    user(QStringLiteral("1"), QStringLiteral("u2")),
                                    device(QStringLiteral("1"), QStringLiteral("S1")),
                                    device(QStringLiteral("2"), QStringLiteral("S1"))}));
    const QList<AssignmentRecord> next = {
        user(QStringLiteral("1"), QStringLiteral("u1")), device(QStringLiteral("2"), QStringLiteral("S1")),
        device(QStringLiteral("2"), QStringLiteral("S2")), user(QStringLiteral("3"), QStringLiteral("u2"))};
    const AssignmentDiff diff = store.applyFull(token, next).value();
    QCOMPARE(diff.added, 2);
    QCOMPARE(diff.removed, 2);
    QCOMPARE(diff.total, 4);
    QCOMPARE(diff.removedSample.size(), 2);
    QStringList removed;
    for (const AssignmentRecord &r : diff.removedSample)
        removed << r.adamId + QLatin1Char('/') + r.target();
    removed.sort();
    QCOMPARE(removed, (QStringList{QStringLiteral("1/S1"), QStringLiteral("1/u2")}));
    QStringList added;
    for (const AssignmentRecord &r : diff.addedSample)
        added << r.adamId + QLatin1Char('/') + r.target();
    added.sort();
    QCOMPARE(added, (QStringList{QStringLiteral("2/S2"), QStringLiteral("3/u2")}));

    // The same set again changes nothing.
    const AssignmentDiff same = store.applyFull(token, next).value();
    QCOMPARE(same.added, 0);
    QCOMPARE(same.removed, 0);
    // An empty set clears the token.
    QCOMPARE(store.applyFull(token, {}).value().removed, 4);
    QCOMPARE(store.countForToken(token).value(), 0);
}

void TestAssignmentStore::fullPassMergesDuplicatesAndKeepsOtherTokens()
{
    const QString a = addToken(QStringLiteral("A"));
    const QString b = addToken(QStringLiteral("B"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(b, generate(2, 10)));
    const QList<AssignmentRecord> doubled = generate(2, 3) + generate(2, 3);
    const AssignmentDiff diff = store.applyFull(a, doubled).value();
    QCOMPARE(diff.added, 6);
    QCOMPARE(store.countForToken(a).value(), 6);
    QCOMPARE(store.countForToken(b).value(), 20);
    QCOMPARE(store.applyFull(a, {}).value().removed, 6);
    QCOMPARE(store.countForToken(b).value(), 20);
}

void TestAssignmentStore::invalidRowRollsBackEverything()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, generate(2, 5)));
    QList<AssignmentRecord> bad = generate(4, 5);
    AssignmentRecord both = user(QStringLiteral("9"), QStringLiteral("u"));
    both.serialNumber = QStringLiteral("S");
    bad.insert(7, both);
    const Result<AssignmentDiff> full = store.applyFull(token, bad);
    QVERIFY(!full);
    QCOMPARE(full.error().kind, VppError::Kind::Usage);
    QCOMPARE(store.countForToken(token).value(), 10);
    const Result<AssignmentDiff> delta =
        store.applyDelta(token, generate(4, 5) + QList<AssignmentRecord>{both});
    QVERIFY(!delta);
    QCOMPARE(store.countForToken(token).value(), 10);
    QCOMPARE(m_db->transactionDepth(), 0);
}

void TestAssignmentStore::deltaAddsAndRemoves()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, {user(QStringLiteral("1"), QStringLiteral("u1"))}));
    const AssignmentDiff diff = store
                                    .applyDelta(token,
                                                {user(QStringLiteral("1"), QStringLiteral("u1")),
                                                 device(QStringLiteral("1"), QStringLiteral("S1")),
                                                 user(QStringLiteral("2"), QStringLiteral("u1"))},
                                                {user(QStringLiteral("1"), QStringLiteral("u1")),
                                                 device(QStringLiteral("7"), QStringLiteral("S7"))})
                                    .value();
    QCOMPARE(diff.added, 2); // u1 on 1 was already there
    QCOMPARE(diff.removed, 1);
    QCOMPARE(diff.total, 2);
    QCOMPARE(store.countForToken(token).value(), 2);
}

void TestAssignmentStore::removeTargets()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, generate(5, 4))); // user-0, SER1, user-2, SER3 on 5 assets
    const Result<qint64> removed = store.removeTargets(
        token, {QStringLiteral("user-0")}, {QStringLiteral("SER00000003"), QStringLiteral("none")});
    QCOMPARE(removed.value(), 10);
    QCOMPARE(store.countForToken(token).value(), 10);
}

void TestAssignmentStore::countAndPageWithFilters()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, generate(10, 20))); // 200 rows, 100 users, 100 devices
    AssignmentFilter users;
    users.target = AssignmentFilter::Target::Users;
    AssignmentFilter devices;
    devices.target = AssignmentFilter::Target::Devices;
    AssignmentFilter oneAsset;
    oneAsset.adamId = QStringLiteral("400000003");
    AssignmentFilter search;
    search.search = QStringLiteral("user-1"); // user-10 .. user-18 (even): 5 per asset
    QCOMPARE(store.countForToken(token, users).value(), 100);
    QCOMPARE(store.countForToken(token, devices).value(), 100);
    QCOMPARE(store.countForToken(token, oneAsset).value(), 20);
    QCOMPARE(store.countForToken(token, search).value(), 50);
    AssignmentFilter literal;
    literal.search = QStringLiteral("user_"); // '_' is not a wildcard
    QCOMPARE(store.countForToken(token, literal).value(), 0);

    QSet<QString> seen;
    for (qint64 offset = 0; offset < 200; offset += 64) {
        const QList<AssignmentRecord> page = store.page(token, offset, 64).value();
        QCOMPARE(page.size(), int(qMin<qint64>(64, 200 - offset)));
        for (const AssignmentRecord &r : page) {
            QCOMPARE(r.tokenId, token);
            seen.insert(r.adamId + QLatin1Char('/') + r.target());
        }
    }
    QCOMPARE(seen.size(), 200);
    const QList<AssignmentRecord> devicePage = store.page(token, 0, 1000, devices).value();
    QCOMPARE(devicePage.size(), 100);
    for (const AssignmentRecord &r : devicePage)
        QVERIFY(r.isDevice());
}

void TestAssignmentStore::holdingsAcrossTokens()
{
    const QString a = addToken(QStringLiteral("A"));
    const QString b = addToken(QStringLiteral("B"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(a, {user(QStringLiteral("1"), QStringLiteral("jane")),
                                user(QStringLiteral("2"), QStringLiteral("jane")),
                                device(QStringLiteral("1"), QStringLiteral("F9XYZ"))}));
    QVERIFY(store.applyFull(b, {user(QStringLiteral("5"), QStringLiteral("jane"))}));
    const QList<AssignmentRecord> jane = store.holdingsOf(QStringLiteral("jane")).value();
    QCOMPARE(jane.size(), 3);
    QCOMPARE(jane.at(0).tokenId == a || jane.at(0).tokenId == b, true);
    const QList<AssignmentRecord> ipad = store.holdingsOf(QStringLiteral("F9XYZ")).value();
    QCOMPARE(ipad.size(), 1);
    QCOMPARE(ipad.at(0).tokenId, a);
    QVERIFY(ipad.at(0).isDevice());
    QVERIFY(store.holdingsOf(QStringLiteral("nobody")).value().isEmpty());
}

void TestAssignmentStore::fullPassInsideCallerTransaction()
{
    const QString token = addToken(QStringLiteral("A"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, generate(1, 4)));
    {
        // A sync run wraps several repositories in one transaction; a failure later drops it all.
        Transaction run(*m_db);
        QVERIFY(store.applyFull(token, generate(3, 4)));
        QCOMPARE(store.countForToken(token).value(), 12);
    }
    QCOMPARE(store.countForToken(token).value(), 4);
}

void TestAssignmentStore::bulkFullPass()
{
    // VPPDESK_STORE_BULK_ROWS=1000000 measures the million-row case by hand.
    const int wanted = qEnvironmentVariableIntValue("VPPDESK_STORE_BULK_ROWS");
    const int targets = 1000;
    const int assets = qMax(1, (wanted > 0 ? wanted : 200000) / targets);
    const QString token = addToken(QStringLiteral("Bulk"));
    const QString other = addToken(QStringLiteral("Other"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(other, generate(5, 100)));

    const QList<AssignmentRecord> rows = generate(assets, targets);
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    const Result<AssignmentDiff> first = store.applyFull(token, rows);
    const qint64 firstMs = qMax<qint64>(1, timer.elapsed());
    const qint64 firstCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    QVERIFY2(first, qPrintable(first.error().toLogString()));
    QCOMPARE(first->added, rows.size());
    QCOMPARE(first->total, rows.size());
    QCOMPARE(store.countForToken(token).value(), rows.size());
    qInfo("bulk full pass (empty token): %lld rows in %lld ms wall (%lld ms CPU) = %lld rows/s",
          qlonglong(rows.size()), firstMs, firstCpuMs, qlonglong(rows.size()) * 1000 / firstMs);

    // Second pass: 1% of the targets replaced by new ones.
    QList<AssignmentRecord> changed = rows;
    const int churn = int(rows.size() / 100);
    for (int i = 0; i < churn; ++i) {
        AssignmentRecord &r = changed[qsizetype(i) * 100];
        r = user(r.adamId, QStringLiteral("new-user-%1").arg(i));
    }
    timer.restart();
    cpu = std::clock();
    const Result<AssignmentDiff> second = store.applyFull(token, changed);
    const qint64 secondMs = qMax<qint64>(1, timer.elapsed());
    const qint64 secondCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    QVERIFY(second);
    QCOMPARE(second->added, churn);
    QCOMPARE(second->removed, churn);
    QCOMPARE(second->total, rows.size());
    QCOMPARE(second->addedSample.size(), 100);
    qInfo("bulk full pass (1%% changed): %lld rows in %lld ms wall (%lld ms CPU) = %lld rows/s",
          qlonglong(changed.size()), secondMs, secondCpuMs, qlonglong(changed.size()) * 1000 / secondMs);
    QCOMPARE(store.countForToken(other).value(), 500);
    QVERIFY(m_db->integrityCheck());
}

AssignmentDiff TestAssignmentStore::reconcile(const QString &token, const QList<AssignmentRecord> &rows,
                                              const std::function<void()> &meanwhile, bool *prepared)
{
    StagingArea staging(*m_db);
    [&] { QVERIFY(staging.resetAssignments()); }();
    [&] { QVERIFY(staging.stageAssignments(rows)); }();
    AssignmentStore store(*m_db);
    const auto diff = store.prepareStagedFull(token, staging.assignmentsTable());
    [&] { QVERIFY(diff); }();
    *prepared = diff.value().has_value();
    meanwhile();
    Transaction tx(*m_db);
    const Result<AssignmentDiff> applied =
        diff.value() ? store.applyPreparedFull(token, staging.assignmentsTable(), *diff.value(), 100)
                     : store.applyStagedFull(token, staging.assignmentsTable(), 100);
    [&] { QVERIFY2(applied, qPrintable(applied.error().toLogString())); }();
    [&] { QVERIFY(tx.commit()); }();
    return applied.valueOr(AssignmentDiff());
}

void TestAssignmentStore::preparedDiffAppliesOnlyTheChanges()
{
    const QString token = addToken(QStringLiteral("t"));
    const QString other = addToken(QStringLiteral("o"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, generate(3, 10)));
    QVERIFY(store.applyFull(other, generate(3, 10)));
    // Apple now lists targets 2..11: 0 and 1 went, 10 and 11 came, on every asset.
    const QList<AssignmentRecord> now = generate(3, 10, 2);
    bool prepared = false;
    const AssignmentDiff diff = reconcile(
        token, now, [] {}, &prepared);
    QVERIFY(prepared);
    QCOMPARE(diff.removed, 6);
    QCOMPARE(diff.added, 6);
    QCOMPARE(diff.total, 30);
    QCOMPARE(diff.removedSample.size(), 6);
    QCOMPARE(diff.addedSample.size(), 6);
    QCOMPARE(store.countForToken(token).value(), 30);
    QCOMPARE(store.countForToken(other).value(), 30); // the other token is untouched
    QCOMPARE(store.page(token, 0, 100).value().size(), 30);
    for (const AssignmentRecord &r : store.page(token, 0, 100).value())
        QVERIFY2(now.contains(AssignmentRecord{{}, r.adamId, r.pricingParam, r.clientUserId, r.serialNumber}),
                 qPrintable(r.target()));
    // A token without rows has nothing to prepare: its pass is a plain insert.
    const QString fresh = addToken(QStringLiteral("f"));
    const AssignmentDiff first = reconcile(
        fresh, now, [] {}, &prepared);
    QVERIFY(!prepared);
    QCOMPARE(first.added, 30);
}

void TestAssignmentStore::preparedDiffIsComputedAgainAfterAnotherWriter()
{
    const QString token = addToken(QStringLiteral("t"));
    AssignmentStore store(*m_db);
    QVERIFY(store.applyFull(token, generate(2, 10)));
    const QList<AssignmentRecord> now = generate(2, 10, 2);
    bool prepared = false;
    // Between the diff and the apply, another connection (a job's outcome) removes a row the diff
    // kept and adds one Apple does not list: the apply must still end at exactly `now`.
    const AssignmentDiff diff = reconcile(
        token, now,
        [&] {
            Database writer;
            QVERIFY(writer.open(m_db->path()));
            AssignmentStore other(writer);
            QVERIFY(other.applyDelta(token, {user(QStringLiteral("499999999"), QStringLiteral("stray"))},
                                     {now.constFirst()}));
        },
        &prepared);
    QVERIFY(prepared);
    QCOMPARE(store.countForToken(token).value(), 20);
    QCOMPARE(diff.total, 20);
    const QList<AssignmentRecord> stored = store.page(token, 0, 100).value();
    for (const AssignmentRecord &r : stored)
        QVERIFY2(now.contains(AssignmentRecord{{}, r.adamId, r.pricingParam, r.clientUserId, r.serialNumber}),
                 qPrintable(r.target()));
}

QTEST_GUILESS_MAIN(TestAssignmentStore)
#include "tst_assignmentstore.moc"
