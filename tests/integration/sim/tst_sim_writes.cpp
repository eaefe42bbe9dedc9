// vppsim over real HTTP: every write endpoint, every synchronous validation error in Apple's
// order, and the asynchronous event lifecycle with its effects on counts and versions.
#include "simhttp.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace SimOrg;

namespace {

QJsonObject assetRef(const QString &adamId, const QString &pricing = u"STDQ"_s)
{
    return {{u"adamId"_s, adamId}, {u"pricingParam"_s, pricing}};
}

QJsonArray numbered(const QString &prefix, int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QString(prefix + QString::number(i)));
    return list;
}

QJsonObject failureOf(const QJsonObject &status, int errorNumber)
{
    for (const QJsonValue &v : status.value(u"failures"_s).toArray())
        if (v.toObject().value(u"errorNumber"_s).toInt() == errorNumber)
            return v.toObject();
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class TestSimWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validation_data();
    void validation();
    void malformedBody();
    void associateEventResponseShape();
    void eventLifecycle();
    void associateChangesCountsAndVersions();
    void associateWithoutPricingParam();
    void idempotentReassociate();
    void disassociate();
    void booksAreUserOnly();
    void revokeKeepsBooks();
    void revokeDevice();
    void unknownSerialAcceptedByDefault();
    void strictSerials();
    void createUsers();
    void createDuplicateActiveUser();
    void updateUsers();
    void retireReleasesRevocableLicenses();
    void unknownEvent();

private:
    std::unique_ptr<SimHttp> m_http;
};

void TestSimWrites::init()
{
    m_http = std::make_unique<SimHttp>();
    QVERIFY2(m_http->isListening(), qPrintable(m_http->startError()));
}

void TestSimWrites::cleanup()
{
    m_http.reset();
}

