// AuditQuery: the log newest first, paged, filtered by action, token and text (case-insensitive,
// with LIKE's wildcards taken literally), and the distinct actions and token names.
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/views/auditquery.h"

#include "testengine.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestEngine::newLocation(m_dir, u"audit"_s)));
        AuditLog log(*m_db);
        QVERIFY(log.append(u"alice"_s, u"token.add"_s, u"London HQ"_s, {{u"location"_s, u"London"_s}}));
        QVERIFY(log.append(u"bob"_s, u"token.add"_s, u"Berlin Office"_s, {{u"location"_s, u"Berlin"_s}}));
        QVERIFY(log.append(u"alice"_s, u"license.assign"_s, u"London HQ"_s,
                           {{u"users"_s, 5}, {u"note"_s, u"100%_done"_s}}));
        QVERIFY(log.append(u"cli"_s, u"import.devices"_s, {}, {{u"imported"_s, 12}}));
    }

    void cleanup() { m_db.reset(); }

    void newestFirstAndPaged()
    {
        AuditQuery query(*m_db);
        QCOMPARE(query.count({}).value(), 4);
        const auto all = query.page({}, 0, 10);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).action, u"import.devices"_s);
        QCOMPARE(all->at(3).tokenName, u"London HQ"_s);
        QCOMPARE(all->at(3).details.value(u"location"_s).toString(), u"London"_s);
        const auto second = query.page({}, 1, 2);
        QCOMPARE(second->size(), 2);
        QCOMPARE(second->at(0).action, u"license.assign"_s);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("action") << u"token.add"_s << QString() << QString() << 2;
        QTest::newRow("token") << QString() << u"London HQ"_s << QString() << 2;
        QTest::newRow("both") << u"token.add"_s << u"London HQ"_s << QString() << 1;
        QTest::newRow("actor text") << QString() << QString() << u"ALICE"_s << 2;
        QTest::newRow("details text") << QString() << QString() << u"berlin"_s << 1;
        QTest::newRow("literal percent") << QString() << QString() << u"100%_"_s << 1;
        QTest::newRow("wildcards not wild") << QString() << QString() << u"a%e"_s << 0;
        QTest::newRow("nothing") << QString() << QString() << u"zebra"_s << 0;
    }

    void filters()
    {
        QFETCH(QString, action);
        QFETCH(QString, token);
        QFETCH(QString, text);
        QFETCH(int, count);
        AuditQuery query(*m_db);
        const AuditQuery::Filter filter{action, token, text};
        QCOMPARE(query.count(filter).value(), count);
        QCOMPARE(query.page(filter, 0, 100)->size(), count);
    }

    void choices()
    {
        AuditQuery query(*m_db);
        QCOMPARE(query.actions().value(),
                 (QStringList{u"import.devices"_s, u"license.assign"_s, u"token.add"_s}));
        QCOMPARE(query.tokenNames().value(), (QStringList{u"Berlin Office"_s, u"London HQ"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
