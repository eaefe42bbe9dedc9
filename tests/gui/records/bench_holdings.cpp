// bench_holdings: the help-desk search at scale. Generates an organization with vppsim's
// OrgGenerator (by default a small one; pass --generate assets=2000,users=200000,assignments=1000000
// for the real size), writes it into a fresh store through the engine's stores (what a full sync
// leaves), then times HoldingsView::search (the synchronous path the console takes) for client
// user ids, e-mail addresses, serial numbers and unknown texts, and prints the query plans of
// InventoryReader::find. CTest runs a small smoke pass; no timing is asserted there.
#include "app/console.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/views/holdersearch.h"
#include "orggenerator.h"
#include "records/holdingslicencemodel.h"
#include "records/holdingsview.h"
#include "simlocation.h"
#include "simstate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool fill(Database &db, SimState &state, QStringList &users, QStringList &emails, QStringList &serials)
{
    TokenStore tokens(db);
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation &location = *state.location(l);
        TokenRecord token;
        token.name = location.locationName();
        const auto inserted = tokens.insert(token);
        if (!inserted)
            return false;
        const QString tokenId = inserted->id;

        QList<AssetRecord> assets;
        for (const SimAsset &a : location.assets()) {
            AssetRecord r;
            r.adamId = a.adamId;
            r.pricingParam = a.pricingParam;
            r.productType = a.productType;
            r.totalCount = a.totalCount;
            r.assignedCount = a.assignedCount;
            r.availableCount = a.availableCount();
            assets.append(r);
        }
        if (!AssetStore(db).applyFull(tokenId, assets))
            return false;

        QList<VppUserRecord> vppUsers;
        for (const SimUser &u : location.users()) {
            VppUserRecord r;
            r.clientUserId = u.clientUserId;
            r.email = u.email;
            r.status = u.status;
            r.managedAppleId = u.managedAppleId;
            vppUsers.append(r);
            if (!u.email.isEmpty())
                emails.append(u.email);
        }
        if (!UserStore(db).applyFull(tokenId, vppUsers))
            return false;

        QList<AssignmentRecord> assignments;
        assignments.reserve(location.liveAssignmentCount());
        for (const SimAssignment &a : location.assignments()) {
            if (!a.alive)
                continue;
            const SimAsset &asset = location.assets().at(a.asset);
            const SimTarget &target = location.targets().at(a.target);
            AssignmentRecord r;
            r.adamId = asset.adamId;
            r.pricingParam = asset.pricingParam;
            if (target.kind == SimTargetKind::User) {
                r.clientUserId = target.id;
                users.append(target.id);
            } else {
                r.serialNumber = target.id;
                serials.append(target.id);
            }
            assignments.append(r);
        }
        if (!AssignmentStore(db).applyFull(tokenId, assignments))
            return false;
    }
    return true;
}

void plan(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    query.addBindValue(QStringLiteral("x"));
    query.addBindValue(QStringLiteral("x"));
    if (!query.exec())
        return;
    out() << "  " << sql.left(90) << "...\n";
    while (query.next())
        out() << "    " << query.value(3).toString() << "\n";
}

