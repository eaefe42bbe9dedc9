// The repositories the sync engine adds to the store: SyncHistory (runs, changes, interrupted
// runs), MetadataStore (found, not found, icons) and the streaming passes of AssignmentStore and
// UserStore, each inside one outer transaction as the engine runs them.
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/metadatastore.h"
#include "core/store/synchistory.h"
#include "core/store/tokenstore.h"
#include "core/store/transaction.h"
#include "core/store/userstore.h"

#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

class TestSyncStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_token;

    static AssignmentRecord user(const QString &adam, const QString &id)
    {
        return {QString(), adam, QStringLiteral("STDQ"), id, QString()};
    }
    static AssignmentRecord device(const QString &adam, const QString &serial)
    {
        return {QString(), adam, QStringLiteral("STDQ"), QString(), serial};
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestEngine::newLocation(m_dir, QStringLiteral("t"))));
        TokenRecord t;
        t.name = QStringLiteral("north");
        m_token = TokenStore(*m_db).insert(t)->id;
    }

    void cleanup() { m_db.reset(); }

    void historyRecordsRunsAndChanges()
    {
        SyncHistory history(*m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<qint64> run = history.startRun(m_token, QStringLiteral("full"), now);
        QVERIFY(run);
        SyncRunRecord r;
        r.id = run.value();
        r.tokenId = m_token;
        r.finishedAt = now.addSecs(2);
        r.kind = QStringLiteral("full");
        r.outcome = RecordState::SyncRun::Ok;
        r.assets = 3;
        r.assignments = 10;
        r.assignmentsAdded = 10;
        r.pages = 7;
        QVERIFY(history.finishRun(r));
        QVERIFY(history.addChanges(
            r.id,
            {{r.id, SyncChangeRecord::assignmentAdded, QStringLiteral("1"), QStringLiteral("u1"), {}, {}},
             {r.id, SyncChangeRecord::countsChanged, QStringLiteral("1"), QStringLiteral("STDQ"),
              QStringLiteral("total=1"), QStringLiteral("total=2")}}));
        const auto runs = history.runs(m_token);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->constFirst().assignments, 10);
        QCOMPARE(runs->constFirst().pages, 7);
        QCOMPARE(runs->constFirst().outcome, RecordState::SyncRun::Ok);
        QCOMPARE(history.changeCount(r.id).valueOr(-1), 2);
        QCOMPARE(history.changeCount(r.id, SyncChangeRecord::countsChanged).valueOr(-1), 1);
        QCOMPARE(history.changes(r.id)->at(1).newValue, QStringLiteral("total=2"));

        // A run whose process died stays 'running' until the next one marks it.
        const Result<qint64> crashed = history.startRun(m_token, QStringLiteral("incremental"), now);
        QCOMPARE(history.markInterrupted(m_token).valueOr(-1), 1);
        QCOMPARE(history.runs(m_token)->constFirst().id, crashed.value());
        QCOMPARE(history.runs(m_token)->constFirst().outcome, RecordState::SyncRun::Interrupted);
    }

    void metadataFoundNotFoundAndIcons()
    {
        AssetRecord a;
        a.adamId = QStringLiteral("100");
        AssetRecord b;
        b.adamId = QStringLiteral("200");
        QVERIFY(AssetStore(*m_db).applyFull(m_token, {a, b}));
        MetadataStore store(*m_db);
        QCOMPARE(store.unknownAdamIds(m_token).value(),
                 (QStringList{QStringLiteral("100"), QStringLiteral("200")}));
        MetadataRecord found;
        found.adamId = QStringLiteral("100");
        found.name = QStringLiteral("Pages");
        found.lookupStatus = MetadataRecord::found;
        found.icon = QByteArray("\x89PNG-data");
        QVERIFY(store.store(found));
        QVERIFY(store.markNotFound({QStringLiteral("200")}));
        QVERIFY(store.unknownAdamIds(m_token)->isEmpty());
        QCOMPARE(store.find(QStringLiteral("100")).value()->name, QStringLiteral("Pages"));
        QCOMPARE(store.find(QStringLiteral("100")).value()->icon, QByteArray("\x89PNG-data"));
        QCOMPARE(store.find(QStringLiteral("200")).value()->lookupStatus, MetadataRecord::notFound);
        QVERIFY(!store.find(QStringLiteral("300")).value());
        QVERIFY(store.setIcon(QStringLiteral("100"), QByteArray("new")));
        QCOMPARE(store.find(QStringLiteral("100")).value()->icon, QByteArray("new"));
        QCOMPARE(store.count(MetadataRecord::found).valueOr(-1), 1);
    }

    void stagedPassesInsideOneTransaction()
    {
        AssignmentStore store(*m_db);
        {
            Transaction tx(*m_db);
            QVERIFY(store.beginStaging());
            QVERIFY(store.stageRows({user(QStringLiteral("1"), QStringLiteral("a")),
                                     device(QStringLiteral("1"), QStringLiteral("S1"))}));
            QVERIFY(store.stageRows({user(QStringLiteral("2"), QStringLiteral("a")),
                                     user(QStringLiteral("1"), QStringLiteral("a"))})); // duplicate merged
            const auto diff = store.applyStagedFull(m_token, 10);
            QVERIFY(diff);
            QCOMPARE(diff->added, 3);
            QCOMPARE(diff->total, 3);
            QVERIFY(tx.commit());
        }
        {
            // A full pass that ends in a rollback changes nothing.
            Transaction tx(*m_db);
            QVERIFY(store.beginStaging());
            QVERIFY(store.stageRows({user(QStringLiteral("9"), QStringLiteral("z"))}));
            QCOMPARE(store.applyStagedFull(m_token, 10)->removed, 3);
            tx.rollback();
        }
        QCOMPARE(store.countForToken(m_token).valueOr(-1), 3);
        {
            Transaction tx(*m_db);
            QVERIFY(store.beginStaging());
            QVERIFY(store.stageRows({user(QStringLiteral("1"), QStringLiteral("a")),
                                     user(QStringLiteral("3"), QStringLiteral("b"))}));
            const auto delta = store.applyStagedDelta(m_token, 10);
            QCOMPARE(delta->added, 1);
            QCOMPARE(delta->removed, 0);
            QCOMPARE(delta->addedSample.size(), 1);
            QCOMPARE(delta->addedSample.constFirst().clientUserId, QStringLiteral("b"));
            QCOMPARE(delta->total, 4);
            QVERIFY(tx.commit());
        }
        {
            Transaction tx(*m_db);
            QVERIFY(store.beginStaging());
            QVERIFY(store.stageRows({user(QStringLiteral("1"), QStringLiteral("a"))}));
            const auto full = store.applyStagedFull(m_token, 1);
            QCOMPARE(full->removed, 3);
            QCOMPARE(full->removedSample.size(), 1); // capped
            QCOMPARE(full->total, 1);
            QVERIFY(tx.commit());
        }
    }

    void userStreamingFullPass()
    {
        UserStore users(*m_db);
        VppUserRecord u;
        u.clientUserId = QStringLiteral("c1");
        QVERIFY(users.applyFull(m_token, {u}));
        Transaction tx(*m_db);
        QCOMPARE(users.clearToken(m_token).valueOr(-1), 1);
        VppUserRecord v = u;
        v.clientUserId = QStringLiteral("c2");
        VppUserRecord retired = u;
        retired.status = QStringLiteral("Retired");
        QCOMPARE(users.appendRows(m_token, {u, v}).valueOr(-1), 2);
        QCOMPARE(users.appendRows(m_token, {retired, u}).valueOr(-1), 1); // the active c1 is there already
        QVERIFY(tx.commit());
        QCOMPARE(users.countForToken(m_token).valueOr(-1), 3);
        QCOMPARE(users.countForToken(m_token, true).valueOr(-1), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncStores)
#include "tst_syncstores.moc"
