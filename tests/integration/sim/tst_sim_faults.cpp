// vppsim over real HTTP: every injected fault (through /control/faults), latency, the per-token
// rate limits, and the world changing behind the client's back (another MDM, purchases and
// refunds, invitations accepted), plus the control API's loopback-only rule.
#include "eventprocessor.h"
#include "simhttp.h"
#include "simserver.h"

#include <QNetworkInterface>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace SimOrg;

class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void retryableErrors_data();
    void retryableErrors();
    void errorIn200();
    void errorIn200WithChosenNumber();
    void truncatedJson();
    void invalidJsonIsHtml();
    void droppedConnection();
    void faultPathFilter();
    void unlimitedFaultUntilCleared();
    void faultListAndBadFault();
    void latency();
    void rateLimitPerSecond();
    void rateLimitIsPerToken();
    void parallelPageLimit();
    void fiveParallelPagesAreFine();
    void mdmInfoOverwrittenShowsEverywhere();
    void licensesPurchasedAndRefunded();
    void invitationAcceptedThroughControl();
    void invitationAcceptedThroughInvitationUrl();
    void controlStateAndUnknownAction();
    void controlApiIsLoopbackOnly();

private:
    std::unique_ptr<SimHttp> m_http;
};

void TestSimFaults::init()
{
    m_http = std::make_unique<SimHttp>();
    QVERIFY2(m_http->isListening(), qPrintable(m_http->startError()));
}

void TestSimFaults::cleanup()
{
    m_http.reset();
}

void TestSimFaults::retryableErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorNumber");
    QTest::newRow("429") << u"429"_s << 429 << 9646;
    QTest::newRow("rate-limit alias") << u"rate-limit"_s << 429 << 9646;
    QTest::newRow("503") << u"503"_s << 503 << 9729;
    QTest::newRow("500") << u"500"_s << 500 << 9603;
}

void TestSimFaults::retryableErrors()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(int, errorNumber);
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, kind}, {u"count"_s, 2}, {u"retryAfter"_s, 7}}).status,
             200);
    for (int i = 0; i < 2; ++i) {
        const SimReply r = m_http->get(u"assets"_s);
        QCOMPARE(r.status, status);
        SIM_SHAPE(SimShape::errorResponse, r.json, errorNumber);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    }
    // The count is used up: the next request succeeds.
    const SimReply ok = m_http->get(u"assets"_s);
    QCOMPARE(ok.status, 200);
    SIM_SHAPE(SimShape::page, ok.json, u"assets"_s);
    QVERIFY(ok.header("Retry-After").isEmpty());
}

void TestSimFaults::errorIn200()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"error-in-200"_s}}).status, 200);
    const SimReply r = m_http->get(u"users"_s);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9646);
    QVERIFY(!r.json.contains(u"users"_s));
    QCOMPARE(m_http->get(u"users"_s).json.value(u"users"_s).toArray().size(), kUserRows);
}

void TestSimFaults::errorIn200WithChosenNumber()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"error-in-200"_s}, {u"errorNumber"_s, 9622}}).status,
             200);
    const SimReply r = m_http->get(u"client/config"_s);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9622);
}

void TestSimFaults::truncatedJson()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"truncate"_s}}).status, 200);
    const SimReply r = m_http->get(u"assignments"_s);
    QCOMPARE(r.networkError, QNetworkReply::NoError); // Content-Length matches the cut body
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.size() > 10);
    QVERIFY(r.body.startsWith('{'));
    QVERIFY(!r.jsonOk);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(r.header("Content-Length").toLongLong(), qint64(r.body.size()));
    QVERIFY(m_http->get(u"assignments"_s).jsonOk);
}

void TestSimFaults::invalidJsonIsHtml()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"invalid-json"_s}}).status, 200);
    const SimReply r = m_http->get(u"assets"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.jsonOk);
    QVERIFY(r.body.trimmed().startsWith("<html"));
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
}

void TestSimFaults::droppedConnection()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"drop"_s}}).status, 200);
    const SimReply r = m_http->get(u"assets"_s);
    QVERIFY2(!r.timedOut, "the dropped connection must end the reply, not hang it");
    QVERIFY2(r.networkError != QNetworkReply::NoError, qPrintable(r.describe()));
    QVERIFY(!r.jsonOk);
    const SimReply next = m_http->get(u"assets"_s);
    QCOMPARE(next.status, 200);
    QVERIFY(next.jsonOk);
}

