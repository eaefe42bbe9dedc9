// SimHttp: an in-process vppsim on a free loopback port, filled with a small deterministic
// organization, and a blocking HTTP client (QNetworkAccessManager + QEventLoop) to talk to it
// over real sockets. SimShape: checks of Apple's documented JSON shapes (apple-api.md).
#pragma once

#include "vppsim.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

using SimHeaders = QList<QPair<QByteArray, QByteArray>>;

struct SimReply
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    SimHeaders headers;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    int errorNumber() const;
    // "HTTP 400 {...body...}" for failure messages.
    QString describe() const;
};

// The small organization every test starts from. Location 0 ("Test Library", US):
//   assets  kApp1 (App STDQ, 10 bought, 3 assigned, device-assignable, retiredCount 1)
//           kApp2 (App STDQ, 2 bought, 2 assigned: none left)
//           kAppFree (App STDQ, unlimited, 2 assigned)
//           kAppUserOnly (App STDQ, 5 bought, 1 assigned, not device-assignable)
//           kBook1 (Book PLUS, 5 bought, 2 assigned, one of them to retired user-06)
//           kBook2 (Book STDQ, 3 bought, none assigned)
//   users   user-01..03 Associated, user-04/05 Registered (invite04/invite05), user-06 Retired,
//           user-07 Retired and Associated again (two rows), user-08 Associated with a managedAppleId
//   devices SERIAL0001..SERIAL0004; SERIAL0001 holds kApp1, SERIAL0002 holds kAppFree
// Location 1 ("Second Site", GB): kApp1 (4 bought), other-01 Associated holding it.
namespace SimOrg {
inline const QString kApp1 = QStringLiteral("408709785");
inline const QString kApp2 = QStringLiteral("361309726");
inline const QString kAppFree = QStringLiteral("284882215");
inline const QString kAppUserOnly = QStringLiteral("310633997");
inline const QString kBook1 = QStringLiteral("1500000001");
inline const QString kBook2 = QStringLiteral("1500000002");
inline const QString kUid0 = QStringLiteral("2049025000431439");
inline const QString kUid1 = QStringLiteral("2049025000431440");
constexpr int kAssetCount = 6;
constexpr int kUserRows = 9;
constexpr int kActiveUsers = 7;
constexpr int kAssignments = 10;

void build(SimState &state, const QDateTime &now);
} // namespace SimOrg

class SimHttp
{
public:
    // Starts a simulator with SimOrg on 127.0.0.1:0. The rate limiter is off (tests that need it
    // turn it on); events run at the default speed.
    SimHttp();
    ~SimHttp();

    bool isListening() const { return m_listening; }
    QString startError() const { return m_error; }
    VppSim &sim() { return *m_sim; }
    QNetworkAccessManager &network() { return m_network; }

    QString token(int location = 0) const { return m_sim->tokenFor(location); }
    QByteArray bearer(int location = 0) const { return "Bearer " + token(location).toLatin1(); }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;    // path from the root: /control/state
    QUrl v2(const QString &endpoint, const QUrlQuery &query = {}) const; // endpoint below /mdm/v2/: assets

    // Generic request; `authorization` std::nullopt sends no Authorization header.
    SimReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  const SimHeaders &headers = {}, int timeoutMs = 10000);
    // Sends every request at once and waits for all replies (in request order).
    QList<SimReply> sendParallel(const QList<QUrl> &urls, const QByteArray &authorization,
                                 int timeoutMs = 10000);

    // v2 calls with the location's bearer token.
    SimReply get(const QString &endpoint, const QUrlQuery &query = {}, int location = 0);
    SimReply post(const QString &endpoint, const QJsonObject &body, int location = 0);
    // v2 calls with an explicit Authorization header value (or none).
    SimReply getAuth(const QString &endpoint, const std::optional<QByteArray> &authorization,
                     const QUrlQuery &query = {});
    SimReply postRaw(const QString &endpoint, const QByteArray &body, const QByteArray &contentType,
                     const std::optional<QByteArray> &authorization);

    // /control/<action>: POST with a JSON body, or GET.
    SimReply control(const QString &action, const QJsonObject &body = {});
    SimReply controlGet(const QString &action);

    // Drains the event queue and returns the final StatusResponse of `eventId`.
    SimReply finish(const QString &eventId, int location = 0);
    // POSTs a write, checks that it was queued, drains, and returns the final status (json empty on failure).
    QJsonObject runWrite(const QString &endpoint, const QJsonObject &body, int location = 0);

    // Every item of a paginated list, following nextPageIndex (at most 1000 pages).
    QJsonArray allPages(const QString &endpoint, const QString &itemsKey, QUrlQuery query = {},
                        int location = 0, QStringList *versionIds = nullptr);
    // Convenience: the one asset row with that adamId (and pricingParam), or an empty object.
    QJsonObject asset(const QString &adamId, int location = 0);

private:
    std::unique_ptr<VppSim> m_sim;
    QNetworkAccessManager m_network;
    bool m_listening = false;
    QString m_error;
};

namespace SimShape {

// Every check returns false and fills `why` on the first mismatch.
bool isApiDate(const QJsonValue &value);                                 // "2030-11-08T22:33:22+0000"
bool isUuidLike(const QJsonValue &value);                                // 8-4-4-4-12 hex
bool commonFields(const QJsonObject &o, QString *why);                   // tokenExpirationDate, uId, mdmInfo?
bool errorResponse(const QJsonObject &o, int errorNumber, QString *why); // {errorNumber, errorMessage}
bool page(const QJsonObject &o, const QString &itemsKey, QString *why);  // paging + versionId + common
bool asset(const QJsonObject &o, QString *why);
bool unlimitedAsset(const QJsonObject &o, QString *why);
bool assignment(const QJsonObject &o, bool withUserState, QString *why);
bool user(const QJsonObject &o, QString *why);
bool eventResponse(const QJsonObject &o, QString *why);
bool statusResponse(const QJsonObject &o, QString *why);

QStringList strings(const QJsonArray &array, const QString &key); // array[i][key]
QJsonObject find(const QJsonArray &array, const QString &key, const QString &value);

} // namespace SimShape

// QVERIFY2 with the reason a SimShape check gives: SIM_SHAPE(SimShape::asset, object).
#define SIM_SHAPE(check, ...)                                                                                \
    do {                                                                                                     \
        QString why_;                                                                                        \
        const bool ok_ = check(__VA_ARGS__, &why_);                                                          \
        QVERIFY2(ok_, qPrintable(why_));                                                                     \
    } while (false)
