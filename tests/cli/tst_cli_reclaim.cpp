// `vppdesk-cli reclaim` end to end: the built binary on a database filled through the store
// classes (no network): candidates with their reasons, the totals per app, --not-seen-days,
// --token, --json and --csv, and a usage error for a bad number of days.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/userstore.h"

#include "processrun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReclaim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;

    ProcessRun cli(const QStringList &arguments)
    {
        return ProcessRun::run(TestSupport::executable(u"vppdesk-cli"_s),
                               QStringList{u"--database"_s, m_dbPath} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::executable(u"vppdesk-cli"_s).isEmpty(), "vppdesk-cli not built");
        std::unique_ptr<Database> db;
        QString london;
        QString berlin;
        QVERIFY(TestSupport::openTestDatabase(db, m_dir, u"cli"_s,
                                              {{u"London"_s, &london}, {u"Berlin"_s, &berlin}}));
        m_dbPath = db->path();
        AssetRecord app;
        app.adamId = u"408709785"_s;
        app.totalCount = 10;
        app.revocable = true;
        app.deviceAssignable = true;
        QVERIFY(AssetStore(*db).applyFull(london, {app}));
        QVERIFY(AssetStore(*db).applyFull(berlin, {app}));
        QVERIFY(db->exec(u"INSERT INTO asset_metadata (adam_id, name, lookup_status) VALUES ('408709785', "
                         "'=Pages', 'found')"_s));
        AssignmentRecord ghost;
        ghost.adamId = app.adamId;
        ghost.clientUserId = u"emp-ghost"_s;
        AssignmentRecord known;
        known.adamId = app.adamId;
        known.clientUserId = u"emp-10001"_s;
        AssignmentRecord ipad;
        ipad.adamId = app.adamId;
        ipad.serialNumber = u"C02OLD"_s;
        QVERIFY(AssignmentStore(*db).applyFull(london, {ghost, known, ipad}));
        QVERIFY(AssignmentStore(*db).applyFull(berlin, {ipad}));
        VppUserRecord user;
        user.clientUserId = u"emp-10001"_s;
        user.status = u"Associated"_s;
        QVERIFY(UserStore(*db).applyFull(london, {user}));
        DeviceRecord device;
        device.serialNumber = u"C02OLD"_s;
        device.lastSeen = QDateTime::currentDateTimeUtc().addDays(-40);
        QVERIFY(DeviceStore(*db).upsert({device}));
    }

    void jsonListsCandidatesAndTotals()
    {
        const ProcessRun run = cli({u"reclaim"_s, u"--not-seen-days"_s, u"30"_s, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(doc.value(u"notSeenDays"_s).toInt(), 30);
        QCOMPARE(doc.value(u"total"_s).toInt(), 3);
        const QJsonArray candidates = doc.value(u"candidates"_s).toArray();
        QCOMPARE(candidates.size(), 3);
        // Berlin first (by location): the old iPad; then London's iPad and the unregistered user.
        QCOMPARE(candidates.at(0).toObject().value(u"token"_s).toString(), u"Berlin"_s);
        QCOMPARE(candidates.at(0).toObject().value(u"reason"_s).toString(), u"deviceNotSeen"_s);
        QCOMPARE(candidates.at(0).toObject().value(u"serialNumber"_s).toString(), u"C02OLD"_s);
        QVERIFY(candidates.at(0).toObject().contains(u"lastSeen"_s));
        QCOMPARE(candidates.at(2).toObject().value(u"clientUserId"_s).toString(), u"emp-ghost"_s);
        QCOMPARE(candidates.at(2).toObject().value(u"reason"_s).toString(), u"userNotRegistered"_s);
        const QJsonArray totals = doc.value(u"totals"_s).toArray();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.at(0).toObject().value(u"licenses"_s).toInt(), 3);
        QCOMPARE(totals.at(0).toObject().value(u"devices"_s).toInt(), 2);
    }

    void daysAndTokenFilter()
    {
        // Not seen for 60 days: the iPad (40 days) is not a candidate any more.
        ProcessRun run = cli({u"reclaim"_s, u"--not-seen-days"_s, u"60"_s, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"total"_s).toInt(), 1);
        run = cli({u"reclaim"_s, u"--not-seen-days"_s, u"30"_s, u"--token"_s, u"Berlin"_s, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"total"_s).toInt(), 1);
        QCOMPARE(cli({u"reclaim"_s, u"--token"_s, u"Nowhere"_s}).code, 1);
        QCOMPARE(cli({u"reclaim"_s, u"--not-seen-days"_s, u"soon"_s}).code, 2);
    }

    void tableAndCsv()
    {
        ProcessRun run = cli({u"reclaim"_s, u"--not-seen-days"_s, u"30"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"user not registered"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"device not seen since"_s));
        QVERIFY(run.out.contains(u"could be reclaimed"_s));
        run = cli({u"reclaim"_s, u"--not-seen-days"_s, u"30"_s, u"--csv"_s});
        QVERIFY2(run.code == 0, qPrintable(run.describe()));
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), u"token,adamId,name,clientUserId,serialNumber,reason"_s);
        // The app's name starts with "=": never a formula.
        QVERIFY2(lines.at(1).contains(u",'=Pages,"_s), qPrintable(lines.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestCliReclaim)
#include "tst_cli_reclaim.moc"
