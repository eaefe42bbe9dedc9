// vppsim over real HTTP: every injected fault (through /control/faults), latency, the per-token
// rate limits, and the world changing behind the client's back (another MDM, purchases and
// refunds, invitations accepted), plus the control API's loopback-only rule.
#include "eventprocessor.h"
#include "simhttp.h"
#include "simserver.h"

#include <QNetworkInterface>
#include <QtTest>

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
    QTest::newRow("429") << u"429"_qs << 429 << 9646;
    QTest::newRow("rate-limit alias") << u"rate-limit"_qs << 429 << 9646;
    QTest::newRow("503") << u"503"_qs << 503 << 9729;
    QTest::newRow("500") << u"500"_qs << 500 << 9603;
}

void TestSimFaults::retryableErrors()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(int, errorNumber);
    QCOMPARE(
        m_http->control(u"faults"_qs, {{u"kind"_qs, kind}, {u"count"_qs, 2}, {u"retryAfter"_qs, 7}}).status,
        200);
    for (int i = 0; i < 2; ++i) {
        const SimReply r = m_http->get(u"assets"_qs);
        QCOMPARE(r.status, status);
        SIM_SHAPE(SimShape::errorResponse, r.json, errorNumber);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    }
    // The count is used up: the next request succeeds.
    const SimReply ok = m_http->get(u"assets"_qs);
    QCOMPARE(ok.status, 200);
    SIM_SHAPE(SimShape::page, ok.json, u"assets"_qs);
    QVERIFY(ok.header("Retry-After").isEmpty());
}

void TestSimFaults::errorIn200()
{
    QCOMPARE(m_http->control(u"faults"_qs, {{u"kind"_qs, u"error-in-200"_qs}}).status, 200);
    const SimReply r = m_http->get(u"users"_qs);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9646);
    QVERIFY(!r.json.contains(u"users"_qs));
    QCOMPARE(m_http->get(u"users"_qs).json.value(u"users"_qs).toArray().size(), kUserRows);
}

void TestSimFaults::errorIn200WithChosenNumber()
{
    QCOMPARE(
        m_http->control(u"faults"_qs, {{u"kind"_qs, u"error-in-200"_qs}, {u"errorNumber"_qs, 9622}}).status,
        200);
    const SimReply r = m_http->get(u"client/config"_qs);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9622);
}

void TestSimFaults::truncatedJson()
{
    QCOMPARE(m_http->control(u"faults"_qs, {{u"kind"_qs, u"truncate"_qs}}).status, 200);
    const SimReply r = m_http->get(u"assignments"_qs);
    QCOMPARE(r.networkError, QNetworkReply::NoError); // Content-Length matches the cut body
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.size() > 10);
    QVERIFY(r.body.startsWith('{'));
    QVERIFY(!r.jsonOk);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(r.header("Content-Length").toLongLong(), qint64(r.body.size()));
    QVERIFY(m_http->get(u"assignments"_qs).jsonOk);
}

void TestSimFaults::invalidJsonIsHtml()
{
    QCOMPARE(m_http->control(u"faults"_qs, {{u"kind"_qs, u"invalid-json"_qs}}).status, 200);
    const SimReply r = m_http->get(u"assets"_qs);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.jsonOk);
    QVERIFY(r.body.trimmed().startsWith("<html"));
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
}

void TestSimFaults::droppedConnection()
{
    QCOMPARE(m_http->control(u"faults"_qs, {{u"kind"_qs, u"drop"_qs}}).status, 200);
    const SimReply r = m_http->get(u"assets"_qs);
    QVERIFY2(!r.timedOut, "the dropped connection must end the reply, not hang it");
    QVERIFY2(r.networkError != QNetworkReply::NoError, qPrintable(r.describe()));
    QVERIFY(!r.jsonOk);
    const SimReply next = m_http->get(u"assets"_qs);
    QCOMPARE(next.status, 200);
    QVERIFY(next.jsonOk);
}

