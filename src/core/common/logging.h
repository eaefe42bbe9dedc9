// Logging categories of the engine, one per area (enable with QT_LOGGING_RULES).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcToken)
Q_DECLARE_LOGGING_CATEGORY(lcLicensing)
