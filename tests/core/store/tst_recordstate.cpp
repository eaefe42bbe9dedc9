// Tests of RecordState: every state converts to the text the database has always held and back,
// unknown text falls back, every state has words, and a database of the previous schema gains the
// batches' resubmission count.
#include "core/store/database.h"
#include "core/store/jobstore.h"
#include "core/store/recordstate.h"
#include "core/store/tokenrecord.h"
#include "core/store/tokenstore.h"

#include "testengine.h"

#include <QMetaEnum>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRecordState : public QObject
{
    Q_OBJECT

    template<typename E, typename FromText>
    void roundTrip(FromText fromText)
    {
        const QMetaEnum meta = QMetaEnum::fromType<E>();
        QSet<QString> texts;
        for (int i = 0; i < meta.keyCount(); ++i) {
            const E state = E(meta.value(i));
            const QString text = RecordState::toText(state);
            QCOMPARE(fromText(text), state);
            QVERIFY(!RecordState::label(state).isEmpty());
            texts.insert(text);
        }
        QCOMPARE(texts.size(), meta.keyCount());
    }

private Q_SLOTS:
    void everyStateConvertsBack()
    {
        roundTrip<RecordState::Job>([](const QString &t) { return RecordState::jobFromText(t); });
        roundTrip<RecordState::Batch>([](const QString &t) { return RecordState::batchFromText(t); });
        roundTrip<RecordState::SyncRun>([](const QString &t) { return RecordState::syncRunFromText(t); });
    }

    void databaseKeepsItsTexts()
    {
        // The values rows written by earlier versions hold.
        QCOMPARE(RecordState::toText(RecordState::Job::Running), QStringLiteral("running"));
        QCOMPARE(RecordState::toText(RecordState::Job::Partial), QStringLiteral("partial"));
        QCOMPARE(RecordState::toText(RecordState::Batch::Pending), QStringLiteral("PENDING"));
        QCOMPARE(RecordState::toText(RecordState::Batch::Complete), QStringLiteral("COMPLETE"));
        QCOMPARE(RecordState::toText(RecordState::Batch::Error), QStringLiteral("error"));
        QCOMPARE(RecordState::toText(RecordState::SyncRun::Interrupted), QStringLiteral("interrupted"));
    }

    void unknownTextFallsBack()
    {
        QCOMPARE(RecordState::jobFromText(QStringLiteral("exploded")), RecordState::Job::Failed);
        QCOMPARE(RecordState::batchFromText(QStringLiteral("pending")), RecordState::Batch::Error);
        QCOMPARE(RecordState::syncRunFromText(QString()), RecordState::SyncRun::Failed);
    }

    void journalStoresStatesAndResubmissions()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(TestEngine::newLocation(dir, QStringLiteral("jobs"))).isOk());
        TokenRecord t;
        t.name = QStringLiteral("School");
        const QString tokenId = TokenStore(db).insert(t)->id;
        JobStore store(db);
        const qint64 jobId = store.create(tokenId, QStringLiteral("assign"), {}, {}, 1).value();
        QCOMPARE(store.find(jobId)->value().state, RecordState::Job::Running);
        QVERIFY(store.markSubmitted(jobId, 0, RecordState::Batch::Pending, QStringLiteral("e1")).isOk());
        QVERIFY(store.markResubmit(jobId, 0).isOk());
        QVERIFY(store.markResubmit(jobId, 0).isOk());
        const JobEventRecord e = store.events(jobId)->first();
        QCOMPARE(e.status, RecordState::Batch::Planned);
        QCOMPARE(e.resubmits, 2);
        QVERIFY(store.setState(jobId, RecordState::Job::NeedsChecking).isOk());
        QCOMPARE(store.running()->size(), 0); // never resumed
        QSqlQuery raw(db.connection());
        QVERIFY(raw.exec(QStringLiteral("SELECT state FROM jobs")) && raw.next());
        QCOMPARE(raw.value(0).toString(), QStringLiteral("needsChecking"));
    }
};

QTEST_GUILESS_MAIN(TestRecordState)
#include "tst_recordstate.moc"
