// vppsim over real HTTP: Apple's pagination (currentPageIndex, nextPageIndex only when another
// page exists, totalPages, size, versionId on every page, 9650) and sinceVersionId deltas.
#include "simhttp.h"

#include <QtTest>

using namespace SimOrg;

namespace {

QJsonObject assetRef(const QString &adamId)
{
    return {{u"adamId"_qs, adamId}, {u"pricingParam"_qs, u"STDQ"_qs}};
}

QString key(const QJsonObject &assignment)
{
    return assignment.value(u"adamId"_qs).toString() + u'/' +
           assignment.value(u"pricingParam"_qs).toString() + u'/' +
           (assignment.contains(u"clientUserId"_qs) ? assignment.value(u"clientUserId"_qs).toString()
                                                    : assignment.value(u"serialNumber"_qs).toString());
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
    const SimReply first = m_http->get(u"assets"_qs);
    QCOMPARE(first.status, 200);
    SIM_SHAPE(SimShape::page, first.json, u"assets"_qs);
    QCOMPARE(first.json.value(u"currentPageIndex"_qs).toInt(), 0);
    QCOMPARE(first.json.value(u"nextPageIndex"_qs).toInt(), 1);
    QCOMPARE(first.json.value(u"totalPages"_qs).toInt(), 2);
    QCOMPARE(first.json.value(u"size"_qs).toInt(), 4);

    const SimReply last = m_http->get(u"assets"_qs, QUrlQuery(u"pageIndex=1"_qs));
    QCOMPARE(last.status, 200);
    SIM_SHAPE(SimShape::page, last.json, u"assets"_qs);
    QCOMPARE(last.json.value(u"currentPageIndex"_qs).toInt(), 1);
    QVERIFY(!last.json.contains(u"nextPageIndex"_qs));
    QCOMPARE(last.json.value(u"size"_qs).toInt(), 2);
    QCOMPARE(last.json.value(u"versionId"_qs), first.json.value(u"versionId"_qs));

    QStringList ids = SimShape::strings(first.json.value(u"assets"_qs).toArray(), u"adamId"_qs) +
                      SimShape::strings(last.json.value(u"assets"_qs).toArray(), u"adamId"_qs);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), kAssetCount);
    // pageIndex=0 explicitly is the first page.
    QCOMPARE(m_http->get(u"assets"_qs, QUrlQuery(u"pageIndex=0"_qs)).json.value(u"assets"_qs),
             first.json.value(u"assets"_qs));
}

void TestSimPaging::usersPages()
{
    // 9 user rows, 4 per page: 4, 4, 1.
    QList<int> sizes;
    QStringList versions;
    QStringList ids;
    for (int page = 0; page < 3; ++page) {
        const SimReply r = m_http->get(u"users"_qs, QUrlQuery{{u"pageIndex"_qs, QString::number(page)}});
        QCOMPARE(r.status, 200);
        SIM_SHAPE(SimShape::page, r.json, u"users"_qs);
        QCOMPARE(r.json.value(u"totalPages"_qs).toInt(), 3);
        QCOMPARE(r.json.contains(u"nextPageIndex"_qs), page < 2);
        sizes.append(r.json.value(u"size"_qs).toInt());
        versions.append(r.json.value(u"versionId"_qs).toString());
        for (const QJsonValue &v : r.json.value(u"users"_qs).toArray()) {
            SIM_SHAPE(SimShape::user, v.toObject());
            ids.append(v.toObject().value(u"clientUserId"_qs).toString() +
                       v.toObject().value(u"status"_qs).toString());
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
    const QJsonArray all = m_http->allPages(u"assignments"_qs, u"assignments"_qs, {}, 0, &versions);
    QCOMPARE(all.size(), kAssignments);
    QCOMPARE(versions.size(), 4); // 10 rows, 3 per page
    QCOMPARE(QSet<QString>(versions.cbegin(), versions.cend()).size(), 1);
    QStringList seen = keys(all);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), kAssignments); // no row twice, none missing

    // The same set as one big page.
    m_http->sim().config().pageSize = 500;
    const SimReply one = m_http->get(u"assignments"_qs);
    SIM_SHAPE(SimShape::page, one.json, u"assignments"_qs);
    QCOMPARE(keys(one.json.value(u"assignments"_qs).toArray()), keys(all));
    QCOMPARE(one.json.value(u"totalPages"_qs).toInt(), 1);
}

void TestSimPaging::filteredTraversal()
{
    m_http->sim().config().pageSize = 1;
    const QJsonArray pages =
        m_http->allPages(u"assignments"_qs, u"assignments"_qs, QUrlQuery(u"clientUserId=user-01"_qs));
    QCOMPARE(pages.size(), 4);
    const SimReply second = m_http->get(u"assignments"_qs, QUrlQuery(u"clientUserId=user-01&pageIndex=1"_qs));
    SIM_SHAPE(SimShape::page, second.json, u"assignments"_qs);
    QCOMPARE(second.json.value(u"totalPages"_qs).toInt(), 4);
    QCOMPARE(second.json.value(u"size"_qs).toInt(), 1);
    QCOMPARE(second.json.value(u"nextPageIndex"_qs).toInt(), 2);
}

