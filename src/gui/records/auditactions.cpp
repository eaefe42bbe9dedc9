#include "auditactions.h"

QString AuditActions::displayName(const QString &action)
{
    struct Name
    {
        const char16_t *action;
        const char *text;
    };
    static const Name names[] = {
        {u"token.add", QT_TR_NOOP("Token added")},
        {u"token.update", QT_TR_NOOP("Token renewed")},
        {u"token.remove", QT_TR_NOOP("Token removed")},
        {u"token.takeover", QT_TR_NOOP("Location taken over")},
        {u"license.assign", QT_TR_NOOP("Licenses assigned")},
        {u"license.unassign", QT_TR_NOOP("Licenses unassigned")},
        {u"license.revoke", QT_TR_NOOP("Licenses revoked")},
        {u"license.createUsers", QT_TR_NOOP("Users created")},
        {u"license.updateUsers", QT_TR_NOOP("Users updated")},
        {u"license.retireUsers", QT_TR_NOOP("Users retired")},
        {u"job.finished", QT_TR_NOOP("Job finished")},
        {u"job.cancelled", QT_TR_NOOP("Job cancelled")},
        {u"import.devices", QT_TR_NOOP("Devices imported")},
        {u"import.groups", QT_TR_NOOP("Groups imported")},
        {u"devices.delete", QT_TR_NOOP("Devices deleted")},
        {u"group.delete", QT_TR_NOOP("Group deleted")},
    };
    for (const Name &name : names) {
        if (action == QStringView(name.action))
            return tr(name.text);
    }
    return action;
}