void TestSimWrites::validation_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("errorNumber");

    const QJsonArray one{assetRef(kApp1)};
    const QJsonArray four{assetRef(kApp1), assetRef(kApp2), assetRef(kAppFree), assetRef(kAppUserOnly)};
    const QJsonArray sameTwice{assetRef(kApp1), assetRef(kApp1)};
    const QJsonArray users{u"user-01"_s};
    const QJsonArray serials{u"SERIAL0001"_s};
    const QString associate = u"assets/associate"_s;
    const QString disassociate = u"assets/disassociate"_s;

    // Limits here: maxAssets 3, maxClientUserIds 3, maxSerialNumbers 3, maxRevoke* 2, maxUsers 3.
    QTest::newRow("9718 no assets") << associate << QJsonObject{{u"clientUserIds"_s, users}} << 9718;
    QTest::newRow("9718 empty assets")
        << associate << QJsonObject{{u"assets"_s, QJsonArray()}, {u"clientUserIds"_s, users}} << 9718;
    QTest::newRow("9718 before 9719") << associate << QJsonObject() << 9718;
    QTest::newRow("9719 no targets") << associate << QJsonObject{{u"assets"_s, one}} << 9719;
    QTest::newRow("9719 empty targets") << associate
                                        << QJsonObject{{u"assets"_s, one},
                                                       {u"clientUserIds"_s, QJsonArray()},
                                                       {u"serialNumbers"_s, QJsonArray()}}
                                        << 9719;
    QTest::newRow("9719 before 9700") << associate << QJsonObject{{u"assets"_s, four}} << 9719;
    QTest::newRow("9700 too many assets")
        << associate << QJsonObject{{u"assets"_s, four}, {u"clientUserIds"_s, users}} << 9700;
    QTest::newRow("9700 before 9703")
        << associate
        << QJsonObject{{u"assets"_s,
                        QJsonArray{assetRef(kApp1), assetRef(kApp1), assetRef(kApp1), assetRef(kApp1)}},
                       {u"clientUserIds"_s, users}}
        << 9700;
    QTest::newRow("9701 too many users")
        << associate << QJsonObject{{u"assets"_s, one}, {u"clientUserIds"_s, numbered(u"u"_s, 4)}} << 9701;
    QTest::newRow("9701 before 9704")
        << associate
        << QJsonObject{{u"assets"_s, one}, {u"clientUserIds"_s, QJsonArray{u"a"_s, u"a"_s, u"a"_s, u"a"_s}}}
        << 9701;
    QTest::newRow("9702 too many serials")
        << associate << QJsonObject{{u"assets"_s, one}, {u"serialNumbers"_s, numbered(u"S"_s, 4)}} << 9702;
    QTest::newRow("9700 before 9701")
        << associate << QJsonObject{{u"assets"_s, four}, {u"clientUserIds"_s, numbered(u"u"_s, 4)}} << 9700;
    QTest::newRow("9703 duplicate assets")
        << associate << QJsonObject{{u"assets"_s, sameTwice}, {u"clientUserIds"_s, users}} << 9703;
    QTest::newRow("9703 same adamId, default pricing")
        << associate
        << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kApp1), QJsonObject{{u"adamId"_s, kApp1}}}},
                       {u"clientUserIds"_s, users}}
        << 9703;
    QTest::newRow("different pricing is no duplicate, 9704 instead")
        << associate
        << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kBook1, u"PLUS"_s), assetRef(kBook1, u"STDQ"_s)}},
                       {u"clientUserIds"_s, QJsonArray{u"x"_s, u"x"_s}}}
        << 9704;
    QTest::newRow("9704 duplicate users")
        << associate << QJsonObject{{u"assets"_s, one}, {u"clientUserIds"_s, QJsonArray{u"a"_s, u"a"_s}}}
        << 9704;
    QTest::newRow("9705 duplicate serials")
        << associate << QJsonObject{{u"assets"_s, one}, {u"serialNumbers"_s, QJsonArray{u"S"_s, u"S"_s}}}
        << 9705;
    QTest::newRow("9707 book to a device")
        << associate
        << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kBook1, u"PLUS"_s)}}, {u"serialNumbers"_s, serials}}
        << 9707;
    QTest::newRow("9707 user-only app to a device")
        << associate
        << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kApp1), assetRef(kAppUserOnly)}},
                       {u"clientUserIds"_s, users},
                       {u"serialNumbers"_s, serials}}
        << 9707;
    QTest::newRow("9705 before 9707") << associate
                                      << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kBook2)}},
                                                     {u"serialNumbers"_s, QJsonArray{u"S"_s, u"S"_s}}}
                                      << 9705;
    QTest::newRow("9706 disassociate a book")
        << disassociate
        << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kBook1, u"PLUS"_s)}}, {u"clientUserIds"_s, users}}
        << 9706;
    QTest::newRow("9703 before 9706")
        << disassociate
        << QJsonObject{{u"assets"_s, QJsonArray{assetRef(kBook2), assetRef(kBook2)}},
                       {u"clientUserIds"_s, users}}
        << 9703;
    QTest::newRow("disassociate 9718") << disassociate << QJsonObject{{u"clientUserIds"_s, users}} << 9718;
    QTest::newRow("disassociate 9719") << disassociate << QJsonObject{{u"assets"_s, one}} << 9719;

    const QString revoke = u"assets/revoke"_s;
    QTest::newRow("revoke 9719") << revoke << QJsonObject() << 9719;
    QTest::newRow("revoke 9719 empty")
        << revoke << QJsonObject{{u"clientUserIds"_s, QJsonArray()}, {u"serialNumbers"_s, QJsonArray()}}
        << 9719;
    QTest::newRow("revoke 9701") << revoke << QJsonObject{{u"clientUserIds"_s, numbered(u"u"_s, 3)}} << 9701;
    QTest::newRow("revoke 9702") << revoke << QJsonObject{{u"serialNumbers"_s, numbered(u"S"_s, 3)}} << 9702;
    QTest::newRow("revoke 9704") << revoke << QJsonObject{{u"clientUserIds"_s, QJsonArray{u"a"_s, u"a"_s}}}
                                 << 9704;
    QTest::newRow("revoke 9705") << revoke << QJsonObject{{u"serialNumbers"_s, QJsonArray{u"S"_s, u"S"_s}}}
                                 << 9705;

    auto userList = [](const QStringList &ids, const QString &email = {}) {
        QJsonArray list;
        for (const QString &id : ids) {
            QJsonObject u{{u"clientUserId"_s, id}};
            if (!email.isEmpty())
                u.insert(u"email"_s, email);
            list.append(u);
        }
        return list;
    };
    for (const QString &op : {u"users/create"_s, u"users/update"_s, u"users/retire"_s}) {
        const QByteArray tag = op.toLatin1();
        QTest::newRow(QByteArray(tag + " 9720 missing").constData()) << op << QJsonObject() << 9720;
        QTest::newRow(QByteArray(tag + " 9720 empty").constData())
            << op << QJsonObject{{u"users"_s, QJsonArray()}} << 9720;
        QTest::newRow(QByteArray(tag + " 9714").constData())
            << op << QJsonObject{{u"users"_s, userList({u"a"_s, u"b"_s, u"c"_s, u"d"_s})}} << 9714;
        QTest::newRow(QByteArray(tag + " 9714 before 9715").constData())
            << op << QJsonObject{{u"users"_s, userList({u"a"_s, u"a"_s, u"a"_s, u"a"_s})}} << 9714;
        QTest::newRow(QByteArray(tag + " 9715").constData())
            << op << QJsonObject{{u"users"_s, userList({u"a"_s, u"a"_s})}} << 9715;
    }
    QTest::newRow("create 9717") << u"users/create"_s
                                 << QJsonObject{{u"users"_s, userList({u"a"_s}, u"not-an-email"_s)}} << 9717;
    QTest::newRow("create 9715 before 9717")
        << u"users/create"_s << QJsonObject{{u"users"_s, userList({u"a"_s, u"a"_s}, u"bad"_s)}} << 9715;
    QTest::newRow("update 9717") << u"users/update"_s
                                 << QJsonObject{{u"users"_s, userList({u"user-01"_s}, u"a@b"_s)}} << 9717;

    const QString config = u"client/config"_s;
    const QString longText = QString(101, u'x');
    QTest::newRow("9723 partial mdmInfo")
        << config << QJsonObject{{u"mdmInfo"_s, QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"b"_s}}}} << 9723;
    QTest::newRow("9724 id too long")
        << config
        << QJsonObject{{u"mdmInfo"_s,
                        QJsonObject{{u"id"_s, longText}, {u"name"_s, u"b"_s}, {u"metadata"_s, u"c"_s}}}}
        << 9724;
    QTest::newRow("9725 name too long")
        << config
        << QJsonObject{{u"mdmInfo"_s,
                        QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, longText}, {u"metadata"_s, u"c"_s}}}}
        << 9725;
    QTest::newRow("9713 metadata too long")
        << config
        << QJsonObject{{u"mdmInfo"_s, QJsonObject{{u"id"_s, u"a"_s},
                                                  {u"name"_s, u"b"_s},
                                                  {u"metadata"_s, QString(256, u'm')}}}}
        << 9713;
    QTest::newRow("9710 url without token")
        << config << QJsonObject{{u"notificationUrl"_s, u"https://mdm.example.com/n"_s}} << 9710;
    QTest::newRow("9710 token without url")
        << config << QJsonObject{{u"notificationAuthToken"_s, u"t"_s}} << 9710;
    QTest::newRow("9711 too long")
        << config
        << QJsonObject{{u"notificationUrl"_s, QString(u"https://mdm.example.com/"_s + QString(600, u'p'))},
                       {u"notificationAuthToken"_s, u"t"_s}}
        << 9711;
    QTest::newRow("9712 not https") << config
                                    << QJsonObject{{u"notificationUrl"_s, u"http://mdm.example.com/n"_s},
                                                   {u"notificationAuthToken"_s, u"t"_s}}
                                    << 9712;
}

