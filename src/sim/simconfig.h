// Settings of a simulator run: paging, limits, speed and the switches for behaviour that
// Apple does not document (see the README's vppsim section).
#pragma once

#include <QMap>
#include <QString>

struct SimConfig
{
    int pageSize = 549;           // server-chosen page size (Apple's example shows 549)
    int maxRequestPerSecond = 15; // advertised in service/config and enforced per token
    bool enforceRateLimit = true;
    int maxParallelPages = 5;       // page GETs in flight per token
    int invalidTokenStatus = 200;   // HTTP status sent with 9622 (200 as seen live, or 401)
    bool strictSerials = false;     // fail associate tasks for serials the organization never had
    int eventTasksPerSecond = 2000; // how fast queued writes progress
    int retryAfterSeconds = 1;      // Retry-After sent with 429 from the rate limiter
    QString baseUrl;                // http://127.0.0.1:PORT, set once listening

    QMap<QString, int> limits = {
        {QStringLiteral("maxAssets"), 25},
        {QStringLiteral("maxUsers"), 100},
        {QStringLiteral("maxNotificationLength"), 512},
        {QStringLiteral("maxRevokeClientUserIds"), 100},
        {QStringLiteral("maxClientUserIds"), 1000},
        {QStringLiteral("maxSerialNumbers"), 1000},
        {QStringLiteral("maxRevokeSerialNumbers"), 100},
        {QStringLiteral("maxSubscriptions"), 25},
        {QStringLiteral("maxSubscriptionClientUserIds"), 1000},
        {QStringLiteral("maxMdmNameLength"), 100},
        {QStringLiteral("maxMdmMetadataLength"), 255},
        {QStringLiteral("maxMdmIdLength"), 100},
    };

    int limit(const QString &name) const { return limits.value(name, 0); }
    QString v2Url() const { return baseUrl + QStringLiteral("/mdm/v2"); }
};