void TestSimFaults::faultPathFilter()
{
    QCOMPARE(
        m_http->control(u"faults"_qs, {{u"kind"_qs, u"503"_qs}, {u"path"_qs, u"/assignments"_qs}}).status,
        200);
    QCOMPARE(m_http->get(u"assets"_qs).status, 200);
    QCOMPARE(m_http->get(u"users"_qs).status, 200);
    const SimReply hit = m_http->get(u"assignments"_qs);
    QCOMPARE(hit.status, 503);
    SIM_SHAPE(SimShape::errorResponse, hit.json, 9729);
    QVERIFY(!hit.header("Retry-After").isEmpty());
    QCOMPARE(m_http->get(u"assignments"_qs).status, 200);
}

void TestSimFaults::unlimitedFaultUntilCleared()
{
    QCOMPARE(m_http->control(u"faults"_qs, {{u"kind"_qs, u"500"_qs}, {u"percent"_qs, 100}}).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_http->get(u"assets"_qs).status, 500);
    // Faults hit writes too (and nothing is queued).
    const SimReply write = m_http->post(
        u"users/create"_qs, {{u"users"_qs, QJsonArray{QJsonObject{{u"clientUserId"_qs, u"x"_qs}}}}});
    QCOMPARE(write.status, 500);
    QVERIFY(m_http->sim().state().pendingEventIds().isEmpty());
    QCOMPARE(m_http->control(u"faults/clear"_qs).status, 200);
    QCOMPARE(m_http->get(u"assets"_qs).status, 200);
}

void TestSimFaults::faultListAndBadFault()
{
    QCOMPARE(m_http
                 ->control(u"faults"_qs,
                           {{u"kind"_qs, u"truncate"_qs}, {u"count"_qs, 3}, {u"path"_qs, u"/users"_qs}})
                 .status,
             200);
    const SimReply list = m_http->controlGet(u"faults"_qs);
    QCOMPARE(list.status, 200);
    const QJsonArray faults = list.json.value(u"faults"_qs).toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.first().toObject().value(u"kind"_qs).toString(), u"truncate"_qs);
    QCOMPARE(faults.first().toObject().value(u"count"_qs).toInt(), 3);
    const SimReply bad = m_http->control(u"faults"_qs, {{u"kind"_qs, u"explode"_qs}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value(u"ok"_qs).toBool(true), false);
    QVERIFY(bad.json.value(u"error"_qs).toString().contains(u"429"_qs)); // lists the known kinds
}

void TestSimFaults::latency()
{
    QCOMPARE(m_http->control(u"latency"_qs, {{u"ms"_qs, 300}}).status, 200);
    const SimReply slow = m_http->get(u"client/config"_qs);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 280, qPrintable(QString::number(slow.elapsedMs)));
    QCOMPARE(m_http->controlGet(u"faults"_qs).json.value(u"latencyMs"_qs).toInt(), 300);
    QCOMPARE(m_http->control(u"latency"_qs, {{u"ms"_qs, 0}}).status, 200);
    const SimReply fast = m_http->get(u"client/config"_qs);
    QVERIFY2(fast.elapsedMs < 250, qPrintable(QString::number(fast.elapsedMs)));
}

void TestSimFaults::rateLimitPerSecond()
{
    QCOMPARE(m_http
                 ->control(u"config"_qs, {{u"enforceRateLimit"_qs, true},
                                          {u"maxRequestPerSecond"_qs, 5},
                                          {u"retryAfterSeconds"_qs, 2}})
                 .status,
             200);
    QCOMPARE(m_http->getAuth(u"service/config"_qs, std::nullopt)
                 .json.value(u"limits"_qs)
                 .toObject()
                 .value(u"maxRequestPerSecond"_qs)
                 .toInt(),
             5);
    QList<int> statuses;
    SimReply limited;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 8; ++i) {
        const SimReply r = m_http->get(u"client/config"_qs);
        statuses.append(r.status);
        if (r.status == 429)
            limited = r;
    }
    QVERIFY2(clock.elapsed() < 900, "the burst took too long to prove anything");
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 429, 429, 429}));
    SIM_SHAPE(SimShape::errorResponse, limited.json, 9646);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QTest::qWait(1100);
    QCOMPARE(m_http->get(u"client/config"_qs).status, 200);
}

