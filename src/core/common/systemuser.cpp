#include "systemuser.h"

#include <QtGlobal>

namespace SystemUser {

QString name()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

} // namespace SystemUser
