#include "simstate.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

// Global so that QList<SimAssetRef>'s stream operators find them by argument-dependent lookup.
static QDataStream &operator<<(QDataStream &out, const SimAssetRef &a)
{
    return out << a.adamId << a.pricingParam;
}

static QDataStream &operator>>(QDataStream &in, SimAssetRef &a)
{
    return in >> a.adamId >> a.pricingParam;
}

namespace {

constexpr quint32 kStateMagic = 0x56505353; // "VPSS"
constexpr quint32 kStateVersion = 2;

void saveEvent(QDataStream &out, const SimEvent &e)
{
    out << e.eventId << e.location << e.eventType << e.eventStatus << e.createdAt << e.assets
        << e.clientUserIds << e.serialNumbers << e.numRequested << e.numCompleted << e.nextTask;
    out << qint64(e.users.size());
    for (const SimRequestUser &u : e.users)
        out << u.clientUserId << u.email << u.managedAppleId << u.hasEmail << u.hasManagedAppleId;
    out << qint64(e.failures.size());
    for (const SimEvent::Failure &f : e.failures)
        out << f.errorNumber << f.errorMessage << f.clientUserIds << f.serialNumbers << f.assets;
}

SimEvent loadEvent(QDataStream &in)
{
    SimEvent e;
    in >> e.eventId >> e.location >> e.eventType >> e.eventStatus >> e.createdAt >> e.assets >>
        e.clientUserIds >> e.serialNumbers >> e.numRequested >> e.numCompleted >> e.nextTask;
    qint64 count = 0;
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimRequestUser u;
        in >> u.clientUserId >> u.email >> u.managedAppleId >> u.hasEmail >> u.hasManagedAppleId;
        e.users.append(u);
    }
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimEvent::Failure f;
        in >> f.errorNumber >> f.errorMessage >> f.clientUserIds >> f.serialNumbers >> f.assets;
        e.failures.append(f);
    }
    return e;
}

} // namespace

SimState::SimState()
    : m_orgName(QStringLiteral("Simulated Organization"))
    , m_random(20211007u)
{}

SimState::~SimState() = default;

int SimState::addLocation(std::unique_ptr<SimLocation> location)
{
    m_locations.push_back(std::move(location));
    return int(m_locations.size() - 1);
}

int SimState::findLocationByUid(const QString &uId) const
{
    for (size_t i = 0; i < m_locations.size(); ++i)
        if (m_locations[i]->uId() == uId)
            return int(i);
    return -1;
}

QString SimState::formatExpDate(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u"+0000"_s;
}

const SimToken &SimState::issueToken(int location, const QDateTime &expiresAt, bool revokePrevious)
{
    if (revokePrevious)
        for (SimToken *token : tokensOfLocation(location))
            token->revoked = true;
    SimToken token;
    token.location = location;
    token.expiresAt = expiresAt.toUTC();
    // Apple's inner token is itself a Base64 string; shape ours the same way.
    token.secret = QString::fromLatin1(makeHex(48).toLatin1().toBase64());
    // Pretty-printed, in Apple's field order, as the portal's download is.
    const QString json = u"{\n    \"token\": \""_s + token.secret + u"\",\n    \"expDate\": \""_s +
                         formatExpDate(token.expiresAt) + u"\",\n    \"orgName\": \""_s + m_orgName +
                         u"\"\n}"_s;
    token.fileContents = QString::fromLatin1(json.toUtf8().toBase64());
    m_tokens.append(token);
    m_tokenIndex.insert(token.fileContents, int(m_tokens.size() - 1));
    return m_tokens.last();
}

SimToken *SimState::findTokenByBearer(const QString &bearer)
{
    const int index = m_tokenIndex.value(bearer.trimmed(), -1);
    return index < 0 ? nullptr : &m_tokens[index];
}

QVector<SimToken *> SimState::tokensOfLocation(int location)
{
    QVector<SimToken *> result;
    for (SimToken &token : m_tokens)
        if (token.location == location)
            result.append(&token);
    return result;
}

