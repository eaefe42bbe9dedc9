// vppsim over real HTTP: the Bearer token rules (9722, 9622 with 200 or 401, 9625, 9621, 9601),
// token files, token rotation, and the method (9726/405) and content-type (9727/415) checks
// that come before authentication.
#include "simhttp.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace SimOrg;

class TestSimAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tokenFileFormat();
    void everyEndpointNeedsToken_data();
    void everyEndpointNeedsToken();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void unknownTokenIs9622With200();
    void unknownTokenIs9622With401WhenConfigured();
    void innerTokenIsNotTheBearer();
    void revokedMidRun();
    void expiredMidRun();
    void loginRequired();
    void readOnlyTokenCannotWrite();
    void schemeNameIsCaseInsensitive();
    void restoreMakesTokenUsableAgain();
    void rotationRevokesPreviousToken();
    void tokensAreScopedToTheirLocation();
    void wrongMethod_data();
    void wrongMethod();
    void wrongContentType_data();
    void wrongContentType();
    void contentTypeWithCharsetIsAccepted();

private:
    std::unique_ptr<SimHttp> m_http;
};

void TestSimAuth::init()
{
    m_http = std::make_unique<SimHttp>();
    QVERIFY2(m_http->isListening(), qPrintable(m_http->startError()));
}

void TestSimAuth::cleanup()
{
    m_http.reset();
}

void TestSimAuth::tokenFileFormat()
{
    const QByteArray file = m_http->token().toLatin1();
    QVERIFY(!file.isEmpty());
    const QByteArray decoded = QByteArray::fromBase64(file, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(!decoded.isEmpty());
    QVERIFY2(decoded.contains('\n'), "the token JSON is pretty-printed, as the portal's download is");
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(decoded, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.size(), 3);
    QVERIFY(o.value(u"token"_s).isString() && !o.value(u"token"_s).toString().isEmpty());
    QVERIFY(SimShape::isApiDate(o.value(u"expDate"_s)));
    QCOMPARE(o.value(u"orgName"_s).toString(), u"ORG-TEST-1"_s);
    const QDateTime exp =
        QDateTime::fromString(o.value(u"expDate"_s).toString().left(19), u"yyyy-MM-ddTHH:mm:ss"_s);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(QDateTime(exp.date(), exp.time(), Qt::UTC)) - 365) <=
            1);
}

void TestSimAuth::everyEndpointNeedsToken_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("endpoint");
    for (const char *e : {"client/config", "assets", "assignments", "users", "status"})
        QTest::newRow(e) << QByteArray("GET") << QString::fromLatin1(e);
    for (const char *e : {"client/config", "assets/associate", "assets/disassociate", "assets/revoke",
                          "users/create", "users/update", "users/retire"})
        QTest::newRow(QByteArray(QByteArray("POST ") + e).constData())
            << QByteArray("POST") << QString::fromLatin1(e);
}

void TestSimAuth::everyEndpointNeedsToken()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, endpoint);
    const SimReply r = verb == "GET" ? m_http->getAuth(endpoint, std::nullopt)
                                     : m_http->postRaw(endpoint, "{}", "application/json", std::nullopt);
    QCOMPARE(r.status, 401);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9722);
    QVERIFY(!r.json.contains(u"uId"_s));
}

void TestSimAuth::malformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("Basic") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("Bearer alone") << QByteArray("Bearer");
    QTest::newRow("Bearer and spaces") << QByteArray("Bearer    ");
    QTest::newRow("token without scheme") << QByteArray("c29tZXRoaW5n");
    QTest::newRow("empty") << QByteArray("");
}

void TestSimAuth::malformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    const QByteArray value = authorization == "c29tZXRoaW5n" ? m_http->token().toLatin1() : authorization;
    const SimReply r = m_http->getAuth(u"assets"_s, value);
    QCOMPARE(r.status, 401);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9722);
}

void TestSimAuth::unknownTokenIs9622With200()
{
    const QByteArray forged =
        "Bearer " +
        QByteArray(R"({"token":"x","expDate":"2030-11-08T22:33:22+0000","orgName":"X"})").toBase64();
    const SimReply r = m_http->getAuth(u"assets"_s, forged);
    QCOMPARE(r.status, 200); // as Fleet saw it live
    SIM_SHAPE(SimShape::errorResponse, r.json, 9622);
    QVERIFY(!r.json.contains(u"assets"_s));
}