void TestSimFaults::faultPathFilter()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"503"_s}, {u"path"_s, u"/assignments"_s}}).status,
             200);
    QCOMPARE(m_http->get(u"assets"_s).status, 200);
    QCOMPARE(m_http->get(u"users"_s).status, 200);
    const SimReply hit = m_http->get(u"assignments"_s);
    QCOMPARE(hit.status, 503);
    SIM_SHAPE(SimShape::errorResponse, hit.json, 9729);
    QVERIFY(!hit.header("Retry-After").isEmpty());
    QCOMPARE(m_http->get(u"assignments"_s).status, 200);
}

void TestSimFaults::unlimitedFaultUntilCleared()
{
    QCOMPARE(m_http->control(u"faults"_s, {{u"kind"_s, u"500"_s}, {u"percent"_s, 100}}).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_http->get(u"assets"_s).status, 500);
    // Faults hit writes too (and nothing is queued).
    const SimReply write =
        m_http->post(u"users/create"_s, {{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"x"_s}}}}});
    QCOMPARE(write.status, 500);
    QVERIFY(m_http->sim().state().pendingEventIds().isEmpty());
    QCOMPARE(m_http->control(u"faults/clear"_s).status, 200);
    QCOMPARE(m_http->get(u"assets"_s).status, 200);
}

void TestSimFaults::faultListAndBadFault()
{
    QCOMPARE(
        m_http->control(u"faults"_s, {{u"kind"_s, u"truncate"_s}, {u"count"_s, 3}, {u"path"_s, u"/users"_s}})
            .status,
        200);
    const SimReply list = m_http->controlGet(u"faults"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray faults = list.json.value(u"faults"_s).toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.first().toObject().value(u"kind"_s).toString(), u"truncate"_s);
    QCOMPARE(faults.first().toObject().value(u"count"_s).toInt(), 3);
    const SimReply bad = m_http->control(u"faults"_s, {{u"kind"_s, u"explode"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value(u"ok"_s).toBool(true), false);
    QVERIFY(bad.json.value(u"error"_s).toString().contains(u"429"_s)); // lists the known kinds
}

void TestSimFaults::latency()
{
    QCOMPARE(m_http->control(u"latency"_s, {{u"ms"_s, 300}}).status, 200);
    const SimReply slow = m_http->get(u"client/config"_s);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 280, qPrintable(QString::number(slow.elapsedMs)));
    QCOMPARE(m_http->controlGet(u"faults"_s).json.value(u"latencyMs"_s).toInt(), 300);
    QCOMPARE(m_http->control(u"latency"_s, {{u"ms"_s, 0}}).status, 200);
    const SimReply fast = m_http->get(u"client/config"_s);
    QVERIFY2(fast.elapsedMs < 250, qPrintable(QString::number(fast.elapsedMs)));
}

void TestSimFaults::rateLimitPerSecond()
{
    QCOMPARE(m_http
                 ->control(u"config"_s, {{u"enforceRateLimit"_s, true},
                                         {u"maxRequestPerSecond"_s, 5},
                                         {u"retryAfterSeconds"_s, 2}})
                 .status,
             200);
    QCOMPARE(m_http->getAuth(u"service/config"_s, std::nullopt)
                 .json.value(u"limits"_s)
                 .toObject()
                 .value(u"maxRequestPerSecond"_s)
                 .toInt(),
             5);
    QList<int> statuses;
    SimReply limited;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 8; ++i) {
        const SimReply r = m_http->get(u"client/config"_s);
        statuses.append(r.status);
        if (r.status == 429)
            limited = r;
    }
    QVERIFY2(clock.elapsed() < 900, "the burst took too long to prove anything");
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 429, 429, 429}));
    SIM_SHAPE(SimShape::errorResponse, limited.json, 9646);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QTest::qWait(1100);
    QCOMPARE(m_http->get(u"client/config"_s).status, 200);
}

