// DatabaseCredentials: database passwords found in the OS keychain, kept in this process's memory
// only, by DatabaseLocation::keychainKey(), so that every connection to the same server (the sync
// threads' too) can use them without asking the keychain again. Without an entry libpq looks in
// PGPASSWORD and ~/.pgpass itself. Never written to disk or logged.
#pragma once

#include <QString>

class DatabaseCredentials
{
public:
    static void setPassword(const QString &key, const QString &password);
    // Empty when none is known.
    static QString password(const QString &key);
    static void forget(const QString &key);
};
