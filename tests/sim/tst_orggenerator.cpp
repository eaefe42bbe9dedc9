// Tests of OrgGenerator: spec parsing, determinism, exact counts and the invariants of a generated
// organization.
#include "orggenerator.h"
#include "simstate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

OrgGeneratorSpec spec(int assets, int users, qint64 assignments, int locations, quint32 seed = 1)
{
    OrgGeneratorSpec s;
    s.assets = assets;
    s.users = users;
    s.assignments = assignments;
    s.locations = locations;
    s.seed = seed;
    return s;
}

QByteArray saved(const SimState &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.bin"));
    QString error;
    if (!state.save(path, &error))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 liveAssignments(const SimState &state)
{
    qint64 total = 0;
    for (int l = 0; l < state.locationCount(); ++l)
        total += state.location(l)->liveAssignmentCount();
    return total;
}

} // namespace

class TestOrgGenerator : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodSpecs_data();
    void parsesGoodSpecs();
    void rejectsBadSpecs_data();
    void rejectsBadSpecs();
    void sameSeedSameState();
    void otherSeedOtherState();
    void exactCounts_data();
    void exactCounts();
    void invariants();
    void looksLikeARealOrganization();
    void saveLoadRoundTrip();
    void bigOrganization();
};

void TestOrgGenerator::parsesGoodSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("assets");
    QTest::addColumn<int>("users");
    QTest::addColumn<qint64>("assignments");
    QTest::addColumn<int>("locations");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("all") << u"assets=2000,users=200000,assignments=1000000,locations=2"_s << 2000 << 200000
                         << qint64(1000000) << 2 << 1u;
    QTest::newRow("empty gives defaults") << QString() << 2000 << 200000 << qint64(1000000) << 2 << 1u;
    QTest::newRow("subset") << u"users=10"_s << 2000 << 10 << qint64(1000000) << 2 << 1u;
    QTest::newRow("any order, spaces, case")
        << u" Locations = 3 , seed=42,assets=7 "_s << 7 << 200000 << qint64(1000000) << 3 << 42u;
    QTest::newRow("underscores") << u"assignments=1_000_000"_s << 2000 << 200000 << qint64(1000000) << 2
                                 << 1u;
    QTest::newRow("zero assignments") << u"assets=0,assignments=0"_s << 0 << 200000 << qint64(0) << 2 << 1u;
}

void TestOrgGenerator::parsesGoodSpecs()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<OrgGeneratorSpec> parsed = OrgGeneratorSpec::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QTEST(parsed->assets, "assets");
    QTEST(parsed->users, "users");
    QTEST(parsed->assignments, "assignments");
    QTEST(parsed->locations, "locations");
    QTEST(parsed->seed, "seed");
    // toString() reads back as the same spec.
    const std::optional<OrgGeneratorSpec> again = OrgGeneratorSpec::parse(parsed->toString(), &error);
    QVERIFY(again);
    QCOMPARE(again->toString(), parsed->toString());
}

void TestOrgGenerator::rejectsBadSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown key") << u"assets=10,licenses=5"_s << u"licenses"_s;
    QTest::newRow("not a number") << u"users=lots"_s << u"users"_s;
    QTest::newRow("negative") << u"assets=-1"_s << u"assets"_s;
    QTest::newRow("no locations") << u"locations=0"_s << u"locations"_s;
    QTest::newRow("missing value") << u"users"_s << u"users"_s;
    QTest::newRow("empty key") << u"=5"_s << u"=5"_s;
    QTest::newRow("twice") << u"users=5,users=6"_s << u"twice"_s;
    QTest::newRow("fraction") << u"assets=2.5"_s << u"assets"_s;
    QTest::newRow("too big") << u"users=99999999999"_s << u"users"_s;
    QTest::newRow("assignments without assets") << u"assets=0,assignments=3"_s << u"asset"_s;
}

void TestOrgGenerator::rejectsBadSpecs()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!OrgGeneratorSpec::parse(text, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!OrgGeneratorSpec::parse(text, nullptr)); // a null error pointer is allowed
}