QStringList sample(QStringList values, int count)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    QStringList picked;
    QRandomGenerator rng(7);
    for (int i = 0; i < count && !values.isEmpty(); ++i)
        picked.append(values.at(rng.bounded(int(values.size()))));
    return picked;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption generate(QStringLiteral("generate"), QStringLiteral("OrgGenerator spec"),
                                      QStringLiteral("spec"),
                                      QStringLiteral("assets=50,users=2000,assignments=10000"));
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("searches of each kind"),
                                     QStringLiteral("n"), QStringLiteral("100"));
    parser.addOptions({generate, samples});
    parser.addHelpOption();
    parser.process(app);

    QString error;
    const auto spec = OrgGeneratorSpec::parse(parser.value(generate), &error);
    if (!spec) {
        out() << "bad spec: " << error << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("holdings.sqlite"));
    QStringList users, emails, serials;
    {
        QElapsedTimer timer;
        timer.start();
        SimState state;
        OrgGenerator::generate(state, *spec, QDateTime::currentDateTimeUtc());
        out() << "generated " << spec->toString() << " in " << timer.restart() << " ms" << Qt::endl;
        Database db;
        if (!db.open(path) || !fill(db, state, users, emails, serials)) {
            out() << "could not fill the store" << Qt::endl;
            return 1;
        }
        out() << "stored in " << timer.elapsed() << " ms" << Qt::endl;
    }

    Console console;
    Console::Options options;
    options.databasePath = path;
    options.memoryVault = true;
    options.automaticSync = false;
    if (const Result<void> opened = console.open(options); !opened) {
        out() << "console: " << opened.error().toLogString() << Qt::endl;
        return 1;
    }
    out() << "query plans:\n";
    plan(console.database(),
         QStringLiteral(
             "SELECT u.id FROM vpp_users u JOIN tokens t ON t.id = u.token_id WHERE u.client_user_id = ? "
             "OR lower(u.email) = lower(?) ORDER BY t.name, u.id"));
    plan(console.database(),
         QStringLiteral(
             "SELECT s.id FROM assignments s JOIN tokens t ON t.id = s.token_id LEFT JOIN asset_metadata "
             "m ON m.adam_id = s.adam_id WHERE s.client_user_id = ? OR s.serial_number = ? ORDER BY "
             "t.name, s.id"));

    const int n = parser.value(samples).toInt();
    QStringList unknown;
    QStringList emailParts;
    QStringList serialPrefixes;
    for (int i = 0; i < n; ++i)
        unknown.append(QStringLiteral("nobody-%1@nowhere.example").arg(i));
    for (const QString &email : sample(emails, n))
        emailParts.append(email.mid(2, 5).toUpper()); // a part from the middle, in the wrong case
    for (const QString &serial : sample(serials, n))
        serialPrefixes.append(serial.left(6).toLower());

    // The search as the help desk types: the index, then suggestions alone.
    QElapsedTimer indexTimer;
    indexTimer.start();
    const Result<HolderSearch> index = HolderSearch::build(console.database());
    if (!index) {
        out() << "search index: " << index.error().toLogString() << Qt::endl;
        return 1;
    }
    out() << "search index of " << index->size() << " values built in " << indexTimer.elapsed()
          << " ms (the console builds it off the GUI thread)" << Qt::endl;
    for (const auto &[kind, texts] : {std::pair{QStringLiteral("part of an e-mail"), emailParts},
                                      std::pair{QStringLiteral("start of a serial"), serialPrefixes}}) {
        QList<double> ms;
        for (const QString &text : texts) {
            QElapsedTimer timer;
            timer.start();
            const QList<HolderSearch::Match> matches = index->suggest(text, 10);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            Q_UNUSED(matches);
        }
        if (ms.isEmpty())
            continue;
        std::sort(ms.begin(), ms.end());
        out() << "suggestions for " << kind << ": median " << ms.at(ms.size() / 2) << " ms, max "
              << ms.constLast() << " ms (budget 50 ms)" << Qt::endl;
    }

    HoldingsView view(console);
    QElapsedTimer ready;
    ready.start();
    while (!view.isSearchReady() && ready.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QList<std::pair<QString, QStringList>> kinds = {
        {QStringLiteral("client user id"), sample(users, n)},
        {QStringLiteral("e-mail"), sample(emails, n)},
        {QStringLiteral("serial"), sample(serials, n)},
        {QStringLiteral("part of an e-mail"), emailParts},
        {QStringLiteral("start of a serial"), serialPrefixes},
        {QStringLiteral("unknown"), unknown}};
    qint64 worst = 0;
    for (const auto &[kind, texts] : kinds) {
        QList<double> ms;
        qint64 licences = 0;
        for (const QString &text : texts) {
            QElapsedTimer timer;
            timer.start();
            view.search(text);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            licences += view.licenceModel()->rowCount();
        }
        if (ms.isEmpty())
            continue;
        std::sort(ms.begin(), ms.end());
        worst = std::max(worst, qint64(ms.constLast()));
        out() << kind << ": " << ms.size() << " searches, median " << ms.at(ms.size() / 2) << " ms, p95 "
              << ms.at(qMin(ms.size() - 1, ms.size() * 95 / 100)) << " ms, max " << ms.constLast()
              << " ms, licenses/search " << double(licences) / double(ms.size()) << Qt::endl;
    }
    out() << "worst search " << worst << " ms (budget 100 ms)" << Qt::endl;
    return 0;
}
