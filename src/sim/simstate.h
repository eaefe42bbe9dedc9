// The whole simulated organization: its locations, the content tokens issued for them, the
// store catalog (metadata shared by every location) and the queued events. Can be saved and
// reloaded. Single-threaded: owned by the server's thread.
#pragma once

#include "simevent.h"
#include "simlocation.h"

#include <QHash>
#include <QRandomGenerator>

#include <memory>
#include <vector>

class SimState
{
public:
    SimState();
    ~SimState();

    QString orgName() const { return m_orgName; }
    void setOrgName(const QString &name) { m_orgName = name; }

    // Locations
    int addLocation(std::unique_ptr<SimLocation> location);
    int locationCount() const { return int(m_locations.size()); }
    SimLocation *location(int index) const { return m_locations.at(size_t(index)).get(); }
    int findLocationByUid(const QString &uId) const;

    // Tokens. issueToken() builds the .vpptoken contents (Base64 of pretty JSON
    // {token, expDate, orgName}); with revokePrevious the location's older tokens get 9625.
    const SimToken &issueToken(int location, const QDateTime &expiresAt, bool revokePrevious = false);
    SimToken *findTokenByBearer(const QString &bearer);
    const QVector<SimToken> &tokens() const { return m_tokens; }
    QVector<SimToken *> tokensOfLocation(int location);
    static QString formatExpDate(const QDateTime &when); // 2030-11-08T22:33:22+0000

    // Store catalog
    void addProduct(const SimProduct &product) { m_catalog.insert(product.adamId, product); }
    const SimProduct *product(const QString &adamId) const;
    qsizetype productCount() const { return m_catalog.size(); }

    // Events
    SimEvent &addEvent(SimEvent event); // assigns eventId and createdAt
    SimEvent *event(const QString &eventId);
    QStringList pendingEventIds() const { return m_pending; }
    // Every event received, in no particular order (the tests' event log).
    QList<SimEvent> events() const { return m_events.values(); }
    void markFinished(const QString &eventId) { m_pending.removeAll(eventId); }

    // Deterministic randomness for ids the simulator makes (invite codes, id hashes, event ids).
    QRandomGenerator &random() { return m_random; }
    void seed(quint32 seed) { m_random.seed(seed); }
    QString makeUuid();
    QString makeHex(int bytes);

    bool save(const QString &path, QString *error) const;
    bool load(const QString &path, QString *error);

private:
    QString m_orgName;
    std::vector<std::unique_ptr<SimLocation>> m_locations;
    QVector<SimToken> m_tokens;
    QHash<QString, int> m_tokenIndex; // file contents -> index
    QHash<QString, SimProduct> m_catalog;
    QHash<QString, SimEvent> m_events;
    QStringList m_pending;
    QRandomGenerator m_random;
};
