#include "demoorganization.h"

#include "simstate.h"

#include <QSet>

#include <iterator>
#include <span>

using namespace Qt::StringLiterals;

namespace {

// Every name here is invented; none is a real product, vendor or trademark.
struct DemoProduct
{
    const char *adamId;
    const char *name;
    const char *kind;
    const char *artist;
    const char *bundleId;
    const char *genre;
    const char *version;
    const char *minimumOs;
    const char *families; // comma-separated
    const char *platforms;
    double price;
    bool free; // free apps are unlimited
    bool deviceAssignable;
    bool b2b;
};

const DemoProduct kProducts[] = {
    {"1480225301", "Finch Field Notes", "iosSoftware", "Fjord & Finch Ltd", "com.fjordfinch.fieldnotes",
     "Business", "3.2.1", "16.0", "iphone,ipad", "iOS", 0, false, true, true},
    {"1302558810", "Ledgerly", "iosSoftware", "Copperleaf Software", "com.copperleaf.ledgerly", "Finance",
     "7.4", "15.0", "iphone,ipad,ipod", "iOS", 9.99, false, true, false},
    {"1129844502", "Harbor Chat", "iosSoftware", "Harborlight Inc.", "com.harborlight.chat", "Business",
     "24.3.0", "15.0", "iphone,ipad", "iOS", 0, true, true, false},
    {"1398820117", "Northstar Maps Pro", "iosSoftware", "Northstar Cartography", "com.northstarcarto.mapspro",
     "Navigation", "5.1", "16.0", "iphone,ipad", "iOS", 14.99, false, true, false},
    {"1547730261", "Quillboard", "iosSoftware", "Inkwell Labs", "com.inkwelllabs.quillboard", "Productivity",
     "2.8.3", "16.4", "iphone,ipad,mac", "iOS,macOS", 6.99, false, true, false},
    {"1210394477", "Tidewater Scan", "iosSoftware", "Tidewater Apps", "com.tidewaterapps.scan",
     "Productivity", "11.0.2", "15.0", "iphone,ipad", "iOS", 0, true, true, false},
    {"1420066318", "Brightline Slides", "iosSoftware", "Brightline Software", "com.brightline.slides",
     "Productivity", "4.0", "16.0", "ipad", "iOS,visionOS", 19.99, false, true, false},
    {"1187652093", "Kestrel Secure Connect", "iosSoftware", "Kestrel Networks",
     "com.kestrelnet.secureconnect", "Utilities", "6.2", "15.0", "iphone,ipad", "iOS", 0, true, true, false},
    {"1465019982", "Meadow Forms", "iosSoftware", "Meadow Data GmbH", "com.meadowdata.forms", "Business",
     "3.5", "16.0", "iphone,ipad", "iOS", 4.99, false, false, false},
    {"1336870459", "Sparrow Translate", "iosSoftware", "Sparrow Language Tools", "com.sparrowlang.translate",
     "Reference", "8.1", "15.0", "iphone,ipad", "iOS,watchOS", 2.99, false, true, false},
    {"1578843320", "Ironbark Inspect", "iosSoftware", "Ironbark Systems", "com.ironbark.inspect", "Business",
     "1.9.4", "16.0", "iphone,ipad", "iOS", 29.99, false, true, false},
    {"1493317645", "Lumen Whiteboard", "iosSoftware", "Lumen Studio", "com.lumenstudio.whiteboard",
     "Productivity", "3.0.1", "16.0", "ipad,mac", "iOS,macOS", 9.99, false, true, false},
    {"1261178834", "Timberline Time", "iosSoftware", "Timberline Apps", "com.timberline.time", "Business",
     "5.6", "15.0", "iphone", "iOS", 3.99, false, false, false},
    {"1609921548", "Cobalt Terminal", "macSoftware", "Cobalt Devworks", "com.cobaltdev.terminal",
     "Developer Tools", "2.3", "13.0", "mac", "macOS", 24.99, false, true, false},
    {"1372205196", "Orchard Calendar", "iosSoftware", "Orchard Lane Software", "com.orchardlane.calendar",
     "Productivity", "9.2", "15.0", "iphone,ipad", "iOS", 0, true, true, false},
    {"1520649931", "Beacon Service Desk", "iosSoftware", "Beacon IT Ltd", "com.beaconit.servicedesk",
     "Business", "4.4", "16.0", "iphone,ipad", "iOS", 7.99, false, true, false},
    {"1641550372", "Glasswing PDF", "macSoftware", "Glasswing Software", "com.glasswing.pdf", "Productivity",
     "6.0.3", "12.0", "mac", "macOS", 39.99, false, false, false},
    {"1453390784", "Saltmarsh Sketch", "iosSoftware", "Saltmarsh Creative", "com.saltmarsh.sketch",
     "Graphics & Design", "2.1", "16.0", "ipad", "iOS", 12.99, false, true, false},
    {"1399105526", "Wayfarer Expenses", "iosSoftware", "Wayfarer Finance", "com.wayfarer.expenses", "Finance",
     "3.3", "15.0", "iphone", "iOS", 1.99, false, false, false},
    {"1588812340", "Pathfinder Fleet", "iosSoftware", "Pathfinder Telematics", "com.pathfinder.fleet",
     "Navigation", "2.7", "16.0", "iphone,ipad", "iOS", 49.99, false, true, false},
    // Books
    {"1622340011", "The Quiet Ledger: Bookkeeping for Small Teams", "ebook", "Margaret Holloway", "",
     "Business & Personal Finance", "2.0", "", "", "iOS,macOS", 24.99, false, false, false},
    {"1618874402", "Field Safety Handbook, 4th Edition", "ebook", "Daniel Okafor", "",
     "Professional & Technical", "4.0", "", "", "iOS,macOS", 19.99, false, false, false},
    {"1597712253", "Designing Calm Interfaces", "ebook", "Ingrid Solberg", "", "Computers & Internet", "1.0",
     "", "", "iOS,macOS", 29.99, false, false, false},
    {"1574430918", "A Short History of the North Sea Trade", "ebook", "Thomas Whitcombe", "", "History",
     "1.0", "", "", "iOS,macOS", 12.99, false, false, false},
    {"1603398777", "Deutsch im B\xc3\xbcro: Ein praktischer Kurs", "ebook", "Katrin Vogel", "", "Reference",
     "3.0", "", "", "iOS,macOS", 17.99, false, false, false},
    {"1631195840", "Managing Remote Crews", "ebook", "Rosa Delgado", "", "Business & Personal Finance", "1.0",
     "", "", "iOS,macOS", 21.99, false, false, false},
    {"1645520093", "Welcome to Fjord & Finch: Employee Guide", "ebook", "Fjord & Finch Ltd", "", "Reference",
     "5.0", "", "", "iOS,macOS", 4.99, false, false, false},
    {"1589907736", "Practical Statistics for Operations", "ebook", "Wei Zhang", "", "Textbooks", "1.0", "",
     "", "iOS,macOS", 34.99, false, false, false},
};

// What a location bought and how much of it is handed out (total is ignored for free, unlimited apps).
struct DemoHolding
{
    const char *adamId;
    const char *pricingParam;
    int total;
    int users;
    int devices;
    int retired;
};

const DemoHolding kLondonHoldings[] = {
    {"1480225301", "STDQ", 120, 20, 25, 0}, {"1302558810", "STDQ", 50, 40, 8, 3}, // 2 of 50 left
    {"1129844502", "STDQ", 0, 42, 10, 0},   {"1398820117", "STDQ", 25, 6, 4, 0},
    {"1547730261", "STDQ", 60, 30, 0, 2},   {"1210394477", "STDQ", 0, 20, 25, 0},
    {"1420066318", "STDQ", 15, 9, 3, 0},    {"1187652093", "STDQ", 0, 0, 30, 0},
    {"1465019982", "STDQ", 40, 18, 0, 0},   {"1609921548", "STDQ", 10, 4, 3, 0},
    {"1641550372", "STDQ", 12, 7, 0, 0},    {"1372205196", "STDQ", 0, 38, 0, 0},
    {"1520649931", "STDQ", 20, 5, 6, 1},    {"1622340011", "PLUS", 30, 11, 0, 0},
    {"1597712253", "PLUS", 15, 8, 0, 0},    {"1574430918", "STDQ", 10, 3, 0, 0},
    {"1645520093", "STDQ", 150, 40, 0, 0},  {"1589907736", "PLUS", 20, 0, 0, 0}, // bought, never handed out
};

const DemoHolding kBerlinHoldings[] = {
    {"1480225301", "STDQ", 40, 10, 12, 0}, {"1129844502", "STDQ", 0, 24, 0, 0},
    {"1336870459", "STDQ", 30, 12, 6, 0},  {"1465019982", "STDQ", 25, 22, 0, 0},
    {"1493317645", "STDQ", 10, 4, 4, 0},   {"1453390784", "STDQ", 8, 3, 2, 0},
    {"1372205196", "STDQ", 0, 20, 0, 0},   {"1261178834", "STDQ", 30, 15, 0, 0},
    {"1399105526", "STDQ", 20, 0, 0, 0},   {"1603398777", "STDQ", 25, 14, 0, 0},
    {"1597712253", "STDQ", 10, 2, 0, 0},   {"1645520093", "STDQ", 40, 24, 0, 0},
};

const DemoHolding kAustinHoldings[] = {
    {"1480225301", "STDQ", 60, 8, 20, 0}, {"1578843320", "STDQ", 20, 12, 8, 0}, // none left
    {"1588812340", "STDQ", 25, 0, 18, 0}, {"1129844502", "STDQ", 0, 19, 0, 0},
    {"1210394477", "STDQ", 0, 0, 20, 0},  {"1187652093", "STDQ", 0, 0, 20, 0},
    {"1399105526", "STDQ", 30, 17, 0, 0}, {"1398820117", "STDQ", 12, 5, 5, 0},
    {"1618874402", "STDQ", 40, 19, 0, 0}, {"1631195840", "PLUS", 10, 6, 0, 0},
    {"1645520093", "STDQ", 30, 18, 0, 0},
};

const char *const kLondonFirst[] = {
    "Amelia", "Oliver", "Isla",  "Harry", "Freya",  "George", "Poppy", "Arthur", "Evie",     "Alfie",
    "Lily",   "Jack",   "Grace", "Theo",  "Ruby",   "Oscar",  "Ivy",   "Rohan",  "Florence", "Noah",
    "Priya",  "Henry",  "Alice", "Kwame", "Hannah", "Samuel", "Chloe", "Daniel", "Aisha",    "Edward"};
const char *const kLondonLast[] = {
    "Whitaker",  "Ashworth", "Pemberton", "Okonkwo",   "Hargreaves", "Fenwick",   "Chaudhry", "Lockwood",
    "Blackwell", "Ellison",  "Marsden",   "Thornton",  "Kaur",       "Radcliffe", "Osei",     "Holloway",
    "Barker",    "Caldwell", "Forsyth",   "Gallagher", "Nakamura",   "Ridley",    "Sutton",   "Wainwright"};
const char *const kBerlinFirst[] = {
    "Lena",  "Jonas",  "Mia",   "Lukas", "Hanna", "Felix", "Emilia", "Paul",  "Sophie", "Maximilian",
    "Lea",   "Elias",  "Marie", "Finn",  "Clara", "Leon",  "Anna",   "Yusuf", "Laura",  "Ben",
    "Greta", "Moritz", "Ida",   "Jakob", "Nele",  "Tim",   "Frieda", "Erik",  "Paula",  "Julian"};
const char *const kBerlinLast[] = {"M\xc3\xbcller",
                                   "Schneider",
                                   "Fischer",
                                   "Weber",
                                   "Meyer",
                                   "Wagner",
                                   "Becker",
                                   "Schulz",
                                   "Hoffmann",
                                   "Koch",
                                   "Richter",
                                   "Klein",
                                   "Wolf",
                                   "Schr\xc3\xb6"
                                   "der",
                                   "Neumann",
                                   "Schwarz",
                                   "Zimmermann",
                                   "Braun",
                                   "Kr\xc3\xbcger",
                                   "Hartmann",
                                   "Lange",
                                   "Werner",
                                   "Krause",
                                   "Wei\xc3\x9f"};
const char *const kAustinFirst[] = {"Emma",   "Liam",  "Olivia",   "Mason",  "Ava",     "Ethan",
                                    "Sophia", "Logan", "Isabella", "Lucas",  "Mia",     "Jackson",
                                    "Harper", "Aiden", "Evelyn",   "Carter", "Abigail", "Jayden",
                                    "Ella",   "Wyatt", "Camila",   "Diego",  "Luna",    "Mateo"};
const char *const kAustinLast[] = {"Johnson", "Williams", "Garcia", "Martinez", "Rodriguez", "Hernandez",
                                   "Lopez",   "Gonzalez", "Davis",  "Miller",   "Anderson",  "Moore",
                                   "Jackson", "White",    "Harris", "Clark",    "Walker",    "Young",
                                   "Allen",   "King",     "Scott",  "Ramirez",  "Flores",    "Nguyen"};

struct DemoLocation
{
    const char *uId;
    const char *name;
    const char *country;
    int people;
    int devices;      // devices holding or able to hold licenses
    int spareDevices; // enrolled, no license yet
    int tokenDays;
    int employeeBase;         // clientUserIds are HR employee numbers
    int twiceRetiredPerson;   // -1: nobody
    const char *strandedBook; // adamId (PLUS) still held by the retired person 13, or nullptr
    std::span<const char *const> firstNames;
    std::span<const char *const> lastNames;
    std::span<const DemoHolding> holdings;
};

const DemoLocation kLocations[] = {
    {"4401870023519736", "London HQ", "GB", 50, 30, 3, 301, 10001, -1, "1622340011", kLondonFirst,
     kLondonLast, kLondonHoldings},
    {"4902110087346512", "Berlin Office", "DE", 30, 16, 2, 214, 20001, 3, nullptr, kBerlinFirst, kBerlinLast,
     kBerlinHoldings},
    {"1512093347762084", "Austin Field Team", "US", 24, 20, 2, 20, 30001, -1, nullptr, kAustinFirst,
     kAustinLast, kAustinHoldings},
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(const char *commaSeparated)
{
    return utf8(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

const DemoProduct &productOf(const char *adamId)
{
    for (const DemoProduct &p : kProducts)
        if (qstrcmp(p.adamId, adamId) == 0)
            return p;
    Q_UNREACHABLE();
}

// E-mail local parts are ASCII: fold the German letters the way German addresses do.
QString asciiPart(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case 0xe4:
            out += u"ae";
            break;
        case 0xf6:
            out += u"oe";
            break;
        case 0xfc:
            out += u"ue";
            break;
        case 0xdf:
            out += u"ss";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString idHash(QRandomGenerator &rng)
{
    QByteArray raw(20, Qt::Uninitialized);
    for (char &c : raw)
        c = char(rng.bounded(256));
    return QString::fromLatin1(raw.toBase64());
}

QString serialNumber(QRandomGenerator &rng, QSet<QString> &used)
{
    static const char alphabet[] = "0123456789CDFGHJKLMNPQRTVWXY";
    static const char *const plants[] = {"C02", "F9F", "DMP", "FVF", "DLX", "G6T"};
    QString serial;
    do {
        serial = QString::fromLatin1(plants[rng.bounded(int(std::size(plants)))]);
        while (serial.size() < 12)
            serial += QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
    } while (used.contains(serial));
    used.insert(serial);
    return serial;
}

// Draws `count` distinct members of `pool`, which stays a permutation for the next draw.
QVector<int> draw(QRandomGenerator &rng, QVector<int> &pool, int count)
{
    count = qMin(count, int(pool.size()));
    QVector<int> picked;
    for (int k = 0; k < count; ++k) {
        const int j = k + rng.bounded(int(pool.size()) - k);
        std::swap(pool[k], pool[j]);
        picked.append(pool[k]);
    }
    return picked;
}

class LocationFiller
{
public:
    LocationFiller(SimState &state, const DemoLocation &spec)
        : m_state(state)
        , m_rng(state.random())
        , m_spec(spec)
    {}

    int build(QSet<QString> &serials)
    {
        auto owned = std::make_unique<SimLocation>(utf8(m_spec.uId), utf8(m_spec.name), utf8(m_spec.country),
                                                   QStringLiteral("enterprisestore"),
                                                   QStringLiteral("https://business.apple.com"));
        m_location = owned.get();
        const int index = m_state.addLocation(std::move(owned));
        addPeople();
        for (int i = 0; i < m_spec.devices + m_spec.spareDevices; ++i) {
            const QString serial = serialNumber(m_rng, serials);
            m_location->addKnownDevice(serial);
            if (i < m_spec.devices)
                m_devices.append(m_location->internTarget(serial, SimTargetKind::Device));
        }
        for (const DemoHolding &holding : m_spec.holdings)
            addHolding(holding);
        addStrandedBook();
        return index;
    }

private:
    QString clientUserId(int person) const
    {
        return u"ff-emp-"_s + QString::number(m_spec.employeeBase + person);
    }

    void addPeople()
    {
        const int firsts = int(m_spec.firstNames.size());
        const int lasts = int(m_spec.lastNames.size());
        for (int i = 0; i < m_spec.people; ++i) {
            // Distinct (first, last) pairs for up to lcm-many people; 7 is coprime with every list length.
            const QString first = utf8(m_spec.firstNames[size_t(i % firsts)]);
            const QString last = utf8(m_spec.lastNames[size_t((i * 7 + 3) % lasts)]);
            SimUser user;
            user.clientUserId = clientUserId(i);
            user.email = asciiPart(first) + u'.' + asciiPart(last) + u"@fjordfinch.example"_s;

            if (i == 5) {
                // Left, came back: the old row stays Retired, the new one is active under the same id.
                addRetired(user, true);
                addAssociated(user, i);
                continue;
            }
            if (i == m_spec.twiceRetiredPerson) {
                // Retired twice (two contracts), no active row.
                addRetired(user, true);
                addRetired(user, false);
                continue;
            }
            if (i == 13 || i % 11 == 8) {
                addRetired(user, i % 2 == 1);
                continue;
            }
            if (i % 7 == 3) {
                user.status = QStringLiteral("Registered");
                user.inviteCode = m_state.makeHex(16);
                m_location->addUser(user);
                m_activeUsers.append(m_location->internTarget(user.clientUserId, SimTargetKind::User));
                continue;
            }
            addAssociated(user, i);
        }
    }

    void addRetired(SimUser user, bool keepsIdHash)
    {
        user.status = QStringLiteral("Retired");
        if (keepsIdHash)
            user.idHash = idHash(m_rng);
        m_location->addUser(user);
    }

    void addAssociated(SimUser user, int person)
    {
        user.status = QStringLiteral("Associated");
        user.idHash = idHash(m_rng);
        // About a third of the staff sign in with a Managed Apple Account.
        if (person % 3 == 0)
            user.managedAppleId = user.email.section(u'@', 0, 0) + u"@appleid.fjordfinch.example"_s;
        m_location->addUser(user);
        m_activeUsers.append(m_location->internTarget(user.clientUserId, SimTargetKind::User));
    }

    void addHolding(const DemoHolding &holding)
    {
        const DemoProduct &p = productOf(holding.adamId);
        const bool book = qstrcmp(p.kind, "ebook") == 0;
        SimAsset asset;
        asset.adamId = utf8(p.adamId);
        asset.pricingParam = utf8(holding.pricingParam);
        asset.productType = book ? QStringLiteral("Book") : QStringLiteral("App");
        asset.supportedPlatforms = list(p.platforms);
        asset.deviceAssignable = p.deviceAssignable;
        asset.revocable = !book;
        asset.unlimited = p.free;
        asset.totalCount = p.free ? 0 : holding.total;
        asset.retiredCount = holding.retired;
        const int index = m_location->addAsset(asset);

        const int devices = p.deviceAssignable ? holding.devices : 0;
        for (const int target : draw(m_rng, m_devices, devices))
            m_location->assign(index, target);
        for (const int target : draw(m_rng, m_activeUsers, holding.users))
            m_location->assign(index, target);
    }

    // Book licenses stay with the Apple Account when a user is retired: one such license shows what the
    // reclaim advisor cannot take back.
    void addStrandedBook()
    {
        if (!m_spec.strandedBook)
            return;
        const int asset = m_location->findAsset(utf8(m_spec.strandedBook), QStringLiteral("PLUS"));
        if (asset >= 0)
            m_location->assign(asset, m_location->internTarget(clientUserId(13), SimTargetKind::User));
    }

    SimState &m_state;
    QRandomGenerator &m_rng;
    const DemoLocation &m_spec;
    SimLocation *m_location = nullptr;
    QVector<int> m_activeUsers; // target indexes
    QVector<int> m_devices;     // target indexes
};

} // namespace

void DemoOrganization::build(SimState &state, const QDateTime &now)
{
    state.seed(0x46464c44u);
    state.setOrgName(QStringLiteral("Fjord & Finch Ltd"));

    for (const DemoProduct &p : kProducts) {
        SimProduct product;
        product.adamId = utf8(p.adamId);
        product.name = utf8(p.name);
        product.kind = utf8(p.kind);
        product.artistName = utf8(p.artist);
        product.bundleId = utf8(p.bundleId);
        product.genre = utf8(p.genre);
        product.version = utf8(p.version);
        product.minimumOsVersion = utf8(p.minimumOs);
        product.deviceFamilies = list(p.families);
        product.price = p.price;
        product.b2bCustomApp = p.b2b;
        state.addProduct(product);
    }

    QSet<QString> serials;
    for (const DemoLocation &spec : kLocations) {
        LocationFiller filler(state, spec);
        const int location = filler.build(serials);
        state.issueToken(location, now.addDays(spec.tokenDays));
    }
}

DemoOrganization::Inventory DemoOrganization::inventory(const SimState &state, const QDate &today)
{
    static const char *const kinds[] = {"iPad", "iPhone", "MacBook Air", "iPad mini", "iMac"};
    Inventory inv;
    inv.devicesCsv = "serial,name,owner,last seen\n";
    inv.groupsCsv = "group,member,kind\n";
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation *location = state.location(l);
        const QString place = location->locationName();
        QStringList staff;
        for (const SimUser &user : location->users())
            if (user.status != u"Retired"_s && !staff.contains(user.clientUserId))
                staff.append(user.clientUserId);
        int n = 0;
        for (const SimTarget &target : location->targets()) {
            if (target.kind != SimTargetKind::Device)
                continue;
            const QString name =
                QString(place.section(u' ', 0, 0) + u' ' + QString::fromLatin1(kinds[n % 5]) + u' ' +
                        QString::number(n + 1).rightJustified(2, u'0'));
            const QString owner = staff.isEmpty() ? QString() : staff.at(n % staff.size());
            // Most checked in lately; one in nine has not been seen for four months or more (lost,
            // broken, in a drawer): what the Reclaim page is for.
            const int daysAgo = n % 9 == 4 ? 120 + (n * 7) % 90 : n % 23;
            const QString seen = today.addDays(-daysAgo).toString(Qt::ISODate);
            inv.devicesCsv += QString(target.id + u',' + name + u',' + owner + u',' + seen + u'\n').toUtf8();
            inv.groupsCsv += QString(place + u" devices,"_s + target.id + u",device\n"_s).toUtf8();
            ++n;
        }
        inv.devices += n;
        for (const QString &user : std::as_const(staff))
            inv.groupsCsv += QString(place + u" staff,"_s + user + u",user\n"_s).toUtf8();
    }
    return inv;
}
