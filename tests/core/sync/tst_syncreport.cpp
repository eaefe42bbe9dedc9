// SyncReport: the JSON of `sync --json` (stable keys) and the one-line summaries.
#include "core/sync/syncreport.h"

#include <QTest>

class TestSyncReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasStableKeys()
    {
        SyncReport r;
        r.tokenId = QStringLiteral("id-1");
        r.tokenName = QStringLiteral("North");
        r.full = true;
        r.outcome = SyncReport::Outcome::Ok;
        r.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        r.finishedAt = r.startedAt.addMSecs(1500);
        r.assets = 3;
        r.users = 4;
        r.assignments = 950;
        r.assignmentsAdded = 12;
        r.assignmentsRemoved = 3;
        r.phaseMs = {{QStringLiteral("assets"), 10}, {QStringLiteral("users"), 20}};
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("full"));
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QStringLiteral("token")).toString(), QStringLiteral("North"));
        QCOMPARE(json.value(QStringLiteral("assignments")).toInteger(), 950);
        QCOMPARE(json.value(QStringLiteral("elapsedMs")).toInteger(), 1500);
        QCOMPARE(json.value(QStringLiteral("phaseMs")).toObject().value(QStringLiteral("users")).toInteger(),
                 20);
        QVERIFY(!json.contains(QStringLiteral("error")));
        const QString line = r.summary();
        QVERIFY2(line.contains(QStringLiteral("North")) && line.contains(QStringLiteral("950")) &&
                     line.contains(QStringLiteral("+12")) && line.contains(QStringLiteral("1.5")),
                 qPrintable(line));
    }

    void failureCarriesTheError()
    {
        SyncReport r;
        r.tokenName = QStringLiteral("South");
        r.outcome = SyncReport::Outcome::Failed;
        r.error = VppError::make(VppError::Kind::Apple, QStringLiteral("apple.9625"),
                                 QStringLiteral("The token was revoked."));
        r.error.appleErrorNumber = 9625;
        const QJsonObject error = r.toJson().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("appleErrorNumber")).toInt(), 9625);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("apple.9625"));
        QVERIFY(r.summary().contains(QStringLiteral("revoked")));
        r.outcome = SyncReport::Outcome::Cancelled;
        QCOMPARE(r.toJson().value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestSyncReport)
#include "tst_syncreport.moc"
