#include "simhttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

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
    return json.value(u"errorNumber"_s).toInt(0);
}

QString SimReply::describe() const
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (networkError != QNetworkReply::NoError && status == 0)
        text += u" network error: "_s + errorString;
    if (timedOut)
        text += u" (timed out)"_s;
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
    u.email = id + u"@example.com"_s;
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
    p.artistName = u"Test Vendor"_s;
    p.version = u"2.1.0"_s;
    p.genre = kind == u"ebook" ? u"Reference"_s : u"Productivity"_s;
    p.minimumOsVersion = u"16.0"_s;
    if (kind != u"ebook")
        p.deviceFamilies = QStringList{u"iphone"_s, u"ipad"_s};
    p.price = price;
    return p;
}

} // namespace

void build(SimState &state, const QDateTime &now)
{
    state.setOrgName(u"ORG-TEST-1"_s);
    state.addProduct(product(kApp1, u"Keynote Sim"_s, u"iosSoftware"_s, u"com.example.keynote"_s, 9.99));
    state.addProduct(product(kApp2, u"Pages Sim"_s, u"iosSoftware"_s, u"com.example.pages"_s, 4.99));
    state.addProduct(product(kAppFree, u"Free Chat"_s, u"iosSoftware"_s, u"com.example.chat"_s, 0));
    state.addProduct(
        product(kAppUserOnly, u"User Only"_s, u"iosSoftware"_s, u"com.example.useronly"_s, 1.99));
    state.addProduct(product(kBook1, u"A Test Book"_s, u"ebook"_s, QString(), 12.99));
    state.addProduct(product(kBook2, u"Another Test Book"_s, u"ebook"_s, QString(), 7.99));

    auto owned = std::make_unique<SimLocation>(kUid0, u"Test Library"_s, u"US"_s, u"volumestore"_s,
                                               u"https://school.apple.com"_s);
    SimLocation &l = *owned;
    const int loc0 = state.addLocation(std::move(owned));
    const QStringList ios{u"iOS"_s};
    const int app1 = addAsset(l, kApp1, u"STDQ"_s, u"App"_s, 10, true, true, ios, 1);
    const int app2 =
        addAsset(l, kApp2, u"STDQ"_s, u"App"_s, 2, true, true, QStringList{u"iOS"_s, u"macOS"_s});
    const int free = addAsset(l, kAppFree, u"STDQ"_s, u"App"_s, 0, true, true, ios);
    const int userOnly = addAsset(l, kAppUserOnly, u"STDQ"_s, u"App"_s, 5, false, true, ios);
    const int book1 =
        addAsset(l, kBook1, u"PLUS"_s, u"Book"_s, 5, false, false, QStringList{u"iOS"_s, u"macOS"_s});
    addAsset(l, kBook2, u"STDQ"_s, u"Book"_s, 3, false, false, ios);

    addUser(l, u"user-01"_s, u"Associated"_s, u"aGFzaDAx"_s);
    addUser(l, u"user-02"_s, u"Associated"_s, u"aGFzaDAy"_s);
    addUser(l, u"user-03"_s, u"Associated"_s, u"aGFzaDAz"_s);
    addUser(l, u"user-04"_s, u"Registered"_s, u"invite04"_s);
    addUser(l, u"user-05"_s, u"Registered"_s, u"invite05"_s);
    addUser(l, u"user-06"_s, u"Retired"_s, u"aGFzaDA2"_s);
    addUser(l, u"user-07"_s, u"Retired"_s, u"aGFzaDA3"_s);
    addUser(l, u"user-07"_s, u"Associated"_s, u"aGFzaDA3Yg=="_s);
    addUser(l, u"user-08"_s, u"Associated"_s, u"aGFzaDA4"_s, u"user-08@appleid.example"_s);
    for (int i = 1; i <= 4; ++i)
        l.addKnownDevice(QStringLiteral("SERIAL%1").arg(i, 4, 10, QLatin1Char('0')));

    const auto user = SimTargetKind::User;
    const auto device = SimTargetKind::Device;
    assign(l, app1, u"user-01"_s, user);
    assign(l, app1, u"user-02"_s, user);
    assign(l, app1, u"SERIAL0001"_s, device);
    assign(l, app2, u"user-01"_s, user);
    assign(l, app2, u"user-03"_s, user);
    assign(l, free, u"user-01"_s, user);
    assign(l, free, u"SERIAL0002"_s, device);
    assign(l, book1, u"user-01"_s, user);
    assign(l, book1, u"user-06"_s, user); // a book stays with the retired user's Apple Account
    assign(l, userOnly, u"user-02"_s, user);

    auto second = std::make_unique<SimLocation>(kUid1, u"Second Site"_s, u"GB"_s, u"enterprisestore"_s,
                                                u"https://business.apple.com"_s);
    SimLocation &s = *second;
    const int loc1 = state.addLocation(std::move(second));
    const int app1b = addAsset(s, kApp1, u"STDQ"_s, u"App"_s, 4, true, true, ios);
    addUser(s, u"other-01"_s, u"Associated"_s, u"b3RoZXIwMQ=="_s);
    assign(s, app1b, u"other-01"_s, user);

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
    return url(u"/mdm/v2/"_s + endpoint, query);
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
    return send("POST", url(u"/control/"_s + action), QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

SimReply SimHttp::controlGet(const QString &action)
{
    return send("GET", url(u"/control/"_s + action));
}

SimReply SimHttp::finish(const QString &eventId, int location)
{
    control(u"events/drain"_s);
    return get(u"status"_s, QUrlQuery{{u"eventId"_s, eventId}}, location);
}

QJsonObject SimHttp::runWrite(const QString &endpoint, const QJsonObject &body, int location)
{
    const SimReply queued = post(endpoint, body, location);
    const QString eventId = queued.json.value(u"eventId"_s).toString();
    if (queued.status != 200 || eventId.isEmpty())
        return {};
    const SimReply status = finish(eventId, location);
    return status.status == 200 ? status.json : QJsonObject();
}

QJsonArray SimHttp::allPages(const QString &endpoint, const QString &itemsKey, QUrlQuery query, int location,
                             QStringList *versionIds)
{
    QJsonArray items;
    query.removeAllQueryItems(u"pageIndex"_s);
    for (int pages = 0; pages < 1000; ++pages) {
        const SimReply reply = get(endpoint, query, location);
        if (reply.status != 200 || !reply.jsonOk)
            return {};
        for (const QJsonValue &v : reply.json.value(itemsKey).toArray())
            items.append(v);
        if (versionIds)
            versionIds->append(reply.json.value(u"versionId"_s).toString());
        const QJsonValue next = reply.json.value(u"nextPageIndex"_s);
        if (next.isUndefined())
            return items;
        query.removeAllQueryItems(u"pageIndex"_s);
        query.addQueryItem(u"pageIndex"_s, QString::number(next.toInt()));
    }
    return {};
}

QJsonObject SimHttp::asset(const QString &adamId, int location)
{
    const SimReply reply = get(u"assets"_s, QUrlQuery{{u"adamId"_s, adamId}}, location);
    const QJsonArray list = reply.json.value(u"assets"_s).toArray();
    return list.size() == 1 ? list.first().toObject() : QJsonObject();
}

// ---------------------------------------------------------------------------------------------
// SimShape

namespace SimShape {

namespace {

bool fail(QString *why, const QString &text, const QJsonObject &o)
{
    *why = text + u" in "_s + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(800));
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
            return fail(why, u"unexpected member "_s + key, o);
    return true;
}

} // namespace

bool isApiDate(const QJsonValue &value)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"_s);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool isUuidLike(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool commonFields(const QJsonObject &o, QString *why)
{
    if (!isApiDate(o.value(u"tokenExpirationDate"_s)))
        return fail(why, u"tokenExpirationDate missing or not yyyy-MM-ddTHH:mm:ss+0000"_s, o);
    static const QRegularExpression digits(u"^\\d+$"_s);
    if (!o.value(u"uId"_s).isString() || !digits.match(o.value(u"uId"_s).toString()).hasMatch())
        return fail(why, u"uId missing or not a numeric string"_s, o);
    if (o.contains(u"mdmInfo"_s)) {
        const QJsonObject info = o.value(u"mdmInfo"_s).toObject();
        if (!isString(info, "id") || !isString(info, "name") || !isString(info, "metadata") ||
            info.size() != 3)
            return fail(why, u"mdmInfo is not {id, name, metadata}"_s, o);
    }
    return true;
}

bool errorResponse(const QJsonObject &o, int errorNumber, QString *why)
{
    if (!o.value(u"errorNumber"_s).isDouble())
        return fail(why, u"errorNumber missing or not a number"_s, o);
    if (o.value(u"errorNumber"_s).toInt() != errorNumber)
        return fail(why, QStringLiteral("errorNumber is not %1").arg(errorNumber), o);
    if (!isNonEmptyString(o, "errorMessage"))
        return fail(why, u"errorMessage missing or empty"_s, o);
    return onlyKeys(o, {u"errorNumber"_s, u"errorMessage"_s, u"errorInfo"_s}, why);
}

bool page(const QJsonObject &o, const QString &itemsKey, QString *why)
{
    if (!o.value(itemsKey).isArray())
        return fail(why, itemsKey + u" missing or not an array"_s, o);
    if (!isInt(o, "currentPageIndex") || !isInt(o, "size") || !isInt(o, "totalPages"))
        return fail(why, u"currentPageIndex, size or totalPages missing or not integers"_s, o);
    const int current = o.value(u"currentPageIndex"_s).toInt();
    const int total = o.value(u"totalPages"_s).toInt();
    qsizetype items = o.value(itemsKey).toArray().size();
    if (itemsKey == u"assets" && o.contains(u"unlimitedAssets"_s))
        items += o.value(u"unlimitedAssets"_s).toArray().size();
    if (o.value(u"size"_s).toInt() != items)
        return fail(why, u"size is not the number of items"_s, o);
    if (total < 1 || current < 0 || current >= total)
        return fail(why, u"currentPageIndex out of 0..totalPages-1"_s, o);
    if (current + 1 < total) {
        if (!isInt(o, "nextPageIndex") || o.value(u"nextPageIndex"_s).toInt() != current + 1)
            return fail(why, u"nextPageIndex missing or not currentPageIndex+1"_s, o);
    } else if (o.contains(u"nextPageIndex"_s)) {
        return fail(why, u"nextPageIndex present on the last page"_s, o);
    }
    if (!isUuidLike(o.value(u"versionId"_s)))
        return fail(why, u"versionId missing or not UUID-shaped"_s, o);
    return commonFields(o, why);
}

namespace {

bool assetCommon(const QJsonObject &o, QString *why)
{
    static const QRegularExpression digits(u"^\\d+$"_s);
    if (!o.value(u"adamId"_s).isString() || !digits.match(o.value(u"adamId"_s).toString()).hasMatch())
        return fail(why, u"adamId is not a numeric string"_s, o);
    const QString pricing = o.value(u"pricingParam"_s).toString();
    if (pricing != u"STDQ" && pricing != u"PLUS")
        return fail(why, u"pricingParam is not STDQ|PLUS"_s, o);
    const QString type = o.value(u"productType"_s).toString();
    if (type != u"App" && type != u"Book")
        return fail(why, u"productType is not App|Book"_s, o);
    if (!isInt(o, "assignedCount"))
        return fail(why, u"assignedCount is not an integer"_s, o);
    if (!o.value(u"deviceAssignable"_s).isBool() || !o.value(u"revocable"_s).isBool())
        return fail(why, u"deviceAssignable or revocable is not a bool"_s, o);
    if (!isStringArray(o.value(u"supportedPlatforms"_s)))
        return fail(why, u"supportedPlatforms is not an array of strings"_s, o);
    static const QStringList platforms{u"iOS"_s, u"macOS"_s, u"tvOS"_s, u"watchOS"_s, u"visionOS"_s};
    for (const QJsonValue &p : o.value(u"supportedPlatforms"_s).toArray())
        if (!platforms.contains(p.toString()))
            return fail(why, u"unknown platform "_s + p.toString(), o);
    return true;
}

} // namespace

bool asset(const QJsonObject &o, QString *why)
{
    if (!assetCommon(o, why))
        return false;
    if (!isInt(o, "availableCount") || !isInt(o, "retiredCount") || !isInt(o, "totalCount"))
        return fail(why, u"availableCount, retiredCount or totalCount missing or not integers"_s, o);
    return onlyKeys(o,
                    {u"adamId"_s, u"assignedCount"_s, u"availableCount"_s, u"deviceAssignable"_s,
                     u"pricingParam"_s, u"productType"_s, u"retiredCount"_s, u"revocable"_s,
                     u"supportedPlatforms"_s, u"totalCount"_s},
                    why);
}

bool unlimitedAsset(const QJsonObject &o, QString *why)
{
    if (!assetCommon(o, why))
        return false;
    return onlyKeys(o,
                    {u"adamId"_s, u"assignedCount"_s, u"deviceAssignable"_s, u"pricingParam"_s,
                     u"productType"_s, u"revocable"_s, u"supportedPlatforms"_s},
                    why);
}

bool assignment(const QJsonObject &o, bool withUserState, QString *why)
{
    if (!isNonEmptyString(o, "adamId") || !isNonEmptyString(o, "pricingParam"))
        return fail(why, u"adamId or pricingParam missing"_s, o);
    const bool user = o.contains(u"clientUserId"_s);
    const bool device = o.contains(u"serialNumber"_s);
    if (user == device)
        return fail(why, u"not exactly one of clientUserId and serialNumber"_s, o);
    if (user && !isNonEmptyString(o, "clientUserId"))
        return fail(why, u"clientUserId is not a string"_s, o);
    if (device && !isNonEmptyString(o, "serialNumber"))
        return fail(why, u"serialNumber is not a string"_s, o);
    QStringList allowed{u"adamId"_s, u"pricingParam"_s, u"clientUserId"_s, u"serialNumber"_s};
    if (withUserState) {
        allowed << u"userStatus"_s << u"idHash"_s;
        if (user && !isNonEmptyString(o, "userStatus"))
            return fail(why, u"userStatus missing with includeUserState"_s, o);
    }
    return onlyKeys(o, allowed, why);
}

bool user(const QJsonObject &o, QString *why)
{
    if (!isNonEmptyString(o, "clientUserId"))
        return fail(why, u"clientUserId missing"_s, o);
    const QString status = o.value(u"status"_s).toString();
    static const QStringList statuses{u"Registered"_s, u"Associated"_s, u"Retired"_s, u"Deleted"_s};
    if (!statuses.contains(status))
        return fail(why, u"status is not Registered|Associated|Retired|Deleted"_s, o);
    if (status == u"Registered" && !isNonEmptyString(o, "inviteCode"))
        return fail(why, u"a Registered user has no inviteCode"_s, o);
    if (status != u"Registered" && o.contains(u"inviteCode"_s))
        return fail(why, u"inviteCode on a user that is not Registered"_s, o);
    if (status == u"Associated" && !isNonEmptyString(o, "idHash"))
        return fail(why, u"an Associated user has no idHash"_s, o);
    if (o.contains(u"email"_s) && !isString(o, "email"))
        return fail(why, u"email is not a string"_s, o);
    return onlyKeys(o, {u"clientUserId"_s, u"email"_s, u"idHash"_s, u"inviteCode"_s, u"status"_s}, why);
}

bool eventResponse(const QJsonObject &o, QString *why)
{
    if (!isUuidLike(o.value(u"eventId"_s)))
        return fail(why, u"eventId missing or not a UUID"_s, o);
    if (!commonFields(o, why))
        return false;
    return onlyKeys(o, {u"eventId"_s, u"tokenExpirationDate"_s, u"uId"_s, u"mdmInfo"_s}, why);
}

bool statusResponse(const QJsonObject &o, QString *why)
{
    static const QStringList statuses{u"PENDING"_s, u"COMPLETE"_s, u"FAILED"_s};
    static const QStringList types{u"ASSOCIATE"_s, u"DISASSOCIATE"_s, u"REVOKE"_s,
                                   u"CREATE"_s,    u"UPDATE"_s,       u"RETIRE"_s};
    if (!statuses.contains(o.value(u"eventStatus"_s).toString()))
        return fail(why, u"eventStatus is not PENDING|COMPLETE|FAILED"_s, o);
    if (!types.contains(o.value(u"eventType"_s).toString()))
        return fail(why, u"eventType unknown"_s, o);
    if (!isInt(o, "numCompleted") || !isInt(o, "numRequested"))
        return fail(why, u"numCompleted or numRequested not integers"_s, o);
    if (o.value(u"numCompleted"_s).toInt() > o.value(u"numRequested"_s).toInt())
        return fail(why, u"numCompleted > numRequested"_s, o);
    if (o.contains(u"failures"_s)) {
        if (!o.value(u"failures"_s).isArray())
            return fail(why, u"failures is not an array"_s, o);
        for (const QJsonValue &f : o.value(u"failures"_s).toArray()) {
            const QJsonObject failure = f.toObject();
            if (!isInt(failure, "errorNumber") || !isNonEmptyString(failure, "errorMessage"))
                return fail(why, u"a failure is not an ErrorResponse"_s, o);
            if (failure.contains(u"errorInfo"_s)) {
                const QJsonObject info = failure.value(u"errorInfo"_s).toObject();
                if ((info.contains(u"clientUserIds"_s) && !isStringArray(info.value(u"clientUserIds"_s))) ||
                    (info.contains(u"serialNumbers"_s) && !isStringArray(info.value(u"serialNumbers"_s))) ||
                    (info.contains(u"assets"_s) && !info.value(u"assets"_s).isArray()))
                    return fail(why, u"errorInfo members have the wrong types"_s, o);
            }
        }
    }
    if (!commonFields(o, why))
        return false;
    return onlyKeys(o,
                    {u"eventStatus"_s, u"eventType"_s, u"numCompleted"_s, u"numRequested"_s, u"failures"_s,
                     u"mdmInfo"_s, u"tokenExpirationDate"_s, u"uId"_s},
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