const SimProduct *SimState::product(const QString &adamId) const
{
    const auto it = m_catalog.constFind(adamId);
    return it == m_catalog.cend() ? nullptr : &it.value();
}

SimEvent &SimState::addEvent(SimEvent event)
{
    event.eventId = makeUuid();
    event.createdAt = QDateTime::currentDateTimeUtc();
    m_pending.append(event.eventId);
    return m_events.insert(event.eventId, std::move(event)).value();
}

SimEvent *SimState::event(const QString &eventId)
{
    const auto it = m_events.find(eventId.toLower());
    return it == m_events.end() ? nullptr : &it.value();
}

QString SimState::makeUuid()
{
    const quint32 a = m_random.generate();
    const quint32 b = m_random.generate();
    const quint32 c = m_random.generate();
    const quint32 d = m_random.generate();
    return QUuid(a, quint16(b >> 16), quint16((b & 0x0fff) | 0x4000), uchar(0x80 | (c & 0x3f)), uchar(c >> 8),
                 uchar(c >> 16), uchar(c >> 24), uchar(d), uchar(d >> 8), uchar(d >> 16), uchar(d >> 24))
        .toString(QUuid::WithoutBraces);
}

QString SimState::makeHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(m_random.bounded(256));
    return QString::fromLatin1(raw.toHex());
}

bool SimState::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << m_orgName << qint64(m_locations.size());
    for (const auto &location : m_locations)
        location->save(out);
    out << qint64(m_tokens.size());
    for (const SimToken &t : m_tokens)
        out << t.fileContents << t.secret << t.location << t.expiresAt << t.revoked << t.loginRequired
            << t.readOnly;
    out << qint64(m_catalog.size());
    for (const SimProduct &p : m_catalog)
        out << p.adamId << p.name << p.bundleId << p.artistName << p.version << p.kind << p.genre
            << p.minimumOsVersion << p.deviceFamilies << p.price << p.b2bCustomApp;
    out << qint64(m_events.size());
    for (const SimEvent &e : m_events)
        saveEvent(out, e);
    out << m_pending;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SimState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    qint64 count = 0;
    in >> magic >> version;
    if (magic != kStateMagic || version != kStateVersion) {
        *error = QStringLiteral("not a vppsim state file (or written by another version)");
        return false;
    }
    SimState loaded;
    in >> loaded.m_orgName >> count;
    for (qint64 i = 0; i < count; ++i) {
        std::unique_ptr<SimLocation> location(SimLocation::load(in));
        if (!location) {
            *error = QStringLiteral("the state file is truncated or damaged (location %1)").arg(i);
            return false;
        }
        loaded.m_locations.push_back(std::move(location));
    }
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimToken t;
        in >> t.fileContents >> t.secret >> t.location >> t.expiresAt >> t.revoked >> t.loginRequired >>
            t.readOnly;
        loaded.m_tokens.append(t);
        loaded.m_tokenIndex.insert(t.fileContents, int(loaded.m_tokens.size() - 1));
    }
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimProduct p;
        in >> p.adamId >> p.name >> p.bundleId >> p.artistName >> p.version >> p.kind >> p.genre >>
            p.minimumOsVersion >> p.deviceFamilies >> p.price >> p.b2bCustomApp;
        loaded.m_catalog.insert(p.adamId, p);
    }
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SimEvent e = loadEvent(in);
        loaded.m_events.insert(e.eventId, e);
    }
    in >> loaded.m_pending;
    if (in.status() != QDataStream::Ok) {
        *error = QStringLiteral("the state file is truncated or damaged");
        return false;
    }
    m_orgName = loaded.m_orgName;
    m_locations = std::move(loaded.m_locations);
    m_tokens = std::move(loaded.m_tokens);
    m_tokenIndex = std::move(loaded.m_tokenIndex);
    m_catalog = std::move(loaded.m_catalog);
    m_events = std::move(loaded.m_events);
    m_pending = std::move(loaded.m_pending);
    return true;
}