void TestSimWrites::validation()
{
    QFETCH(QString, endpoint);
    QFETCH(QJsonObject, body);
    QFETCH(int, errorNumber);
    SimConfig &config = m_http->sim().config();
    config.limits[u"maxAssets"_s] = 3;
    config.limits[u"maxClientUserIds"_s] = 3;
    config.limits[u"maxSerialNumbers"_s] = 3;
    config.limits[u"maxRevokeClientUserIds"_s] = 2;
    config.limits[u"maxRevokeSerialNumbers"_s] = 2;
    config.limits[u"maxUsers"_s] = 3;
    const QString assignmentsVersion = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const QString usersVersion = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();

    const SimReply r = m_http->post(endpoint, body);
    QVERIFY2(r.status == 400, qPrintable(r.describe()));
    SIM_SHAPE(SimShape::errorResponse, r.json, errorNumber);
    // A synchronous error queues nothing and changes nothing.
    QVERIFY(m_http->sim().state().pendingEventIds().isEmpty());
    m_http->sim().events().drain();
    QCOMPARE(m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString(), assignmentsVersion);
    QCOMPARE(m_http->get(u"users"_s).json.value(u"versionId"_s).toString(), usersVersion);
    QVERIFY(!m_http->get(u"client/config"_s).json.contains(u"mdmInfo"_s));
}

