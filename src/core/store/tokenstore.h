// TokenStore: the tokens table (one row per location). Names are unique; two tokens of the same
// Apple location (same uid) are allowed but reported as duplicates. Removing a token removes its
// inventory (assets, assignments, users, runs, jobs) through ON DELETE CASCADE.
#pragma once

#include "core/common/result.h"
#include "core/store/tokenrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class Database;
class QSqlQuery;

class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    explicit TokenStore(Database &db);

    // Stores a new token; an empty id gets a new UUID. Returns the row as stored.
    Result<TokenRecord> insert(TokenRecord record);
    // Replaces every column of the row with record.id (updated_at is set to now).
    Result<void> update(const TokenRecord &record);
    Result<void> remove(const QString &id);

    Result<QList<TokenRecord>> list() const;
    Result<std::optional<TokenRecord>> findById(const QString &id) const;
    Result<std::optional<TokenRecord>> findByName(const QString &name) const;
    Result<QList<TokenRecord>> findByUid(const QString &uid) const;
    // Location ids held by more than one token.
    Result<QStringList> duplicateUids() const;

    // Narrow updates used by health checks and sync.
    // `reason` is TokenHealth::reasonCode(), never a sentence.
    Result<void> setStatus(const QString &id, TokenHealth::Status status, const QString &reason,
                           int lastAppleError);
    // What a sync run learnt about the location (client config and health), column by column:
    // location, country, uid, expiry, mdmInfo, platform, website, status, status reason and last
    // Apple error. The admin's columns (name, interval, settings) are left as another writer left them.
    Result<void> recordSyncFields(const TokenRecord &learnt);
    // The fingerprint of the secret in the keychain (a row from before fingerprints gets it on use).
    Result<void> setSecretFingerprint(const QString &id, const QString &fingerprint);
    Result<void> setSyncVersions(const QString &id, const QString &assetsVersion,
                                 const QString &assignmentsVersion, const QString &usersVersion,
                                 const QDateTime &syncedAt, bool fullSync);

    // Every column the store reads and writes, id first: the whole row, so a column outside this
    // list (a secret, say) would be a column nobody should have added.
    static QStringList columnNames();

private:
    static QString columns();
    static TokenRecord fromQuery(const QSqlQuery &query);
    static void bindRecord(QSqlQuery &query, const TokenRecord &record);
    Result<QList<TokenRecord>> select(const QString &where, const QVariantList &values) const;
    VppError duplicateName(const QString &name) const;

    Database &m_db;
};
