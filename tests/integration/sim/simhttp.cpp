#include "simhttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

// ---------------------------------------------------------------------------------------------
// SimReply

QByteArray SimReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

int SimReply::errorNumber() const
{
    return json.value(u"errorNumber"_qs).toInt(0);
}

QString SimReply::describe() const
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (networkError != QNetworkReply::NoError && status == 0)
        text += u" network error: "_qs + errorString;
    if (timedOut)
        text += u" (timed out)"_qs;
    return text + u' ' + QString::fromUtf8(body.left(600));
}

// ---------------------------------------------------------------------------------------------
// SimOrg

namespace SimOrg {

namespace {

int addAsset(SimLocation &l, const QString &adamId, const QString &pricing, const QString &type, qint64 total,
             bool deviceAssignable, bool revocable, const QStringList &platforms, qint64 retired = 0)
{
    SimAsset a;
    a.adamId = adamId;
    a.pricingParam = pricing;
    a.productType = type;
    a.totalCount = total;
    a.unlimited = total == 0;
    a.deviceAssignable = deviceAssignable;
    a.revocable = revocable;
    a.supportedPlatforms = platforms;
    a.retiredCount = retired;
    return l.addAsset(a);
}

void addUser(SimLocation &l, const QString &id, const QString &status, const QString &inviteOrHash,
             const QString &managedAppleId = {})
{
    SimUser u;
    u.clientUserId = id;
    u.email = id + u"@example.com"_qs;
    u.status = status;
    if (status == u"Registered")
        u.inviteCode = inviteOrHash;
    else
        u.idHash = inviteOrHash;
    u.managedAppleId = managedAppleId;
    l.addUser(u);
    if (u.isActive())
        l.internTarget(id, SimTargetKind::User);
}

void assign(SimLocation &l, int asset, const QString &target, SimTargetKind kind)
{
    const auto outcome = l.assign(asset, l.internTarget(target, kind));
    Q_ASSERT(outcome == SimLocation::AssignOutcome::Added);
    Q_UNUSED(outcome);
}

SimProduct product(const QString &adamId, const QString &name, const QString &kind, const QString &bundleId,
                   double price)
{
    SimProduct p;
    p.adamId = adamId;
    p.name = name;
    p.kind = kind;
    p.bundleId = bundleId;
    p.artistName = u"Test Vendor"_qs;
    p.version = u"2.1.0"_qs;
    p.genre = kind == u"ebook" ? u"Reference"_qs : u"Productivity"_qs;
    p.minimumOsVersion = u"16.0"_qs;
    if (kind != u"ebook")
        p.deviceFamilies = QStringList{u"iphone"_qs, u"ipad"_qs};
    p.price = price;
    return p;
}

} // namespace

void build(SimState &state, const QDateTime &now)
{
    state.setOrgName(u"ORG-TEST-1"_qs);
    state.addProduct(product(kApp1, u"Keynote Sim"_qs, u"iosSoftware"_qs, u"com.example.keynote"_qs, 9.99));
    state.addProduct(product(kApp2, u"Pages Sim"_qs, u"iosSoftware"_qs, u"com.example.pages"_qs, 4.99));
    state.addProduct(product(kAppFree, u"Free Chat"_qs, u"iosSoftware"_qs, u"com.example.chat"_qs, 0));
    state.addProduct(
        product(kAppUserOnly, u"User Only"_qs, u"iosSoftware"_qs, u"com.example.useronly"_qs, 1.99));
    state.addProduct(product(kBook1, u"A Test Book"_qs, u"ebook"_qs, QString(), 12.99));
    state.addProduct(product(kBook2, u"Another Test Book"_qs, u"ebook"_qs, QString(), 7.99));

    auto owned = std::make_unique<SimLocation>(kUid0, u"Test Library"_qs, u"US"_qs, u"volumestore"_qs,
                                               u"https://school.apple.com"_qs);
    SimLocation &l = *owned;
    const int loc0 = state.addLocation(std::move(owned));
    const QStringList ios{u"iOS"_qs};
    const int app1 = addAsset(l, kApp1, u"STDQ"_qs, u"App"_qs, 10, true, true, ios, 1);
    const int app2 =
        addAsset(l, kApp2, u"STDQ"_qs, u"App"_qs, 2, true, true, QStringList{u"iOS"_qs, u"macOS"_qs});
    const int free = addAsset(l, kAppFree, u"STDQ"_qs, u"App"_qs, 0, true, true, ios);
    const int userOnly = addAsset(l, kAppUserOnly, u"STDQ"_qs, u"App"_qs, 5, false, true, ios);
    const int book1 =
        addAsset(l, kBook1, u"PLUS"_qs, u"Book"_qs, 5, false, false, QStringList{u"iOS"_qs, u"macOS"_qs});
    addAsset(l, kBook2, u"STDQ"_qs, u"Book"_qs, 3, false, false, ios);

    addUser(l, u"user-01"_qs, u"Associated"_qs, u"aGFzaDAx"_qs);
    addUser(l, u"user-02"_qs, u"Associated"_qs, u"aGFzaDAy"_qs);
    addUser(l, u"user-03"_qs, u"Associated"_qs, u"aGFzaDAz"_qs);
    addUser(l, u"user-04"_qs, u"Registered"_qs, u"invite04"_qs);
    addUser(l, u"user-05"_qs, u"Registered"_qs, u"invite05"_qs);
    addUser(l, u"user-06"_qs, u"Retired"_qs, u"aGFzaDA2"_qs);
    addUser(l, u"user-07"_qs, u"Retired"_qs, u"aGFzaDA3"_qs);
    addUser(l, u"user-07"_qs, u"Associated"_qs, u"aGFzaDA3Yg=="_qs);
    addUser(l, u"user-08"_qs, u"Associated"_qs, u"aGFzaDA4"_qs, u"user-08@appleid.example"_qs);
    for (int i = 1; i <= 4; ++i)
        l.addKnownDevice(QStringLiteral("SERIAL%1").arg(i, 4, 10, QLatin1Char('0')));

    const auto user = SimTargetKind::User;
    const auto device = SimTargetKind::Device;
    assign(l, app1, u"user-01"_qs, user);
    assign(l, app1, u"user-02"_qs, user);
    assign(l, app1, u"SERIAL0001"_qs, device);
    assign(l, app2, u"user-01"_qs, user);
    assign(l, app2, u"user-03"_qs, user);
    assign(l, free, u"user-01"_qs, user);
    assign(l, free, u"SERIAL0002"_qs, device);
    assign(l, book1, u"user-01"_qs, user);
    assign(l, book1, u"user-06"_qs, user); // a book stays with the retired user's Apple Account
    assign(l, userOnly, u"user-02"_qs, user);

    auto second = std::make_unique<SimLocation>(kUid1, u"Second Site"_qs, u"GB"_qs, u"enterprisestore"_qs,
                                                u"https://business.apple.com"_qs);
    SimLocation &s = *second;
    const int loc1 = state.addLocation(std::move(second));
    const int app1b = addAsset(s, kApp1, u"STDQ"_qs, u"App"_qs, 4, true, true, ios);
    addUser(s, u"other-01"_qs, u"Associated"_qs, u"b3RoZXIwMQ=="_qs);
    assign(s, app1b, u"other-01"_qs, user);

    state.issueToken(loc0, now.addDays(365));
    state.issueToken(loc1, now.addDays(200));
}

} // namespace SimOrg