void TestSimFaults::rateLimitIsPerToken()
{
    QCOMPARE(
        m_http->control(u"config"_s, {{u"enforceRateLimit"_s, true}, {u"maxRequestPerSecond"_s, 3}}).status,
        200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http->get(u"assets"_s).status, 200);
    QCOMPARE(m_http->get(u"assets"_s).status, 429);
    QCOMPARE(m_http->get(u"assets"_s, {}, 1).status, 200); // the other location's token has its own budget
    // A second token of the same location shares that location's budget.
    const SimReply issued = m_http->control(u"token/issue"_s, {{u"revokePrevious"_s, false}});
    QCOMPARE(issued.status, 200);
    const QByteArray second = "Bearer " + issued.json.value(u"token"_s).toString().toLatin1();
    QCOMPARE(m_http->getAuth(u"assets"_s, second).status, 429);
    // service/config needs no token and is not limited per token.
    QCOMPARE(m_http->getAuth(u"service/config"_s, std::nullopt).status, 200);
}

void TestSimFaults::parallelPageLimit()
{
    QCOMPARE(
        m_http
            ->control(u"config"_s,
                      {{u"enforceRateLimit"_s, true}, {u"maxRequestPerSecond"_s, 100}, {u"pageSize"_s, 1}})
            .status,
        200);
    QCOMPARE(m_http->control(u"latency"_s, {{u"ms"_s, 500}}).status, 200);
    // Two network managers: 12 connections, more than the 5 pages Apple allows in flight.
    QNetworkAccessManager second;
    QList<QUrl> urls;
    for (int i = 0; i < 6; ++i)
        urls.append(m_http->v2(u"assignments"_s, QUrlQuery{{u"pageIndex"_s, QString::number(i)}}));
    QList<QNetworkReply *> extra;
    for (int i = 6; i < 9; ++i) {
        QNetworkRequest request(
            m_http->v2(u"assignments"_s, QUrlQuery{{u"pageIndex"_s, QString::number(i)}}));
        request.setRawHeader("Authorization", m_http->bearer());
        extra.append(second.get(request));
    }
    const QList<SimReply> replies = m_http->sendParallel(urls, m_http->bearer());
    for (QNetworkReply *reply : extra) {
        if (!reply->isFinished())
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
    }
    int ok = 0;
    int limited = 0;
    for (const SimReply &r : replies) {
        if (r.status == 200)
            ++ok;
        if (r.status == 429) {
            ++limited;
            SIM_SHAPE(SimShape::errorResponse, r.json, 9646);
            QVERIFY(!r.header("Retry-After").isEmpty());
        }
    }
    for (QNetworkReply *reply : extra) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ok += status == 200 ? 1 : 0;
        limited += status == 429 ? 1 : 0;
        reply->deleteLater();
    }
    QCOMPARE(ok + limited, 9);
    QVERIFY2(limited >= 1, "more than 5 parallel page requests were all served");
    QVERIFY2(ok >= 5, qPrintable(QStringLiteral("only %1 pages served").arg(ok)));
    // Once they are answered, pages are served again.
    QCOMPARE(m_http->control(u"latency"_s, {{u"ms"_s, 0}}).status, 200);
    QCOMPARE(m_http->get(u"assignments"_s).status, 200);
}

void TestSimFaults::fiveParallelPagesAreFine()
{
    QCOMPARE(
        m_http
            ->control(u"config"_s,
                      {{u"enforceRateLimit"_s, true}, {u"maxRequestPerSecond"_s, 100}, {u"pageSize"_s, 2}})
            .status,
        200);
    QCOMPARE(m_http->control(u"latency"_s, {{u"ms"_s, 300}}).status, 200);
    QList<QUrl> urls;
    for (int i = 0; i < 5; ++i)
        urls.append(m_http->v2(u"assignments"_s, QUrlQuery{{u"pageIndex"_s, QString::number(i)}}));
    QStringList keys;
    for (const SimReply &r : m_http->sendParallel(urls, m_http->bearer())) {
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        SIM_SHAPE(SimShape::page, r.json, u"assignments"_s);
        for (const QJsonValue &v : r.json.value(u"assignments"_s).toArray())
            keys.append(v.toObject().value(u"adamId"_s).toString() +
                        v.toObject().value(u"clientUserId"_s).toString() +
                        v.toObject().value(u"serialNumber"_s).toString());
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), kAssignments);
}

