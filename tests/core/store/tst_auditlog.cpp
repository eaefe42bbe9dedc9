// AuditLog: the hash chain holds for honest appends and reports the first row after an edit,
// a deletion, or a truncation checked against a saved head hash. Keyed (HMAC with the keychain's
// key, through a memory-only vault): a rewritten entry, a cut-off end and a wrong key are three
// findings, rows from before the key still verify, and every AuditLog on the database seals.
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/token/auditkeyring.h"
#include "core/token/tokenvault.h"

#include "testengine.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init();
    void cleanup()
    {
        if (m_db)
            AuditLog::setKeying(*m_db, nullptr);
        m_keyring.reset();
        m_vault.reset();
        m_db.reset();
    }

    void emptyLogIsIntact();
    void appendChainsHashes();
    void pageIsNewestFirst();
    void editedRowIsDetected_data();
    void editedRowIsDetected();
    void deletedRowIsDetected();
    void truncationIsDetectedWithHead();
    void survivesReopen();

    void keyedChainVerifies();
    void rewrittenKeyedEntryIsFound();
    void resealedWithoutTheKeyIsFound();
    void cutOffEndIsFound();
    void wrongKeyIsFound();
    void rowsFromBeforeTheKeyStillVerify();
    void headWaitsForTheOuterTransaction();

private:
    void appendFive();
    void keyTheLog();
    AuditVerification verifyWithKeychain();
    void exec(const QString &sql);

    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<AuditKeyring> m_keyring;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestAuditLog::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    m_path = TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()) +
                                                QString::fromLatin1(QTest::currentDataTag()));
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

// The workspace's wiring, with a memory-only vault: the key and the head in "the keychain".
void TestAuditLog::keyTheLog()
{
    m_vault = std::make_unique<TokenVault>(QStringLiteral("VPP Desk Test"));
    m_vault->setMemoryOnly(true);
    m_keyring = std::make_unique<AuditKeyring>(*m_vault);
    m_keyring->setChainId(QStringLiteral("chain-1"));
    auto keying = std::make_shared<AuditKeying>();
    AuditKeyring *keyring = m_keyring.get();
    keying->key = [keyring] { return keyring->key(); };
    keying->headWritten = [keyring](const AuditHead &head) { keyring->storeHead(head); };
    AuditLog::setKeying(*m_db, std::move(keying));
}

AuditVerification TestAuditLog::verifyWithKeychain()
{
    m_keyring->flush();
    const Result<AuditTrust> trust = m_keyring->trust();
    if (!trust)
        qFatal("no trust: %s", qPrintable(trust.error().toLogString()));
    const Result<AuditVerification> v = AuditLog(*m_db).verify(trust.value());
    if (!v)
        qFatal("verify failed: %s", qPrintable(v.error().toLogString()));
    return v.value();
}

void TestAuditLog::exec(const QString &sql)
{
    const Result<void> done = m_db->exec(sql);
    QVERIFY2(done, qPrintable(done.error().toLogString()));
}

void TestAuditLog::keyedChainVerifies()
{
    keyTheLog();
    appendFive();
    const auto entries = AuditLog(*m_db).page(0, 10).value();
    QCOMPARE(entries.size(), 5);
    for (const AuditEntry &e : entries)
        QCOMPARE(e.keyId, AuditLog::keyIdOf(m_keyring->key().value()));
    const AuditVerification v = verifyWithKeychain();
    QVERIFY2(v.intact, qPrintable(v.reason));
    QCOMPARE(v.finding, AuditVerification::Finding::None);
    QCOMPARE(v.rowsChecked, 5);
    QCOMPARE(v.legacyRows, 0);
    QVERIFY(v.headChecked);
    // The key is in the keychain, never in the database.
    QSqlQuery settings(m_db->connection());
    QVERIFY(settings.exec(QStringLiteral("SELECT value FROM settings")));
    const QString key = QString::fromLatin1(m_keyring->key().value().toBase64());
    while (settings.next())
        QVERIFY(!settings.value(0).toString().contains(key));
}

void TestAuditLog::rewrittenKeyedEntryIsFound()
{
    keyTheLog();
    appendFive();
    exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3"));
    const AuditVerification v = verifyWithKeychain();
    QVERIFY(!v.intact);
    QCOMPARE(v.finding, AuditVerification::Finding::RewrittenEntry);
    QCOMPARE(v.firstTamperedId, 3);
}

