// vppsim over real HTTP: Apple's pagination (currentPageIndex, nextPageIndex only when another
// page exists, totalPages, size, versionId on every page, 9650) and sinceVersionId deltas.
#include "simhttp.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace SimOrg;

namespace {

QJsonObject assetRef(const QString &adamId)
{
    return {{u"adamId"_s, adamId}, {u"pricingParam"_s, u"STDQ"_s}};
}

QString key(const QJsonObject &assignment)
{
    return assignment.value(u"adamId"_s).toString() + u'/' + assignment.value(u"pricingParam"_s).toString() +
           u'/' +
           (assignment.contains(u"clientUserId"_s) ? assignment.value(u"clientUserId"_s).toString()
                                                   : assignment.value(u"serialNumber"_s).toString());
}

QStringList keys(const QJsonArray &assignments)
{
    QStringList list;
    for (const QJsonValue &v : assignments)
        list.append(key(v.toObject()));
    list.sort();
    return list;
}

} // namespace

class TestSimPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void assetsPages();
    void usersPages();
    void assignmentsTraversal();
    void filteredTraversal();
    void emptyResultIsOnePage();
    void pageIndexOutOfRange_data();
    void pageIndexOutOfRange();
    void versionIdChangesMidTraversal();
    void assignmentDeltas();
    void assignmentDeltaPages();
    void removedAssignmentsAreOmittedFromDeltas();
    void userDeltas();
    void invalidVersionId_data();
    void invalidVersionId();

private:
    std::unique_ptr<SimHttp> m_http;
};

void TestSimPaging::init()
{
    m_http = std::make_unique<SimHttp>();
    QVERIFY2(m_http->isListening(), qPrintable(m_http->startError()));
    m_http->sim().config().pageSize = 4;
}

void TestSimPaging::cleanup()
{
    m_http.reset();
}

void TestSimPaging::assetsPages()
{
    // 6 assets, 4 per page: pages of 4 and 2.
    const SimReply first = m_http->get(u"assets"_s);
    QCOMPARE(first.status, 200);
    SIM_SHAPE(SimShape::page, first.json, u"assets"_s);
    QCOMPARE(first.json.value(u"currentPageIndex"_s).toInt(), 0);
    QCOMPARE(first.json.value(u"nextPageIndex"_s).toInt(), 1);
    QCOMPARE(first.json.value(u"totalPages"_s).toInt(), 2);
    QCOMPARE(first.json.value(u"size"_s).toInt(), 4);

    const SimReply last = m_http->get(u"assets"_s, QUrlQuery(u"pageIndex=1"_s));
    QCOMPARE(last.status, 200);
    SIM_SHAPE(SimShape::page, last.json, u"assets"_s);
    QCOMPARE(last.json.value(u"currentPageIndex"_s).toInt(), 1);
    QVERIFY(!last.json.contains(u"nextPageIndex"_s));
    QCOMPARE(last.json.value(u"size"_s).toInt(), 2);
    QCOMPARE(last.json.value(u"versionId"_s), first.json.value(u"versionId"_s));

    QStringList ids = SimShape::strings(first.json.value(u"assets"_s).toArray(), u"adamId"_s) +
                      SimShape::strings(last.json.value(u"assets"_s).toArray(), u"adamId"_s);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), kAssetCount);
    // pageIndex=0 explicitly is the first page.
    QCOMPARE(m_http->get(u"assets"_s, QUrlQuery(u"pageIndex=0"_s)).json.value(u"assets"_s),
             first.json.value(u"assets"_s));
}

void TestSimPaging::usersPages()
{
    // 9 user rows, 4 per page: 4, 4, 1.
    QList<int> sizes;
    QStringList versions;
    QStringList ids;
    for (int page = 0; page < 3; ++page) {
        const SimReply r = m_http->get(u"users"_s, QUrlQuery{{u"pageIndex"_s, QString::number(page)}});
        QCOMPARE(r.status, 200);
        SIM_SHAPE(SimShape::page, r.json, u"users"_s);
        QCOMPARE(r.json.value(u"totalPages"_s).toInt(), 3);
        QCOMPARE(r.json.contains(u"nextPageIndex"_s), page < 2);
        sizes.append(r.json.value(u"size"_s).toInt());
        versions.append(r.json.value(u"versionId"_s).toString());
        for (const QJsonValue &v : r.json.value(u"users"_s).toArray()) {
            SIM_SHAPE(SimShape::user, v.toObject());
            ids.append(v.toObject().value(u"clientUserId"_s).toString() +
                       v.toObject().value(u"status"_s).toString());
        }
    }
    QCOMPARE(sizes, (QList<int>{4, 4, 1}));
    versions.removeDuplicates();
    QCOMPARE(versions.size(), 1);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), kUserRows);
}