void TestOrgGenerator::sameSeedSameState()
{
    SimState first;
    SimState second;
    OrgGenerator::generate(first, spec(50, 500, 3000, 2, 7), kNow);
    OrgGenerator::generate(second, spec(50, 500, 3000, 2, 7), kNow);
    const QByteArray bytes = saved(first);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(saved(second), bytes);
}

void TestOrgGenerator::otherSeedOtherState()
{
    SimState first;
    SimState second;
    OrgGenerator::generate(first, spec(50, 500, 3000, 2, 7), kNow);
    OrgGenerator::generate(second, spec(50, 500, 3000, 2, 8), kNow);
    QVERIFY(saved(first) != saved(second));
    QVERIFY(first.location(0)->uId() != second.location(0)->uId());
}

void TestOrgGenerator::exactCounts_data()
{
    QTest::addColumn<int>("assets");
    QTest::addColumn<int>("users");
    QTest::addColumn<qint64>("assignments");
    QTest::addColumn<int>("locations");

    QTest::newRow("unit") << 50 << 500 << qint64(3000) << 2;
    QTest::newRow("one location") << 20 << 300 << qint64(2500) << 1;
    QTest::newRow("five locations") << 40 << 1000 << qint64(5000) << 5;
    QTest::newRow("no users: devices only") << 1 << 0 << qint64(100) << 1;
    QTest::newRow("crowded: more licenses than people") << 3 << 10 << qint64(500) << 3;
    QTest::newRow("fewer assets than locations") << 2 << 40 << qint64(60) << 4;
    QTest::newRow("empty") << 0 << 10 << qint64(0) << 2;
    QTest::newRow("users only") << 10 << 100 << qint64(0) << 1;
}

void TestOrgGenerator::exactCounts()
{
    QFETCH(int, assets);
    QFETCH(int, users);
    QFETCH(qint64, assignments);
    QFETCH(int, locations);
    SimState state;
    OrgGenerator::generate(state, spec(assets, users, assignments, locations), kNow);

    QCOMPARE(state.locationCount(), locations);
    QCOMPARE(state.tokens().size(), locations);
    QCOMPARE(liveAssignments(state), assignments);
    qsizetype assetRows = 0;
    qsizetype userRows = 0;
    QSet<QString> adamIds;
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *location = state.location(l);
        assetRows += location->assets().size();
        userRows += location->users().size();
        for (const SimAsset &asset : location->assets())
            adamIds.insert(asset.adamId);
    }
    QCOMPARE(assetRows, qsizetype(assets));
    QCOMPARE(userRows, qsizetype(users));
    QCOMPARE(state.productCount(), adamIds.size());
}

