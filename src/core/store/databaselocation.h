// DatabaseLocation: where the inventory lives, parsed from what the user typed (--database, the
// settings): a SQLite file path, or a PostgreSQL URL
// postgresql://[user@]host[:port]/dbname[?sslmode=verify-full&connect_timeout=5...] (also postgres://).
// A password in the URL is refused: it would end in the shell history and the settings. libpq
// finds it in ~/.pgpass or PGPASSWORD, or the console in the keychain (keychainKey()). Any other
// "scheme://" is refused too, instead of becoming a file named after the URL.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine { Sqlite, PostgreSql };

    DatabaseLocation() = default;
    static Result<DatabaseLocation> parse(const QString &text);
    static bool looksLikeUrl(const QString &text);

    Engine engine() const { return m_engine; }
    bool isPostgreSql() const { return m_engine == Engine::PostgreSql; }

    // SQLite: the file path.
    QString path() const { return m_path; }

    // PostgreSQL: the parts of the URL (port -1 and an empty host or user: libpq's defaults).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    QList<QPair<QString, QString>> options() const { return m_options; }
    // The options as QPSQL's connect options ("sslmode=require;connect_timeout=5").
    QString connectOptions() const;

    // What to show and log: the path, or the URL (never a password, there is none).
    QString displayName() const;
    // Name of the keychain entry holding the password: "user@host:port/dbname".
    QString keychainKey() const;

private:
    static Result<DatabaseLocation> parseUrl(const QString &text);

    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_databaseName;
    QList<QPair<QString, QString>> m_options;
};