void TestSimAuth::unknownTokenIs9622With401WhenConfigured()
{
    QCOMPARE(m_http->control(u"config"_s, {{u"invalidTokenStatus"_s, 401}}).status, 200);
    const SimReply r = m_http->getAuth(u"client/config"_s, QByteArray("Bearer bm90LWEtdG9rZW4="));
    QCOMPARE(r.status, 401);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9622);
    QCOMPARE(m_http->control(u"config"_s, {{u"invalidTokenStatus"_s, 200}}).status, 200);
    QCOMPARE(m_http->getAuth(u"client/config"_s, QByteArray("Bearer bm90LWEtdG9rZW4=")).status, 200);
}

void TestSimAuth::innerTokenIsNotTheBearer()
{
    // The whole Base64 file content is the bearer value; the decoded inner "token" is not.
    const QJsonObject file =
        QJsonDocument::fromJson(QByteArray::fromBase64(m_http->token().toLatin1())).object();
    const SimReply r = m_http->getAuth(u"assets"_s, "Bearer " + file.value(u"token"_s).toString().toLatin1());
    SIM_SHAPE(SimShape::errorResponse, r.json, 9622);
    QCOMPARE(m_http->get(u"assets"_s).status, 200);
}

void TestSimAuth::revokedMidRun()
{
    const QByteArray bearer = m_http->bearer();
    const QByteArray otherBearer = m_http->bearer(1);
    QCOMPARE(m_http->get(u"assets"_s).status, 200);
    QCOMPARE(m_http->control(u"token/revoke"_s).status, 200);
    for (const QString &endpoint : {u"assets"_s, u"client/config"_s, u"users"_s}) {
        const SimReply r = m_http->getAuth(endpoint, bearer);
        QCOMPARE(r.status, 401);
        SIM_SHAPE(SimShape::errorResponse, r.json, 9625);
    }
    const SimReply write =
        m_http->postRaw(u"assets/revoke"_s, R"({"clientUserIds":["user-01"]})", "application/json", bearer);
    QCOMPARE(write.status, 401);
    SIM_SHAPE(SimShape::errorResponse, write.json, 9625);
    // The other location's token is unaffected.
    QCOMPARE(m_http->get(u"assets"_s, {}, 1).status, 200);
    // Revoked by uId: location 1.
    QCOMPARE(m_http->control(u"token/revoke"_s, {{u"uId"_s, kUid1}}).status, 200);
    SIM_SHAPE(SimShape::errorResponse, m_http->getAuth(u"assets"_s, otherBearer).json, 9625);
    QVERIFY(m_http->token(1).isEmpty()); // no usable token left
}

void TestSimAuth::expiredMidRun()
{
    QCOMPARE(m_http->control(u"token/expire"_s).status, 200);
    const SimReply r = m_http->get(u"client/config"_s);
    QCOMPARE(r.status, 401);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9621);
}

void TestSimAuth::loginRequired()
{
    QCOMPARE(m_http->control(u"token/login-required"_s).status, 200);
    const SimReply r = m_http->get(u"assignments"_s);
    QCOMPARE(r.status, 401);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9601);
}

void TestSimAuth::readOnlyTokenCannotWrite()
{
    QCOMPARE(m_http->control(u"token/read-only"_s).status, 200);
    QCOMPARE(m_http->get(u"assets"_s).status, 200); // reads stay allowed
    const SimReply r =
        m_http->post(u"users/create"_s,
                     QJsonObject{{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"ro-1"_s}}}}});
    QCOMPARE(r.status, 403);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9637);
    QCOMPARE(m_http->control(u"token/restore"_s).status, 200);
    QCOMPARE(m_http
                 ->post(u"users/create"_s,
                        QJsonObject{{u"users"_s, QJsonArray{QJsonObject{{u"clientUserId"_s, u"ro-1"_s}}}}})
                 .status,
             200);
}

void TestSimAuth::schemeNameIsCaseInsensitive()
{
    const SimReply r = m_http->getAuth(u"client/config"_s, "bearer " + m_http->token().toLatin1());
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains(u"uId"_s));
}

void TestSimAuth::restoreMakesTokenUsableAgain()
{
    const QByteArray bearer = m_http->bearer();
    QCOMPARE(m_http->control(u"token/revoke"_s).status, 200);
    SIM_SHAPE(SimShape::errorResponse, m_http->getAuth(u"assets"_s, bearer).json, 9625);
    QCOMPARE(m_http->control(u"token/restore"_s).status, 200);
    QCOMPARE(m_http->bearer(), bearer);
    const SimReply r = m_http->get(u"assets"_s);
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::page, r.json, u"assets"_s);
    QCOMPARE(m_http->control(u"token/bogus"_s).status, 404);
}