// ---------------------------------------------------------------------------------------------
// SimHttp

SimHttp::SimHttp()
    : m_sim(std::make_unique<VppSim>())
{
    SimOrg::build(m_sim->state(), QDateTime::currentDateTimeUtc());
    m_sim->config().enforceRateLimit = false;
    m_listening = m_sim->listen(0, &m_error);
}

SimHttp::~SimHttp() = default;

QUrl SimHttp::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u(m_sim->baseUrl() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QUrl SimHttp::v2(const QString &endpoint, const QUrlQuery &query) const
{
    return url(u"/mdm/v2/"_qs + endpoint, query);
}

namespace {

SimReply collect(QNetworkReply *reply, bool timedOut, qint64 elapsed)
{
    SimReply r;
    r.timedOut = timedOut;
    r.elapsedMs = elapsed;
    r.networkError = reply->error();
    r.errorString = reply->errorString();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    r.body = reply->readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    r.jsonOk = error.error == QJsonParseError::NoError && doc.isObject();
    if (r.jsonOk)
        r.json = doc.object();
    return r;
}

QNetworkRequest makeRequest(const QUrl &url, const SimHeaders &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

} // namespace

SimReply SimHttp::send(const QByteArray &verb, const QUrl &target, const QByteArray &body,
                       const SimHeaders &headers, int timeoutMs)
{
    QNetworkRequest request = makeRequest(target, headers);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = verb == "GET"   ? m_network.get(request)
                           : body.isNull() ? m_network.sendCustomRequest(request, verb)
                                           : m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (timedOut)
        reply->abort();
    SimReply result = collect(reply, timedOut, clock.elapsed());
    reply->deleteLater();
    return result;
}

QList<SimReply> SimHttp::sendParallel(const QList<QUrl> &urls, const QByteArray &authorization, int timeoutMs)
{
    QList<QNetworkReply *> replies;
    QElapsedTimer clock;
    clock.start();
    for (const QUrl &u : urls)
        replies.append(m_network.get(makeRequest(u, {{"Authorization", authorization}})));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    auto allDone = [&replies] {
        for (QNetworkReply *r : replies)
            if (!r->isFinished())
                return false;
        return true;
    };
    for (QNetworkReply *r : replies)
        QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
            if (allDone())
                loop.quit();
        });
    timer.start(timeoutMs);
    if (!allDone())
        loop.exec();
    QList<SimReply> results;
    for (QNetworkReply *r : replies) {
        if (!r->isFinished())
            r->abort();
        results.append(collect(r, timedOut, clock.elapsed()));
        r->deleteLater();
    }
    return results;
}

