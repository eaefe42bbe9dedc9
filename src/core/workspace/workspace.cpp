#include "core/workspace/workspace.h"

#include "core/apple/appleclient.h"
#include "core/common/systemuser.h"
#include "core/workspace/settingsstore.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

namespace {

const QString kMdmIdKey = QStringLiteral("mdm.id");
const QString kMdmNameKey = QStringLiteral("mdm.name");
const QString kMdmMetadataKey = QStringLiteral("mdm.metadata");

} // namespace

Workspace::Workspace(const QString &vaultService, QObject *parent)
    : QObject(parent)
    , m_tokens(m_db)
    , m_audit(m_db)
    , m_vault(vaultService)
{}

Workspace::~Workspace() = default;

QString Workspace::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/vppdesk.sqlite");
}

Result<void> Workspace::open(const QString &path)
{
    const Result<void> opened = m_db.open(path.isEmpty() ? defaultDatabasePath() : path);
    if (!opened)
        return opened;
    return loadIdentity();
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

Result<std::unique_ptr<AppleClient>> Workspace::clientFor(const TokenRecord &record)
{
    return clientFor(record, &m_network);
}

Result<std::unique_ptr<AppleClient>> Workspace::clientFor(const TokenRecord &record,
                                                          QNetworkAccessManager *network)
{
    const Result<QString> secret = m_vault.readBlocking(record.id);
    if (!secret)
        return secret.error();
    return makeClient(serviceUrlOf(record), secret.value(), network);
}

std::unique_ptr<AppleClient> Workspace::makeClient(const QUrl &serviceUrl, const QString &sToken,
                                                   QNetworkAccessManager *network)
{
    auto client = std::make_unique<AppleClient>(network ? network : &m_network, serviceUrl, sToken);
    if (m_clientSetup)
        m_clientSetup(*client);
    return client;
}
