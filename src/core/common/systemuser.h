// SystemUser: the name of the operating-system account running the program, as audit entries and
// job journals record their actor (USER, USERNAME on Windows, LOGNAME), "unknown" when none is set.
#pragma once

#include <QString>

namespace SystemUser {

QString name();

} // namespace SystemUser