void TestSimWrites::malformedBody()
{
    for (const QString &endpoint :
         {u"assets/associate"_s, u"assets/revoke"_s, u"users/create"_s, u"client/config"_s}) {
        const SimReply r = m_http->postRaw(endpoint, "{not json", "application/json", m_http->bearer());
        QVERIFY2(r.status == 400, qPrintable(endpoint + u": "_s + r.describe()));
        SIM_SHAPE(SimShape::errorResponse, r.json, 9602);
        const SimReply array = m_http->postRaw(endpoint, "[1,2]", "application/json", m_http->bearer());
        QCOMPARE(array.status, 400);
        SIM_SHAPE(SimShape::errorResponse, array.json, 9602);
    }
}

void TestSimWrites::associateEventResponseShape()
{
    const SimReply r = m_http->post(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                            {u"clientUserIds"_s, QJsonArray{u"user-03"_s}}});
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::eventResponse, r.json);
    QCOMPARE(r.json.value(u"uId"_s).toString(), kUid0);
    const SimReply second =
        m_http->post(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                             {u"clientUserIds"_s, QJsonArray{u"user-03"_s}}});
    QVERIFY(second.json.value(u"eventId"_s).toString() != r.json.value(u"eventId"_s).toString());
}

// PENDING with numCompleted growing, then FAILED with 9609 (unknown user) and 9709 (no licenses left).
void TestSimWrites::eventLifecycle()
{
    m_http->sim().config().eventTasksPerSecond = 6;
    const QString assetsBefore = m_http->get(u"assets"_s).json.value(u"versionId"_s).toString();
    const QString assignmentsBefore = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const SimReply queued = m_http->post(
        u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1), assetRef(kApp2)}},
                                {u"clientUserIds"_s, QJsonArray{u"user-03"_s, u"user-04"_s, u"ghost-user"_s}},
                                {u"serialNumbers"_s, QJsonArray{u"SERIAL0003"_s}}});
    QCOMPARE(queued.status, 200);
    SIM_SHAPE(SimShape::eventResponse, queued.json);
    const QUrlQuery query{{u"eventId"_s, queued.json.value(u"eventId"_s).toString()}};

    QList<int> progress;
    QJsonObject status;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        const SimReply r = m_http->get(u"status"_s, query);
        QCOMPARE(r.status, 200);
        status = r.json;
        SIM_SHAPE(SimShape::statusResponse, status);
        QCOMPARE(status.value(u"eventType"_s).toString(), u"ASSOCIATE"_s);
        QCOMPARE(status.value(u"numRequested"_s).toInt(), 8); // 2 assets x (3 users + 1 serial)
        if (status.value(u"eventStatus"_s).toString() != u"PENDING")
            break;
        progress.append(status.value(u"numCompleted"_s).toInt());
        QTest::qWait(60);
    }
    QVERIFY2(!progress.isEmpty() && progress.first() < 4, "the event was never seen PENDING at the start");
    QVERIFY2(std::is_sorted(progress.cbegin(), progress.cend()), "numCompleted went backwards");
    QVERIFY2(progress.last() > progress.first(), "numCompleted never grew while PENDING");

    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"FAILED"_s);
    // kApp1: user-03, user-04, SERIAL0003 done; kApp2: user-03 already held it (idempotent).
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 4);
    QCOMPARE(status.value(u"failures"_s).toArray().size(), 2);

    const QJsonObject unknownUser = failureOf(status, 9609);
    QVERIFY(!unknownUser.isEmpty());
    QVERIFY(!unknownUser.value(u"errorMessage"_s).toString().isEmpty());
    const QJsonObject info9609 = unknownUser.value(u"errorInfo"_s).toObject();
    QCOMPARE(stringsOf(info9609.value(u"clientUserIds"_s)), QStringList{u"ghost-user"_s});
    QCOMPARE(stringsOf(info9609.value(u"serialNumbers"_s)), QStringList{});
    QCOMPARE(sorted(SimShape::strings(info9609.value(u"assets"_s).toArray(), u"adamId"_s)),
             sorted({kApp1, kApp2}));

    const QJsonObject noLicenses = failureOf(status, 9709);
    QVERIFY(!noLicenses.isEmpty());
    const QJsonObject info9709 = noLicenses.value(u"errorInfo"_s).toObject();
    QCOMPARE(stringsOf(info9709.value(u"clientUserIds"_s)), QStringList{u"user-04"_s});
    QCOMPARE(stringsOf(info9709.value(u"serialNumbers"_s)), QStringList{u"SERIAL0003"_s});
    const QJsonArray assets9709 = info9709.value(u"assets"_s).toArray();
    QCOMPARE(assets9709.size(), 1);
    QCOMPARE(assets9709.first().toObject(), assetRef(kApp2));

    // The completed tasks moved licenses; versions changed.
    const QJsonObject app1 = m_http->asset(kApp1);
    QCOMPARE(app1.value(u"assignedCount"_s).toInt(), 6);
    QCOMPARE(app1.value(u"availableCount"_s).toInt(), 4);
    const QJsonObject app2 = m_http->asset(kApp2);
    QCOMPARE(app2.value(u"assignedCount"_s).toInt(), 2);
    QCOMPARE(app2.value(u"availableCount"_s).toInt(), 0);
    QVERIFY(m_http->get(u"assets"_s).json.value(u"versionId"_s).toString() != assetsBefore);
    QVERIFY(m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString() != assignmentsBefore);
    const QJsonArray serial = m_http->get(u"assignments"_s, QUrlQuery(u"serialNumber=SERIAL0003"_s))
                                  .json.value(u"assignments"_s)
                                  .toArray();
    QCOMPARE(serial.size(), 1);
    QCOMPARE(serial.first().toObject().value(u"adamId"_s).toString(), kApp1);

    // A finished event stays queryable and does not change.
    QCOMPARE(m_http->get(u"status"_s, query).json, status);
}

