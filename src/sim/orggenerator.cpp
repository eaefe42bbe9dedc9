#include "orggenerator.h"

#include "simstate.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Upper bounds keep a typo ("users=2000000000") from eating the machine; the assignment index of a
// location is a qint32.
constexpr int kMaxAssets = 1000000;
constexpr int kMaxUsers = 20000000;
constexpr qint64 kMaxAssignments = 200000000;
constexpr int kMaxLocations = 100;

const char *const kAdjectives[] = {"Swift",  "Blue",   "Bright", "Quiet",  "Silver",  "Northern", "Clever",
                                   "Open",   "Little", "Crisp",  "Amber",  "Granite", "Harbor",   "Meadow",
                                   "Copper", "Lunar",  "Rapid",  "Simple", "Steady",  "Vivid",    "Coral",
                                   "Cedar",  "Polar",  "Tidy",   "Bold",   "Nimble",  "Sunny",    "Misty",
                                   "Golden", "Hidden", "Maple",  "Velvet", "Pocket",  "Summit",   "Willow"};
const char *const kNouns[] = {"Ledger",  "Notes",  "Planner", "Canvas", "Atlas",   "Scanner", "Board",
                              "Tracker", "Reader", "Forms",   "Sketch", "Journal", "Compass", "Timer",
                              "Inbox",   "Deck",   "Studio",  "Vault",  "Lens",    "Chart",   "Lab",
                              "Desk",    "Pad",    "Maps",    "Flow",   "Grid",    "Quiz",    "Words",
                              "Math",    "Cards",  "Clinic",  "Roster", "Relay",   "Survey",  "Shelf"};
const char *const kSuffixes[] = {"",      "",      "",        "",           " Pro", " Go",
                                 " Plus", " Lite", " Mobile", " for Teams", " HD"};
const char *const kVendors[] = {
    "Bluefern Software",     "Copperleaf Apps",        "Halcyon Works",      "Tinderbox Studio",
    "Marlow & Pike",         "Quartzline Inc.",        "Brambleworks",       "Oakhaven Digital",
    "Driftwood Labs",        "Lanternfish Ltd",        "Pinecrest Software", "Saltbox Systems",
    "Wrenfield Apps",        "Ravensdale Interactive", "Thistle & Co.",      "Moonrise Learning",
    "Stonebridge Education", "Emberly GmbH",           "Fernhill Media",     "Gullwing Tools"};
const char *const kAppGenres[] = {"Productivity",      "Business",        "Education",        "Utilities",
                                  "Reference",         "Medical",         "Navigation",       "Finance",
                                  "Graphics & Design", "Developer Tools", "Health & Fitness", "Weather"};
const char *const kBookGenres[] = {"Fiction & Literature",
                                   "Business & Personal Finance",
                                   "Professional & Technical",
                                   "Reference",
                                   "Textbooks",
                                   "History",
                                   "Science & Nature",
                                   "Computers & Internet"};
const char *const kSubjects[] = {
    "Algebra",    "Biology",          "Chemistry",        "World History", "Project Management",
    "Accounting", "Marketing",        "Statistics",       "Leadership",    "Physics",
    "Geography",  "Spanish",          "Poetry",           "Economics",     "Design",
    "Nursing",    "Workplace Safety", "Customer Service", "Geometry",      "Philosophy"};
const char *const kFirstNames[] = {
    "Olivia", "Liam",  "Emma",   "Noah",  "Amelia", "Oliver", "Sofia", "Elias",  "Mia",   "Lucas",
    "Chloe",  "Mateo", "Hannah", "Leon",  "Yuki",   "Haruto", "Ines",  "Jonas",  "Clara", "Felix",
    "Aisha",  "Omar",  "Priya",  "Arjun", "Grace",  "Henry",  "Zoe",   "Samuel", "Lena",  "Paul",
    "Nora",   "Theo",  "Maya",   "Ethan", "Ava",    "Hugo",   "Freya", "Oscar",  "Iris",  "Max"};