SimReply SimHttp::get(const QString &endpoint, const QUrlQuery &query, int location)
{
    return getAuth(endpoint, bearer(location), query);
}

SimReply SimHttp::post(const QString &endpoint, const QJsonObject &body, int location)
{
    return postRaw(endpoint, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                   bearer(location));
}

SimReply SimHttp::getAuth(const QString &endpoint, const std::optional<QByteArray> &authorization,
                          const QUrlQuery &query)
{
    SimHeaders headers;
    if (authorization)
        headers.append({"Authorization", *authorization});
    return send("GET", v2(endpoint, query), {}, headers);
}

SimReply SimHttp::postRaw(const QString &endpoint, const QByteArray &body, const QByteArray &contentType,
                          const std::optional<QByteArray> &authorization)
{
    SimHeaders headers;
    if (authorization)
        headers.append({"Authorization", *authorization});
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    return send("POST", v2(endpoint), body.isNull() ? QByteArray("") : body, headers);
}

SimReply SimHttp::control(const QString &action, const QJsonObject &body)
{
    return send("POST", url(u"/control/"_qs + action), QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

SimReply SimHttp::controlGet(const QString &action)
{
    return send("GET", url(u"/control/"_qs + action));
}

SimReply SimHttp::finish(const QString &eventId, int location)
{
    control(u"events/drain"_qs);
    return get(u"status"_qs, QUrlQuery{{u"eventId"_qs, eventId}}, location);
}

QJsonObject SimHttp::runWrite(const QString &endpoint, const QJsonObject &body, int location)
{
    const SimReply queued = post(endpoint, body, location);
    const QString eventId = queued.json.value(u"eventId"_qs).toString();
    if (queued.status != 200 || eventId.isEmpty())
        return {};
    const SimReply status = finish(eventId, location);
    return status.status == 200 ? status.json : QJsonObject();
}

QJsonArray SimHttp::allPages(const QString &endpoint, const QString &itemsKey, QUrlQuery query, int location,
                             QStringList *versionIds)
{
    QJsonArray items;
    query.removeAllQueryItems(u"pageIndex"_qs);
    for (int pages = 0; pages < 1000; ++pages) {
        const SimReply reply = get(endpoint, query, location);
        if (reply.status != 200 || !reply.jsonOk)
            return {};
        for (const QJsonValue &v : reply.json.value(itemsKey).toArray())
            items.append(v);
        if (versionIds)
            versionIds->append(reply.json.value(u"versionId"_qs).toString());
        const QJsonValue next = reply.json.value(u"nextPageIndex"_qs);
        if (next.isUndefined())
            return items;
        query.removeAllQueryItems(u"pageIndex"_qs);
        query.addQueryItem(u"pageIndex"_qs, QString::number(next.toInt()));
    }
    return {};
}

QJsonObject SimHttp::asset(const QString &adamId, int location)
{
    const SimReply reply = get(u"assets"_qs, QUrlQuery{{u"adamId"_qs, adamId}}, location);
    const QJsonArray list = reply.json.value(u"assets"_qs).toArray();
    return list.size() == 1 ? list.first().toObject() : QJsonObject();
}

// ---------------------------------------------------------------------------------------------
// SimShape

namespace SimShape {

namespace {

bool fail(QString *why, const QString &text, const QJsonObject &o)
{
    *why = text + u" in "_qs + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(800));
    return false;
}

bool isString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isString();
}

bool isNonEmptyString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isString() && !o.value(QLatin1String(key)).toString().isEmpty();
}

// A JSON number holding an integer (int32 range).
bool isInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && v.toDouble() >= -2147483648.0 &&
           v.toDouble() <= 2147483647.0;
}