void TestSimFaults::mdmInfoOverwrittenShowsEverywhere()
{
    const QJsonObject mine{{u"id"_s, u"mine"_s}, {u"name"_s, u"VPP Desk"_s}, {u"metadata"_s, u"x"_s}};
    QCOMPARE(m_http->post(u"client/config"_s, {{u"mdmInfo"_s, mine}}).status, 200);
    const QJsonObject foreign{
        {u"id"_s, u"other-mdm"_s}, {u"name"_s, u"Other MDM"_s}, {u"metadata"_s, u"host=b"_s}};
    QCOMPARE(m_http->control(u"mdminfo"_s, foreign).status, 200);

    QList<SimReply> replies{m_http->get(u"client/config"_s), m_http->get(u"assets"_s),
                            m_http->get(u"assignments"_s), m_http->get(u"users"_s)};
    const SimReply queued =
        m_http->post(u"assets/revoke"_s, {{u"serialNumbers"_s, QJsonArray{u"SERIAL0004"_s}}});
    replies.append(queued);
    replies.append(
        m_http->get(u"status"_s, QUrlQuery{{u"eventId"_s, queued.json.value(u"eventId"_s).toString()}}));
    replies.append(m_http->post(u"users/create"_s,
                                {{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"z"_s}}}}}));
    for (const SimReply &r : replies) {
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        SIM_SHAPE(SimShape::commonFields, r.json);
        QCOMPARE(r.json.value(u"mdmInfo"_s).toObject(), foreign);
    }
    // Not on service/config (no token), not on the other location.
    QVERIFY(!m_http->getAuth(u"service/config"_s, std::nullopt).json.contains(u"mdmInfo"_s));
    QVERIFY(!m_http->get(u"assets"_s, {}, 1).json.contains(u"mdmInfo"_s));
    QCOMPARE(m_http->controlGet(u"state"_s)
                 .json.value(u"locations"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"mdmInfoId"_s)
                 .toString(),
             u"other-mdm"_s);
}