void TestSimPaging::emptyResultIsOnePage()
{
    const SimReply r = m_http->get(u"users"_qs, QUrlQuery(u"clientUserId=nobody"_qs));
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"users"_qs);
    QCOMPARE(r.json.value(u"size"_qs).toInt(), 0);
    QCOMPARE(r.json.value(u"totalPages"_qs).toInt(), 1);
    QVERIFY(!r.json.contains(u"nextPageIndex"_qs));
}

void TestSimPaging::pageIndexOutOfRange_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("pageIndex");
    QTest::newRow("assets 2") << u"assets"_qs << u"2"_qs;
    QTest::newRow("assets -1") << u"assets"_qs << u"-1"_qs;
    QTest::newRow("users 3") << u"users"_qs << u"3"_qs;
    QTest::newRow("users abc") << u"users"_qs << u"abc"_qs;
    QTest::newRow("assignments 99") << u"assignments"_qs << u"99"_qs;
}

void TestSimPaging::pageIndexOutOfRange()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, pageIndex);
    const SimReply r = m_http->get(endpoint, QUrlQuery{{u"pageIndex"_qs, pageIndex}});
    QCOMPARE(r.status, 400);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9650);
}

void TestSimPaging::versionIdChangesMidTraversal()
{
    const SimReply first = m_http->get(u"assignments"_qs);
    QVERIFY(first.json.contains(u"nextPageIndex"_qs));
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_qs, {{u"assets"_qs, QJsonArray{assetRef(kApp1)}},
                                                  {u"clientUserIds"_qs, QJsonArray{u"user-03"_qs}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    const SimReply second = m_http->get(u"assignments"_qs, QUrlQuery(u"pageIndex=1"_qs));
    QCOMPARE(second.status, 200);
    QVERIFY(second.json.value(u"versionId"_qs) != first.json.value(u"versionId"_qs));
    // Users did not change: their versionId is stable across the same write.
    const QString users = m_http->get(u"users"_qs).json.value(u"versionId"_qs).toString();
    m_http->control(u"mutate"_qs, {{u"assignments"_qs, 4}});
    QCOMPARE(m_http->get(u"users"_qs).json.value(u"versionId"_qs).toString(), users);
    QVERIFY(m_http->get(u"assignments"_qs).json.value(u"versionId"_qs) != second.json.value(u"versionId"_qs));
}

void TestSimPaging::assignmentDeltas()
{
    const QString v0 = m_http->get(u"assignments"_qs).json.value(u"versionId"_qs).toString();
    const SimReply none = m_http->get(u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}});
    QCOMPARE(none.status, 200);
    SIM_SHAPE(SimShape::page, none.json, u"assignments"_qs);
    QCOMPARE(none.json.value(u"size"_qs).toInt(), 0);
    QCOMPARE(none.json.value(u"versionId"_qs).toString(), v0);

    const QJsonObject status = m_http->runWrite(
        u"assets/associate"_qs, {{u"assets"_qs, QJsonArray{assetRef(kApp1), assetRef(kBook2)}},
                                 {u"clientUserIds"_qs, QJsonArray{u"user-03"_qs}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    const SimReply delta = m_http->get(u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}});
    QCOMPARE(delta.status, 200);
    SIM_SHAPE(SimShape::page, delta.json, u"assignments"_qs);
    QStringList expected{kApp1 + u"/STDQ/user-03"_qs, kBook2 + u"/STDQ/user-03"_qs};
    expected.sort();
    QCOMPARE(keys(delta.json.value(u"assignments"_qs).toArray()), expected);
    const QString v1 = delta.json.value(u"versionId"_qs).toString();
    QVERIFY(v1 != v0);
    QCOMPARE(
        m_http->get(u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v1}}).json.value(u"size"_qs).toInt(),
        0);
    // A filter combines with the delta.
    const SimReply filtered =
        m_http->get(u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}, {u"adamId"_qs, kBook2}});
    QCOMPARE(keys(filtered.json.value(u"assignments"_qs).toArray()),
             QStringList{kBook2 + u"/STDQ/user-03"_qs});
}