void TestSimFaults::rateLimitIsPerToken()
{
    QCOMPARE(m_http->control(u"config"_qs, {{u"enforceRateLimit"_qs, true}, {u"maxRequestPerSecond"_qs, 3}})
                 .status,
             200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http->get(u"assets"_qs).status, 200);
    QCOMPARE(m_http->get(u"assets"_qs).status, 429);
    QCOMPARE(m_http->get(u"assets"_qs, {}, 1).status, 200); // the other location's token has its own budget
    // A second token of the same location shares that location's budget.
    const SimReply issued = m_http->control(u"token/issue"_qs, {{u"revokePrevious"_qs, false}});
    QCOMPARE(issued.status, 200);
    const QByteArray second = "Bearer " + issued.json.value(u"token"_qs).toString().toLatin1();
    QCOMPARE(m_http->getAuth(u"assets"_qs, second).status, 429);
    // service/config needs no token and is not limited per token.
    QCOMPARE(m_http->getAuth(u"service/config"_qs, std::nullopt).status, 200);
}

void TestSimFaults::parallelPageLimit()
{
    QCOMPARE(
        m_http
            ->control(u"config"_qs,
                      {{u"enforceRateLimit"_qs, true}, {u"maxRequestPerSecond"_qs, 100}, {u"pageSize"_qs, 1}})
            .status,
        200);
    QCOMPARE(m_http->control(u"latency"_qs, {{u"ms"_qs, 500}}).status, 200);
    // Two network managers: 12 connections, more than the 5 pages Apple allows in flight.
    QNetworkAccessManager second;
    QList<QUrl> urls;
    for (int i = 0; i < 6; ++i)
        urls.append(m_http->v2(u"assignments"_qs, QUrlQuery{{u"pageIndex"_qs, QString::number(i)}}));
    QList<QNetworkReply *> extra;
    for (int i = 6; i < 9; ++i) {
        QNetworkRequest request(
            m_http->v2(u"assignments"_qs, QUrlQuery{{u"pageIndex"_qs, QString::number(i)}}));
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
    QCOMPARE(m_http->control(u"latency"_qs, {{u"ms"_qs, 0}}).status, 200);
    QCOMPARE(m_http->get(u"assignments"_qs).status, 200);
}

void TestSimFaults::fiveParallelPagesAreFine()
{
    QCOMPARE(
        m_http
            ->control(u"config"_qs,
                      {{u"enforceRateLimit"_qs, true}, {u"maxRequestPerSecond"_qs, 100}, {u"pageSize"_qs, 2}})
            .status,
        200);
    QCOMPARE(m_http->control(u"latency"_qs, {{u"ms"_qs, 300}}).status, 200);
    QList<QUrl> urls;
    for (int i = 0; i < 5; ++i)
        urls.append(m_http->v2(u"assignments"_qs, QUrlQuery{{u"pageIndex"_qs, QString::number(i)}}));
    QStringList keys;
    for (const SimReply &r : m_http->sendParallel(urls, m_http->bearer())) {
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        SIM_SHAPE(SimShape::page, r.json, u"assignments"_qs);
        for (const QJsonValue &v : r.json.value(u"assignments"_qs).toArray())
            keys.append(v.toObject().value(u"adamId"_qs).toString() +
                        v.toObject().value(u"clientUserId"_qs).toString() +
                        v.toObject().value(u"serialNumber"_qs).toString());
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), kAssignments);
}