void TestSimPaging::assignmentsTraversal()
{
    m_http->sim().config().pageSize = 3;
    QStringList versions;
    const QJsonArray all = m_http->allPages(u"assignments"_s, u"assignments"_s, {}, 0, &versions);
    QCOMPARE(all.size(), kAssignments);
    QCOMPARE(versions.size(), 4); // 10 rows, 3 per page
    QCOMPARE(QSet<QString>(versions.cbegin(), versions.cend()).size(), 1);
    QStringList seen = keys(all);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), kAssignments); // no row twice, none missing

    // The same set as one big page.
    m_http->sim().config().pageSize = 500;
    const SimReply one = m_http->get(u"assignments"_s);
    SIM_SHAPE(SimShape::page, one.json, u"assignments"_s);
    QCOMPARE(keys(one.json.value(u"assignments"_s).toArray()), keys(all));
    QCOMPARE(one.json.value(u"totalPages"_s).toInt(), 1);
}

void TestSimPaging::filteredTraversal()
{
    m_http->sim().config().pageSize = 1;
    const QJsonArray pages =
        m_http->allPages(u"assignments"_s, u"assignments"_s, QUrlQuery(u"clientUserId=user-01"_s));
    QCOMPARE(pages.size(), 4);
    const SimReply second = m_http->get(u"assignments"_s, QUrlQuery(u"clientUserId=user-01&pageIndex=1"_s));
    SIM_SHAPE(SimShape::page, second.json, u"assignments"_s);
    QCOMPARE(second.json.value(u"totalPages"_s).toInt(), 4);
    QCOMPARE(second.json.value(u"size"_s).toInt(), 1);
    QCOMPARE(second.json.value(u"nextPageIndex"_s).toInt(), 2);
}

void TestSimPaging::emptyResultIsOnePage()
{
    const SimReply r = m_http->get(u"users"_s, QUrlQuery(u"clientUserId=nobody"_s));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"users"_s);
    QCOMPARE(r.json.value(u"size"_s).toInt(), 0);
    QCOMPARE(r.json.value(u"totalPages"_s).toInt(), 1);
    QVERIFY(!r.json.contains(u"nextPageIndex"_s));
}

void TestSimPaging::pageIndexOutOfRange_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("pageIndex");
    QTest::newRow("assets 2") << u"assets"_s << u"2"_s;
    QTest::newRow("assets -1") << u"assets"_s << u"-1"_s;
    QTest::newRow("users 3") << u"users"_s << u"3"_s;
    QTest::newRow("users abc") << u"users"_s << u"abc"_s;
    QTest::newRow("assignments 99") << u"assignments"_s << u"99"_s;
}

void TestSimPaging::pageIndexOutOfRange()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, pageIndex);
    const SimReply r = m_http->get(endpoint, QUrlQuery{{u"pageIndex"_s, pageIndex}});
    QCOMPARE(r.status, 400);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9650);
}

void TestSimPaging::versionIdChangesMidTraversal()
{
    const SimReply first = m_http->get(u"assignments"_s);
    QVERIFY(first.json.contains(u"nextPageIndex"_s));
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-03"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    const SimReply second = m_http->get(u"assignments"_s, QUrlQuery(u"pageIndex=1"_s));
    QCOMPARE(second.status, 200);
    QVERIFY(second.json.value(u"versionId"_s) != first.json.value(u"versionId"_s));
    // Users did not change: their versionId is stable across the same write.
    const QString users = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();
    m_http->control(u"mutate"_s, {{u"assignments"_s, 4}});
    QCOMPARE(m_http->get(u"users"_s).json.value(u"versionId"_s).toString(), users);
    QVERIFY(m_http->get(u"assignments"_s).json.value(u"versionId"_s) != second.json.value(u"versionId"_s));
}

void TestSimPaging::assignmentDeltas()
{
    const QString v0 = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const SimReply none = m_http->get(u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v0}});
    QCOMPARE(none.status, 200);
    SIM_SHAPE(SimShape::page, none.json, u"assignments"_s);
    QCOMPARE(none.json.value(u"size"_s).toInt(), 0);
    QCOMPARE(none.json.value(u"versionId"_s).toString(), v0);

    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1), assetRef(kBook2)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-03"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    const SimReply delta = m_http->get(u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v0}});
    QCOMPARE(delta.status, 200);
    SIM_SHAPE(SimShape::page, delta.json, u"assignments"_s);
    QStringList expected{kApp1 + u"/STDQ/user-03"_s, kBook2 + u"/STDQ/user-03"_s};
    expected.sort();
    QCOMPARE(keys(delta.json.value(u"assignments"_s).toArray()), expected);
    const QString v1 = delta.json.value(u"versionId"_s).toString();
    QVERIFY(v1 != v0);
    QCOMPARE(
        m_http->get(u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v1}}).json.value(u"size"_s).toInt(), 0);
    // A filter combines with the delta.
    const SimReply filtered =
        m_http->get(u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v0}, {u"adamId"_s, kBook2}});
    QCOMPARE(keys(filtered.json.value(u"assignments"_s).toArray()), QStringList{kBook2 + u"/STDQ/user-03"_s});
}