const char *const kLastNames[] = {
    "Smith",  "Jones",   "Brown",  "Taylor", "Wilson", "Evans",  "Muller", "Schmidt", "Weber",  "Fischer",
    "Martin", "Bernard", "Dubois", "Moreau", "Sato",   "Suzuki", "Tanaka", "Ito",     "Garcia", "Lopez",
    "Rossi",  "Russo",   "Novak",  "Khan",   "Patel",  "Singh",  "Nguyen", "Kim",     "Park",   "Chen",
    "Wang",   "Silva",   "Walsh",  "Murphy", "Byrne",  "Hughes", "Lewis",  "Clarke",  "Baker",  "Young"};
const char *const kCountries[] = {"US", "GB", "DE", "FR", "JP"};
const char *const kIosVersions[] = {"14.0", "15.0", "15.4", "16.0", "16.4", "17.0"};
const char *const kMacVersions[] = {"11.0", "12.0", "13.0", "14.0"};
const double kAppPrices[] = {0.99, 1.99, 2.99, 4.99, 6.99, 9.99, 14.99, 19.99, 29.99, 49.99};
const double kBookPrices[] = {4.99, 7.99, 9.99, 12.99, 19.99, 24.99, 39.99};
// Apple serial numbers avoid vowels and the letters that read like digits.
const char kSerialAlphabet[] = "0123456789CDFGHJKLMNPQRTVWXY";
constexpr int kSerialRadix = int(sizeof(kSerialAlphabet) - 1);
const char *const kSerialPlants[] = {"C02", "F9F", "DMP", "FVF", "C39", "DLX", "G6T", "H4H", "GG7", "C17"};

template<size_t N>
const char *pick(QRandomGenerator &rng, const char *const (&words)[N])
{
    return words[rng.bounded(quint32(N))];
}

template<size_t N>
double pick(QRandomGenerator &rng, const double (&values)[N])
{
    return values[rng.bounded(quint32(N))];
}

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

// Lower-case letters and digits only: the shape of a bundle id component.
QString slug(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    return out.isEmpty() ? QStringLiteral("app") : out;
}

struct ProductPlan
{
    SimProduct product;
    QStringList platforms;
    double weight = 1; // popularity, shared by every location that owns the product
    bool book = false;
    bool free = false;
    bool deviceAssignable = true;
    bool used = false;
};

struct AssetPlan
{
    int product = -1;
    QString pricingParam;
    double weight = 1;
    qint64 count = 0;     // live assignments to make
    qint64 toDevices = 0; // of which on devices
};

