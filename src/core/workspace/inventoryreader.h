// InventoryReader: the read-only queries of the offline views (CLI read commands, exports): assets,
// assignments and users across tokens with the token's name and the app's name joined in, the
// sync history, and the help-desk search. Large sets are visited page by page (keyset paging on
// the row id), so a million assignments never sit in memory at once.
#pragma once

#include "core/common/result.h"
#include "core/store/assetrecord.h"
#include "core/store/assignmentrecord.h"
#include "core/store/vppuserrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

class Database;
class QSqlQuery;

class InventoryReader
{
public:
    struct AssetRow
    {
        AssetRecord asset;
        QString tokenName;
        QString name; // from asset_metadata, empty when not known yet
    };
    struct AssignmentRow
    {
        AssignmentRecord assignment;
        QString tokenName;
        QString name;
    };
    struct UserRow
    {
        VppUserRecord user;
        QString tokenName;
    };
    struct SyncRunRow
    {
        qint64 id = 0;
        QString tokenName;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString kind;
        QString outcome;
        QString error;
        qint64 assetsCount = 0;
        qint64 assignmentsAdded = 0;
        qint64 assignmentsRemoved = 0;
        qint64 usersCount = 0;
        qint64 newAssets = 0;
        qint64 countsChanged = 0;
    };
    // What the help desk search found for one query.
    struct Holdings
    {
        QList<AssignmentRow> assignments;
        QList<UserRow> users;
    };

    explicit InventoryReader(Database &db, int pageSize = 5000);

    // tokenId empty = every token. Each visitor is called once per row, in a stable order.
    Result<qint64> forEachAsset(const QString &tokenId,
                                const std::function<void(const AssetRow &)> &visit) const;
    Result<qint64> forEachAssignment(const QString &tokenId, const QString &adamId,
                                     const std::function<void(const AssignmentRow &)> &visit) const;
    Result<qint64> forEachUser(const QString &tokenId,
                               const std::function<void(const UserRow &)> &visit) const;
    // Newest first; tokenId empty = every token.
    Result<qint64> forEachSyncRun(const QString &tokenId,
                                  const std::function<void(const SyncRunRow &)> &visit) const;

    // Every license held by a clientUserId, an e-mail address (through the users with that address)
    // or a serial number, on every token, and the user rows that matched.
    Result<Holdings> find(const QString &query) const;

private:
    // Runs `sql` (ending in "... AND <key> > ? ORDER BY <key> LIMIT ?") page after page.
    Result<qint64> paged(const QString &sql, const QVariantList &values,
                         const std::function<qint64(const QSqlQuery &)> &visit) const;

    Database &m_db;
    int m_pageSize;
};
