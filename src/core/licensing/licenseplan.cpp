#include "core/licensing/licenseplan.h"

#include <QJsonArray>

namespace {

QJsonArray assetsJson(const QList<AssetRef> &assets)
{
    QJsonArray array;
    for (const AssetRef &a : assets)
        array.append(QJsonObject{{QStringLiteral("adamId"), a.adamId},
                                 {QStringLiteral("pricingParam"), a.pricingParam}});
    return array;
}

QString reasonText(PlanNote::Reason reason)
{
    using R = PlanNote::Reason;
    switch (reason) {
    case R::AlreadyAssigned:
        return LicensePlan::tr("already holds this license");
    case R::NotHeld:
        return LicensePlan::tr("holds no such license");
    case R::NotEnoughLicenses:
        return LicensePlan::tr("not enough licenses available");
    case R::OutsideDistribution:
        return LicensePlan::tr("outside the token's Distribution groups");
    case R::BookToDevice:
        return LicensePlan::tr("books can be assigned to users only");
    case R::NotDeviceAssignable:
        return LicensePlan::tr("this app cannot be assigned to devices");
    case R::NotRevocable:
        return LicensePlan::tr("this license cannot be revoked");
    case R::NotRegistered:
        return LicensePlan::tr("not a registered VPP user (Apple will answer 9609)");
    case R::AlreadyRegistered:
        return LicensePlan::tr("already registered (Apple will answer 9716)");
    case R::KeptNotRevocable:
        return LicensePlan::tr("keeps this license: it is not revocable");
    case R::NothingHeld:
        return LicensePlan::tr("holds no revocable license in the inventory");
    }
    return {};
}

} // namespace

qint64 PlanBatch::taskCount() const
{
    if (!users.isEmpty())
        return users.size();
    const qint64 targets = clientUserIds.size() + serialNumbers.size();
    return assets.isEmpty() ? targets : qint64(assets.size()) * targets;
}

QJsonObject PlanBatch::toJson() const
{
    QJsonObject json{{QStringLiteral("batch"), number}};
    if (!assets.isEmpty())
        json.insert(QStringLiteral("assets"), assetsJson(assets));
    if (!clientUserIds.isEmpty())
        json.insert(QStringLiteral("clientUserIds"), QJsonArray::fromStringList(clientUserIds));
    if (!serialNumbers.isEmpty())
        json.insert(QStringLiteral("serialNumbers"), QJsonArray::fromStringList(serialNumbers));
    if (!users.isEmpty()) {
        QJsonArray array;
        for (const RequestUser &u : users)
            array.append(u.toJson());
        json.insert(QStringLiteral("users"), array);
    }
    return json;
}

PlanBatch PlanBatch::fromJson(const QJsonObject &json)
{
    PlanBatch b;
    b.number = json.value(QStringLiteral("batch")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("assets")).toArray())
        b.assets.append(
            {v[QStringLiteral("adamId")].toString(), v[QStringLiteral("pricingParam")].toString()});
    for (const QJsonValue &v : json.value(QStringLiteral("clientUserIds")).toArray())
        b.clientUserIds.append(v.toString());
    for (const QJsonValue &v : json.value(QStringLiteral("serialNumbers")).toArray())
        b.serialNumbers.append(v.toString());
    for (const QJsonValue &v : json.value(QStringLiteral("users")).toArray())
        b.users.append({v[QStringLiteral("clientUserId")].toString(), v[QStringLiteral("email")].toString(),
                        v[QStringLiteral("managedAppleId")].toString()});
    return b;
}

QString PlanNote::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::AlreadyAssigned:
        return QStringLiteral("alreadyAssigned");
    case Reason::NotHeld:
        return QStringLiteral("notHeld");
    case Reason::NotEnoughLicenses:
        return QStringLiteral("notEnoughLicenses");
    case Reason::OutsideDistribution:
        return QStringLiteral("outsideDistribution");
    case Reason::BookToDevice:
        return QStringLiteral("bookToDevice");
    case Reason::NotDeviceAssignable:
        return QStringLiteral("notDeviceAssignable");
    case Reason::NotRevocable:
        return QStringLiteral("notRevocable");
    case Reason::NotRegistered:
        return QStringLiteral("notRegistered");
    case Reason::AlreadyRegistered:
        return QStringLiteral("alreadyRegistered");
    case Reason::KeptNotRevocable:
        return QStringLiteral("keptNotRevocable");
    case Reason::NothingHeld:
        return QStringLiteral("nothingHeld");
    }
    return {};
}

