#include "licenseplansummary.h"

QString LicensePlanSummary::targetsText(qint64 users, qint64 devices)
{
    const QString u = tr("%n user(s)", nullptr, int(users));
    const QString d = tr("%n device(s)", nullptr, int(devices));
    if (users > 0 && devices > 0)
        return tr("%1 and %2").arg(u, d);
    return devices > 0 ? d : u;
}

QStringList LicensePlanSummary::sentences(const LicensePlan &plan, const QHash<QString, QString> &assetNames)
{
    using Reason = PlanNote::Reason;
    QStringList out;
    const auto nameOf = [&](const AssetRef &a) { return assetNames.value(a.adamId, a.adamId); };
    // Users and devices of the notes with `reason` (of one asset when given).
    const auto count = [&](Reason reason, const AssetRef *asset, qint64 &users, qint64 &devices) {
        users = devices = 0;
        for (const PlanNote &n : plan.notes) {
            if (n.reason != reason)
                continue;
            if (asset && (n.adamId != asset->adamId || n.pricingParam != asset->pricingParam))
                continue;
            ++(n.serialNumber.isEmpty() ? users : devices);
        }
        return users + devices;
    };
    qint64 users = 0, devices = 0;

    for (const AssetCapacity &c : plan.capacity) {
        const QString name = nameOf(c.asset);
        if (c.unlimited) {
            out.append(tr("%1 is free (unlimited): %n new license(s).", nullptr, int(c.needed)).arg(name));
        } else if (c.shortfall() > 0 && c.sending > c.available) {
            out.append(tr("%1 needs %2, %3 available: everything is sent as asked (oversubscribe), "
                          "Apple will refuse %4 (9709) unless more licenses are bought first.")
                           .arg(name)
                           .arg(c.needed)
                           .arg(c.available)
                           .arg(c.needed - qMax<qint64>(0, c.available)));
        } else if (c.shortfall() > 0) {
            count(Reason::NotEnoughLicenses, &c.asset, users, devices);
            out.append(tr("%1 needs %2, %3 available: %4 will not be licensed.")
                           .arg(name)
                           .arg(c.needed)
                           .arg(c.available)
                           .arg(targetsText(users, devices)));
        } else {
            out.append(tr("%1 needs %2, %3 available.").arg(name).arg(c.needed).arg(c.available));
        }
    }

    if (count(Reason::BookToDevice, nullptr, users, devices) > 0)
        out.append(tr("Books go to users only: %n device(s) left out.", nullptr, int(devices)));
    if (count(Reason::NotDeviceAssignable, nullptr, users, devices) > 0)
        out.append(
            tr("%n device(s) left out: the developer allows user licenses only.", nullptr, int(devices)));
    if (count(Reason::OutsideDistribution, nullptr, users, devices) > 0)
        out.append(
            tr("%1 left out: not in the token's Distribution groups.").arg(targetsText(users, devices)));
    if (count(Reason::NotRevocable, nullptr, users, devices) > 0)
        out.append(tr("%1 keep their license: it cannot be taken back.").arg(targetsText(users, devices)));
    if (count(Reason::AlreadyAssigned, nullptr, users, devices) > 0)
        out.append(tr("%1 already hold the license: skipped.").arg(targetsText(users, devices)));
    if (count(Reason::NotHeld, nullptr, users, devices) > 0)
        out.append(tr("%1 hold no such license: skipped.").arg(targetsText(users, devices)));
    if (count(Reason::NotRegistered, nullptr, users, devices) > 0)
        out.append(tr("%n user(s) not registered as VPP users: sent, but Apple will refuse them (9609).",
                      nullptr, int(users)));
    if (count(Reason::AlreadyRegistered, nullptr, users, devices) > 0)
        out.append(tr("%n user(s) already registered: Apple will refuse them (9716).", nullptr, int(users)));

    if (plan.request.kind == LicenseRequest::Kind::Revoke) {
        out.append(tr("%n revocable license(s) known in the inventory will be removed.", nullptr,
                      int(plan.revokeAssignments)));
        // Which ones, by name: the first few, then how many more.
        constexpr int shown = 8;
        QStringList names;
        for (const AssetRef &a : plan.revocableHeld.mid(0, shown))
            names.append(nameOf(a));
        const int more = int(plan.revocableHeld.size()) - int(names.size());
        if (!names.isEmpty() && more > 0)
            out.append(
                tr("Licenses that go: %1 and %n more.", nullptr, more).arg(names.join(QStringLiteral(", "))));
        else if (!names.isEmpty())
            out.append(tr("Licenses that go: %1.").arg(names.join(QStringLiteral(", "))));
        if (!plan.notesWith(Reason::KeptNotRevocable).isEmpty())
            out.append(tr("Books stay with their users: book licenses cannot be revoked."));
    }

    if (plan.isEmpty())
        out.append(tr("Nothing will be sent to Apple."));
    else
        out.append(QString(tr("%n request(s) to Apple, ", nullptr, int(plan.batches.size())) +
                           tr("%n task(s) in all.", nullptr, int(plan.taskCount()))));
    return out;
}