bool isStringArray(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray())
        if (!item.isString())
            return false;
    return true;
}

bool onlyKeys(const QJsonObject &o, const QStringList &allowed, QString *why)
{
    for (const QString &key : o.keys())
        if (!allowed.contains(key))
            return fail(why, u"unexpected member "_qs + key, o);
    return true;
}

} // namespace

bool isApiDate(const QJsonValue &value)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"_qs);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool isUuidLike(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_qs);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool commonFields(const QJsonObject &o, QString *why)
{
    if (!isApiDate(o.value(u"tokenExpirationDate"_qs)))
        return fail(why, u"tokenExpirationDate missing or not yyyy-MM-ddTHH:mm:ss+0000"_qs, o);
    static const QRegularExpression digits(u"^\\d+$"_qs);
    if (!o.value(u"uId"_qs).isString() || !digits.match(o.value(u"uId"_qs).toString()).hasMatch())
        return fail(why, u"uId missing or not a numeric string"_qs, o);
    if (o.contains(u"mdmInfo"_qs)) {
        const QJsonObject info = o.value(u"mdmInfo"_qs).toObject();
        if (!isString(info, "id") || !isString(info, "name") || !isString(info, "metadata") ||
            info.size() != 3)
            return fail(why, u"mdmInfo is not {id, name, metadata}"_qs, o);
    }
    return true;
}

bool errorResponse(const QJsonObject &o, int errorNumber, QString *why)
{
    if (!o.value(u"errorNumber"_qs).isDouble())
        return fail(why, u"errorNumber missing or not a number"_qs, o);
    if (o.value(u"errorNumber"_qs).toInt() != errorNumber)
        return fail(why, QStringLiteral("errorNumber is not %1").arg(errorNumber), o);
    if (!isNonEmptyString(o, "errorMessage"))
        return fail(why, u"errorMessage missing or empty"_qs, o);
    return onlyKeys(o, {u"errorNumber"_qs, u"errorMessage"_qs, u"errorInfo"_qs}, why);
}

bool page(const QJsonObject &o, const QString &itemsKey, QString *why)
{
    if (!o.value(itemsKey).isArray())
        return fail(why, itemsKey + u" missing or not an array"_qs, o);
    if (!isInt(o, "currentPageIndex") || !isInt(o, "size") || !isInt(o, "totalPages"))
        return fail(why, u"currentPageIndex, size or totalPages missing or not integers"_qs, o);
    const int current = o.value(u"currentPageIndex"_qs).toInt();
    const int total = o.value(u"totalPages"_qs).toInt();
    qsizetype items = o.value(itemsKey).toArray().size();
    if (itemsKey == u"assets" && o.contains(u"unlimitedAssets"_qs))
        items += o.value(u"unlimitedAssets"_qs).toArray().size();
    if (o.value(u"size"_qs).toInt() != items)
        return fail(why, u"size is not the number of items"_qs, o);
    if (total < 1 || current < 0 || current >= total)
        return fail(why, u"currentPageIndex out of 0..totalPages-1"_qs, o);
    if (current + 1 < total) {
        if (!isInt(o, "nextPageIndex") || o.value(u"nextPageIndex"_qs).toInt() != current + 1)
            return fail(why, u"nextPageIndex missing or not currentPageIndex+1"_qs, o);
    } else if (o.contains(u"nextPageIndex"_qs)) {
        return fail(why, u"nextPageIndex present on the last page"_qs, o);
    }
    if (!isUuidLike(o.value(u"versionId"_qs)))
        return fail(why, u"versionId missing or not UUID-shaped"_qs, o);
    return commonFields(o, why);
}