QString PlanNote::reasonText(Reason reason)
{
    return ::reasonText(reason);
}

QJsonObject PlanNote::toJson() const
{
    QJsonObject json{{QStringLiteral("reason"), reasonKey(reason)}};
    if (!adamId.isEmpty()) {
        json.insert(QStringLiteral("adamId"), adamId);
        json.insert(QStringLiteral("pricingParam"), pricingParam);
    }
    if (!clientUserId.isEmpty())
        json.insert(QStringLiteral("clientUserId"), clientUserId);
    if (!serialNumber.isEmpty())
        json.insert(QStringLiteral("serialNumber"), serialNumber);
    return json;
}

qint64 LicensePlan::taskCount() const
{
    qint64 n = 0;
    for (const PlanBatch &b : batches)
        n += b.taskCount();
    return n;
}

qint64 LicensePlan::excludedCount() const
{
    return std::count_if(notes.cbegin(), notes.cend(), [](const PlanNote &n) { return n.isExcluded(); });
}

qint64 LicensePlan::skippedCount() const
{
    return std::count_if(notes.cbegin(), notes.cend(), [](const PlanNote &n) { return n.isSkipped(); });
}

QList<PlanNote> LicensePlan::notesWith(PlanNote::Reason reason) const
{
    QList<PlanNote> out;
    for (const PlanNote &n : notes)
        if (n.reason == reason)
            out.append(n);
    return out;
}

QString LicensePlan::toText() const
{
    using Kind = LicenseRequest::Kind;
    QStringList lines;
    QString what;
    switch (request.kind) {
    case Kind::Assign:
        what = tr("Assign");
        break;
    case Kind::Unassign:
        what = tr("Unassign");
        break;
    case Kind::Revoke:
        what = tr("Revoke every revocable license of");
        break;
    case Kind::CreateUsers:
        what = tr("Register VPP users");
        break;
    case Kind::UpdateUsers:
        what = tr("Update VPP users");
        break;
    case Kind::RetireUsers:
        what = tr("Retire VPP users");
        break;
    }
    QStringList assetNames;
    for (const AssetRef &a : request.assets)
        assetNames.append(QString(a.adamId + u" (" + a.pricingParam + u')'));
    lines.append(
        assetNames.isEmpty()
            ? tr("%1 on token \"%2\"").arg(what, tokenName)
            : tr("%1 %2 on token \"%3\"").arg(what, assetNames.join(QStringLiteral(", ")), tokenName));

    for (const AssetCapacity &c : capacity) {
        if (c.unlimited) {
            lines.append(tr("%1: unlimited (free) asset, %n new license(s).", nullptr, int(c.needed))
                             .arg(c.asset.adamId));
            continue;
        }
        if (c.shortfall() > 0) {
            const qint64 left = c.needed - c.sending;
            const QString notLicensed =
                left > 0 ? tr("%n target(s) will not be licensed", nullptr, int(left))
                         : tr("all of them will be sent (oversubscribed on request), expect failures (9709)");
            lines.append(tr("%1: needs %2, %3 available: %4.")
                             .arg(c.asset.adamId)
                             .arg(c.needed)
                             .arg(c.available)
                             .arg(notLicensed));
        } else {
            lines.append(
                tr("%1: needs %2, %3 available.").arg(c.asset.adamId).arg(c.needed).arg(c.available));
        }
    }
    if (request.kind == Kind::Revoke) {
        lines.append(tr("%n revocable license(s) known in the inventory will be removed.", nullptr,
                        int(revokeAssignments)));
        for (const AssetRef &a : revocableHeld)
            lines.append(QStringLiteral("  %1 (%2)").arg(a.adamId, a.pricingParam));
    }

    const int requests = int(batches.size());
    lines.append(requests == 0 ? tr("Nothing to send.")
                               : tr("%n request(s) to Apple, ", nullptr, requests) +
                                     tr("%n task(s).", nullptr, int(taskCount())));
    for (const PlanBatch &b : batches) {
        QStringList parts;
        if (!b.clientUserIds.isEmpty())
            parts.append(tr("%n user(s)", nullptr, int(b.clientUserIds.size())));
        if (!b.serialNumbers.isEmpty())
            parts.append(tr("%n device(s)", nullptr, int(b.serialNumbers.size())));
        if (!b.users.isEmpty())
            parts.append(tr("%n user(s)", nullptr, int(b.users.size())));
        lines.append(
            QString(u"  " + tr("Request %1: %2").arg(b.number + 1).arg(parts.join(QStringLiteral(", ")))));
    }
    if (!limitsNote.isEmpty())
        lines.append(QString(u"  " + tr("Limits: %1").arg(limitsNote)));

    auto section = [&](const QString &title, auto predicate) {
        QStringList items;
        for (const PlanNote &n : notes)
            if (predicate(n)) {
                const QString subject =
                    n.adamId.isEmpty() ? n.target() : QString(n.target() + u" / " + n.adamId);
                items.append(QString(u"  " + subject + u": " + reasonText(n.reason)));
            }
        if (items.isEmpty())
            return;
        lines.append(title.arg(items.size()));
        constexpr int shown = 50;
        lines.append(items.mid(0, shown));
        if (items.size() > shown)
            lines.append(QString(u"  " + tr("... and %n more", nullptr, int(items.size() - shown))));
    };
    section(tr("Will not be licensed (%1):"), [](const PlanNote &n) { return n.isExcluded(); });
    section(tr("Skipped, nothing to do (%1):"), [](const PlanNote &n) { return n.isSkipped(); });
    section(tr("Sent with a warning (%1):"), [](const PlanNote &n) { return n.isSent(); });
    return lines.join(QLatin1Char('\n'));
}

