// Tests of DemoOrganization: the hand-made organization has every case the console must show.
#include "demoorganization.h"
#include "simstate.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

QByteArray saved(const SimState &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.bin"));
    QString error;
    if (!state.save(path, &error))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDemoOrganization : public QObject
{
    Q_OBJECT

private slots:
    void threeLocationsInThreeCountries();
    void tokens();
    void everyUserState();
    void assetsAndLicenses();
    void catalogCoversEveryAsset();
    void deterministic();
};

void TestDemoOrganization::threeLocationsInThreeCountries()
{
    SimState state;
    DemoOrganization::build(state, kNow);
    QCOMPARE(state.orgName(), u"Fjord & Finch Ltd"_s);
    QCOMPARE(state.locationCount(), 3);
    QSet<QString> countries, names, uIds;
    for (int l = 0; l < state.locationCount(); ++l) {
        countries.insert(state.location(l)->countryCode());
        names.insert(state.location(l)->locationName());
        uIds.insert(state.location(l)->uId());
        QCOMPARE(state.location(l)->uId().size(), 16);
    }
    QCOMPARE(countries.size(), 3);
    QCOMPARE(uIds.size(), 3);
    QVERIFY(names.contains(u"London HQ"_s));
    QVERIFY(names.contains(u"Austin Field Team"_s));
}

void TestDemoOrganization::tokens()
{
    SimState state;
    DemoOrganization::build(state, kNow);
    QCOMPARE(state.tokens().size(), 3);
    int expiringSoon = 0;
    QSet<int> locations;
    for (const SimToken &token : state.tokens()) {
        locations.insert(token.location);
        QVERIFY(!token.revoked);
        const qint64 days = kNow.daysTo(token.expiresAt);
        if (days <= 30) {
            QCOMPARE(days, 20);
            QCOMPARE(state.location(token.location)->locationName(), u"Austin Field Team"_s);
            ++expiringSoon;
        } else {
            QVERIFY(days >= 180 && days <= 335);
        }
        QCOMPARE(state.findTokenByBearer(token.fileContents), &token);
    }
    QCOMPARE(expiringSoon, 1);
    QCOMPARE(locations.size(), 3);
}

void TestDemoOrganization::everyUserState()
{
    SimState state;
    DemoOrganization::build(state, kNow);
    int rows = 0, registered = 0, associated = 0, retired = 0, cameBack = 0, retiredTwice = 0;
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *location = state.location(l);
        QHash<QString, int> retiredRows;
        for (const SimUser &user : location->users()) {
            ++rows;
            QVERIFY(user.email.endsWith(u"@fjordfinch.example"));
            if (user.status == u"Registered") {
                ++registered;
                QCOMPARE(user.inviteCode.size(), 32);
                QVERIFY(user.idHash.isEmpty());
            } else if (user.status == u"Associated") {
                ++associated;
                QVERIFY(!user.idHash.isEmpty());
            } else {
                QCOMPARE(user.status, u"Retired"_s);
                ++retired;
                ++retiredRows[user.clientUserId];
            }
        }
        for (auto it = retiredRows.cbegin(); it != retiredRows.cend(); ++it) {
            cameBack += location->findActiveUser(it.key()) >= 0 ? 1 : 0;
            retiredTwice += it.value() >= 2 ? 1 : 0;
        }
    }
    QVERIFY2(rows >= 80 && rows <= 150, qPrintable(QString::number(rows)));
    QVERIFY(registered > 0);
    QVERIFY(associated > registered);
    QVERIFY(retired > 0);
    QVERIFY(cameBack > 0);
    QVERIFY(retiredTwice > 0);
}

void TestDemoOrganization::assetsAndLicenses()
{
    SimState state;
    DemoOrganization::build(state, kNow);
    qint64 assignments = 0;
    int unlimited = 0, books = 0, plus = 0, userOnlyApps = 0, nearlyOut = 0, deviceLicenses = 0,
        userLicenses = 0;
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *location = state.location(l);
        assignments += location->liveAssignmentCount();
        for (const SimAsset &asset : location->assets()) {
            unlimited += asset.unlimited ? 1 : 0;
            books += asset.productType == u"Book" ? 1 : 0;
            plus += asset.pricingParam == u"PLUS" ? 1 : 0;
            userOnlyApps += asset.productType == u"App" && !asset.deviceAssignable ? 1 : 0;
            if (!asset.unlimited) {
                QVERIFY(asset.assignedCount <= asset.totalCount);
                if (asset.availableCount() > 0 && asset.availableCount() <= 2 && asset.totalCount >= 20)
                    ++nearlyOut;
            }
            if (asset.productType == u"Book") {
                QVERIFY(!asset.revocable);
                QVERIFY(!asset.deviceAssignable);
            }
        }
        for (const SimAssignment &a : location->assignments()) {
            const SimAsset &asset = location->assets().at(a.asset);
            const SimTarget &target = location->targets().at(a.target);
            if (target.kind == SimTargetKind::Device) {
                ++deviceLicenses;
                QVERIFY(asset.deviceAssignable);
                QCOMPARE(asset.productType, u"App"_s);
                QVERIFY(location->isKnownDevice(target.id));
                QCOMPARE(target.id.size(), 12);
            } else {
                ++userLicenses;
                // Only a book may stay with a retired user (Apple leaves book licenses with the account).
                if (location->findActiveUser(target.id) < 0)
                    QCOMPARE(asset.productType, u"Book"_s);
            }
        }
        QVERIFY(location->knownDeviceCount() > 0);
    }
    QVERIFY2(assignments >= 200 && assignments <= 1500, qPrintable(QString::number(assignments)));
    QVERIFY(unlimited >= 3);
    QVERIFY(books >= 5);
    QVERIFY(plus >= 2);
    QVERIFY(userOnlyApps >= 2);
    QVERIFY(nearlyOut >= 1);
    QVERIFY(deviceLicenses > 50);
    QVERIFY(userLicenses > 100);
}

void TestDemoOrganization::catalogCoversEveryAsset()
{
    SimState state;
    DemoOrganization::build(state, kNow);
    for (int l = 0; l < state.locationCount(); ++l) {
        for (const SimAsset &asset : state.location(l)->assets()) {
            const SimProduct *product = state.product(asset.adamId);
            QVERIFY2(product, qPrintable(asset.adamId));
            QVERIFY(!product->name.isEmpty());
            QVERIFY(!product->artistName.isEmpty());
            QVERIFY(!product->version.isEmpty());
            if (asset.productType == u"Book") {
                QCOMPARE(product->kind, u"ebook"_s);
            } else {
                QVERIFY(product->bundleId.startsWith(u"com."));
                QVERIFY(!product->deviceFamilies.isEmpty());
                QVERIFY(!product->minimumOsVersion.isEmpty());
                QCOMPARE(product->price == 0 && !product->b2bCustomApp, asset.unlimited);
            }
        }
    }
    QVERIFY(state.productCount() >= 20);
}

void TestDemoOrganization::deterministic()
{
    SimState first;
    SimState second;
    DemoOrganization::build(first, kNow);
    DemoOrganization::build(second, kNow);
    const QByteArray bytes = saved(first);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(saved(second), bytes);
}

QTEST_GUILESS_MAIN(TestDemoOrganization)
#include "tst_demoorganization.moc"
