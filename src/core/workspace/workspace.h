// Workspace: the composition root of the engine, shared by the CLI and the GUI. It opens the
// inventory database, owns the keychain vault, the network access manager and the stores, knows
// our MDM identity (kept in the database) and creates an AppleClient for a token, reading its
// secret from the keychain. Nothing else in the engine reaches for globals.
#pragma once

#include "core/apple/proxyconfig.h"
#include "core/common/result.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "core/sync/syncrunner.h"
#include "core/token/auditkeyring.h"
#include "core/token/mdminfo.h"
#include "core/token/tokenvault.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class AppleClient;

class Workspace : public QObject
{
    Q_OBJECT

public:
    // vaultService: the keychain folder; tests may keep their entries apart with another one.
    explicit Workspace(const QString &vaultService = TokenVault::defaultServiceName(),
                       QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (creating if needed) the database at `path` (defaultDatabasePath() when empty), applies
    // the migrations and loads or creates our MDM identity.
    Result<void> open(const QString &path = {});
    bool isOpen() const { return m_db.isOpen(); }

    // <AppDataLocation>/vppdesk.sqlite
    static QString defaultDatabasePath();

    Database &database() { return m_db; }
    TokenStore &tokens() { return m_tokens; }
    AuditLog &auditLog() { return m_audit; }
    TokenVault &vault() { return m_vault; }
    // The audit log's key and head in the keychain (the log seals every append with them).
    AuditKeyring &auditKeyring() { return m_auditKeyring; }
    // Loads the audit key now (blocking). Call it before a chain of asynchronous keychain calls
    // whose callbacks append to the audit log: the keychain answers one job at a time, so a
    // blocking read from inside one of its callbacks would wait for itself until the timeout.
    Result<void> prepareAudit();
    // What verifying the audit log trusts: the keychain's key and head (blocking).
    Result<AuditTrust> auditTrust() { return m_auditKeyring.trust(); }
    QNetworkAccessManager &network() { return m_network; }
    // How every client of this workspace reaches the internet (the system's proxy by default): its
    // own manager at once, and the managers of the clients and sync runs made from now on.
    void setProxy(const ProxyConfig &proxy);
    const ProxyConfig &proxy() const { return m_proxy; }
    // An explicit proxy's password from the keychain (blocking), set on `proxy`. A proxy without a
    // user needs none; a user without a stored password fails with code "proxy.noPassword".
    Result<ProxyConfig> withProxyPassword(const ProxyConfig &proxy);

    // Our mdmInfo: a per-install UUID, the name "VPP Desk" and the host name as metadata. Valid
    // after open(); written to Apple only by an explicit take-over.
    const MdmInfo &mdmInfo() const { return m_mdmInfo; }

    // The OS user running the program, recorded as the actor of audit entries.
    static QString actor();
    // Appends an audit entry by actor(). Details must never hold a secret.
    Result<AuditEntry> audit(const QString &action, const QString &tokenName,
                             const QJsonObject &details = {});

    // The token's v2 base URL (Apple's default when the record has none).
    static QUrl serviceUrlOf(const TokenRecord &record);
    // The origin ("https://host:443") of a service URL: what a token is pinned to.
    static QString originOf(const QUrl &url);
    // A client for a stored token, its secret read from the keychain (blocking, with a timeout) and
    // checked against the record (checkedToken).
    Result<std::unique_ptr<AppleClient>> clientFor(const TokenRecord &record);
    // The same on a network access manager of the caller's (a sync run has its own, so that the
    // connection pools of concurrent runs do not cap each other).
    Result<std::unique_ptr<AppleClient>> clientFor(const TokenRecord &record, QNetworkAccessManager *network);
    // What a sync run on a SyncPool thread needs to make its client there: the secret read now
    // (blocking) and checked like clientFor's, the service, origin and setup captured by value.
    Result<SyncRunner::ClientFactory> clientFactoryFor(const TokenRecord &record);
    // The same for a token read and checked already (tokenFor).
    SyncRunner::ClientFactory clientFactory(const TokenRecord &record, const PinnedToken &token) const;
    // The same check, asynchronous (the GUI): `done` gets the pinned token, or why it must not be used.
    void tokenFor(const TokenRecord &record, std::function<void(Result<PinnedToken>)> done);
    // A client for a secret that is not stored yet (a file being added or renewed). A secret this
    // workspace's vault has read before stays pinned to its keychain origin, whatever serviceUrl says.
    std::unique_ptr<AppleClient> makeClient(const QUrl &serviceUrl, const QString &sToken,
                                            QNetworkAccessManager *network = nullptr);
    // Called on every client this workspace creates (tests shorten retry delays, the GUI adds a trace).
    void setClientSetup(std::function<void(AppleClient &)> setup) { m_clientSetup = std::move(setup); }

private:
    Result<void> loadIdentity();
    // The id of this database's audit chain (created once), and the keying of its log.
    Result<void> setUpAuditKeying();
    // Whether `token`, read from the keychain for `record`, may be used for it: the record's
    // service must be the token's origin (no request otherwise) and the secret the one the record
    // was stored with. A token from before pinning is pinned here, if its service is Apple's or
    // this computer; a record from before fingerprints gets one.
    Result<PinnedToken> checkedToken(const TokenRecord &record, const PinnedToken &token);
    // The token's secret from the keychain (blocking, with a timeout), checked.
    Result<PinnedToken> readCheckedBlocking(const TokenRecord &record);

    Database m_db;
    TokenStore m_tokens;
    AuditLog m_audit;
    // The PostgreSQL password of `location` from the keychain into DatabaseCredentials, if any.
    void lookUpDatabasePassword(const QString &location);

    TokenVault m_vault;
    AuditKeyring m_auditKeyring{m_vault};
    QNetworkAccessManager m_network;
    MdmInfo m_mdmInfo;
    ProxyConfig m_proxy;
    std::function<void(AppleClient &)> m_clientSetup;
};