void TestSimAuth::rotationRevokesPreviousToken()
{
    const QByteArray oldBearer = m_http->bearer();
    const SimReply issued = m_http->control(u"token/issue"_s, {{u"days"_s, 30}});
    QCOMPARE(issued.status, 200);
    const QString fresh = issued.json.value(u"token"_s).toString();
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(m_http->token(), fresh);
    QVERIFY(SimShape::isApiDate(issued.json.value(u"expDate"_s)));
    SIM_SHAPE(SimShape::errorResponse, m_http->getAuth(u"assets"_s, oldBearer).json, 9625);
    const SimReply r = m_http->get(u"client/config"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"tokenExpirationDate"_s).toString(), issued.json.value(u"expDate"_s).toString());
    // The tokens list shows both, the old one revoked.
    const QJsonArray tokens = m_http->controlGet(u"tokens"_s).json.value(u"tokens"_s).toArray();
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(SimShape::find(tokens, u"token"_s, QString::fromLatin1(oldBearer.mid(7)))
                 .value(u"revoked"_s)
                 .toBool(),
             true);
    QCOMPARE(SimShape::find(tokens, u"token"_s, fresh).value(u"revoked"_s).toBool(), false);
}

void TestSimAuth::tokensAreScopedToTheirLocation()
{
    const SimReply zero = m_http->get(u"users"_s, {}, 0);
    const SimReply one = m_http->get(u"users"_s, {}, 1);
    QCOMPARE(zero.json.value(u"uId"_s).toString(), kUid0);
    QCOMPARE(one.json.value(u"uId"_s).toString(), kUid1);
    QCOMPARE(one.json.value(u"users"_s).toArray().size(), 1);
    QVERIFY(zero.json.value(u"versionId"_s) != one.json.value(u"versionId"_s));
    // A versionId of one location is invalid for the other.
    const SimReply cross = m_http->get(
        u"users"_s, QUrlQuery{{u"sinceVersionId"_s, zero.json.value(u"versionId"_s).toString()}}, 1);
    QCOMPARE(cross.status, 400);
    SIM_SHAPE(SimShape::errorResponse, cross.json, 9721);
}

void TestSimAuth::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("POST assets") << QByteArray("POST") << u"assets"_s;
    QTest::newRow("DELETE users") << QByteArray("DELETE") << u"users"_s;
    QTest::newRow("GET assets/associate") << QByteArray("GET") << u"assets/associate"_s;
    QTest::newRow("PUT users/create") << QByteArray("PUT") << u"users/create"_s;
    QTest::newRow("POST status") << QByteArray("POST") << u"status"_s;
    QTest::newRow("DELETE client/config") << QByteArray("DELETE") << u"client/config"_s;
}

void TestSimAuth::wrongMethod()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, endpoint);
    // No token at all: the method is checked first.
    const QByteArray body = verb == "GET" || verb == "DELETE" ? QByteArray() : QByteArray("{}");
    const SimReply r = m_http->send(verb, m_http->v2(endpoint), body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 405);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9726);
}

void TestSimAuth::wrongContentType_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("associate text/plain") << u"assets/associate"_s << QByteArray("text/plain");
    QTest::newRow("users/create form")
        << u"users/create"_s << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("client/config xml") << u"client/config"_s << QByteArray("application/xml");
}

void TestSimAuth::wrongContentType()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, contentType);
    const QByteArray body = R"({"assets":[{"adamId":"408709785"}],"clientUserIds":["user-01"]})";
    const SimReply r = m_http->postRaw(endpoint, body, contentType, m_http->bearer());
    QCOMPARE(r.status, 415);
    SIM_SHAPE(SimShape::errorResponse, r.json, 9727);
    // Before authentication: no token gives 9727 too.
    const SimReply anonymous = m_http->postRaw(endpoint, body, contentType, std::nullopt);
    QCOMPARE(anonymous.status, 415);
    SIM_SHAPE(SimShape::errorResponse, anonymous.json, 9727);
    QVERIFY(m_http->sim().state().pendingEventIds().isEmpty());
}

void TestSimAuth::contentTypeWithCharsetIsAccepted()
{
    const SimReply r =
        m_http->postRaw(u"client/config"_s, "{}", "application/json; charset=utf-8", m_http->bearer());
    QCOMPARE(r.status, 200);
    SIM_SHAPE(SimShape::commonFields, r.json);
}

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_sim_auth.moc"
