// LicensePlanSummary: the dry run of a license operation in a few plain sentences for the admin
// ("Ledgerly needs 5, 2 available: 3 users will not be licensed.", "Books go to users only: ..."),
// shown above LicensePlan::toText() and the table of notes.
#pragma once

#include "core/licensing/licenseplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class LicensePlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(LicensePlanSummary)

public:
    // assetNames: adamId -> name (the adamId is used when missing). One sentence per line.
    static QStringList sentences(const LicensePlan &plan, const QHash<QString, QString> &assetNames = {});
    // "3 users", "2 devices", "3 users and 2 devices".
    static QString targetsText(qint64 users, qint64 devices);
};
