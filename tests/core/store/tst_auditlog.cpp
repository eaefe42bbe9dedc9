// AuditLog: the hash chain holds for honest appends and reports the first row after an edit,
// a deletion, or a truncation checked against a saved head hash.
#include "core/store/auditlog.h"
#include "core/store/database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }

    void emptyLogIsIntact();
    void appendChainsHashes();
    void pageIsNewestFirst();
    void editedRowIsDetected_data();
    void editedRowIsDetected();
    void deletedRowIsDetected();
    void truncationIsDetectedWithHead();
    void survivesReopen();

private:
    void appendFive();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestAuditLog::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                            QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite"));
    QVERIFY(m_db->open(m_path));
}

void TestAuditLog::appendFive()
{
    AuditLog log(*m_db);
    for (int i = 1; i <= 5; ++i) {
        const Result<AuditEntry> entry =
            log.append(QStringLiteral("admin"), QStringLiteral("license.assign"), QStringLiteral("Berlin"),
                       QJsonObject{{QStringLiteral("adamId"), QString::number(400 + i)},
                                   {QStringLiteral("serials"), i}});
        QVERIFY2(entry, qPrintable(entry.error().toLogString()));
    }
}

void TestAuditLog::emptyLogIsIntact()
{
    AuditLog log(*m_db);
    const AuditVerification v = log.verify().value();
    QVERIFY(v.intact);
    QCOMPARE(v.rowsChecked, 0);
    QCOMPARE(log.headHash().value(), AuditLog::genesisHash());
}

void TestAuditLog::appendChainsHashes()
{
    AuditLog log(*m_db);
    const AuditEntry first =
        log.append(QStringLiteral("admin"), QStringLiteral("token.add"), QStringLiteral("A"),
                   QJsonObject{{QStringLiteral("uid"), QStringLiteral("1")}})
            .value();
    const AuditEntry second =
        log.append(QStringLiteral("cli"), QStringLiteral("sync.run"), QString()).value();
    QCOMPARE(first.prevHash, AuditLog::genesisHash());
    QCOMPARE(second.prevHash, first.hash);
    QCOMPARE(first.hash.size(), 64);
    QVERIFY(first.hash != second.hash);
    QCOMPARE(log.headHash().value(), second.hash);
    const AuditVerification v = log.verify(second.hash).value();
    QVERIFY2(v.intact, qPrintable(v.reason));
    QCOMPARE(v.rowsChecked, 2);
}

void TestAuditLog::pageIsNewestFirst()
{
    appendFive();
    AuditLog log(*m_db);
    QCOMPARE(log.count().value(), 5);
    const QList<AuditEntry> page = log.page(0, 2).value();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).id, 5);
    QCOMPARE(page.at(1).id, 4);
    QCOMPARE(page.at(0).details.value(QStringLiteral("adamId")).toString(), QStringLiteral("405"));
    QCOMPARE(page.at(0).tokenName, QStringLiteral("Berlin"));
    QVERIFY(page.at(0).at.isValid());
}

void TestAuditLog::editedRowIsDetected_data()
{
    QTest::addColumn<QString>("update");
    QTest::newRow("details") << QStringLiteral(
        "UPDATE audit_log SET details = '{\"adamId\":\"999\"}' WHERE id = 3");
    QTest::newRow("actor") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3");
    QTest::newRow("at") << QStringLiteral(
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 3");
    QTest::newRow("token") << QStringLiteral("UPDATE audit_log SET token_name = 'Paris' WHERE id = 3");
}

void TestAuditLog::editedRowIsDetected()
{
    QFETCH(QString, update);
    appendFive();
    QVERIFY(m_db->exec(update));
    const AuditVerification v = AuditLog(*m_db).verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstTamperedId, 3);
    QVERIFY(v.reason.contains(QStringLiteral("changed")));
}

void TestAuditLog::deletedRowIsDetected()
{
    appendFive();
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    const AuditVerification v = AuditLog(*m_db).verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstTamperedId, 3); // the row after the gap no longer follows its predecessor
    QVERIFY(v.reason.contains(QStringLiteral("removed")));

    // Even a recomputed hash on the edited row does not hide the change: the next link breaks.
}

void TestAuditLog::truncationIsDetectedWithHead()
{
    appendFive();
    AuditLog log(*m_db);
    const QString head = log.headHash().value();
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
    QVERIFY(log.verify().value().intact); // the chain alone cannot see a cut at the end
    const AuditVerification v = log.verify(head).value();
    QVERIFY(!v.intact);
    QVERIFY(v.reason.contains(QStringLiteral("missing")));
}

void TestAuditLog::survivesReopen()
{
    appendFive();
    m_db->close();
    QVERIFY(m_db->open(m_path));
    AuditLog log(*m_db);
    QVERIFY(log.append(QStringLiteral("admin"), QStringLiteral("token.remove"), QStringLiteral("Berlin")));
    const AuditVerification v = log.verify().value();
    QVERIFY2(v.intact, qPrintable(v.reason));
    QCOMPARE(v.rowsChecked, 6);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