std::vector<ProductPlan> planProducts(QRandomGenerator &rng, int count)
{
    std::vector<ProductPlan> products(static_cast<size_t>(count));
    QSet<quint32> adamIds;
    QSet<QString> names;
    adamIds.reserve(count);
    names.reserve(count);
    std::vector<int> ranks(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        ranks[size_t(i)] = i;
    for (int i = count - 1; i > 0; --i)
        std::swap(ranks[size_t(i)], ranks[size_t(rng.bounded(i + 1))]);

    for (int i = 0; i < count; ++i) {
        ProductPlan &plan = products[size_t(i)];
        SimProduct &p = plan.product;
        quint32 id = 0;
        do {
            id = 284000000u + rng.bounded(1700000000u);
        } while (adamIds.contains(id));
        adamIds.insert(id);
        p.adamId = QString::number(id);

        // Product 0 is a paid, device-licensable iOS app that every location owns: it guarantees each
        // location can absorb any number of assignments on devices.
        const int roll = i == 0 ? 99 : int(rng.bounded(100));
        plan.book = roll < 15;
        plan.free = !plan.book && i != 0 && rng.bounded(100) < 6;
        plan.deviceAssignable = !plan.book && (i == 0 || plan.free || rng.bounded(100) < 90);
        // Zipf-like popularity over a random rank: a few products hold most licenses.
        plan.weight = 1.0 / std::pow(double(ranks[size_t(i)]) + 1.0, 0.9);
        if (plan.free)
            plan.weight *= 4;
        if (plan.book)
            plan.weight *= 0.3;

        const QString vendor = latin1(pick(rng, kVendors));
        QString name;
        for (int attempt = 0; attempt < 6 && (name.isEmpty() || names.contains(name)); ++attempt) {
            if (plan.book) {
                const QString subject = latin1(pick(rng, kSubjects));
                switch (rng.bounded(6)) {
                case 0:
                    name = u"Introduction to "_s + subject;
                    break;
                case 1:
                    name = subject + u": A Practical Guide"_s;
                    break;
                case 2:
                    name = u"The "_s + subject + u" Handbook"_s;
                    break;
                case 3:
                    name = subject + u" Essentials"_s;
                    break;
                case 4:
                    name = u"Foundations of "_s + subject;
                    break;
                default:
                    name = u"The "_s + latin1(pick(rng, kAdjectives)) + u' ' + latin1(pick(rng, kNouns));
                    break;
                }
            } else {
                name = latin1(pick(rng, kAdjectives)) + u' ' + latin1(pick(rng, kNouns)) +
                       latin1(pick(rng, kSuffixes));
            }
        }
        if (names.contains(name))
            name += u' ' + QString::number(i);
        names.insert(name);
        p.name = name;

        if (plan.book) {
            p.kind = QStringLiteral("ebook");
            p.artistName = latin1(pick(rng, kFirstNames)) + u' ' + latin1(pick(rng, kLastNames));
            p.bundleId.clear();
            p.genre = latin1(pick(rng, kBookGenres));
            p.version = QString::number(1 + rng.bounded(4)) + u".0"_s;
            p.price = pick(rng, kBookPrices);
            plan.platforms = {QStringLiteral("iOS"), QStringLiteral("macOS")};
            continue;
        }

        const bool mac = i != 0 && rng.bounded(100) < 12;
        p.artistName = vendor;
        p.bundleId = u"com."_s + slug(vendor) + u'.' + slug(name);
        p.genre = latin1(pick(rng, kAppGenres));
        p.version = QString::number(1 + rng.bounded(12)) + u'.' + QString::number(rng.bounded(20));
        if (rng.bounded(2))
            p.version += u'.' + QString::number(rng.bounded(10));
        p.price = plan.free ? 0 : pick(rng, kAppPrices);
        p.b2bCustomApp = !plan.free && rng.bounded(100) < 2;
        if (mac) {
            p.kind = QStringLiteral("macSoftware");
            p.minimumOsVersion = latin1(pick(rng, kMacVersions));
            p.deviceFamilies = {QStringLiteral("mac")};
            plan.platforms = {QStringLiteral("macOS")};
            continue;
        }
        p.kind = QStringLiteral("iosSoftware");
        p.minimumOsVersion = latin1(pick(rng, kIosVersions));
        plan.platforms = {QStringLiteral("iOS")};
        const quint32 families = rng.bounded(100);
        if (families < 50) {
            p.deviceFamilies = {QStringLiteral("iphone"), QStringLiteral("ipad"), QStringLiteral("ipod")};
        } else if (families < 75) {
            p.deviceFamilies = {QStringLiteral("iphone"), QStringLiteral("ipad")};
        } else if (families < 90) {
            p.deviceFamilies = {QStringLiteral("ipad")};
        } else {
            // A universal iPad app that also runs on Apple silicon Macs.
            p.deviceFamilies = {QStringLiteral("iphone"), QStringLiteral("ipad"), QStringLiteral("mac")};
            plan.platforms.append(QStringLiteral("macOS"));
        }
        if (rng.bounded(100) < 5)
            plan.platforms.append(QStringLiteral("visionOS"));
        if (rng.bounded(100) < 4)
            plan.platforms.append(QStringLiteral("watchOS"));
    }
    return products;
}

// Split `total` into `parts` near-equal shares, the first ones one larger.
qint64 share(qint64 total, int parts, int index)
{
    return total / parts + (index < total % parts ? 1 : 0);
}

QString makeIdHash(QRandomGenerator &rng)
{
    // Apple's idHash looks like the Base64 of a SHA-1 digest.
    char raw[20];
    for (int i = 0; i < 20; i += 4) {
        const quint32 v = rng.generate();
        raw[i] = char(v);
        raw[i + 1] = char(v >> 8);
        raw[i + 2] = char(v >> 16);
        raw[i + 3] = char(v >> 24);
    }
    return QString::fromLatin1(QByteArray(raw, sizeof raw).toBase64());
}

// Twelve characters like Apple's older serials: plant, a unique middle that encodes `number` (so no two
// generated serials collide), and a model code.
QString makeSerial(QRandomGenerator &rng, quint64 number)
{
    QChar buffer[12];
    const char *plant = pick(rng, kSerialPlants);
    for (int i = 0; i < 3; ++i)
        buffer[i] = QLatin1Char(plant[i]);
    // A bijection on [0, 28^6) (the multiplier is coprime with 28) so consecutive devices do not
    // get consecutive serials.
    constexpr quint64 space =
        quint64(kSerialRadix) * kSerialRadix * kSerialRadix * kSerialRadix * kSerialRadix * kSerialRadix;
    quint64 middle = (number * 387420489u + 104729u) % space;
    for (int i = 8; i >= 3; --i) {
        buffer[i] = QLatin1Char(kSerialAlphabet[middle % kSerialRadix]);
        middle /= kSerialRadix;
    }
    for (int i = 9; i < 12; ++i)
        buffer[i] = QLatin1Char(kSerialAlphabet[rng.bounded(quint32(kSerialRadix))]);
    return QString(buffer, 12);
}

// Water-filling: hand `quota` out in proportion to the weights, never beyond an asset's capacity.
void distribute(std::vector<AssetPlan> &assets, const std::vector<qint64> &capacity, qint64 quota)
{
    qint64 remaining = quota;
    while (remaining > 0) {
        double open = 0;
        for (size_t i = 0; i < assets.size(); ++i)
            if (assets[i].count < capacity[i])
                open += assets[i].weight;
        if (open <= 0)
            return;
        const double pool = double(remaining);
        qint64 given = 0;
        for (size_t i = 0; i < assets.size(); ++i) {
            AssetPlan &a = assets[i];
            if (a.count >= capacity[i])
                continue;
            const qint64 g = std::min(capacity[i] - a.count, qint64(pool * a.weight / open));
            a.count += g;
            given += g;
        }
        given = std::min(given, remaining);
        remaining -= given;
        if (given == 0) {
            // Only rounding is left: one license each, most popular first.
            std::vector<size_t> order(assets.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::stable_sort(order.begin(), order.end(),
                             [&](size_t a, size_t b) { return assets[a].weight > assets[b].weight; });
            for (const size_t i : order) {
                if (remaining == 0)
                    break;
                if (assets[i].count < capacity[i]) {
                    ++assets[i].count;
                    --remaining;
                }
            }
        }
    }
}

// Partial Fisher-Yates over a pool that stays a permutation: each call draws `count` distinct members.
template<typename Take>
void sample(QRandomGenerator &rng, std::vector<qint32> &pool, qint64 count, Take take)
{
    const qint64 size = qint64(pool.size());
    for (qint64 k = 0; k < count; ++k) {
        const qint64 j = k + qint64(rng.bounded(quint32(size - k)));
        std::swap(pool[size_t(k)], pool[size_t(j)]);
        take(pool[size_t(k)]);
    }
}

class LocationBuilder
{
public:
    LocationBuilder(SimState &state, const std::vector<ProductPlan> &products, int index)
        : m_state(state)
        , m_rng(state.random())
        , m_products(products)
        , m_index(index)
    {
        // Converted once: the user loop runs hundreds of thousands of times.
        for (const char *first : kFirstNames)
            m_firstLower.append(latin1(first).toLower());
        for (const char *last : kLastNames)
            m_lastLower.append(latin1(last).toLower());
    }

    SimLocation *create()
    {
        QString uId;
        do {
            uId = QString::number(2 + m_rng.bounded(8)); // 16 digits, no leading zero
            for (int i = 0; i < 15; ++i)
                uId += QLatin1Char(char('0' + m_rng.bounded(10)));
        } while (m_state.findLocationByUid(uId) >= 0);
        const bool school = m_index % 2 == 1;
        auto location = std::make_unique<SimLocation>(
            uId, u"Generated Location "_s + QString::number(m_index + 1),
            latin1(kCountries[m_index % int(std::size(kCountries))]),
            school ? QStringLiteral("volumestore") : QStringLiteral("enterprisestore"),
            school ? QStringLiteral("https://school.apple.com")
                   : QStringLiteral("https://business.apple.com"));
        m_location = location.get();
        m_state.addLocation(std::move(location));
        m_domain = u"@l"_s + QString::number(m_index + 1) + u".generated.example"_s;
        return m_location;
    }

    void addUsers(qint64 rows, quint64 &personNumber)
    {
        m_activeUsers.reserve(size_t(rows));
        while (rows > 0) {
            const quint32 roll = m_rng.bounded(1000u);
            int retiredRows = 0;
            bool active = true;
            if (roll >= 900 && roll < 960) {
                retiredRows = 1;
                active = false;
            } else if (roll >= 960 && roll < 990) {
                retiredRows = 1; // retired, then registered again under the same clientUserId
            } else if (roll >= 990) {
                retiredRows = 2 + int(m_rng.bounded(2));
                active = m_rng.bounded(2) == 0;
            }
            if (retiredRows + (active ? 1 : 0) > rows) {
                retiredRows = 0;
                active = true;
            }
            rows -= retiredRows + (active ? 1 : 0);
            addPerson(personNumber++, retiredRows, active, roll >= 790 && roll < 900);
        }
    }

    void addDevices(qint64 count, quint64 &deviceNumber)
    {
        m_devices.reserve(size_t(count));
        for (qint64 i = 0; i < count; ++i) {
            const QString serial = makeSerial(m_rng, deviceNumber++);
            m_location->addKnownDevice(serial);
            m_devices.push_back(qint32(m_location->internTarget(serial, SimTargetKind::Device)));
        }
    }

    qint64 activeUserCount() const { return qint64(m_activeUsers.size()); }

    // Chooses which products this location owns, and how many licenses of each are in use.
    void planAssets(int count, std::vector<int> &productPool, qint64 quota, quint64 &deviceNumber,
                    qint64 baseDevices)
    {
        m_assets.reserve(size_t(count));
        // Product 0 first, then distinct others drawn from the pool (which stays a permutation).
        if (count > 0)
            m_assets.push_back({0, {}, 1, 0, 0});
        const int others = count - 1;
        for (int k = 0; k < others; ++k) {
            const int j = k + int(m_rng.bounded(quint32(productPool.size()) - quint32(k)));
            std::swap(productPool[size_t(k)], productPool[size_t(j)]);
            m_assets.push_back({productPool[size_t(k)], {}, 1, 0, 0});
        }
        qint64 userOnly = 0;
        qint64 deviceCapable = 0;
        for (AssetPlan &a : m_assets) {
            const ProductPlan &p = m_products[size_t(a.product)];
            a.pricingParam =
                p.book && m_rng.bounded(100) < 40 ? QStringLiteral("PLUS") : QStringLiteral("STDQ");
            // Each location likes the shared favourites a little differently.
            a.weight = p.weight * (0.5 + m_rng.generateDouble());
            (p.deviceAssignable ? deviceCapable : userOnly) += 1;
        }
        // Enough devices that the quota always fits, whatever the users.
        const qint64 users = activeUserCount();
        qint64 devices = baseDevices;
        if (deviceCapable > 0) {
            const qint64 missing = quota - (userOnly + deviceCapable) * users - deviceCapable * devices;
            if (missing > 0)
                devices += (missing + deviceCapable - 1) / deviceCapable;
        }
        addDevices(devices, deviceNumber);

        std::vector<qint64> capacity(m_assets.size());
        for (size_t i = 0; i < m_assets.size(); ++i)
            capacity[i] = users + (m_products[size_t(m_assets[i].product)].deviceAssignable ? devices : 0);
        distribute(m_assets, capacity, quota);

        for (AssetPlan &a : m_assets) {
            if (!m_products[size_t(a.product)].deviceAssignable || a.count == 0)
                continue;
            const double fraction = 0.2 + 0.6 * m_rng.generateDouble();
            a.toDevices = std::min(devices, qint64(std::llround(double(a.count) * fraction)));
            if (a.count - a.toDevices > users)
                a.toDevices = a.count - users;
        }
    }

    void addAssetsAndAssignments(std::vector<ProductPlan> &products, qint64 quota)
    {
        for (const AssetPlan &a : m_assets) {
            ProductPlan &p = products[size_t(a.product)];
            p.used = true;
            SimAsset asset;
            asset.adamId = p.product.adamId;
            asset.pricingParam = a.pricingParam;
            asset.productType = p.book ? QStringLiteral("Book") : QStringLiteral("App");
            asset.supportedPlatforms = p.platforms;
            asset.deviceAssignable = p.deviceAssignable;
            asset.revocable = !p.book;
            asset.unlimited = p.free;
            if (!p.free) {
                asset.totalCount = a.count + spareLicenses(a.count);
                if (a.count > 20 && m_rng.bounded(100) < 10)
                    asset.retiredCount = qint64(m_rng.bounded(quint32(a.count / 20 + 1)));
            }
            m_location->addAsset(asset);
        }

        std::vector<quint64> pairs;
        pairs.reserve(size_t(quota));
        for (size_t i = 0; i < m_assets.size(); ++i) {
            const quint64 asset = quint64(i) << 32;
            auto take = [&](qint32 target) { pairs.push_back(asset | quint32(target)); };
            sample(m_rng, m_devices, m_assets[i].toDevices, take);
            sample(m_rng, m_activeUsers, m_assets[i].count - m_assets[i].toDevices, take);
        }
        // Shuffled so that the assignment history (and Get Assignments' pages) interleaves assets and
        // targets as a real organization's years of work would.
        for (size_t i = pairs.size(); i > 1; --i)
            std::swap(pairs[i - 1], pairs[m_rng.bounded(quint32(i))]);
        m_location->reserveAssignments(qsizetype(pairs.size()));
        for (const quint64 pair : pairs) {
            [[maybe_unused]] const auto outcome =
                m_location->assign(int(pair >> 32), int(pair & 0xffffffffu));
            Q_ASSERT(outcome == SimLocation::AssignOutcome::Added);
        }
    }

private:
    qint64 spareLicenses(qint64 assigned)
    {
        if (assigned == 0)
            return 5 + m_rng.bounded(46); // bought and never handed out
        const quint32 roll = m_rng.bounded(100u);
        if (roll < 5)
            return m_rng.bounded(3); // nearly out
        return assigned * (2 + m_rng.bounded(30)) / 100 + 1 + m_rng.bounded(20);
    }

    void addPerson(quint64 number, int retiredRows, bool active, bool registered)
    {
        const int first = int(m_rng.bounded(quint32(m_firstLower.size())));
        const int last = int(m_rng.bounded(quint32(m_lastLower.size())));
        SimUser user;
        user.clientUserId = m_state.makeUuid();
        user.email = m_firstLower[first] + u'.' + m_lastLower[last] + QString::number(number) + m_domain;
        for (int r = 0; r < retiredRows; ++r) {
            SimUser retired = user;
            retired.status = QStringLiteral("Retired");
            if (m_rng.bounded(100) < 60)
                retired.idHash = makeIdHash(m_rng);
            m_location->addUser(retired);
        }
        if (!active)
            return;
        if (registered) {
            user.status = QStringLiteral("Registered");
            user.inviteCode = m_state.makeHex(16);
        } else {
            user.status = QStringLiteral("Associated");
            user.idHash = makeIdHash(m_rng);
            if (m_rng.bounded(100) < 20)
                user.managedAppleId = m_firstLower[first] + u'.' + m_lastLower[last] +
                                      QString::number(number) + u"@appleid."_s + m_domain.mid(1);
        }
        m_location->addUser(user);
        m_activeUsers.push_back(qint32(m_location->internTarget(user.clientUserId, SimTargetKind::User)));
    }

    SimState &m_state;
    QRandomGenerator &m_rng;
    const std::vector<ProductPlan> &m_products;
    int m_index;
    SimLocation *m_location = nullptr;
    QString m_domain;
    QStringList m_firstLower;
    QStringList m_lastLower;
    std::vector<qint32> m_activeUsers; // target indexes
    std::vector<qint32> m_devices;     // target indexes
    std::vector<AssetPlan> m_assets;
};

bool parseNumber(const QString &key, const QString &value, qint64 minimum, qint64 maximum, qint64 *out,
                 QString *error)
{
    bool ok = false;
    QString digits = value;
    digits.remove(u'_'); // "1_000_000" reads better on a command line
    const qint64 number = digits.toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("%1: \"%2\" is not a whole number").arg(key, value);
        return false;
    }
    if (number < minimum || number > maximum) {
        *error = QStringLiteral("%1: %2 is out of range (%3 to %4)")
                     .arg(key, value, QString::number(minimum), QString::number(maximum));
        return false;
    }
    *out = number;
    return true;
}

} // namespace