// Whoever can write the file but not read the keychain rebuilds a perfect unkeyed chain: the
// keychain's first keyed row says those rows must be sealed.
void TestAuditLog::resealedWithoutTheKeyIsFound()
{
    keyTheLog();
    appendFive();
    m_keyring->flush();
    QSqlQuery rows(m_db->connection());
    QVERIFY(rows.exec(
        QStringLiteral("SELECT id, at, actor, action, token_name, details FROM audit_log ORDER BY id")));
    QString previous = AuditLog::genesisHash();
    QList<QStringList> rewritten;
    while (rows.next()) {
        const QString actor =
            rows.value(0).toLongLong() == 2 ? QStringLiteral("mallory") : rows.value(2).toString();
        const QString hash = AuditLog::computeHash(previous, rows.value(0).toLongLong(),
                                                   rows.value(1).toString(), actor, rows.value(3).toString(),
                                                   rows.value(4).toString(), rows.value(5).toString());
        rewritten.append({rows.value(0).toString(), actor, previous, hash});
        previous = hash;
    }
    for (const QStringList &r : std::as_const(rewritten))
        exec(QStringLiteral("UPDATE audit_log SET actor = '%1', prev_hash = '%2', hash = '%3', key_id = NULL "
                            "WHERE id = %4")
                 .arg(r[1], r[2], r[3], r[0]));
    QVERIFY(AuditLog(*m_db).verify().value().intact); // the old unkeyed check is fooled
    const AuditVerification v = verifyWithKeychain();
    QVERIFY(!v.intact);
    QCOMPARE(v.finding, AuditVerification::Finding::RewrittenEntry);
    QCOMPARE(v.firstTamperedId, 1);
}

void TestAuditLog::cutOffEndIsFound()
{
    keyTheLog();
    appendFive();
    exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 4"));
    const AuditVerification v = verifyWithKeychain();
    QVERIFY(!v.intact);
    QCOMPARE(v.finding, AuditVerification::Finding::TruncatedTail);
    QCOMPARE(v.firstTamperedId, 4);
    QCOMPARE(v.rowsChecked, 3);
}

void TestAuditLog::wrongKeyIsFound()
{
    keyTheLog();
    appendFive();
    m_keyring->flush();
    AuditTrust other = m_keyring->trust().value();
    other.key = QByteArray(32, 'x');
    const AuditVerification v = AuditLog(*m_db).verify(other).value();
    QVERIFY(!v.intact);
    QCOMPARE(v.finding, AuditVerification::Finding::WrongKey);
    QCOMPARE(v.firstTamperedId, 1);
    // A keychain without any audit key (the database was copied to another account).
    const AuditVerification none = AuditLog(*m_db).verify(AuditTrust{}).value();
    QCOMPARE(none.finding, AuditVerification::Finding::WrongKey);
    // Three different findings.
    QVERIFY(AuditVerification::findingKey(AuditVerification::Finding::WrongKey) !=
            AuditVerification::findingKey(AuditVerification::Finding::TruncatedTail));
}

// A database from before the key: its rows verify as a plain chain, and the report says which.
void TestAuditLog::rowsFromBeforeTheKeyStillVerify()
{
    AuditLog log(*m_db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.append(QStringLiteral("admin"), QStringLiteral("token.add"), QStringLiteral("Old")));
    keyTheLog();
    AuditLog jobRunnersOwn(*m_db); // another instance on the same database seals too
    for (int i = 0; i < 2; ++i)
        QVERIFY(jobRunnersOwn.append(QStringLiteral("admin"), QStringLiteral("license.assign"),
                                     QStringLiteral("New")));
    const auto newest = log.page(0, 1).value();
    QVERIFY(!newest.constFirst().keyId.isEmpty());
    const AuditVerification v = verifyWithKeychain();
    QVERIFY2(v.intact, qPrintable(v.reason));
    QCOMPARE(v.rowsChecked, 5);
    QCOMPARE(v.legacyRows, 3);
    QCOMPARE(v.lastLegacyId, 3);
    // An old row edited is still found.
    exec(QStringLiteral("UPDATE audit_log SET token_name = 'Elsewhere' WHERE id = 2"));
    QCOMPARE(verifyWithKeychain().finding, AuditVerification::Finding::RewrittenEntry);
}

// An append inside a caller's transaction that rolls back must not leave the head ahead of the log.
void TestAuditLog::headWaitsForTheOuterTransaction()
{
    keyTheLog();
    appendFive();
    {
        Transaction outer(*m_db);
        QVERIFY(outer.status());
        QVERIFY(AuditLog(*m_db).append(QStringLiteral("admin"), QStringLiteral("token.settings"), QString()));
        outer.rollback();
    }
    const AuditVerification v = verifyWithKeychain();
    QVERIFY2(v.intact, qPrintable(v.reason));
    QCOMPARE(v.rowsChecked, 5);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
