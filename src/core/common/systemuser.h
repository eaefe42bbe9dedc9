// SystemUser: the name of the operating-system account running the program, as audit entries and
// job journals record their actor: the account itself on Unix (getpwuid, even with no USER set), else
// USER, USERNAME (Windows) or LOGNAME; "unknown" only when none of them says.
#pragma once

#include <QString>

namespace SystemUser {

QString name();

} // namespace SystemUser