void TestOrgGenerator::invariants()
{
    SimState state;
    OrgGenerator::generate(state, spec(200, 3000, 20000, 2, 3), kNow);
    QCOMPARE(liveAssignments(state), qint64(20000));

    const QRegularExpression uIdShape(QStringLiteral("^[1-9][0-9]{15}$"));
    const QRegularExpression serialShape(QStringLiteral("^[0-9A-Z]{12}$"));
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *location = state.location(l);
        QVERIFY2(uIdShape.match(location->uId()).hasMatch(), qPrintable(location->uId()));
        QVector<qint64> counted(location->assets().size(), 0);
        QSet<quint64> pairs;
        for (const SimAssignment &a : location->assignments()) {
            QVERIFY(a.alive);
            const SimAsset &asset = location->assets().at(a.asset);
            const SimTarget &target = location->targets().at(a.target);
            QVERIFY(!pairs.contains((quint64(a.asset) << 32) | quint32(a.target)));
            pairs.insert((quint64(a.asset) << 32) | quint32(a.target));
            ++counted[a.asset];
            if (target.kind == SimTargetKind::Device) {
                QCOMPARE(asset.productType, u"App"_s);
                QVERIFY(asset.deviceAssignable);
                QVERIFY(location->isKnownDevice(target.id));
                QVERIFY2(serialShape.match(target.id).hasMatch(), qPrintable(target.id));
            } else {
                QVERIFY2(location->findActiveUser(target.id) >= 0, qPrintable(target.id));
            }
        }
        for (int i = 0; i < location->assets().size(); ++i) {
            const SimAsset &asset = location->assets().at(i);
            QCOMPARE(asset.assignedCount, counted[i]);
            if (!asset.unlimited)
                QVERIFY(asset.assignedCount <= asset.totalCount);
            QVERIFY(asset.pricingParam == u"STDQ" || asset.pricingParam == u"PLUS");
            const SimProduct *product = state.product(asset.adamId);
            QVERIFY(product);
            QVERIFY(!product->name.isEmpty());
            if (asset.productType == u"Book") {
                QVERIFY(!asset.revocable);
                QVERIFY(!asset.deviceAssignable);
                QVERIFY(!asset.unlimited);
                QCOMPARE(product->kind, u"ebook"_s);
            } else {
                QCOMPARE(asset.productType, u"App"_s);
                QCOMPARE(asset.pricingParam, u"STDQ"_s);
                QVERIFY(product->kind == u"iosSoftware" || product->kind == u"macSoftware");
                QVERIFY(product->bundleId.startsWith(u"com."));
                QVERIFY(!product->minimumOsVersion.isEmpty());
            }
        }
        // At most one active row per clientUserId.
        QSet<QString> active;
        for (const SimUser &user : location->users()) {
            if (!user.isActive())
                continue;
            QVERIFY(!active.contains(user.clientUserId));
            active.insert(user.clientUserId);
            if (user.status == u"Registered")
                QCOMPARE(user.inviteCode.size(), 32);
            else
                QVERIFY(!user.idHash.isEmpty());
        }
    }
    for (const SimToken &token : state.tokens())
        QCOMPARE(token.expiresAt, kNow.addDays(365));
}

void TestOrgGenerator::looksLikeARealOrganization()
{
    SimState state;
    OrgGenerator::generate(state, spec(200, 5000, 30000, 2, 5), kNow);

    int books = 0, apps = 0, unlimited = 0, nearlyOut = 0, userOnlyApps = 0, plus = 0;
    QVector<qint64> perAsset;
    for (int l = 0; l < state.locationCount(); ++l) {
        for (const SimAsset &asset : state.location(l)->assets()) {
            (asset.productType == u"Book" ? books : apps) += 1;
            unlimited += asset.unlimited ? 1 : 0;
            plus += asset.pricingParam == u"PLUS" ? 1 : 0;
            userOnlyApps += asset.productType == u"App" && !asset.deviceAssignable ? 1 : 0;
            if (!asset.unlimited && asset.assignedCount > 0 && asset.availableCount() <= 2)
                ++nearlyOut;
            perAsset.append(asset.assignedCount);
        }
    }
    QVERIFY2(books >= 15 && books <= 50, qPrintable(QString::number(books)));
    QVERIFY(apps > books * 3);
    QVERIFY(unlimited >= 3);
    QVERIFY(plus >= 1);
    QVERIFY(userOnlyApps >= 1);
    QVERIFY(nearlyOut >= 1);
    // Skewed popularity: the most used asset holds far more than the median one.
    std::sort(perAsset.begin(), perAsset.end());
    QVERIFY(perAsset.last() > 5 * qMax<qint64>(1, perAsset.at(perAsset.size() / 2)));

    // Every user state, including people who came back and people retired several times.
    int registered = 0, associated = 0, retired = 0, cameBack = 0, retiredSeveralTimes = 0;
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *location = state.location(l);
        QHash<QString, int> retiredRows;
        for (const SimUser &user : location->users()) {
            registered += user.status == u"Registered" ? 1 : 0;
            associated += user.status == u"Associated" ? 1 : 0;
            if (user.status == u"Retired")
                ++retiredRows[user.clientUserId];
        }
        for (auto it = retiredRows.cbegin(); it != retiredRows.cend(); ++it) {
            retired += it.value();
            cameBack += location->findActiveUser(it.key()) >= 0 ? 1 : 0;
            retiredSeveralTimes += it.value() > 1 ? 1 : 0;
        }
        QVERIFY(location->knownDeviceCount() > 0);
    }
    QVERIFY(associated > registered);
    QVERIFY(registered > 0);
    QVERIFY(retired > 0);
    QVERIFY(cameBack > 0);
    QVERIFY(retiredSeveralTimes > 0);
    // Locations differ in country and store.
    QVERIFY(state.location(0)->countryCode() != state.location(1)->countryCode());
    QCOMPARE(state.location(0)->locationName(), u"Generated Location 1"_s);
    QVERIFY(state.location(0)->defaultPlatform() != state.location(1)->defaultPlatform());
}