void TestSimWrites::associateChangesCountsAndVersions()
{
    const SimReply before = m_http->get(u"assets"_s);
    const QString usersVersion = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status = m_http->runWrite(
        u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kBook2)}},
                                {u"clientUserIds"_s, QJsonArray{u"user-02"_s, u"user-03"_s}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 2);
    QCOMPARE(status.value(u"numRequested"_s).toInt(), 2);
    QVERIFY(!status.contains(u"failures"_s));
    const QJsonObject book = m_http->asset(kBook2);
    QCOMPARE(book.value(u"assignedCount"_s).toInt(), 2);
    QCOMPARE(book.value(u"availableCount"_s).toInt(), 1);
    QCOMPARE(book.value(u"totalCount"_s).toInt(), 3);
    QVERIFY(m_http->get(u"assets"_s).json.value(u"versionId"_s) != before.json.value(u"versionId"_s));
    // Users did not change: their versionId stays.
    QCOMPARE(m_http->get(u"users"_s).json.value(u"versionId"_s).toString(), usersVersion);
}

void TestSimWrites::associateWithoutPricingParam()
{
    // Apple's own example leaves pricingParam out.
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{QJsonObject{{u"adamId"_s, kApp1}}}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-03"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    const QJsonArray list = m_http->get(u"assignments"_s, QUrlQuery(u"clientUserId=user-03"_s))
                                .json.value(u"assignments"_s)
                                .toArray();
    QVERIFY(!SimShape::find(list, u"adamId"_s, kApp1).isEmpty());
    QCOMPARE(SimShape::find(list, u"adamId"_s, kApp1).value(u"pricingParam"_s).toString(), u"STDQ"_s);
}

