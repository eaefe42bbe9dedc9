// DeviceRecord: one device the organization knows (imported from a CSV or an MDM export), keyed by
// its serial number. Apple knows nothing of these; they feed groups, the help desk and the reclaim
// advisor ("not seen for N days").
#pragma once

#include <QDateTime>
#include <QString>

struct DeviceRecord
{
    QString serialNumber;
    QString name;
    QString owner; // a clientUserId or a person's name, as the source had it
    QDateTime lastSeen;
    QString source; // e.g. "csv:devices.csv"
};
