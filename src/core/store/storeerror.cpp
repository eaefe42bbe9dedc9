#include "core/store/storeerror.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString sqlDetail(const QSqlError &error, const QString &what)
{
    QString detail = what;
    const QString native = error.nativeErrorCode();
    if (!native.isEmpty())
        detail += QStringLiteral(" [sql ") + native + QLatin1Char(']');
    const QString text = error.text().trimmed();
    if (!text.isEmpty())
        detail += QStringLiteral(": ") + text;
    return detail;
}

} // namespace

VppError StoreError::fromSql(SqlDialect::Failure failure, const QSqlError &error, const QString &what)
{
    const QString detail = sqlDetail(error, what);
    VppError result;
    switch (failure) {
    case SqlDialect::Failure::DiskFull:
        result = VppError::make(VppError::Kind::Store, QStringLiteral("store.diskFull"),
                                tr("The inventory database could not be written because the disk is full."),
                                tr("Free some disk space and try again; the last saved inventory is intact."),
                                detail);
        break;
    case SqlDialect::Failure::ReadOnly:
        result = VppError::make(VppError::Kind::Store, QStringLiteral("store.readOnly"),
                                tr("The inventory database is read-only."),
                                tr("Check the permissions of the database file and of its folder."), detail);
        break;
    case SqlDialect::Failure::Corrupt:
        result = VppError::make(VppError::Kind::Store, QStringLiteral("store.corrupt"),
                                tr("The inventory database is damaged or is not a VPP Desk database."),
                                tr("Restore a backup, or move the file away and sync again to rebuild the "
                                   "inventory."),
                                detail);
        break;
    case SqlDialect::Failure::CannotOpen:
        result = VppError::make(VppError::Kind::Store, QStringLiteral("store.cannotOpen"),
                                tr("The inventory database could not be opened or created."),
                                tr("Check that the folder exists and that you may write to it."), detail);
        break;
    case SqlDialect::Failure::Busy:
        result = VppError::make(VppError::Kind::Store, VppError::Code::StoreBusy,
                                tr("The inventory database is locked by another program."),
                                tr("Close other copies of VPP Desk or the command line tool and try again."),
                                detail);
        break;
    case SqlDialect::Failure::Constraint:
        result =
            VppError::make(VppError::Kind::Store, QStringLiteral("store.constraint"),
                           tr("The change conflicts with data already in the inventory."), QString(), detail);
        break;
    case SqlDialect::Failure::PermissionDenied:
        result = VppError::make(VppError::Kind::Store, QStringLiteral("store.permissionDenied"),
                                tr("Your database role may not make this change (read-only seat)."),
                                tr("Ask an admin of the team inventory."), detail);
        break;
    case SqlDialect::Failure::Other:
        result = VppError::make(VppError::Kind::Store, QStringLiteral("store.failed"),
                                tr("The inventory database reported an error."),
                                tr("Try again; if it persists, run an integrity check."), detail);
        break;
    }
    qCWarning(lcStore).noquote() << result.toLogString();
    return result;
}

VppError StoreError::fromQuery(const SqlDialect &dialect, const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    return fromSql(dialect.classify(error), error, what);
}

VppError StoreError::notOpen()
{
    return VppError::make(VppError::Kind::Store, QStringLiteral("store.notOpen"),
                          tr("The inventory database is not open."));
}

VppError StoreError::cannotCreateDirectory(const QString &path)
{
    return VppError::make(VppError::Kind::Store, QStringLiteral("store.cannotOpen"),
                          tr("The folder for the inventory database could not be created."),
                          tr("Check that you may write to the folder, or choose another location."), path);
}

VppError StoreError::schemaTooNew(int found, int known)
{
    return VppError::make(VppError::Kind::Store, QStringLiteral("store.schemaTooNew"),
                          tr("The inventory database was written by a newer version of VPP Desk "
                             "(schema %1; this version knows up to %2).")
                              .arg(found)
                              .arg(known),
                          tr("Update VPP Desk, or open another database file."),
                          QStringLiteral("schema version %1 > %2").arg(found).arg(known));
}

VppError StoreError::serverTooOld(const QString &engine, int found, int minimum)
{
    return VppError::make(VppError::Kind::Store, QStringLiteral("store.serverTooOld"),
                          tr("The database server runs %1 %2; VPP Desk needs %1 %3 or newer.")
                              .arg(engine)
                              .arg(found)
                              .arg(minimum),
                          tr("Upgrade the database server, or use another one."),
                          QStringLiteral("server version %1 < %2").arg(found).arg(minimum));
}

VppError StoreError::cannotConnect(const QSqlError &error, const QString &where, const QString &keychainKey)
{
    // libpq's messages name the host, the user and the database, never the password.
    const QString text = error.databaseText().trimmed();
    const QString detail = QStringLiteral("connect ") + where + QStringLiteral(": ") + text;
    QString message;
    QString advice;
    QString code = QStringLiteral("store.cannotConnect");
    if (text.contains(QStringLiteral("password authentication failed")) ||
        text.contains(QStringLiteral("no password supplied"))) {
        code = QStringLiteral("store.badPassword");
        message = tr("The PostgreSQL server at %1 refused the password.").arg(where);
        advice = tr("Set the password in ~/.pgpass, in PGPASSWORD, or in the keychain entry \"%1\".")
                     .arg(keychainKey);
    } else if (text.contains(QStringLiteral("does not exist")) && text.contains(QStringLiteral("database"))) {
        code = QStringLiteral("store.noDatabase");
        message = tr("The database of %1 does not exist on the server.").arg(where);
        advice = tr("Check the database name, or have it created (createdb, then vppdesk-cli db init).");
    } else if (text.contains(QStringLiteral("role")) && text.contains(QStringLiteral("does not exist"))) {
        code = QStringLiteral("store.noRole");
        message = tr("The PostgreSQL server at %1 does not know this user.").arg(where);
        advice = tr("Check the user name in the URL, or ask an admin to add you (vppdesk-cli db grant).");
    } else if (text.contains(QStringLiteral("no pg_hba.conf entry")) ||
               text.contains(QStringLiteral("SSL"))) {
        message = tr("The PostgreSQL server at %1 refused the connection.").arg(where);
        advice = tr("Check the sslmode and certificates of the URL, and the server's pg_hba.conf.");
    } else {
        message = tr("The PostgreSQL server at %1 could not be reached.").arg(where);
        advice = tr("Check the host name and port, your network, and that the server runs.");
    }
    const VppError result = VppError::make(VppError::Kind::Store, code, message, advice, detail);
    qCWarning(lcStore).noquote() << result.toLogString();
    return result;
}

VppError StoreError::notFound(const QString &what, const QString &key)
{
    return VppError::make(VppError::Kind::Store, QStringLiteral("store.notFound"),
                          tr("No %1 \"%2\" in the inventory.").arg(what, key));
}

VppError StoreError::duplicate(const QString &message, const QString &detail)
{
    return VppError::make(VppError::Kind::Store, VppError::Code::StoreDuplicate, message, QString(), detail);
}

VppError StoreError::integrity(const QString &detail)
{
    return VppError::make(
        VppError::Kind::Store, QStringLiteral("store.integrity"),
        tr("The integrity check of the inventory database found problems."),
        tr("Restore a backup, or move the file away and sync again to rebuild the inventory."), detail);
}

VppError StoreError::transactionNotActive()
{
    return VppError::make(VppError::Kind::Internal, QStringLiteral("store.noTransaction"),
                          tr("The database transaction is no longer active."));
}