void TestSimWrites::idempotentReassociate()
{
    const QString version = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-01"_s}},
                                                 {u"serialNumbers"_s, QJsonArray{u"SERIAL0001"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 2);
    QCOMPARE(m_http->asset(kApp1).value(u"assignedCount"_s).toInt(), 3); // no second license used
    QCOMPARE(m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString(), version);
}

void TestSimWrites::disassociate()
{
    const QString version = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status = m_http->runWrite(u"assets/disassociate"_s,
                                                {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-01"_s, u"user-03"_s}},
                                                 {u"serialNumbers"_s, QJsonArray{u"SERIAL0001"_s}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventType"_s).toString(), u"DISASSOCIATE"_s);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(status.value(u"numRequested"_s).toInt(), 3);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 3); // user-03 held nothing: idempotent
    const QJsonObject app1 = m_http->asset(kApp1);
    QCOMPARE(app1.value(u"assignedCount"_s).toInt(), 1);
    QCOMPARE(app1.value(u"availableCount"_s).toInt(), 9);
    const QJsonArray left = m_http->get(u"assignments"_s, QUrlQuery(QString(u"adamId="_s + kApp1)))
                                .json.value(u"assignments"_s)
                                .toArray();
    QCOMPARE(SimShape::strings(left, u"clientUserId"_s), QStringList{u"user-02"_s});
    QVERIFY(m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString() != version);
}

void TestSimWrites::booksAreUserOnly()
{
    const SimReply device =
        m_http->post(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kBook2)}},
                                             {u"clientUserIds"_s, QJsonArray{u"user-02"_s}},
                                             {u"serialNumbers"_s, QJsonArray{u"SERIAL0004"_s}}});
    QCOMPARE(device.status, 400);
    SIM_SHAPE(SimShape::errorResponse, device.json, 9707);
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kBook1, u"PLUS"_s)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-02"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(m_http->asset(kBook1).value(u"assignedCount"_s).toInt(), 3);
    const SimReply back =
        m_http->post(u"assets/disassociate"_s, {{u"assets"_s, QJsonArray{assetRef(kBook1, u"PLUS"_s)}},
                                                {u"clientUserIds"_s, QJsonArray{u"user-02"_s}}});
    QCOMPARE(back.status, 400);
    SIM_SHAPE(SimShape::errorResponse, back.json, 9706);
}