void TestOrgGenerator::saveLoadRoundTrip()
{
    SimState state;
    OrgGenerator::generate(state, spec(30, 300, 1500, 2, 11), kNow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("org.vppsim"));
    QString error;
    QVERIFY2(state.save(path, &error), qPrintable(error));

    SimState loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.orgName(), state.orgName());
    QCOMPARE(loaded.locationCount(), state.locationCount());
    QCOMPARE(loaded.productCount(), state.productCount());
    QCOMPARE(loaded.tokens().size(), state.tokens().size());
    QCOMPARE(liveAssignments(loaded), qint64(1500));
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *a = state.location(l);
        const SimLocation *b = loaded.location(l);
        QCOMPARE(b->uId(), a->uId());
        QCOMPARE(b->users().size(), a->users().size());
        QCOMPARE(b->knownDeviceCount(), a->knownDeviceCount());
        QCOMPARE(b->assets().size(), a->assets().size());
        for (int i = 0; i < a->assets().size(); ++i) {
            QCOMPARE(b->assets().at(i).adamId, a->assets().at(i).adamId);
            QCOMPARE(b->assets().at(i).totalCount, a->assets().at(i).totalCount);
            QCOMPARE(b->assets().at(i).assignedCount, a->assets().at(i).assignedCount);
        }
        QCOMPARE(b->versionId(SimLocation::VersionKind::Assignments),
                 a->versionId(SimLocation::VersionKind::Assignments));
        const SimUser &user = a->users().constLast();
        QCOMPARE(b->findActiveUser(user.clientUserId), a->findActiveUser(user.clientUserId));
    }
    const SimToken &token = state.tokens().constFirst();
    QVERIFY(loaded.findTokenByBearer(token.fileContents));
}

void TestOrgGenerator::bigOrganization()
{
    if (qEnvironmentVariable("VPPSIM_BIG_TESTS") != u"1")
        QSKIP("set VPPSIM_BIG_TESTS=1 to generate Apple-scale organizations");
    SimState state;
    QElapsedTimer timer;
    timer.start();
    // CPU time too: on a busy build machine the wall clock says more about the neighbours.
    const std::clock_t cpuStart = std::clock();
    OrgGenerator::generate(state, spec(2000, 200000, 1000000, 2), kNow);
    const qint64 elapsed = timer.elapsed();
    const qint64 cpu = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    qInfo("generated assets=2000,users=200000,assignments=1000000,locations=2 in %lld ms (%lld ms CPU)",
          elapsed, cpu);
    QCOMPARE(liveAssignments(state), qint64(1000000));
    QCOMPARE(state.location(0)->users().size() + state.location(1)->users().size(), qsizetype(200000));
    QCOMPARE(state.location(0)->assets().size() + state.location(1)->assets().size(), qsizetype(2000));
#ifdef QT_NO_DEBUG
    QVERIFY2(cpu < 10000, "generation must take well under 10 s in a release build");
#endif
}

QTEST_GUILESS_MAIN(TestOrgGenerator)
#include "tst_orggenerator.moc"
