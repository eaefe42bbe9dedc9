#include "core/workspace/workspace.h"

#include "core/apple/appleclient.h"
#include "core/common/logging.h"
#include "core/common/systemuser.h"
#include "core/store/databasecredentials.h"
#include "core/store/databaselocation.h"
#include "core/workspace/settingsstore.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

namespace {

const QString kMdmIdKey = QStringLiteral("mdm.id");
const QString kMdmNameKey = QStringLiteral("mdm.name");
const QString kMdmMetadataKey = QStringLiteral("mdm.metadata");
const QString kAuditChainKey = QStringLiteral("audit.chainId");

} // namespace

Workspace::Workspace(const QString &vaultService, QObject *parent)
    : QObject(parent)
    , m_tokens(m_db)
    , m_audit(m_db)
    , m_vault(vaultService)
{
    m_proxy.applyTo(&m_network);
}

Workspace::~Workspace()
{
    AuditLog::setKeying(m_db, nullptr);
    m_auditKeyring.flush();
}

QString Workspace::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/vppdesk.sqlite");
}

Result<void> Workspace::open(const QString &path)
{
    const QString location = path.isEmpty() ? defaultDatabasePath() : path;
    lookUpDatabasePassword(location);
    const Result<void> opened = m_db.open(location);
    if (!opened)
        return opened;
    if (const Result<void> keyed = setUpAuditKeying(); !keyed)
        return keyed;
    return loadIdentity();
}

void Workspace::setProxy(const ProxyConfig &proxy)
{
    m_proxy = proxy;
    m_proxy.applyTo(&m_network);
}

Result<ProxyConfig> Workspace::withProxyPassword(const ProxyConfig &proxy)
{
    if (proxy.mode() != ProxyConfig::Mode::Manual || proxy.user().isEmpty() || proxy.hasPassword())
        return proxy;
    const Result<QString> password = m_vault.readBlocking(proxy.keychainKey(), m_vault.timeout());
    if (!password) {
        if (!password.error().is(VppError::Code::KeychainNotFound))
            return password.error();
        return VppError::make(
            VppError::Kind::Keychain, QStringLiteral("proxy.noPassword"),
            tr("The keychain holds no password for the user \u201c%1\u201d of the proxy %2.")
                .arg(proxy.user(), proxy.displayName()),
            tr("Enter the password in Preferences > Network, or leave the user out if the proxy needs "
               "none."));
    }
    ProxyConfig withPassword = proxy;
    withPassword.setPassword(password.value());
    return withPassword;
}

void Workspace::lookUpDatabasePassword(const QString &location)
{
    // A PostgreSQL password in the keychain (the entry "user@host:port/database"), unless libpq
    // has one of its own (PGPASSWORD; ~/.pgpass is read by libpq when none is given).
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    if (!parsed || !parsed->isPostgreSql() || qEnvironmentVariableIsSet("PGPASSWORD") ||
        !DatabaseCredentials::password(parsed->keychainKey()).isEmpty())
        return;
    const Result<QString> secret = m_vault.readBlocking(parsed->keychainKey(), std::chrono::seconds(3));
    if (secret && !secret->isEmpty())
        DatabaseCredentials::setPassword(parsed->keychainKey(), secret.value());
    else if (!secret && !secret.error().is(VppError::Code::KeychainNotFound))
        qCInfo(lcStore).noquote() << "no database password from the keychain:"
                                  << secret.error().toLogString();
}

Result<void> Workspace::prepareAudit()
{
    const Result<QByteArray> key = m_auditKeyring.key();
    if (!key)
        return key.error();
    return {};
}

