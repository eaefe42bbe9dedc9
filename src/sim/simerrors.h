// Apple's error numbers and the messages the simulated service sends with them.
#pragma once

#include <QJsonArray>
#include <QString>

namespace SimErrors {

QString message(int errorNumber);
// The `errorCodes` list of service/config.
QJsonArray serviceConfigList();

} // namespace SimErrors