namespace {

bool assetCommon(const QJsonObject &o, QString *why)
{
    static const QRegularExpression digits(u"^\\d+$"_qs);
    if (!o.value(u"adamId"_qs).isString() || !digits.match(o.value(u"adamId"_qs).toString()).hasMatch())
        return fail(why, u"adamId is not a numeric string"_qs, o);
    const QString pricing = o.value(u"pricingParam"_qs).toString();
    if (pricing != u"STDQ" && pricing != u"PLUS")
        return fail(why, u"pricingParam is not STDQ|PLUS"_qs, o);
    const QString type = o.value(u"productType"_qs).toString();
    if (type != u"App" && type != u"Book")
        return fail(why, u"productType is not App|Book"_qs, o);
    if (!isInt(o, "assignedCount"))
        return fail(why, u"assignedCount is not an integer"_qs, o);
    if (!o.value(u"deviceAssignable"_qs).isBool() || !o.value(u"revocable"_qs).isBool())
        return fail(why, u"deviceAssignable or revocable is not a bool"_qs, o);
    if (!isStringArray(o.value(u"supportedPlatforms"_qs)))
        return fail(why, u"supportedPlatforms is not an array of strings"_qs, o);
    static const QStringList platforms{u"iOS"_qs, u"macOS"_qs, u"tvOS"_qs, u"watchOS"_qs, u"visionOS"_qs};
    for (const QJsonValue &p : o.value(u"supportedPlatforms"_qs).toArray())
        if (!platforms.contains(p.toString()))
            return fail(why, u"unknown platform "_qs + p.toString(), o);
    return true;
}

} // namespace

bool asset(const QJsonObject &o, QString *why)
{
    if (!assetCommon(o, why))
        return false;
    if (!isInt(o, "availableCount") || !isInt(o, "retiredCount") || !isInt(o, "totalCount"))
        return fail(why, u"availableCount, retiredCount or totalCount missing or not integers"_qs, o);
    return onlyKeys(o,
                    {u"adamId"_qs, u"assignedCount"_qs, u"availableCount"_qs, u"deviceAssignable"_qs,
                     u"pricingParam"_qs, u"productType"_qs, u"retiredCount"_qs, u"revocable"_qs,
                     u"supportedPlatforms"_qs, u"totalCount"_qs},
                    why);
}

bool unlimitedAsset(const QJsonObject &o, QString *why)
{
    if (!assetCommon(o, why))
        return false;
    return onlyKeys(o,
                    {u"adamId"_qs, u"assignedCount"_qs, u"deviceAssignable"_qs, u"pricingParam"_qs,
                     u"productType"_qs, u"revocable"_qs, u"supportedPlatforms"_qs},
                    why);
}

bool assignment(const QJsonObject &o, bool withUserState, QString *why)
{
    if (!isNonEmptyString(o, "adamId") || !isNonEmptyString(o, "pricingParam"))
        return fail(why, u"adamId or pricingParam missing"_qs, o);
    const bool user = o.contains(u"clientUserId"_qs);
    const bool device = o.contains(u"serialNumber"_qs);
    if (user == device)
        return fail(why, u"not exactly one of clientUserId and serialNumber"_qs, o);
    if (user && !isNonEmptyString(o, "clientUserId"))
        return fail(why, u"clientUserId is not a string"_qs, o);
    if (device && !isNonEmptyString(o, "serialNumber"))
        return fail(why, u"serialNumber is not a string"_qs, o);
    QStringList allowed{u"adamId"_qs, u"pricingParam"_qs, u"clientUserId"_qs, u"serialNumber"_qs};
    if (withUserState) {
        allowed << u"userStatus"_qs << u"idHash"_qs;
        if (user && !isNonEmptyString(o, "userStatus"))
            return fail(why, u"userStatus missing with includeUserState"_qs, o);
    }
    return onlyKeys(o, allowed, why);
}