void TestSimWrites::revokeKeepsBooks()
{
    // user-01 holds kApp1, kApp2, kAppFree and the book kBook1.
    const QJsonObject status =
        m_http->runWrite(u"assets/revoke"_s, {{u"clientUserIds"_s, QJsonArray{u"user-01"_s}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventType"_s).toString(), u"REVOKE"_s);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(status.value(u"numRequested"_s).toInt(), 1);
    const QJsonArray left = m_http->get(u"assignments"_s, QUrlQuery(u"clientUserId=user-01"_s))
                                .json.value(u"assignments"_s)
                                .toArray();
    QCOMPARE(SimShape::strings(left, u"adamId"_s), QStringList{kBook1});
    QCOMPARE(m_http->asset(kApp2).value(u"availableCount"_s).toInt(), 1);
    QCOMPARE(m_http->asset(kApp1).value(u"assignedCount"_s).toInt(), 2);
    // The user itself stays active.
    QCOMPARE(m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-01"_s))
                 .json.value(u"users"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"status"_s)
                 .toString(),
             u"Associated"_s);
}

void TestSimWrites::revokeDevice()
{
    const QJsonObject status = m_http->runWrite(
        u"assets/revoke"_s, {{u"serialNumbers"_s, QJsonArray{u"SERIAL0001"_s, u"SERIAL0002"_s}},
                             {u"clientUserIds"_s, QJsonArray{u"nobody"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(status.value(u"numRequested"_s).toInt(), 3);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 3);
    QCOMPARE(
        m_http->get(u"assignments"_s, QUrlQuery(u"serialNumber=SERIAL0001"_s)).json.value(u"size"_s).toInt(),
        0);
    QCOMPARE(
        m_http->get(u"assignments"_s, QUrlQuery(u"serialNumber=SERIAL0002"_s)).json.value(u"size"_s).toInt(),
        0);
    QCOMPARE(m_http->get(u"assignments"_s).json.value(u"size"_s).toInt(), kAssignments - 2);
}

void TestSimWrites::unknownSerialAcceptedByDefault()
{
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                 {u"serialNumbers"_s, QJsonArray{u"NEVERSEEN01"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(
        m_http->get(u"assignments"_s, QUrlQuery(u"serialNumber=NEVERSEEN01"_s)).json.value(u"size"_s).toInt(),
        1);
}

void TestSimWrites::strictSerials()
{
    QCOMPARE(m_http->control(u"config"_s, {{u"strictSerials"_s, true}}).status, 200);
    const QJsonObject status = m_http->runWrite(
        u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                {u"serialNumbers"_s, QJsonArray{u"NEVERSEEN01"_s, u"SERIAL0003"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"FAILED"_s);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 1);
    const QJsonObject failure = status.value(u"failures"_s).toArray().first().toObject();
    QCOMPARE(stringsOf(failure.value(u"errorInfo"_s).toObject().value(u"serialNumbers"_s)),
             QStringList{u"NEVERSEEN01"_s});
}

void TestSimWrites::createUsers()
{
    const QString version = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status = m_http->runWrite(
        u"users/create"_s,
        {{u"users"_s,
          QJsonArray{QJsonObject{{u"clientUserId"_s, u"new-1"_s}, {u"email"_s, u"new1@example.com"_s}},
                     QJsonObject{{u"clientUserId"_s, u"new-2"_s},
                                 {u"email"_s, u"new2@example.com"_s},
                                 {u"managedAppleId"_s, u"new2@appleid.example.com"_s}}}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventType"_s).toString(), u"CREATE"_s);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(status.value(u"numRequested"_s).toInt(), 2);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 2);

    const SimReply users = m_http->get(u"users"_s);
    QVERIFY(users.json.value(u"versionId"_s).toString() != version);
    QCOMPARE(users.json.value(u"users"_s).toArray().size(), kUserRows + 2);
    const QJsonObject registered =
        SimShape::find(users.json.value(u"users"_s).toArray(), u"clientUserId"_s, u"new-1"_s);
    SIM_SHAPE(SimShape::user, registered);
    QCOMPARE(registered.value(u"status"_s).toString(), u"Registered"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s)
                .match(registered.value(u"inviteCode"_s).toString())
                .hasMatch());
    QVERIFY(!registered.contains(u"idHash"_s));
    QCOMPARE(registered.value(u"email"_s).toString(), u"new1@example.com"_s);
    const QJsonObject associated =
        SimShape::find(users.json.value(u"users"_s).toArray(), u"clientUserId"_s, u"new-2"_s);
    SIM_SHAPE(SimShape::user, associated);
    QCOMPARE(associated.value(u"status"_s).toString(), u"Associated"_s);
    QVERIFY(!associated.value(u"idHash"_s).toString().isEmpty());
    QVERIFY(!QByteArray::fromBase64(associated.value(u"idHash"_s).toString().toLatin1()).isEmpty());
    QVERIFY(!associated.contains(u"inviteCode"_s));
    QVERIFY(!associated.contains(u"managedAppleId"_s));

    // A new user can be assigned at once.
    const QJsonObject assign =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"new-1"_s}}});
    QCOMPARE(assign.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
}

void TestSimWrites::createDuplicateActiveUser()
{
    // user-02 is active: 9716; user-06 is only retired: a new active row.
    const QJsonObject status = m_http->runWrite(
        u"users/create"_s, {{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"user-02"_s}},
                                                    QJsonObject{{u"clientUserId"_s, u"user-06"_s}}}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"FAILED"_s);
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 1);
    const QJsonObject failure = failureOf(status, 9716);
    QVERIFY(!failure.isEmpty());
    QCOMPARE(stringsOf(failure.value(u"errorInfo"_s).toObject().value(u"clientUserIds"_s)),
             QStringList{u"user-02"_s});
    const QJsonArray rows =
        m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-06"_s)).json.value(u"users"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(sorted(SimShape::strings(rows, u"status"_s)), (QStringList{u"Registered"_s, u"Retired"_s}));
    QCOMPARE(m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-02"_s)).json.value(u"size"_s).toInt(), 1);
}

void TestSimWrites::updateUsers()
{
    const QJsonObject status = m_http->runWrite(
        u"users/update"_s,
        {{u"users"_s,
          QJsonArray{QJsonObject{{u"clientUserId"_s, u"user-03"_s}, {u"email"_s, u"changed@example.com"_s}},
                     QJsonObject{{u"clientUserId"_s, u"user-04"_s},
                                 {u"managedAppleId"_s, u"four@appleid.example.com"_s}},
                     QJsonObject{{u"clientUserId"_s, u"user-06"_s}}}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventType"_s).toString(), u"UPDATE"_s);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"FAILED"_s); // user-06 has no active row
    QCOMPARE(status.value(u"numCompleted"_s).toInt(), 2);
    QCOMPARE(stringsOf(failureOf(status, 9609).value(u"errorInfo"_s).toObject().value(u"clientUserIds"_s)),
             QStringList{u"user-06"_s});
    const QJsonArray users =
        m_http->get(u"users"_s, QUrlQuery(u"activeOnly=true"_s)).json.value(u"users"_s).toArray();
    QCOMPARE(SimShape::find(users, u"clientUserId"_s, u"user-03"_s).value(u"email"_s).toString(),
             u"changed@example.com"_s);
    const QJsonObject four = SimShape::find(users, u"clientUserId"_s, u"user-04"_s);
    SIM_SHAPE(SimShape::user, four);
    QCOMPARE(four.value(u"status"_s).toString(), u"Associated"_s);
}

void TestSimWrites::retireReleasesRevocableLicenses()
{
    const QString version = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();
    const QJsonObject status = m_http->runWrite(
        u"users/retire"_s, {{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"user-01"_s}},
                                                    QJsonObject{{u"clientUserId"_s, u"user-04"_s}}}}});
    SIM_SHAPE(SimShape::statusResponse, status);
    QCOMPARE(status.value(u"eventType"_s).toString(), u"RETIRE"_s);
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QVERIFY(m_http->get(u"users"_s).json.value(u"versionId"_s).toString() != version);

    const QJsonArray rows =
        m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-01"_s)).json.value(u"users"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject retired = rows.first().toObject();
    SIM_SHAPE(SimShape::user, retired);
    QCOMPARE(retired.value(u"status"_s).toString(), u"Retired"_s);
    QCOMPARE(retired.value(u"idHash"_s).toString(), u"aGFzaDAx"_s);
    const QJsonObject four = m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-04"_s))
                                 .json.value(u"users"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    SIM_SHAPE(SimShape::user, four); // no inviteCode once Retired
    QCOMPARE(four.value(u"status"_s).toString(), u"Retired"_s);

    // Revocable licenses came back; the book stays with the Apple Account.
    const QJsonArray left = m_http->get(u"assignments"_s, QUrlQuery(u"clientUserId=user-01"_s))
                                .json.value(u"assignments"_s)
                                .toArray();
    QCOMPARE(SimShape::strings(left, u"adamId"_s), QStringList{kBook1});
    QCOMPARE(m_http->asset(kApp2).value(u"availableCount"_s).toInt(), 1);
    QCOMPARE(m_http->get(u"users"_s, QUrlQuery(u"activeOnly=true"_s)).json.value(u"size"_s).toInt(),
             kActiveUsers - 2);
    // A retired user cannot get new licenses (9609).
    const QJsonObject again =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{assetRef(kApp1)}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-01"_s}}});
    QCOMPARE(again.value(u"eventStatus"_s).toString(), u"FAILED"_s);
    QVERIFY(!failureOf(again, 9609).isEmpty());
}

void TestSimWrites::unknownEvent()
{
    const SimReply unknown =
        m_http->get(u"status"_s, QUrlQuery{{u"eventId"_s, u"954910a8-3d9c-4fde-948d-253e5aef431a"_s}});
    QCOMPARE(unknown.status, 400);
    SIM_SHAPE(SimShape::errorResponse, unknown.json, 9708);
    const SimReply missing = m_http->get(u"status"_s);
    QCOMPARE(missing.status, 400);
    SIM_SHAPE(SimShape::errorResponse, missing.json, 9708);
    // An event of location 1 is unknown to location 0's token.
    const SimReply queued = m_http->post(
        u"assets/associate"_s,
        {{u"assets"_s, QJsonArray{assetRef(kApp1)}}, {u"clientUserIds"_s, QJsonArray{u"other-01"_s}}}, 1);
    QCOMPARE(queued.status, 200);
    const QUrlQuery query{{u"eventId"_s, queued.json.value(u"eventId"_s).toString()}};
    QCOMPARE(m_http->get(u"status"_s, query, 1).status, 200);
    const SimReply foreign = m_http->get(u"status"_s, query, 0);
    QCOMPARE(foreign.status, 400);
    SIM_SHAPE(SimShape::errorResponse, foreign.json, 9708);
}

QTEST_GUILESS_MAIN(TestSimWrites)
#include "tst_sim_writes.moc"
