// bench_reports: the reclaim advisor, the runway and the inventory report at scale. Generates an
// organization with vppsim's OrgGenerator (small by default; --generate
// assets=2000,users=200000,assignments=1000000 for the real size), writes it into a fresh store
// through the engine's stores (what a full sync leaves), imports one device in ten as last seen
// 200 days ago, gives the first location a Distribution group (its users and devices but about one
// in fifty), records two count snapshots per asset, then times ReclaimAdvisor::candidates,
// RunwayQuery::estimates and InventoryReport::gather and prints the reclaim rules' query plans. CTest runs a
// small smoke pass; no timing is asserted.
#include "core/export/inventoryreport.h"
#include "core/store/assetcounthistory.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"
#include "core/store/tokenstore.h"
#include "core/store/userstore.h"
#include "core/views/reclaimadvisor.h"
#include "core/views/runwayquery.h"
#include "orggenerator.h"
#include "simlocation.h"
#include "simstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool fill(Database &db, SimState &state)
{
    TokenStore tokens(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> serials;
    for (int l = 0; l < state.locationCount(); ++l) {
        const SimLocation &location = *state.location(l);
        TokenRecord token;
        token.name = location.locationName();
        token.expiresAt = now.addDays(30 + 100 * l);
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
            r.availableCount = a.availableCount() + 20; // 20 more, 10 days ago
            r.revocable = a.productType != QStringLiteral("Book");
            assets.append(r);
        }
        if (!AssetStore(db).applyFull(tokenId, assets) ||
            !AssetCountHistory(db).record(tokenId, 0, now.addDays(-10)))
            return false;
        for (AssetRecord &r : assets)
            r.availableCount -= 20;
        if (!AssetStore(db).applyFull(tokenId, assets) || !AssetCountHistory(db).record(tokenId, 0, now))
            return false;

        QList<VppUserRecord> users;
        for (const SimUser &u : location.users()) {
            VppUserRecord r;
            r.clientUserId = u.clientUserId;
            r.email = u.email;
            r.status = u.status;
            users.append(r);
        }
        if (!UserStore(db).applyFull(tokenId, users))
            return false;
        QList<AssignmentRecord> assignments;
        for (const SimAssignment &a : location.assignments()) {
            if (!a.alive)
                continue;
            const SimAsset &asset = location.assets().at(a.asset);
            const SimTarget &target = location.targets().at(a.target);
            AssignmentRecord r;
            r.adamId = asset.adamId;
            r.pricingParam = asset.pricingParam;
            (target.kind == SimTargetKind::User ? r.clientUserId : r.serialNumber) = target.id;
            if (target.kind != SimTargetKind::User)
                serials.insert(target.id);
            assignments.append(r);
        }
        if (!AssignmentStore(db).applyFull(tokenId, assignments))
            return false;
        if (l == 0) {
            // The first location serves one group: every user but one in fifty.
            GroupStore groups(db);
            const auto group = groups.ensureGroup(QStringLiteral("Staff"));
            QList<GroupMember> members;
            for (qsizetype i = 0; i < users.size(); ++i)
                if (i % 50 != 0)
                    members.append({GroupMember::Kind::User, users.at(i).clientUserId});
            QSet<QString> devices;
            for (const AssignmentRecord &r : std::as_const(assignments))
                if (!r.serialNumber.isEmpty() && qHash(r.serialNumber) % 50 != 0)
                    devices.insert(r.serialNumber);
            for (const QString &serial : std::as_const(devices))
                members.append({GroupMember::Kind::Device, serial});
            if (!group || !groups.addMembers(*group, members) || !groups.setTokenGroups(tokenId, {*group}))
                return false;
        }
    }
    QList<DeviceRecord> devices;
    int i = 0;
    for (const QString &serial : std::as_const(serials)) {
        DeviceRecord d;
        d.serialNumber = serial;
        d.lastSeen = now.addDays(i++ % 10 == 0 ? -200 : -2);
        devices.append(d);
    }
    return bool(DeviceStore(db).upsert(devices));
}

void plan(Database &db, const QString &label, const QString &sql, int binds)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return;
    for (int i = 0; i < binds; ++i)
        query.addBindValue(QStringLiteral("x"));
    if (!query.exec())
        return;
    out() << "  " << label << ":\n";
    while (query.next())
        out() << "    " << query.value(3).toString() << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption generate(QStringLiteral("generate"), QStringLiteral("OrgGenerator spec"),
                                      QStringLiteral("spec"),
                                      QStringLiteral("assets=50,users=2000,assignments=10000"));
    parser.addOption(generate);
    parser.addHelpOption();
    parser.process(app);
    QString error;
    const auto spec = OrgGeneratorSpec::parse(parser.value(generate), &error);
    if (!spec) {
        out() << "bad spec: " << error << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("reports.sqlite")))) {
        out() << "could not open the store" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    {
        SimState state;
        OrgGenerator::generate(state, *spec, QDateTime::currentDateTimeUtc());
        if (!fill(db, state)) {
            out() << "could not fill the store" << Qt::endl;
            return 1;
        }
    }
    out() << "generated and stored " << spec->toString() << " in " << timer.restart() << " ms" << Qt::endl;

    out() << "query plans:\n";
    plan(db, QStringLiteral("device not seen"),
         QStringLiteral("SELECT a.id FROM devices d JOIN assignments a ON a.serial_number = d.serial_number "
                        "WHERE d.last_seen IS NOT NULL AND d.last_seen < ?"),
         1);
    plan(db, QStringLiteral("outside distribution"),
         QStringLiteral(
             "SELECT a.id FROM assignments a WHERE a.token_id = ? AND NOT EXISTS (SELECT 1 FROM token_groups "
             "tg JOIN group_members gm ON "
             "gm.group_id = tg.group_id WHERE tg.token_id = a.token_id AND gm.member_kind = CASE WHEN "
             "a.client_user_id IS NULL THEN 'device' ELSE 'user' END AND gm.member = "
             "COALESCE(a.client_user_id, a.serial_number))"),
         1);
    plan(db, QStringLiteral("user not registered"),
         QStringLiteral(
             "SELECT a.id FROM assignments a WHERE a.client_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
             "FROM vpp_users u WHERE u.token_id = a.token_id AND u.client_user_id = a.client_user_id "
             "AND u.status IN ('Registered', 'Associated'))"),
         0);

    ReclaimAdvisor::Options options;
    options.notSeenDays = 90;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const auto found = ReclaimAdvisor(db).candidates(options);
        if (!found) {
            out() << "reclaim: " << found.error().toLogString() << Qt::endl;
            return 1;
        }
        const qint64 ms = timer.restart();
        const auto totals = ReclaimAdvisor::totalsPerApp(found.value());
        out() << "reclaim advisor: " << found->size() << " candidates, " << totals.size() << " apps in " << ms
              << " ms (totals " << timer.elapsed() << " ms)" << Qt::endl;
    }
    timer.restart();
    const auto runway = RunwayQuery(db).estimates();
    if (!runway)
        return 1;
    out() << "runway: " << runway->size() << " assets in " << timer.elapsed() << " ms" << Qt::endl;
    timer.restart();
    InventoryReport::Options reportOptions;
    const auto report = InventoryReport(db).gather(reportOptions);
    if (!report)
        return 1;
    out() << "report data: " << report->apps.size() << " apps, " << report->reclaimableTotal
          << " reclaimable in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}
