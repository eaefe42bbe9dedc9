// UserStore: full replace, delta updates of the single active row, retired rows kept apart, and
// the help-desk lookup by clientUserId or e-mail.
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/store/transaction.h"
#include "core/store/userstore.h"

#include "testengine.h"

#include <QSqlQuery>

#include <QTemporaryDir>
#include <QTest>

class TestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init();
    void cleanup() { m_db.reset(); }

    void fullPassReplaces();
    void deltaUpdatesActiveAndKeepsRetired();
    void findByIdOrEmail();
    void streamingFullPassKeepsIndexes();

private:
    QString addToken(const QString &name)
    {
        TokenRecord r;
        r.name = name;
        return TokenStore(*m_db).insert(r).value().id;
    }
    static VppUserRecord user(const QString &client, const QString &status, const QString &email = {},
                              const QString &idHash = {})
    {
        VppUserRecord u;
        u.clientUserId = client;
        u.status = status;
        u.email = email;
        u.idHash = idHash;
        return u;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestUserStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestUserStore::fullPassReplaces()
{
    const QString token = addToken(QStringLiteral("A"));
    UserStore store(*m_db);
    QList<VppUserRecord> users;
    for (int i = 0; i < 250; ++i)
        users << user(QStringLiteral("client-%1").arg(i), QStringLiteral("Registered"));
    users << user(QStringLiteral("client-0"), QStringLiteral("Retired")) // retired twin of an active user
          << user(QStringLiteral("client-0"), QStringLiteral("Retired"), QStringLiteral("old@example.org"));
    QCOMPARE(store.applyFull(token, users).value(), 252);
    QCOMPARE(store.countForToken(token).value(), 252);
    QCOMPARE(store.countForToken(token, true).value(), 250);
    QCOMPARE(store.applyFull(token, {user(QStringLiteral("x"), QStringLiteral("Associated"))}).value(), 1);
    QCOMPARE(store.countForToken(token).value(), 1);
    QCOMPARE(store.page(token, 0, 10).value().constFirst().clientUserId, QStringLiteral("x"));
}

void TestUserStore::deltaUpdatesActiveAndKeepsRetired()
{
    const QString token = addToken(QStringLiteral("A"));
    UserStore store(*m_db);
    VppUserRecord registered =
        user(QStringLiteral("u1"), QStringLiteral("Registered"), QStringLiteral("a@x.org"));
    registered.inviteCode = QStringLiteral("invite");
    QVERIFY(store.applyFull(token, {registered}));

    // Registered -> Associated updates the one active row.
    QCOMPARE(store
                 .applyDelta(token, {user(QStringLiteral("u1"), QStringLiteral("Associated"),
                                          QStringLiteral("a@x.org"), QStringLiteral("hash1"))})
                 .value(),
             1);
    QCOMPARE(store.countForToken(token).value(), 1);
    // Retiring it keeps the row as Retired; a new active row for the same id may follow.
    QVERIFY(store.applyDelta(token, {user(QStringLiteral("u1"), QStringLiteral("Retired"),
                                          QStringLiteral("a@x.org"), QStringLiteral("hash1"))}));
    QCOMPARE(store.countForToken(token, true).value(), 0);
    QVERIFY(store.applyDelta(
        token, {user(QStringLiteral("u1"), QStringLiteral("Registered"), QStringLiteral("b@x.org"))}));
    QCOMPARE(store.countForToken(token).value(), 2);
    QCOMPARE(store.countForToken(token, true).value(), 1);
    // The same retired row reported again is not duplicated.
    QCOMPARE(store.applyDelta(token, {user(QStringLiteral("u2"), QStringLiteral("Retired"))}).value(), 1);
    QCOMPARE(store.applyDelta(token, {user(QStringLiteral("u2"), QStringLiteral("Retired"))}).value(), 0);
    QCOMPARE(store.countForToken(token).value(), 3);
}

void TestUserStore::findByIdOrEmail()
{
    const QString a = addToken(QStringLiteral("A"));
    const QString b = addToken(QStringLiteral("B"));
    UserStore store(*m_db);
    QVERIFY(store.applyFull(
        a, {user(QStringLiteral("jane"), QStringLiteral("Associated"), QStringLiteral("Jane@X.org"))}));
    QVERIFY(store.applyFull(b, {user(QStringLiteral("jane"), QStringLiteral("Registered"))}));
    QCOMPARE(store.find(QStringLiteral("jane")).value().size(), 2);
    const QList<VppUserRecord> byMail = store.find(QStringLiteral("jane@x.org")).value();
    QCOMPARE(byMail.size(), 1);
    QCOMPARE(byMail.constFirst().tokenId, a);
    QVERIFY(store.find(QStringLiteral("nobody")).value().isEmpty());
}

// clearToken() sets the lookup indexes aside for speed; finishFullPass() must bring them back
// inside the same transaction, so no committed database ever lacks them.
void TestUserStore::streamingFullPassKeepsIndexes()
{
    const QString token = addToken(QStringLiteral("A"));
    auto indexes = [this] {
        QStringList names;
        QSqlQuery q(m_db->connection());
        q.exec(TestEngine::isPostgreSql()
                   ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'vpp_users' "
                                    "AND indexname LIKE 'idx_%' ORDER BY indexname")
                   : QStringLiteral(
                         "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'vpp_users' "
                         "AND name LIKE 'idx_%' ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    };
    const QStringList before = indexes();
    QVERIFY(before.contains(QStringLiteral("idx_vpp_users_client")));
    UserStore store(*m_db);
    {
        Transaction tx(*m_db);
        QVERIFY(store.clearToken(token));
        QVERIFY(store.appendRows(token, {user(QStringLiteral("c1"), QStringLiteral("Associated"))}));
        QVERIFY(store.finishFullPass());
        QVERIFY(tx.commit());
    }
    QCOMPARE(indexes(), before);
    QCOMPARE(store.countForToken(token).value(), 1);
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