QJsonObject LicensePlan::toJson() const
{
    QJsonArray batchArray;
    for (const PlanBatch &b : batches)
        batchArray.append(b.toJson());
    QJsonArray excluded, skipped, warnings;
    for (const PlanNote &n : notes)
        (n.isExcluded() ? excluded : n.isSkipped() ? skipped : warnings).append(n.toJson());
    QJsonArray capacityArray;
    for (const AssetCapacity &c : capacity) {
        QJsonObject o{{QStringLiteral("adamId"), c.asset.adamId},
                      {QStringLiteral("pricingParam"), c.asset.pricingParam},
                      {QStringLiteral("productType"), c.productType},
                      {QStringLiteral("unlimited"), c.unlimited},
                      {QStringLiteral("needed"), c.needed},
                      {QStringLiteral("sending"), c.sending}};
        if (!c.unlimited)
            o.insert(QStringLiteral("availableCount"), c.available);
        capacityArray.append(o);
    }
    QJsonObject json{{QStringLiteral("token"), tokenName},
                     {QStringLiteral("operation"), LicenseRequest::kindKey(request.kind)},
                     {QStringLiteral("eventType"), LicenseRequest::eventType(request.kind)},
                     {QStringLiteral("batches"), batchArray},
                     {QStringLiteral("numRequested"), taskCount()},
                     {QStringLiteral("excluded"), excluded},
                     {QStringLiteral("skipped"), skipped},
                     {QStringLiteral("warnings"), warnings}};
    if (!request.assets.isEmpty())
        json.insert(QStringLiteral("assets"), assetsJson(request.assets));
    if (!capacity.isEmpty())
        json.insert(QStringLiteral("capacity"), capacityArray);
    if (request.kind == LicenseRequest::Kind::Revoke)
        json.insert(QStringLiteral("revocableAssignments"), revokeAssignments);
    return json;
}

QJsonObject LicensePlan::toJournal() const
{
    QJsonArray batchArray;
    for (const PlanBatch &b : batches)
        batchArray.append(b.toJson());
    return {{QStringLiteral("request"), request.toJson()},
            {QStringLiteral("token"), tokenName},
            {QStringLiteral("batches"), batchArray}};
}

LicensePlan LicensePlan::fromJournal(const QJsonObject &json)
{
    LicensePlan plan;
    plan.request = LicenseRequest::fromJson(json.value(QStringLiteral("request")).toObject());
    plan.tokenName = json.value(QStringLiteral("token")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("batches")).toArray())
        plan.batches.append(PlanBatch::fromJson(v.toObject()));
    return plan;
}
