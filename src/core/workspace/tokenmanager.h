// TokenManager: the token workflows on top of a Workspace: add a .vpptoken (parse, verify with
// client/config, store, keep the secret in the keychain), renew it in place with a same-location
// check, remove it with its inventory, list it with its health, refresh that health from Apple and
// take over management of a location when the admin asks. Every write is audited; the secret only
// ever goes to the keychain and to Apple.
#pragma once

#include "core/common/result.h"
#include "core/workspace/tokenstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class AppleClient;
class VppToken;
class Workspace;
struct ClientConfig;

class TokenManager : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    // What an update did: the token as now stored, and what it replaced.
    struct UpdateOutcome
    {
        TokenStatus status;
        QDateTime previousExpiry;
        QString previousLocationName;
        bool locationChanged = false; // only possible when forced
    };

    // What the token dialog edits besides the file: the token's name and settings.
    struct Settings
    {
        QString name;                // the new name (a rename when it differs); unique
        int syncIntervalSeconds = 0; // 0 = manual only
        bool addAppsAutomatically = false;
        bool autoUpdateApps = false;
        QString assignmentType = QStringLiteral("device"); // "device" or "user"
        TokenAppDefaults appDefaults;
        // The Distribution groups (empty = everybody); nullopt leaves them as they are.
        std::optional<QList<qint64>> distributionGroups;
    };

    explicit TokenManager(Workspace &workspace, QObject *parent = nullptr);

    // Asynchronous calls: `done` runs exactly once, later, from the event loop.

    // Adds the token file at `filePath` under a new unique `name`. Nothing is stored unless the
    // file is a valid token that Apple accepts. serviceUrl: the v2 base (Apple's when empty).
    void add(const QString &name, const QString &filePath, const QUrl &serviceUrl,
             Callback<TokenStatus> done);
    // The same with the file contents (pasted text).
    void addContents(const QString &name, const QByteArray &contents, const QUrl &serviceUrl,
                     Callback<TokenStatus> done);
    // Replaces the secret of `name` with a renewed file of the same location (same uId), or of
    // another location when `force` is set.
    void update(const QString &name, const QString &filePath, bool force, Callback<UpdateOutcome> done);
    // The same with the renewed file's contents (pasted text).
    void updateContents(const QString &name, const QByteArray &contents, bool force,
                        Callback<UpdateOutcome> done);
    // Removes the keychain entry, then the record and its whole inventory.
    void remove(const QString &name, Callback<TokenRecord> done);
    // Checks every token against Apple (client/config) and stores what it learns; tokens that
    // cannot be checked keep their last known state and carry a checkError.
    void refresh(Callback<QList<TokenStatus>> done);
    // POSTs our mdmInfo to client/config: the explicit take-over of a location.
    void takeOver(const QString &name, Callback<TokenStatus> done);
    // Parses token file contents and asks Apple (client/config) which location they are for,
    // storing nothing: what the token dialog shows before the admin commits.
    void inspect(const QByteArray &contents, const QUrl &serviceUrl, Callback<ClientConfig> done);

    // Stores the name, settings and Distribution groups of the token `name` in one transaction
    // (synchronous, local only); audited as token.settings.
    Result<TokenStatus> saveSettings(const QString &name, const Settings &settings);

    // Synchronous reads of the store (they work offline).
    Result<QList<TokenStatus>> list() const;
    Result<TokenStatus> status(const QString &name) const;
    Result<TokenRecord> find(const QString &name) const;

private:
    void updateWith(const QString &name, const Result<VppToken> &token, bool force,
                    Callback<UpdateOutcome> done);
    void addToken(const QString &name, const Result<VppToken> &token, const QUrl &serviceUrl,
                  Callback<TokenStatus> done);
    void checkOne(const TokenRecord &record, std::function<void(QString checkError)> done);
    // Runs client/config with `client`, deleting the client afterwards.
    void fetchConfig(AppleClient *client, Callback<ClientConfig> done);
    // Copies what client/config says about the location into the record.
    static void applyConfig(TokenRecord &record, const ClientConfig &config);
    // Clears the versionIds and the last full sync, so that the next sync is a full pass.
    static void forgetSyncState(TokenRecord &record);
    TokenStatus statusOf(const TokenRecord &record, const QList<TokenRecord> &all) const;
    Result<void> storeStatus(const TokenStatus &status);
    // The health of `record` among all tokens, stored in its row.
    Result<TokenStatus> refreshStatus(const TokenRecord &record);
    // Hands `error` to `done` from the event loop, so callers see one behaviour.
    template<typename T>
    void failLater(const Callback<T> &done, const VppError &error)
    {
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
    }
    VppError unknownName(const QString &name) const;

    Workspace &m_workspace;
};
