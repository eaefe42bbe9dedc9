// UserQuery: counts and pages of the Users page agree whatever the block size, the filters (token,
// status, prefix of clientUserId or e-mail) narrow both, the sort orders are total and reversible,
// each row carries its token's name and the licenses of (token, clientUserId) only; and on 200,000
// users the count and a page stay fast (the page's license counts are computed for its rows only).
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/userstore.h"
#include "core/views/sqlsearch.h"
#include "core/views/userquery.h"

#include "testengine.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUserQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_alpha;
    QString m_beta;

    static VppUserRecord user(const QString &id, const QString &email, const QString &status,
                              const QString &invite = {})
    {
        VppUserRecord u;
        u.clientUserId = id;
        u.email = email;
        u.status = status;
        u.inviteCode = invite;
        return u;
    }
    static AssignmentRecord held(const QString &adamId, const QString &clientUserId)
    {
        AssignmentRecord r;
        r.adamId = adamId;
        r.clientUserId = clientUserId;
        return r;
    }
    QStringList ids(const UserQuery &query, int blockSize = 1000) const
    {
        return TestSupport::pagedKeys(query, blockSize, [](const UserQuery::Row &r) {
            return QString(r.user.clientUserId + u'@' + r.tokenName);
        });
    }

private Q_SLOTS:
    void initTestCase() { VPP_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(TestSupport::openTestDatabase(m_db, m_dir, u"users"_s,
                                              {{u"Alpha"_s, &m_alpha}, {u"Beta"_s, &m_beta}}));
        UserStore users(*m_db);
        QVERIFY(
            users.applyFull(m_alpha, {user(u"u01"_s, u"Ann.Smith@Example.com"_s, u"Associated"_s),
                                      user(u"u02"_s, u"bob@example.com"_s, u"Registered"_s, u"abc123"_s),
                                      user(u"u03"_s, u"carol@example.com"_s, u"Retired"_s),
                                      user(u"u03"_s, u"carol@example.com"_s, u"Associated"_s),
                                      user(u"x10"_s, u"anna@other.org"_s, u"Registered"_s, u"def456"_s)}));
        QVERIFY(
            users.applyFull(m_beta, {user(u"u01"_s, u"ann.smith@example.com"_s, u"Registered"_s, u"ff00"_s),
                                     user(u"U99"_s, QString(), u"Associated"_s)}));
        AssignmentStore assignments(*m_db);
        QVERIFY(assignments.applyFull(
            m_alpha, {held(u"111"_s, u"u01"_s), held(u"222"_s, u"u01"_s), held(u"111"_s, u"u03"_s)}));
        QVERIFY(assignments.applyFull(m_beta, {held(u"111"_s, u"u01"_s)}));
    }

    void cleanup() { m_db.reset(); }

    void countsAndPagesAgree()
    {
        UserQuery query(*m_db);
        QCOMPARE(query.count().value(), 7);
        const QStringList expected{u"U99@Beta"_s,  u"u01@Alpha"_s, u"u01@Beta"_s, u"u02@Alpha"_s,
                                   u"u03@Alpha"_s, u"u03@Alpha"_s, u"x10@Alpha"_s};
        // Binary order of the clientUserId ("U" before "u"), ties by row id; any block size reads the same.
        for (const int block : {1, 2, 3, 7, 100})
            QCOMPARE(ids(query, block), expected);
        QVERIFY(query.page(7, 10)->isEmpty());
    }

    void rowsCarryTokenLicencesAndInvite()
    {
        UserQuery query(*m_db);
        const auto page = query.page(0, 100);
        QVERIFY(page);
        QHash<QString, std::optional<qint64>> licenses;
        for (const UserQuery::Row &r : page.value()) {
            if (r.user.clientUserId == u"u02"_s) {
                QCOMPARE(r.user.inviteCode, u"abc123"_s);
                QCOMPARE(r.user.status, u"Registered"_s);
                QCOMPARE(r.user.tokenId, m_alpha);
            }
            licenses.insert(r.user.clientUserId + u'@' + r.tokenName + u'/' + r.user.status, r.licenses);
        }
        QCOMPARE(licenses.value(u"u01@Alpha/Associated"_s), 2); // not the one on Beta
        QCOMPARE(licenses.value(u"u01@Beta/Registered"_s), 1);
        QCOMPARE(licenses.value(u"u02@Alpha/Registered"_s), 0);
        QCOMPARE(licenses.value(u"u03@Alpha/Associated"_s), 1);
        // u03 is active again: the license is the active row's, the retired row shows none.
        QVERIFY(!licenses.value(u"u03@Alpha/Retired"_s).has_value());
        QVERIFY(licenses.contains(u"u03@Alpha/Retired"_s));
    }

    void retiredUserKeepsItsStrandedLicences()
    {
        // Retired with no active row: what is still assigned to the id is shown (to be reclaimed).
        VppUserRecord gone = user(u"gone"_s, u"gone@example.com"_s, u"Retired"_s);
        QVERIFY(UserStore(*m_db).applyDelta(m_beta, {gone}));
        AssignmentRecord book = held(u"333"_s, u"gone"_s);
        QVERIFY(AssignmentStore(*m_db).applyFull(m_beta, {held(u"111"_s, u"u01"_s), book}));
        UserQuery query(*m_db);
        query.setFilter({m_beta, u"Retired"_s, {}});
        const auto page = query.page(0, 10);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().licenses, 1);
    }

    void filtersNarrowCountAndPage()
    {
        UserQuery query(*m_db);
        query.setFilter({m_beta, {}, {}});
        QCOMPARE(query.count().value(), 2);
        QCOMPARE(ids(query), (QStringList{u"U99@Beta"_s, u"u01@Beta"_s}));

        query.setFilter({{}, u"Registered"_s, {}});
        QCOMPARE(query.count().value(), 3);
        QCOMPARE(ids(query), (QStringList{u"u01@Beta"_s, u"u02@Alpha"_s, u"x10@Alpha"_s}));

        query.setFilter({m_alpha, u"Retired"_s, {}});
        QCOMPARE(ids(query), QStringList{u"u03@Alpha"_s});
        QCOMPARE(query.count().value(), 1);
    }

    void searchByPrefixOfIdOrEmail()
    {
        UserQuery query(*m_db);
        // E-mail prefix, any case: "ann" finds ann.smith (both tokens) and anna.
        query.setFilter({{}, {}, u"ANN"_s});
        QCOMPARE(query.count().value(), 3);
        QCOMPARE(ids(query), (QStringList{u"u01@Alpha"_s, u"u01@Beta"_s, u"x10@Alpha"_s}));
        // clientUserId prefix as typed, and in lower case.
        query.setFilter({{}, {}, u"u0"_s});
        QCOMPARE(query.count().value(), 5);
        query.setFilter({{}, {}, u"U"_s});
        QCOMPARE(query.count().value(), 6); // U99 and the u0x rows
        query.setFilter({{}, {}, u"U9"_s});
        QCOMPARE(ids(query), QStringList{u"U99@Beta"_s});
        // A prefix, not a substring.
        query.setFilter({{}, {}, u"example"_s});
        QCOMPARE(query.count().value(), 0);
        // Combined with the filters; LIKE wildcards are plain characters.
        query.setFilter({m_alpha, u"Registered"_s, u"bob@"_s});
        QCOMPARE(ids(query), QStringList{u"u02@Alpha"_s});
        query.setFilter({{}, {}, u"%"_s});
        QCOMPARE(query.count().value(), 0);
    }

    void sortOrdersAreTotalAndReversible()
    {
        UserQuery query(*m_db);
        for (const auto key :
             {UserQuery::SortKey::ClientUserId, UserQuery::SortKey::Email, UserQuery::SortKey::Status,
              UserQuery::SortKey::ManagedAppleId, UserQuery::SortKey::TokenName}) {
            query.setSort(key, false);
            const QStringList ascending = ids(query, 2);
            query.setSort(key, true);
            QStringList descending = ids(query, 3);
            QCOMPARE(ascending.size(), 7);
            std::reverse(descending.begin(), descending.end());
            QCOMPARE(descending, ascending);
        }
        query.setSort(UserQuery::SortKey::TokenName);
        const QStringList byToken = ids(query);
        QCOMPARE(byToken.mid(5), (QStringList{u"u01@Beta"_s, u"U99@Beta"_s}));
        query.setSort(UserQuery::SortKey::Email);
        QCOMPARE(ids(query).first(), u"U99@Beta"_s); // no e-mail first
    }

    void prefixRangeBoundsThePrefix()
    {
        const auto [low, high] = SqlSearch::prefixRange(u"ab"_s);
        QCOMPARE(low, u"ab"_s);
        QVERIFY(u"ab"_s >= low && u"ab"_s < high);
        QVERIFY(u"abzzz\uffff"_s < high);
        QVERIFY(!(u"ac"_s < high));
    }

    void twoHundredThousandUsersStayFast()
    {
        // The generated organization's size: 200,000 user rows, 200,000 user licenses.
        QList<VppUserRecord> users;
        QList<AssignmentRecord> assignments;
        users.reserve(200000);
        for (int i = 0; i < 200000; ++i) {
            const QString id = u"emp-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            users.append(
                user(id, u"person%1@big.example"_s.arg(i), i % 5 == 0 ? u"Retired"_s : u"Associated"_s));
            if (i % 2 == 0)
                assignments.append(held(QString::number(1000 + i % 50), id));
            if (i % 4 == 0)
                assignments.append(held(QString::number(2000 + i % 50), id));
        }
        QElapsedTimer fill;
        fill.start();
        QVERIFY(UserStore(*m_db).applyFull(m_alpha, users));
        QVERIFY(AssignmentStore(*m_db).applyFull(m_alpha, assignments));
        qInfo("filled 200,000 users and %d licenses in %lld ms", int(assignments.size()), fill.elapsed());

        UserQuery query(*m_db);
        QElapsedTimer timer;
        const auto measure = [&](const char *what, const std::function<void()> &work) {
            timer.start();
            work();
            const qint64 ms = timer.elapsed();
            qInfo("%s: %lld ms", what, ms);
            return ms;
        };
        qint64 worst = 0;
        // Alpha's full pass replaced its five users; Beta keeps its two ("U99" sorts before "emp-").
        worst = qMax(worst, measure("count all", [&] { QCOMPARE(query.count().value(), 200002); }));
        worst = qMax(worst, measure("first page", [&] {
                         const auto page = query.page(0, 256);
                         QCOMPARE(page->size(), 256);
                         QCOMPARE(page->at(1).user.clientUserId, u"emp-000000"_s);
                         QCOMPARE(page->at(1).licenses, 2); // Retired, no active row: still counted
                         QCOMPARE(page->at(2).licenses, 0);
                     }));
        worst = qMax(worst, measure("middle page", [&] {
                         const auto page = query.page(100000, 256);
                         QCOMPARE(page->size(), 256);
                         QCOMPARE(page->first().user.clientUserId, u"emp-099999"_s);
                     }));
        worst = qMax(worst, measure("last page", [&] { QCOMPARE(query.page(199936, 256)->size(), 66); }));
        query.setFilter({m_alpha, {}, {}});
        worst = qMax(worst, measure("token count", [&] { QCOMPARE(query.count().value(), 200000); }));
        worst =
            qMax(worst, measure("token deep page", [&] { QCOMPARE(query.page(150000, 256)->size(), 256); }));
        query.setFilter({{}, u"Retired"_s, {}});
        worst = qMax(worst, measure("status count", [&] { QCOMPARE(query.count().value(), 40000); }));
        worst = qMax(worst, measure("status page", [&] { QCOMPARE(query.page(20000, 256)->size(), 256); }));
        query.setFilter({{}, {}, u"person1999"_s});
        worst = qMax(worst, measure("e-mail search", [&] {
                         QCOMPARE(query.count().value(), 111); // person1999, person1999x, person1999xx
                         QCOMPARE(query.page(0, 256)->size(), 111);
                     }));
        query.setFilter({{}, {}, u"emp-12"_s});
        worst = qMax(worst, measure("id search", [&] {
                         QCOMPARE(query.count().value(), 10000);
                         QCOMPARE(query.page(9000, 256)->size(), 256);
                     }));
        query.setFilter({});
        query.setSort(UserQuery::SortKey::Email, true);
        worst =
            qMax(worst, measure("e-mail order page", [&] { QCOMPARE(query.page(50000, 256)->size(), 256); }));
        // Generous for a shared 2-core machine; typical figures are printed above.
        QVERIFY2(worst < 1500, qPrintable(u"slowest step took %1 ms"_s.arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestUserQuery)
#include "tst_userquery.moc"
