// VppUserRecord: one row of Apple's user list for a token. A clientUserId may have several rows:
// any number Retired (or Deleted) and at most one active (Registered / Associated).
#pragma once

#include <QString>

struct VppUserRecord
{
    qint64 id = 0; // the store's own row id
    QString tokenId;
    QString clientUserId;
    QString email;
    QString idHash;
    QString inviteCode;
    QString status = QStringLiteral("Registered"); // Registered, Associated, Retired, Deleted
    QString managedAppleId;

    bool isActive() const
    {
        return status == QStringLiteral("Registered") || status == QStringLiteral("Associated");
    }
};
