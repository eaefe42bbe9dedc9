// BulkInserter on both engines (SQLite's C API, PostgreSQL's COPY): awkward values come back as they
// went in (tabs, newlines, carriage returns, backslashes, "\N" as text, quotes, unicode, NULL, blobs
// with every byte), over more than one COPY block, and a bad row fails at finish() with nothing kept.
#include "core/store/bulkinserter.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include "testengine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBulkInserter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(
            m_db->open(TestEngine::newLocation(m_dir, QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_db->exec(m_db->dialect().expand(
            QStringLiteral("CREATE TABLE bulk (t TEXT, n BIGINT NOT NULL, b ${BLOB})"))));
    }

    void awkwardValuesRoundTrip()
    {
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte.append(char(i));
        const QList<QString> texts = {
            QStringLiteral("tab\there"),
            QStringLiteral("new\nline and \r\n crlf"),
            QStringLiteral("back\\slash \\\\ and \\N and \\t"),
            QStringLiteral("\\N"),
            QStringLiteral("quotes ' \" ; , |"),
            QStringLiteral("unicode é ü ß 日本語 🙂"),
            QString(), // NULL
        };
        QList<QByteArray> blobs = {everyByte, QByteArray("\\x00\t\n"), QByteArray(1, '\0')};
        // Enough rows for several COPY blocks.
        constexpr int rows = 6000;
        {
            Transaction tx(*m_db);
            auto inserter = m_db->dialect().bulkInserter(
                *m_db, QStringLiteral("INSERT INTO bulk (t, n, b) VALUES (?, ?, ?)"), 3);
            QVERIFY(inserter->status());
            for (int i = 0; i < rows; ++i) {
                inserter->bindText(0, texts.at(i % texts.size()));
                inserter->bindInt(1, i);
                if (i % 4 == 3)
                    inserter->bindNull(2);
                else
                    inserter->bindBlob(2, blobs.at(i % blobs.size()));
                const Result<qint64> inserted = inserter->insert();
                QVERIFY2(inserted, qPrintable(inserted.error().toLogString()));
            }
            const Result<void> finished = inserter->finish();
            QVERIFY2(finished, qPrintable(finished.error().toLogString()));
            QVERIFY(tx.commit());
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT t, n, b FROM bulk ORDER BY n")));
        int seen = 0;
        while (q.next()) {
            const int i = q.value(1).toInt();
            QCOMPARE(i, seen);
            const QString expected = texts.at(i % texts.size());
            QCOMPARE(q.value(0).isNull(), expected.isNull());
            QCOMPARE(q.value(0).toString(), expected);
            if (i % 4 == 3)
                QVERIFY(q.value(2).isNull());
            else
                QCOMPARE(q.value(2).toByteArray(), blobs.at(i % blobs.size()));
            ++seen;
        }
        QCOMPARE(seen, rows);
    }

    void badRowFailsAndKeepsNothing()
    {
        {
            Transaction tx(*m_db);
            auto inserter = m_db->dialect().bulkInserter(
                *m_db, QStringLiteral("INSERT INTO bulk (t, n) VALUES (?, ?)"), 2);
            QVERIFY(inserter->status());
            inserter->bindText(0, QStringLiteral("fine"));
            inserter->bindInt(1, 1);
            QVERIFY(inserter->insert());
            inserter->bindText(0, QStringLiteral("no number"));
            inserter->bindNull(1); // NOT NULL
            const Result<qint64> inserted = inserter->insert();
            const Result<void> finished = inserted ? inserter->finish() : Result<void>(inserted.error());
            QVERIFY(!finished);
            QCOMPARE(finished.error().kind, VppError::Kind::Store);
            QCOMPARE(finished.error().code, QStringLiteral("store.constraint"));
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bulk")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