std::optional<OrgGeneratorSpec> OrgGeneratorSpec::parse(const QString &text, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    OrgGeneratorSpec spec;
    QSet<QString> seen;
    for (const QString &rawPart : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0) {
            message = QStringLiteral("\"%1\" is not key=value").arg(part);
            return std::nullopt;
        }
        const QString key = part.left(equals).trimmed().toLower();
        const QString value = part.mid(equals + 1).trimmed();
        if (seen.contains(key)) {
            message = QStringLiteral("%1 is given twice").arg(key);
            return std::nullopt;
        }
        seen.insert(key);
        qint64 number = 0;
        if (key == u"assets") {
            if (!parseNumber(key, value, 0, kMaxAssets, &number, &message))
                return std::nullopt;
            spec.assets = int(number);
        } else if (key == u"users") {
            if (!parseNumber(key, value, 0, kMaxUsers, &number, &message))
                return std::nullopt;
            spec.users = int(number);
        } else if (key == u"assignments") {
            if (!parseNumber(key, value, 0, kMaxAssignments, &number, &message))
                return std::nullopt;
            spec.assignments = number;
        } else if (key == u"locations") {
            if (!parseNumber(key, value, 1, kMaxLocations, &number, &message))
                return std::nullopt;
            spec.locations = int(number);
        } else if (key == u"seed") {
            if (!parseNumber(key, value, 0, std::numeric_limits<quint32>::max(), &number, &message))
                return std::nullopt;
            spec.seed = quint32(number);
        } else {
            message =
                QStringLiteral("unknown key \"%1\" (expected assets, users, assignments, locations or seed)")
                    .arg(part.left(equals).trimmed());
            return std::nullopt;
        }
    }
    if (spec.assignments > 0 && spec.assets == 0) {
        message = QStringLiteral("assignments need at least one asset");
        return std::nullopt;
    }
    return spec;
}