void TestSimPaging::assignmentDeltaPages()
{
    const QString v0 = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status = m_http->runWrite(
        u"assets/associate"_s,
        {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
         {u"serialNumbers"_s, QJsonArray{u"D1"_s, u"D2"_s, u"D3"_s, u"D4"_s, u"D5"_s, u"D6"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    const SimReply first = m_http->get(u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v0}});
    SIM_SHAPE(SimShape::page, first.json, u"assignments"_s);
    QCOMPARE(first.json.value(u"totalPages"_s).toInt(), 2);
    QCOMPARE(first.json.value(u"size"_s).toInt(), 4);
    const QJsonArray all =
        m_http->allPages(u"assignments"_s, u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v0}});
    QCOMPARE(all.size(), 6);
    for (const QJsonValue &v : all)
        QVERIFY(v.toObject().value(u"serialNumber"_s).toString().startsWith(u'D'));
}

void TestSimPaging::removedAssignmentsAreOmittedFromDeltas()
{
    // Apple does not say whether removals appear as tombstones; vppsim leaves them out (apple-api.md 2.4).
    const QString v0 = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status =
        m_http->runWrite(u"assets/disassociate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                    {u"clientUserIds"_s, QJsonArray{u"user-02"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    const SimReply delta = m_http->get(u"assignments"_s, QUrlQuery{{u"sinceVersionId"_s, v0}});
    QCOMPARE(delta.status, 200);
    QCOMPARE(delta.json.value(u"size"_s).toInt(), 0);
    QVERIFY(delta.json.value(u"versionId"_s).toString() != v0);
    QCOMPARE(m_http->allPages(u"assignments"_s, u"assignments"_s).size(), kAssignments - 1);
}

void TestSimPaging::userDeltas()
{
    const QString v0 = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();
    QCOMPARE(m_http->get(u"users"_s, QUrlQuery{{u"sinceVersionId"_s, v0}}).json.value(u"size"_s).toInt(), 0);
    QJsonObject status = m_http->runWrite(
        u"users/create"_s, {{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"fresh-1"_s}}}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    status = m_http->runWrite(u"users/retire"_s,
                              {{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"user-02"_s}}}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    const SimReply delta = m_http->get(u"users"_s, QUrlQuery{{u"sinceVersionId"_s, v0}});
    QCOMPARE(delta.status, 200);
    SIM_SHAPE(SimShape::page, delta.json, u"users"_s);
    const QJsonArray users = delta.json.value(u"users"_s).toArray();
    QStringList ids = SimShape::strings(users, u"clientUserId"_s);
    ids.sort();
    QCOMPARE(ids, (QStringList{u"fresh-1"_s, u"user-02"_s}));
    QCOMPARE(SimShape::find(users, u"clientUserId"_s, u"user-02"_s).value(u"status"_s).toString(),
             u"Retired"_s);
    for (const QJsonValue &v : users)
        SIM_SHAPE(SimShape::user, v.toObject());
    // With a filter.
    const SimReply active =
        m_http->get(u"users"_s, QUrlQuery{{u"sinceVersionId"_s, v0}, {u"activeOnly"_s, u"true"_s}});
    QCOMPARE(SimShape::strings(active.json.value(u"users"_s).toArray(), u"clientUserId"_s),
             QStringList{u"fresh-1"_s});
}

void TestSimPaging::invalidVersionId_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("versionId"); // "users" / "assignments": that endpoint's current id
    QTest::newRow("garbage") << u"assignments"_s << u"garbage"_s;
    QTest::newRow("empty") << u"users"_s << QString();
    QTest::newRow("random uuid") << u"assignments"_s << u"70e8c740-514c-11eb-bb63-a90b882fcd52"_s;
    QTest::newRow("users id for assignments") << u"assignments"_s << u"users"_s;
    QTest::newRow("assignments id for users") << u"users"_s << u"assignments"_s;
    QTest::newRow("from the future") << u"assignments"_s << u"future"_s;
}

void TestSimPaging::invalidVersionId()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, versionId);
    if (versionId == u"users" || versionId == u"assignments") {
        versionId = m_http->get(versionId).json.value(u"versionId"_s).toString();
    } else if (versionId == u"future") {
        const QString current = m_http->get(endpoint).json.value(u"versionId"_s).toString();
        const qulonglong counter = current.section(u'-', 4).toULongLong(nullptr, 16);
        versionId = current.section(u'-', 0, 3) + u'-' +
                    QStringLiteral("%1").arg(counter + 1000, 12, 16, QLatin1Char('0'));
    }
    const SimReply r = m_http->get(endpoint, QUrlQuery{{u"sinceVersionId"_s, versionId}});
    QCOMPARE(r.status, 400);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9721);
}

QTEST_GUILESS_MAIN(TestSimPaging)
#include "tst_sim_paging.moc"
