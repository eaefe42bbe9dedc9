#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcClient, "vppdesk.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "vppdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "vppdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "vppdesk.token", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLicensing, "vppdesk.licensing", QtInfoMsg)