Result<void> Workspace::setUpAuditKeying()
{
    SettingsStore settings(m_db);
    const auto chainId = settings.value(kAuditChainKey);
    if (!chainId)
        return chainId.error();
    QString id = chainId->value_or(QString());
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (const Result<void> written = settings.setValue(kAuditChainKey, id); !written)
            return written;
    }
    m_auditKeyring.setChainId(id);
    auto keying = std::make_shared<AuditKeying>();
    keying->key = [this] { return m_auditKeyring.key(); };
    keying->headWritten = [this](const AuditHead &head) { m_auditKeyring.storeHead(head); };
    AuditLog::setKeying(m_db, std::move(keying));
    return {};
}

// The identity is created once per database, so every program on this inventory (CLI, GUI)
// presents itself to Apple as the same MDM.
Result<void> Workspace::loadIdentity()
{
    SettingsStore settings(m_db);
    const auto id = settings.value(kMdmIdKey);
    if (!id)
        return id.error();
    if (!id.value()) {
        const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Apple limits metadata to 255 characters (maxMdmMetadataLength).
        const QString metadata = QString(QStringLiteral("host=") + QSysInfo::machineHostName()).left(255);
        for (const auto &[key, value] :
             {std::pair{kMdmIdKey, newId}, std::pair{kMdmNameKey, QStringLiteral("VPP Desk")},
              std::pair{kMdmMetadataKey, metadata}}) {
            const Result<void> written = settings.setValue(key, value);
            if (!written)
                return written;
        }
    }
    const auto readId = settings.value(kMdmIdKey);
    const auto readName = settings.value(kMdmNameKey);
    const auto readMetadata = settings.value(kMdmMetadataKey);
    for (const auto *r : {&readId, &readName, &readMetadata})
        if (!*r)
            return r->error();
    m_mdmInfo = {readId->value_or(QString()), readName->value_or(QString()),
                 readMetadata->value_or(QString())};
    return {};
}

QString Workspace::actor()
{
    return SystemUser::name();
}

Result<AuditEntry> Workspace::audit(const QString &action, const QString &tokenName,
                                    const QJsonObject &details)
{
    return m_audit.append(actor(), action, tokenName, details);
}

QUrl Workspace::serviceUrlOf(const TokenRecord &record)
{
    return record.serviceUrl.isEmpty() ? AppleClient::defaultServiceUrl() : QUrl(record.serviceUrl);
}

QString Workspace::originOf(const QUrl &url)
{
    return AppleTransport::originOf(url);
}

Result<PinnedToken> Workspace::checkedToken(const TokenRecord &record, const PinnedToken &token)
{
    const QUrl serviceUrl = serviceUrlOf(record);
    const QString origin = originOf(serviceUrl);
    PinnedToken pinned = token;
    if (token.isLegacy()) {
        // Written before pinning. Apple's own service and this computer (vppsim) are safe to pin
        // to; any other service needs the admin to confirm it by loading the token file again.
        const bool safe = origin == originOf(AppleClient::defaultServiceUrl()) ||
                          (serviceUrl.scheme() == u"http" && AppleTransport::isAllowedUrl(serviceUrl));
        if (!safe)
            return VppError::make(
                VppError::Kind::Token, QStringLiteral("token.unpinned"),
                tr("The token \u201c%1\u201d was stored before tokens were tied to their service, and its "
                   "record points to %2, which is not Apple's service; it was not sent.")
                    .arg(record.name, origin),
                tr("If this service is right, update the token with its file to confirm it."));
        pinned = PinnedToken(token.secret(), origin);
        // Written in the background: this may run inside a keychain callback, where a blocking
        // write would wait for itself. Until it lands the entry is pinned again on the next use.
        const QString id = record.id;
        m_vault.writeToken(id, pinned, [id, origin](const Result<void> &written) {
            if (written)
                qCInfo(lcToken).noquote() << "token" << id << "pinned to" << origin;
            else
                qCWarning(lcToken).noquote()
                    << "pinning token" << id << "failed:" << written.error().toLogString();
        });
    }
    if (pinned.origin() != origin)
        return VppError::make(
            VppError::Kind::Token, QStringLiteral("token.serviceMismatch"),
            tr("The database sends the token \u201c%1\u201d to %2, but the keychain holds it for %3; "
               "nothing was sent.")
                .arg(record.name, origin, pinned.origin()),
            tr("If the database was moved or edited, restore it; otherwise update the token with its file."),
            QStringLiteral("token %1: record origin %2, keychain origin %3")
                .arg(record.id, origin, pinned.origin()));
    if (record.secretFingerprint.isEmpty()) {
        const Result<void> stored = m_tokens.setSecretFingerprint(record.id, pinned.fingerprint());
        if (!stored)
            return stored.error();
    } else if (record.secretFingerprint != pinned.fingerprint()) {
        return VppError::make(
            VppError::Kind::Token, QStringLiteral("token.secretMismatch"),
            tr("The keychain holds another secret than the one the token \u201c%1\u201d was stored with "
               "(a keychain write may have finished late); it was not used.")
                .arg(record.name),
            tr("Update the token with its file."),
            QStringLiteral("token %1: fingerprint %2 expected, keychain has %3")
                .arg(record.id, record.secretFingerprint, pinned.fingerprint()));
    }
    return pinned;
}