void TestSimPaging::assignmentDeltaPages()
{
    const QString v0 = m_http->get(u"assignments"_qs).json.value(u"versionId"_qs).toString();
    const QJsonObject status = m_http->runWrite(
        u"assets/associate"_qs,
        {{u"assets"_qs, QJsonArray{assetRef(kApp1)}},
         {u"serialNumbers"_qs, QJsonArray{u"D1"_qs, u"D2"_qs, u"D3"_qs, u"D4"_qs, u"D5"_qs, u"D6"_qs}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    const SimReply first = m_http->get(u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}});
    SIM_SHAPE(SimShape::page, first.json, u"assignments"_qs);
    QCOMPARE(first.json.value(u"totalPages"_qs).toInt(), 2);
    QCOMPARE(first.json.value(u"size"_qs).toInt(), 4);
    const QJsonArray all =
        m_http->allPages(u"assignments"_qs, u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}});
    QCOMPARE(all.size(), 6);
    for (const QJsonValue &v : all)
        QVERIFY(v.toObject().value(u"serialNumber"_qs).toString().startsWith(u'D'));
}

void TestSimPaging::removedAssignmentsAreOmittedFromDeltas()
{
    // Apple does not say whether removals appear as tombstones; vppsim leaves them out (apple-api.md 2.4).
    const QString v0 = m_http->get(u"assignments"_qs).json.value(u"versionId"_qs).toString();
    const QJsonObject status =
        m_http->runWrite(u"assets/disassociate"_qs, {{u"assets"_qs, QJsonArray{assetRef(kApp1)}},
                                                     {u"clientUserIds"_qs, QJsonArray{u"user-02"_qs}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    const SimReply delta = m_http->get(u"assignments"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}});
    QCOMPARE(delta.status, 200);
    QCOMPARE(delta.json.value(u"size"_qs).toInt(), 0);
    QVERIFY(delta.json.value(u"versionId"_qs).toString() != v0);
    QCOMPARE(m_http->allPages(u"assignments"_qs, u"assignments"_qs).size(), kAssignments - 1);
}

void TestSimPaging::userDeltas()
{
    const QString v0 = m_http->get(u"users"_qs).json.value(u"versionId"_qs).toString();
    QCOMPARE(m_http->get(u"users"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}}).json.value(u"size"_qs).toInt(),
             0);
    QJsonObject status = m_http->runWrite(
        u"users/create"_qs, {{u"users"_qs, QJsonArray{QJsonObject{{u"clientUserId"_qs, u"fresh-1"_qs}}}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    status = m_http->runWrite(u"users/retire"_qs,
                              {{u"users"_qs, QJsonArray{QJsonObject{{u"clientUserId"_qs, u"user-02"_qs}}}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    const SimReply delta = m_http->get(u"users"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}});
    QCOMPARE(delta.status, 200);
    SIM_SHAPE(SimShape::page, delta.json, u"users"_qs);
    const QJsonArray users = delta.json.value(u"users"_qs).toArray();
    QStringList ids = SimShape::strings(users, u"clientUserId"_qs);
    ids.sort();
    QCOMPARE(ids, (QStringList{u"fresh-1"_qs, u"user-02"_qs}));
    QCOMPARE(SimShape::find(users, u"clientUserId"_qs, u"user-02"_qs).value(u"status"_qs).toString(),
             u"Retired"_qs);
    for (const QJsonValue &v : users)
        SIM_SHAPE(SimShape::user, v.toObject());
    // With a filter.
    const SimReply active =
        m_http->get(u"users"_qs, QUrlQuery{{u"sinceVersionId"_qs, v0}, {u"activeOnly"_qs, u"true"_qs}});
    QCOMPARE(SimShape::strings(active.json.value(u"users"_qs).toArray(), u"clientUserId"_qs),
             QStringList{u"fresh-1"_qs});
}

void TestSimPaging::invalidVersionId_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("versionId"); // "users" / "assignments": that endpoint's current id
    QTest::newRow("garbage") << u"assignments"_qs << u"garbage"_qs;
    QTest::newRow("empty") << u"users"_qs << QString();
    QTest::newRow("random uuid") << u"assignments"_qs << u"70e8c740-514c-11eb-bb63-a90b882fcd52"_qs;
    QTest::newRow("users id for assignments") << u"assignments"_qs << u"users"_qs;
    QTest::newRow("assignments id for users") << u"users"_qs << u"assignments"_qs;
    QTest::newRow("from the future") << u"assignments"_qs << u"future"_qs;
}

void TestSimPaging::invalidVersionId()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, versionId);
    if (versionId == u"users" || versionId == u"assignments") {
        versionId = m_http->get(versionId).json.value(u"versionId"_qs).toString();
    } else if (versionId == u"future") {
        const QString current = m_http->get(endpoint).json.value(u"versionId"_qs).toString();
        const qulonglong counter = current.section(u'-', 4).toULongLong(nullptr, 16);
        versionId = current.section(u'-', 0, 3) + u'-' +
                    QStringLiteral("%1").arg(counter + 1000, 12, 16, QLatin1Char('0'));
    }
    const SimReply r = m_http->get(endpoint, QUrlQuery{{u"sinceVersionId"_qs, versionId}});
    QCOMPARE(r.status, 400);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9721);
}

QTEST_GUILESS_MAIN(TestSimPaging)
#include "tst_sim_paging.moc"