void TestSimFaults::licensesPurchasedAndRefunded()
{
    const SimReply before = m_http->get(u"assets"_s);
    const QString assignmentsVersion = m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString();
    const SimReply bought = m_http->control(u"licenses"_s, {{u"adamId"_s, kApp1}, {u"delta"_s, 5}});
    QCOMPARE(bought.status, 200);
    QCOMPARE(bought.json.value(u"totalCount"_s).toInt(), 15);
    QJsonObject app1 = m_http->asset(kApp1);
    QCOMPARE(app1.value(u"totalCount"_s).toInt(), 15);
    QCOMPARE(app1.value(u"availableCount"_s).toInt(), 12);
    QCOMPARE(app1.value(u"assignedCount"_s).toInt(), 3);
    const QString afterPurchase = m_http->get(u"assets"_s).json.value(u"versionId"_s).toString();
    QVERIFY(afterPurchase != before.json.value(u"versionId"_s).toString());

    QCOMPARE(m_http->control(u"licenses"_s, {{u"adamId"_s, kApp1}, {u"delta"_s, -8}}).status, 200);
    app1 = m_http->asset(kApp1);
    QCOMPARE(app1.value(u"totalCount"_s).toInt(), 7);
    QCOMPARE(app1.value(u"availableCount"_s).toInt(), 4);
    QVERIFY(m_http->get(u"assets"_s).json.value(u"versionId"_s).toString() != afterPurchase);
    // Purchases do not touch assignments.
    QCOMPARE(m_http->get(u"assignments"_s).json.value(u"versionId"_s).toString(), assignmentsVersion);

    // A scarce asset becomes assignable after a purchase.
    QCOMPARE(m_http->control(u"licenses"_s, {{u"adamId"_s, kApp2}, {u"delta"_s, 1}}).status, 200);
    const QJsonObject status =
        m_http->runWrite(u"assets/associate"_s, {{u"assets"_s, QJsonArray{QJsonObject{{u"adamId"_s, kApp2}}}},
                                                 {u"clientUserIds"_s, QJsonArray{u"user-02"_s}}});
    QCOMPARE(status.value(u"eventStatus"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(m_http->control(u"licenses"_s, {{u"adamId"_s, u"1"_s}, {u"delta"_s, 1}}).status, 400);
}

void TestSimFaults::invitationAcceptedThroughControl()
{
    const QString version = m_http->get(u"users"_s).json.value(u"versionId"_s).toString();
    const SimReply accepted = m_http->control(u"users/accept"_s, {{u"clientUserId"_s, u"user-04"_s}});
    QCOMPARE(accepted.status, 200);
    const QJsonObject user = m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-04"_s))
                                 .json.value(u"users"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    SIM_SHAPE(SimShape::user, user);
    QCOMPARE(user.value(u"status"_s).toString(), u"Associated"_s);
    QCOMPARE(user.value(u"idHash"_s).toString(), accepted.json.value(u"idHash"_s).toString());
    QVERIFY(!user.contains(u"inviteCode"_s));
    QVERIFY(m_http->get(u"users"_s).json.value(u"versionId"_s).toString() != version);
    // Only Registered users can accept.
    QCOMPARE(m_http->control(u"users/accept"_s, {{u"clientUserId"_s, u"user-04"_s}}).status, 400);
}

void TestSimFaults::invitationAcceptedThroughInvitationUrl()
{
    const QString inviteCode = m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-05"_s))
                                   .json.value(u"users"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"inviteCode"_s)
                                   .toString();
    QCOMPARE(inviteCode, u"invite05"_s);
    QString templateUrl = m_http->getAuth(u"service/config"_s, std::nullopt)
                              .json.value(u"urls"_s)
                              .toObject()
                              .value(u"invitationEmail"_s)
                              .toString();
    const QUrl url(templateUrl.replace(u"%25inviteCode%25"_s, inviteCode));
    const SimReply page = m_http->send("GET", url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QJsonObject user = m_http->get(u"users"_s, QUrlQuery(u"clientUserId=user-05"_s))
                                 .json.value(u"users"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(user.value(u"status"_s).toString(), u"Associated"_s);
    SIM_SHAPE(SimShape::user, user);
    // The code is used up.
    QCOMPARE(m_http->send("GET", url).status, 404);
}

void TestSimFaults::controlStateAndUnknownAction()
{
    const SimReply state = m_http->controlGet(u"state"_s);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json.value(u"orgName"_s).toString(), u"ORG-TEST-1"_s);
    const QJsonArray locations = state.json.value(u"locations"_s).toArray();
    QCOMPARE(locations.size(), 2);
    const QJsonObject first = locations.first().toObject();
    QCOMPARE(first.value(u"uId"_s).toString(), kUid0);
    QCOMPARE(first.value(u"assets"_s).toInt(), kAssetCount);
    QCOMPARE(first.value(u"assignments"_s).toInt(), kAssignments);
    QCOMPARE(first.value(u"users"_s).toInt(), kUserRows);
    QCOMPARE(first.value(u"activeUsers"_s).toInt(), kActiveUsers);
    QCOMPARE(state.json.value(u"products"_s).toInt(), 6);
    QCOMPARE(m_http->control(u"nonsense"_s).status, 404);
    QCOMPARE(m_http->controlGet(u"nonsense"_s).status, 404);
    QCOMPARE(m_http
                 ->send("POST", m_http->url(u"/control/faults"_s), "not json",
                        {{"Content-Type", "application/json"}})
                 .status,
             400);
}

// The simulator binds 127.0.0.1 only; to reach the control API from another address, serve the
// same SimServer on every interface and connect through a non-loopback address of this host.
void TestSimFaults::controlApiIsLoopbackOnly()
{
    QHostAddress external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal()) {
            external = address;
            break;
        }
    if (external.isNull())
        QSKIP("this host has no non-loopback IPv4 address");

    SimState state;
    SimOrg::build(state, QDateTime::currentDateTimeUtc());
    SimConfig config;
    config.enforceRateLimit = false;
    FaultPlan faults;
    EventProcessor events(state, config);
    SimServer server(state, config, faults, events);
    const quint16 port = server.listen(QHostAddress::AnyIPv4, 0);
    QVERIFY(port != 0);

    QUrl remote;
    remote.setScheme(u"http"_s);
    remote.setHost(external.toString());
    remote.setPort(port);
    remote.setPath(u"/control/state"_s);
    const SimReply refused = m_http->send("GET", remote);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json.value(u"errorNumber"_s).toInt(), 9637);
    QVERIFY(!refused.json.contains(u"locations"_s));
    remote.setPath(u"/control/token/revoke"_s);
    QCOMPARE(m_http->send("POST", remote, "{}", {{"Content-Type", "application/json"}}).status, 403);
    QVERIFY(!state.tokens().first().revoked);

    QUrl local = remote;
    local.setHost(u"127.0.0.1"_s);
    local.setPath(u"/control/state"_s);
    const SimReply allowed = m_http->send("GET", local);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.json.value(u"locations"_s).toArray().size(), 2);
    // The v2 API itself answers every address.
    remote.setPath(u"/mdm/v2/service/config"_s);
    QCOMPARE(m_http->send("GET", remote).status, 200);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