void TestSimFaults::mdmInfoOverwrittenShowsEverywhere()
{
    const QJsonObject mine{{u"id"_qs, u"mine"_qs}, {u"name"_qs, u"VPP Desk"_qs}, {u"metadata"_qs, u"x"_qs}};
    QCOMPARE(m_http->post(u"client/config"_qs, {{u"mdmInfo"_qs, mine}}).status, 200);
    const QJsonObject foreign{
        {u"id"_qs, u"other-mdm"_qs}, {u"name"_qs, u"Other MDM"_qs}, {u"metadata"_qs, u"host=b"_qs}};
    QCOMPARE(m_http->control(u"mdminfo"_qs, foreign).status, 200);

    QList<SimReply> replies{m_http->get(u"client/config"_qs), m_http->get(u"assets"_qs),
                            m_http->get(u"assignments"_qs), m_http->get(u"users"_qs)};
    const SimReply queued =
        m_http->post(u"assets/revoke"_qs, {{u"serialNumbers"_qs, QJsonArray{u"SERIAL0004"_qs}}});
    replies.append(queued);
    replies.append(
        m_http->get(u"status"_qs, QUrlQuery{{u"eventId"_qs, queued.json.value(u"eventId"_qs).toString()}}));
    replies.append(m_http->post(u"users/create"_qs,
                                {{u"users"_qs, QJsonArray{QJsonObject{{u"clientUserId"_qs, u"z"_qs}}}}}));
    for (const SimReply &r : replies) {
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        SIM_SHAPE(SimShape::commonFields, r.json);
        QCOMPARE(r.json.value(u"mdmInfo"_qs).toObject(), foreign);
    }
    // Not on service/config (no token), not on the other location.
    QVERIFY(!m_http->getAuth(u"service/config"_qs, std::nullopt).json.contains(u"mdmInfo"_qs));
    QVERIFY(!m_http->get(u"assets"_qs, {}, 1).json.contains(u"mdmInfo"_qs));
    QCOMPARE(m_http->controlGet(u"state"_qs)
                 .json.value(u"locations"_qs)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"mdmInfoId"_qs)
                 .toString(),
             u"other-mdm"_qs);
}

void TestSimFaults::licensesPurchasedAndRefunded()
{
    const SimReply before = m_http->get(u"assets"_qs);
    const QString assignmentsVersion = m_http->get(u"assignments"_qs).json.value(u"versionId"_qs).toString();
    const SimReply bought = m_http->control(u"licenses"_qs, {{u"adamId"_qs, kApp1}, {u"delta"_qs, 5}});
    QCOMPARE(bought.status, 200);
    QCOMPARE(bought.json.value(u"totalCount"_qs).toInt(), 15);
    QJsonObject app1 = m_http->asset(kApp1);
    QCOMPARE(app1.value(u"totalCount"_qs).toInt(), 15);
    QCOMPARE(app1.value(u"availableCount"_qs).toInt(), 12);
    QCOMPARE(app1.value(u"assignedCount"_qs).toInt(), 3);
    const QString afterPurchase = m_http->get(u"assets"_qs).json.value(u"versionId"_qs).toString();
    QVERIFY(afterPurchase != before.json.value(u"versionId"_qs).toString());

    QCOMPARE(m_http->control(u"licenses"_qs, {{u"adamId"_qs, kApp1}, {u"delta"_qs, -8}}).status, 200);
    app1 = m_http->asset(kApp1);
    QCOMPARE(app1.value(u"totalCount"_qs).toInt(), 7);
    QCOMPARE(app1.value(u"availableCount"_qs).toInt(), 4);
    QVERIFY(m_http->get(u"assets"_qs).json.value(u"versionId"_qs).toString() != afterPurchase);
    // Purchases do not touch assignments.
    QCOMPARE(m_http->get(u"assignments"_qs).json.value(u"versionId"_qs).toString(), assignmentsVersion);

    // A scarce asset becomes assignable after a purchase.
    QCOMPARE(m_http->control(u"licenses"_qs, {{u"adamId"_qs, kApp2}, {u"delta"_qs, 1}}).status, 200);
    const QJsonObject status = m_http->runWrite(
        u"assets/associate"_qs, {{u"assets"_qs, QJsonArray{QJsonObject{{u"adamId"_qs, kApp2}}}},
                                 {u"clientUserIds"_qs, QJsonArray{u"user-02"_qs}}});
    QCOMPARE(status.value(u"eventStatus"_qs).toString(), u"COMPLETE"_qs);
    QCOMPARE(m_http->control(u"licenses"_qs, {{u"adamId"_qs, u"1"_qs}, {u"delta"_qs, 1}}).status, 400);
}