bool user(const QJsonObject &o, QString *why)
{
    if (!isNonEmptyString(o, "clientUserId"))
        return fail(why, u"clientUserId missing"_qs, o);
    const QString status = o.value(u"status"_qs).toString();
    static const QStringList statuses{u"Registered"_qs, u"Associated"_qs, u"Retired"_qs, u"Deleted"_qs};
    if (!statuses.contains(status))
        return fail(why, u"status is not Registered|Associated|Retired|Deleted"_qs, o);
    if (status == u"Registered" && !isNonEmptyString(o, "inviteCode"))
        return fail(why, u"a Registered user has no inviteCode"_qs, o);
    if (status != u"Registered" && o.contains(u"inviteCode"_qs))
        return fail(why, u"inviteCode on a user that is not Registered"_qs, o);
    if (status == u"Associated" && !isNonEmptyString(o, "idHash"))
        return fail(why, u"an Associated user has no idHash"_qs, o);
    if (o.contains(u"email"_qs) && !isString(o, "email"))
        return fail(why, u"email is not a string"_qs, o);
    return onlyKeys(o, {u"clientUserId"_qs, u"email"_qs, u"idHash"_qs, u"inviteCode"_qs, u"status"_qs}, why);
}

bool eventResponse(const QJsonObject &o, QString *why)
{
    if (!isUuidLike(o.value(u"eventId"_qs)))
        return fail(why, u"eventId missing or not a UUID"_qs, o);
    if (!commonFields(o, why))
        return false;
    return onlyKeys(o, {u"eventId"_qs, u"tokenExpirationDate"_qs, u"uId"_qs, u"mdmInfo"_qs}, why);
}

bool statusResponse(const QJsonObject &o, QString *why)
{
    static const QStringList statuses{u"PENDING"_qs, u"COMPLETE"_qs, u"FAILED"_qs};
    static const QStringList types{u"ASSOCIATE"_qs, u"DISASSOCIATE"_qs, u"REVOKE"_qs,
                                   u"CREATE"_qs,    u"UPDATE"_qs,       u"RETIRE"_qs};
    if (!statuses.contains(o.value(u"eventStatus"_qs).toString()))
        return fail(why, u"eventStatus is not PENDING|COMPLETE|FAILED"_qs, o);
    if (!types.contains(o.value(u"eventType"_qs).toString()))
        return fail(why, u"eventType unknown"_qs, o);
    if (!isInt(o, "numCompleted") || !isInt(o, "numRequested"))
        return fail(why, u"numCompleted or numRequested not integers"_qs, o);
    if (o.value(u"numCompleted"_qs).toInt() > o.value(u"numRequested"_qs).toInt())
        return fail(why, u"numCompleted > numRequested"_qs, o);
    if (o.contains(u"failures"_qs)) {
        if (!o.value(u"failures"_qs).isArray())
            return fail(why, u"failures is not an array"_qs, o);
        for (const QJsonValue &f : o.value(u"failures"_qs).toArray()) {
            const QJsonObject failure = f.toObject();
            if (!isInt(failure, "errorNumber") || !isNonEmptyString(failure, "errorMessage"))
                return fail(why, u"a failure is not an ErrorResponse"_qs, o);
            if (failure.contains(u"errorInfo"_qs)) {
                const QJsonObject info = failure.value(u"errorInfo"_qs).toObject();
                if ((info.contains(u"clientUserIds"_qs) && !isStringArray(info.value(u"clientUserIds"_qs))) ||
                    (info.contains(u"serialNumbers"_qs) && !isStringArray(info.value(u"serialNumbers"_qs))) ||
                    (info.contains(u"assets"_qs) && !info.value(u"assets"_qs).isArray()))
                    return fail(why, u"errorInfo members have the wrong types"_qs, o);
            }
        }
    }
    if (!commonFields(o, why))
        return false;
    return onlyKeys(o,
                    {u"eventStatus"_qs, u"eventType"_qs, u"numCompleted"_qs, u"numRequested"_qs,
                     u"failures"_qs, u"mdmInfo"_qs, u"tokenExpirationDate"_qs, u"uId"_qs},
                    why);
}

QStringList strings(const QJsonArray &array, const QString &key)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.toObject().value(key).toString());
    return list;
}

QJsonObject find(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

} // namespace SimShape