QString OrgGeneratorSpec::toString() const
{
    return QStringLiteral("assets=%1,users=%2,assignments=%3,locations=%4,seed=%5")
        .arg(QString::number(assets), QString::number(users), QString::number(assignments),
             QString::number(locations), QString::number(seed));
}

void OrgGenerator::generate(SimState &state, const OrgGeneratorSpec &spec, const QDateTime &now)
{
    state.seed(spec.seed);
    QRandomGenerator &rng = state.random();
    state.setOrgName(QStringLiteral("Generated Organization"));

    const int locations = std::max(1, spec.locations);
    const int assets = std::max(0, spec.assets);
    int largest = 0;
    for (int l = 0; l < locations; ++l)
        largest = std::max(largest, int(share(assets, locations, l)));
    // Fewer products than asset rows: locations share their most common apps, as real ones do.
    const int productCount = std::max(largest, int(std::ceil(assets * 0.75)));
    std::vector<ProductPlan> products = planProducts(rng, productCount);
    std::vector<int> productPool;
    productPool.reserve(size_t(std::max(0, productCount - 1)));
    for (int i = 1; i < productCount; ++i)
        productPool.push_back(i);

    // Each location takes the assignments in proportion to its assets; rounding leftovers go to the first.
    std::vector<qint64> quotas(size_t(locations), 0);
    if (assets > 0) {
        qint64 given = 0;
        for (int l = 0; l < locations; ++l) {
            quotas[size_t(l)] =
                qint64(double(spec.assignments) * double(share(assets, locations, l)) / assets);
            given += quotas[size_t(l)];
        }
        quotas[0] += spec.assignments - given;
    }

    quint64 personNumber = 1;
    quint64 deviceNumber = 1;
    QVector<int> added;
    for (int l = 0; l < locations; ++l) {
        LocationBuilder builder(state, products, l);
        builder.create();
        added.append(state.locationCount() - 1);
        const qint64 userRows = share(std::max(0, spec.users), locations, l);
        builder.addUsers(userRows, personNumber);
        builder.planAssets(int(share(assets, locations, l)), productPool, quotas[size_t(l)], deviceNumber,
                           userRows * 35 / 100 + 5);
        builder.addAssetsAndAssignments(products, quotas[size_t(l)]);
    }

    for (const ProductPlan &p : products)
        if (p.used)
            state.addProduct(p.product);
    for (const int l : added)
        state.issueToken(l, now.addDays(365));
}