void TestSimFaults::invitationAcceptedThroughControl()
{
    const QString version = m_http->get(u"users"_qs).json.value(u"versionId"_qs).toString();
    const SimReply accepted = m_http->control(u"users/accept"_qs, {{u"clientUserId"_qs, u"user-04"_qs}});
    QCOMPARE(accepted.status, 200);
    const QJsonObject user = m_http->get(u"users"_qs, QUrlQuery(u"clientUserId=user-04"_qs))
                                 .json.value(u"users"_qs)
                                 .toArray()
                                 .first()
                                 .toObject();
    SIM_SHAPE(SimShape::user, user);
    QCOMPARE(user.value(u"status"_qs).toString(), u"Associated"_qs);
    QCOMPARE(user.value(u"idHash"_qs).toString(), accepted.json.value(u"idHash"_qs).toString());
    QVERIFY(!user.contains(u"inviteCode"_qs));
    QVERIFY(m_http->get(u"users"_qs).json.value(u"versionId"_qs).toString() != version);
    // Only Registered users can accept.
    QCOMPARE(m_http->control(u"users/accept"_qs, {{u"clientUserId"_qs, u"user-04"_qs}}).status, 400);
}

void TestSimFaults::invitationAcceptedThroughInvitationUrl()
{
    const QString inviteCode = m_http->get(u"users"_qs, QUrlQuery(u"clientUserId=user-05"_qs))
                                   .json.value(u"users"_qs)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"inviteCode"_qs)
                                   .toString();
    QCOMPARE(inviteCode, u"invite05"_qs);
    QString templateUrl = m_http->getAuth(u"service/config"_qs, std::nullopt)
                              .json.value(u"urls"_qs)
                              .toObject()
                              .value(u"invitationEmail"_qs)
                              .toString();
    const QUrl url(templateUrl.replace(u"%25inviteCode%25"_qs, inviteCode));
    const SimReply page = m_http->send("GET", url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QJsonObject user = m_http->get(u"users"_qs, QUrlQuery(u"clientUserId=user-05"_qs))
                                 .json.value(u"users"_qs)
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(user.value(u"status"_qs).toString(), u"Associated"_qs);
    SIM_SHAPE(SimShape::user, user);
    // The code is used up.
    QCOMPARE(m_http->send("GET", url).status, 404);
}

void TestSimFaults::controlStateAndUnknownAction()
{
    const SimReply state = m_http->controlGet(u"state"_qs);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json.value(u"orgName"_qs).toString(), u"ORG-TEST-1"_qs);
    const QJsonArray locations = state.json.value(u"locations"_qs).toArray();
    QCOMPARE(locations.size(), 2);
    const QJsonObject first = locations.first().toObject();
    QCOMPARE(first.value(u"uId"_qs).toString(), kUid0);
    QCOMPARE(first.value(u"assets"_qs).toInt(), kAssetCount);
    QCOMPARE(first.value(u"assignments"_qs).toInt(), kAssignments);
    QCOMPARE(first.value(u"users"_qs).toInt(), kUserRows);
    QCOMPARE(first.value(u"activeUsers"_qs).toInt(), kActiveUsers);
    QCOMPARE(state.json.value(u"products"_qs).toInt(), 6);
    QCOMPARE(m_http->control(u"nonsense"_qs).status, 404);
    QCOMPARE(m_http->controlGet(u"nonsense"_qs).status, 404);
    QCOMPARE(m_http
                 ->send("POST", m_http->url(u"/control/faults"_qs), "not json",
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
    remote.setScheme(u"http"_qs);
    remote.setHost(external.toString());
    remote.setPort(port);
    remote.setPath(u"/control/state"_qs);
    const SimReply refused = m_http->send("GET", remote);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json.value(u"errorNumber"_qs).toInt(), 9637);
    QVERIFY(!refused.json.contains(u"locations"_qs));
    remote.setPath(u"/control/token/revoke"_qs);
    QCOMPARE(m_http->send("POST", remote, "{}", {{"Content-Type", "application/json"}}).status, 403);
    QVERIFY(!state.tokens().first().revoked);

    QUrl local = remote;
    local.setHost(u"127.0.0.1"_qs);
    local.setPath(u"/control/state"_qs);
    const SimReply allowed = m_http->send("GET", local);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.json.value(u"locations"_qs).toArray().size(), 2);
    // The v2 API itself answers every address.
    remote.setPath(u"/mdm/v2/service/config"_qs);
    QCOMPARE(m_http->send("GET", remote).status, 200);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
