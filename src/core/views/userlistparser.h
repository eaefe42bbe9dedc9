// UserListParser: reads the users an admin wants to register, typed one per line or loaded from a
// CSV file: "clientUserId[,email[,managedAppleId]]", an optional header row naming those columns
// (in any order), "," or ";" separated, quoted fields allowed. Every bad line is reported with its
// number; the users of the good lines are kept in their order.
#pragma once

#include "core/apple/applerequests.h"

#include <QCoreApplication>
#include <QList>

class UserListParser
{
    Q_DECLARE_TR_FUNCTIONS(UserListParser)

public:
    struct LineError
    {
        int line = 0; // 1-based
        QString message;
    };

    struct Parsed
    {
        QList<RequestUser> users;
        QList<LineError> errors;
        bool hasHeader = false;
    };

    static Parsed parse(const QByteArray &text);
    static Parsed parse(const QString &text) { return parse(text.toUtf8()); }
};