Result<std::unique_ptr<AppleClient>> Workspace::clientFor(const TokenRecord &record)
{
    return clientFor(record, &m_network);
}

Result<std::unique_ptr<AppleClient>> Workspace::clientFor(const TokenRecord &record,
                                                          QNetworkAccessManager *network)
{
    const Result<PinnedToken> token = readCheckedBlocking(record);
    if (!token)
        return token.error();
    return makeClient(serviceUrlOf(record), token->secret(), network);
}

Result<PinnedToken> Workspace::readCheckedBlocking(const TokenRecord &record)
{
    const Result<PinnedToken> read = m_vault.readTokenBlocking(record.id);
    if (!read)
        return read.error();
    return checkedToken(record, read.value());
}

Result<SyncRunner::ClientFactory> Workspace::clientFactoryFor(const TokenRecord &record)
{
    const Result<PinnedToken> token = readCheckedBlocking(record);
    if (!token)
        return token.error();
    return clientFactory(record, token.value());
}

SyncRunner::ClientFactory Workspace::clientFactory(const TokenRecord &record, const PinnedToken &token) const
{
    return [url = serviceUrlOf(record), token, setup = m_clientSetup,
            proxy = m_proxy](QNetworkAccessManager *network) -> Result<std::unique_ptr<AppleClient>> {
        proxy.applyTo(network); // a sync run's own manager, on its thread
        auto client = std::make_unique<AppleClient>(network, url, token.secret());
        // The secret goes to the origin it is pinned to only.
        if (!token.origin().isEmpty())
            client->transport().setPinnedOrigin(QUrl(token.origin()));
        if (setup)
            setup(*client);
        return client;
    };
}

void Workspace::tokenFor(const TokenRecord &record, std::function<void(Result<PinnedToken>)> done)
{
    QPointer<Workspace> self(this);
    m_vault.readToken(record.id, [self, record, done](const Result<PinnedToken> &read) {
        if (!self)
            return;
        if (!read)
            return done(read.error());
        done(self->checkedToken(record, read.value()));
    });
}

std::unique_ptr<AppleClient> Workspace::makeClient(const QUrl &serviceUrl, const QString &sToken,
                                                   QNetworkAccessManager *network)
{
    if (network && network != &m_network)
        m_proxy.applyTo(network);
    auto client = std::make_unique<AppleClient>(network ? network : &m_network, serviceUrl, sToken);
    // A secret read from the keychain goes to its own service only, even when a caller passes
    // another URL: the transport then refuses every request that would carry it.
    if (const QString pinned = m_vault.pinnedOriginOf(sToken); !pinned.isEmpty())
        client->transport().setPinnedOrigin(QUrl(pinned));
    if (m_clientSetup)
        m_clientSetup(*client);
    return client;
}
