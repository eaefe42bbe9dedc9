// StoreError: turns database failures into VppError values (Kind::Store) with a translated sentence
// and an advice, so a full disk, a read-only file or a damaged database never ends in a crash.
#pragma once

#include "core/common/vpperror.h"
#include "core/store/sqldialect.h"

#include <QCoreApplication>

class QSqlQuery;

class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    // A failed statement or connection; `what` is an untranslated note for logs ("insert token").
    static VppError fromSql(SqlDialect::Failure failure, const QSqlError &error, const QString &what);
    static VppError fromQuery(const SqlDialect &dialect, const QSqlQuery &query, const QString &what);

    static VppError notOpen();
    static VppError cannotCreateDirectory(const QString &path);
    static VppError schemaTooNew(int found, int known);
    static VppError serverTooOld(const QString &engine, int found, int minimum);
    // A PostgreSQL server that could not be reached or refused the connection; `where` is the
    // location without secrets, `keychainKey` the name of the password's keychain entry.
    static VppError cannotConnect(const QSqlError &error, const QString &where, const QString &keychainKey);
    static VppError notFound(const QString &what, const QString &key);
    static VppError duplicate(const QString &message, const QString &detail);
    static VppError integrity(const QString &detail);
    static VppError transactionNotActive();
};
