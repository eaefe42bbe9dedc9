// An asynchronous write (associate, disassociate, revoke, user create/update/retire) as the
// service queues it: the request, its progress and its per-target failures.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

struct SimAssetRef
{
    QString adamId;
    QString pricingParam;
};

struct SimRequestUser
{
    QString clientUserId;
    QString email;
    QString managedAppleId;
    bool hasEmail = false;
    bool hasManagedAppleId = false;
};

struct SimEvent
{
    QString eventId;
    int location = -1;
    QString eventType; // ASSOCIATE, DISASSOCIATE, REVOKE, CREATE, UPDATE, RETIRE
    QString eventStatus = QStringLiteral("PENDING");
    QDateTime createdAt;

    // The request
    QVector<SimAssetRef> assets;
    QStringList clientUserIds;
    QStringList serialNumbers;
    QVector<SimRequestUser> users;

    qint64 numRequested = 0;
    qint64 numCompleted = 0;
    qint64 nextTask = 0;

    // Failures grouped by error number: errorNumber -> {clientUserIds, serialNumbers, assets}
    struct Failure
    {
        int errorNumber = 0;
        QString errorMessage;
        QStringList clientUserIds;
        QStringList serialNumbers;
        QVector<SimAssetRef> assets;
    };
    QVector<Failure> failures;

    bool isFinished() const { return eventStatus != u"PENDING"; }
    void addFailure(int errorNumber, const QString &message, const QString &clientUserId,
                    const QString &serialNumber, const SimAssetRef *asset);
    QJsonObject toStatusJson() const;
};
