// AssignmentRecord: one license held by a user (clientUserId) or a device (serialNumber), as Apple
// identifies it: (adamId, pricingParam, target). AssignmentFilter and AssignmentDiff go with it.
#pragma once

#include <QList>
#include <QString>

struct AssignmentRecord
{
    QString tokenId; // ignored by AssignmentStore::applyFull/applyDelta, which take the token apart
    QString adamId;
    QString pricingParam = QStringLiteral("STDQ");
    QString clientUserId; // exactly one of clientUserId / serialNumber is set
    QString serialNumber;

    bool isDevice() const { return !serialNumber.isEmpty(); }
    QString target() const { return isDevice() ? serialNumber : clientUserId; }
    bool operator==(const AssignmentRecord &other) const = default;
};

struct AssignmentFilter
{
    enum class Target { Any, Users, Devices };

    QString adamId;       // empty = every asset
    QString pricingParam; // empty = both
    Target target = Target::Any;
    QString search; // prefix of the clientUserId or serial number, case-sensitive
};

struct AssignmentDiff
{
    qint64 added = 0;
    qint64 removed = 0;
    qint64 total = 0; // rows of the token after the change
    // Up to the sample limit of each, for the history of a sync run.
    QList<AssignmentRecord> addedSample;
    QList<AssignmentRecord> removedSample;
};
