#include "core/workspace/tokenmanager.h"

#include "core/apple/appleclient.h"
#include "core/apple/appleerror.h"
#include "core/common/logging.h"
#include "core/store/groupstore.h"
#include "core/store/transaction.h"
#include "core/token/vpptoken.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace {

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject locationDetails(const TokenRecord &record)
{
    return {{QStringLiteral("locationName"), record.locationName},
            {QStringLiteral("uId"), record.uid},
            {QStringLiteral("countryCode"), record.countryCode},
            {QStringLiteral("expiresAt"), isoText(record.expiresAt)}};
}

} // namespace

TokenManager::TokenManager(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

VppError TokenManager::unknownName(const QString &name) const
{
    return VppError::make(VppError::Kind::Usage, QStringLiteral("token.unknownName"),
                          tr("There is no token named \u201c%1\u201d.").arg(name),
                          tr("List the tokens to see their names."));
}

Result<TokenRecord> TokenManager::find(const QString &name) const
{
    const auto found = m_workspace.tokens().findByName(name);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownName(name);
    return *found.value();
}

void TokenManager::fetchConfig(AppleClient *client, Callback<ClientConfig> done)
{
    // The client must outlive its own callback: delete it later, from the event loop.
    client->clientConfig([client, done = std::move(done)](Result<ClientConfig> config) {
        client->deleteLater();
        done(std::move(config));
    });
}

void TokenManager::applyConfig(TokenRecord &record, const ClientConfig &config)
{
    record.locationName = config.locationName;
    record.countryCode = config.countryISO2ACode;
    record.uid = config.uId;
    record.defaultPlatform = config.defaultPlatform;
    record.websiteUrl = config.websiteUrl;
    if (config.tokenExpirationDate.isValid())
        record.expiresAt = config.tokenExpirationDate;
    const MdmInfo mdm = config.mdmInfo.value_or(MdmInfo());
    record.mdmInfoId = mdm.id;
    record.mdmInfoName = mdm.name;
    record.mdmInfoMetadata = mdm.metadata;
    record.lastAppleError = 0;
}

void TokenManager::forgetSyncState(TokenRecord &record)
{
    // Deltas since the old location's versionIds would mix two inventories: the next sync of the
    // new location must be a full pass.
    record.assetsVersion.clear();
    record.assignmentsVersion.clear();
    record.usersVersion.clear();
    record.lastFullSyncAt = QDateTime();
}

void TokenManager::add(const QString &name, const QString &filePath, const QUrl &serviceUrl,
                       Callback<TokenStatus> done)
{
    addToken(name, VppToken::fromFile(filePath, QDateTime::currentDateTimeUtc()), serviceUrl,
             std::move(done));
}

void TokenManager::addContents(const QString &name, const QByteArray &contents, const QUrl &serviceUrl,
                               Callback<TokenStatus> done)
{
    addToken(name, VppToken::parse(contents, QDateTime::currentDateTimeUtc()), serviceUrl, std::move(done));
}

void TokenManager::addToken(const QString &name, const Result<VppToken> &token, const QUrl &serviceUrl,
                            Callback<TokenStatus> done)
{
    // Errors are reported from the event loop too, so callers see one behaviour.
    auto fail = [this, done](const VppError &error) { failLater(done, error); };
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(VppError::make(VppError::Kind::Usage, VppError::Code::TokenEmptyName,
                                   tr("A token needs a name."),
                                   tr("Choose a name that tells the location apart, such as its city.")));
    const auto existing = m_workspace.tokens().findByName(trimmed);
    if (!existing)
        return fail(existing.error());
    if (existing.value())
        return fail(VppError::make(VppError::Kind::Usage, VppError::Code::TokenNameTaken,
                                   tr("A token named \u201c%1\u201d already exists.").arg(trimmed),
                                   tr("Choose another name, or update the existing token.")));
    if (!token)
        return fail(token.error());
    // The audit key before the keychain calls whose callbacks append to the log.
    if (const Result<void> ready = m_workspace.prepareAudit(); !ready)
        return fail(ready.error());

    const VppToken parsed = token.value();
    const QUrl url = serviceUrl.isEmpty() ? AppleClient::defaultServiceUrl() : serviceUrl;
    AppleClient *client = m_workspace.makeClient(url, parsed.sToken()).release();
    QPointer<TokenManager> self(this);
    fetchConfig(client, [self, trimmed, parsed, url, done](Result<ClientConfig> config) {
        if (!self)
            return;
        if (!config)
            return done(config.error());
        Workspace &ws = self->m_workspace;
        TokenRecord record;
        record.name = trimmed;
        record.serviceUrl = url == AppleClient::defaultServiceUrl() ? QString() : url.toString();
        record.orgName = parsed.orgName();
        record.expiresAt = parsed.expiresAt();
        record.secretFingerprint = PinnedToken::fingerprintOf(parsed.sToken());
        applyConfig(record, config.value());
        const auto sameLocation = ws.tokens().findByUid(record.uid);
        if (!sameLocation)
            return done(sameLocation.error());
        const auto inserted = ws.tokens().insert(record);
        if (!inserted)
            return done(inserted.error());
        const TokenRecord stored = inserted.value();
        const PinnedToken pinned(parsed.sToken(), Workspace::originOf(url));
        ws.vault().writeToken(stored.id, pinned, [self, stored, done](const Result<void> &written) {
            if (!self)
                return;
            Workspace &ws2 = self->m_workspace;
            if (!written) {
                // Without its secret the record is useless: take it back.
                const Result<void> removed = ws2.tokens().remove(stored.id);
                if (!removed)
                    qCWarning(lcToken).noquote()
                        << "rollback of token" << stored.id << "failed:" << removed.error().toLogString();
                return done(written.error());
            }
            const Result<TokenStatus> refreshed = self->refreshStatus(stored);
            if (!refreshed)
                return done(refreshed.error());
            const TokenStatus &status = refreshed.value();
            QJsonObject details = locationDetails(stored);
            details.insert(QStringLiteral("status"), TokenHealth::statusKey(status.health.status()));
            if (!status.duplicateOf.isEmpty())
                details.insert(QStringLiteral("duplicateOf"), status.duplicateOf);
            const auto audited = ws2.audit(QStringLiteral("token.add"), stored.name, details);
            if (!audited)
                return done(audited.error());
            done(status);
        });
    });
}

void TokenManager::update(const QString &name, const QString &filePath, bool force,
                          Callback<UpdateOutcome> done)
{
    updateWith(name, VppToken::fromFile(filePath, QDateTime::currentDateTimeUtc()), force, std::move(done));
}

void TokenManager::updateContents(const QString &name, const QByteArray &contents, bool force,
                                  Callback<UpdateOutcome> done)
{
    updateWith(name, VppToken::parse(contents, QDateTime::currentDateTimeUtc()), force, std::move(done));
}

void TokenManager::updateWith(const QString &name, const Result<VppToken> &token, bool force,
                              Callback<UpdateOutcome> done)
{
    auto fail = [this, done](const VppError &error) { failLater(done, error); };
    const Result<TokenRecord> found = find(name);
    if (!found)
        return fail(found.error());
    if (!token)
        return fail(token.error());
    if (const Result<void> ready = m_workspace.prepareAudit(); !ready)
        return fail(ready.error());
    const TokenRecord old = found.value();
    const VppToken parsed = token.value();
    AppleClient *client = m_workspace.makeClient(Workspace::serviceUrlOf(old), parsed.sToken()).release();
    QPointer<TokenManager> self(this);
    fetchConfig(client, [self, old, parsed, force, done](Result<ClientConfig> config) {
        if (!self)
            return;
        if (!config)
            return done(config.error());
        if (config->uId != old.uid && !force) {
            return done(VppError::make(VppError::Kind::Token, VppError::Code::TokenOtherLocation,
                                       tr("The new file is for the location \u201c%1\u201d (uId %2), not for "
                                          "\u201c%3\u201d (uId %4); "
                                          "the token was not changed.")
                                           .arg(config->locationName, config->uId, old.locationName, old.uid),
                                       tr("Download the token of \u201c%1\u201d, or force the update to move "
                                          "this entry to the other "
                                          "location.")
                                           .arg(old.locationName)));
        }
        TokenRecord record = old;
        record.orgName = parsed.orgName();
        record.expiresAt = parsed.expiresAt();
        record.secretFingerprint = PinnedToken::fingerprintOf(parsed.sToken());
        applyConfig(record, config.value());
        if (record.uid != old.uid)
            forgetSyncState(record); // the versionIds belong to the old location
        Workspace &ws = self->m_workspace;
        // The record first, then the secret: a keychain failure puts the old record back.
        const Result<void> updated = ws.tokens().update(record);
        if (!updated)
            return done(updated.error());
        // Loading the file again confirms the service: the token is pinned to the record's.
        const PinnedToken pinned(parsed.sToken(), Workspace::originOf(Workspace::serviceUrlOf(old)));
        ws.vault().writeToken(record.id, pinned, [self, old, record, done](const Result<void> &written) {
            if (!self)
                return;
            Workspace &ws2 = self->m_workspace;
            if (!written) {
                const Result<void> restored = ws2.tokens().update(old);
                if (!restored)
                    qCWarning(lcToken).noquote()
                        << "restoring token" << old.id << "failed:" << restored.error().toLogString();
                return done(written.error());
            }
            const Result<TokenStatus> refreshed = self->refreshStatus(record);
            if (!refreshed)
                return done(refreshed.error());
            UpdateOutcome outcome;
            outcome.status = refreshed.value();
            outcome.previousExpiry = old.expiresAt;
            outcome.previousLocationName = old.locationName;
            outcome.locationChanged = record.uid != old.uid;
            QJsonObject details = locationDetails(record);
            details.insert(QStringLiteral("previousExpiresAt"), isoText(old.expiresAt));
            if (outcome.locationChanged) {
                details.insert(QStringLiteral("previousUId"), old.uid);
                details.insert(QStringLiteral("forced"), true);
            }
            const auto audited = ws2.audit(QStringLiteral("token.update"), record.name, details);
            if (!audited)
                return done(audited.error());
            done(outcome);
        });
    });
}

void TokenManager::remove(const QString &name, Callback<TokenRecord> done)
{
    const Result<TokenRecord> found = find(name);
    if (!found)
        return failLater(done, found.error());
    const TokenRecord record = found.value();
    if (const Result<void> ready = m_workspace.prepareAudit(); !ready)
        return failLater(done, ready.error());
    QPointer<TokenManager> self(this);
    // The secret first: a record whose secret is gone is harmless, a secret nobody knows about is not.
    m_workspace.vault().remove(record.id, [self, record, done](const Result<void> &removed) {
        if (!self)
            return;
        if (!removed)
            return done(removed.error());
        Workspace &ws = self->m_workspace;
        const Result<void> deleted = ws.tokens().remove(record.id);
        if (!deleted)
            return done(deleted.error());
        const auto audited = ws.audit(QStringLiteral("token.remove"), record.name, locationDetails(record));
        if (!audited)
            return done(audited.error());
        done(record);
    });
}

void TokenManager::checkOne(const TokenRecord &record, std::function<void(QString)> done)
{
    auto client = m_workspace.clientFor(record);
    if (!client) {
        const QString error = client.error().toDisplayString();
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<TokenManager> self(this);
    const QString id = record.id;
    fetchConfig(client.value().release(), [self, id, done](Result<ClientConfig> config) {
        if (!self)
            return;
        Workspace &ws = self->m_workspace;
        const auto current = ws.tokens().findById(id);
        if (!current || !current.value())
            return done(QString()); // removed meanwhile
        TokenRecord checked = *current.value();
        if (config) {
            applyConfig(checked, config.value());
        } else if (config.error().kind == VppError::Kind::Apple &&
                   AppleError::isTokenFatal(config.error().appleErrorNumber)) {
            checked.lastAppleError = config.error().appleErrorNumber;
        } else {
            return done(config.error().toDisplayString());
        }
        const Result<void> updated = ws.tokens().update(checked);
        done(updated ? QString() : updated.error().toDisplayString());
    });
}

void TokenManager::refresh(Callback<QList<TokenStatus>> done)
{
    const auto records = m_workspace.tokens().list();
    if (!records || records->isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, done] { done(list()); }, Qt::QueuedConnection);
        return;
    }
    // Every token is checked at once; the list is built when the last one answers.
    struct Pending
    {
        qsizetype left = 0;
        QHash<QString, QString> errors; // token id -> checkError
    };
    auto pending = std::make_shared<Pending>();
    pending->left = records->size();
    QPointer<TokenManager> self(this);
    for (const TokenRecord &record : records.value()) {
        const QString id = record.id;
        checkOne(record, [self, pending, id, done](const QString &checkError) {
            if (!checkError.isEmpty())
                pending->errors.insert(id, checkError);
            if (--pending->left > 0 || !self)
                return;
            auto statuses = self->list();
            if (!statuses)
                return done(statuses.error());
            for (TokenStatus &s : statuses.value()) {
                s.checkError = pending->errors.value(s.record.id);
                const Result<void> saved = self->storeStatus(s);
                if (!saved)
                    return done(saved.error());
            }
            done(statuses);
        });
    }
}

void TokenManager::takeOver(const QString &name, Callback<TokenStatus> done)
{
    auto fail = [this, done](const VppError &error) { failLater(done, error); };
    const Result<TokenRecord> found = find(name);
    if (!found)
        return fail(found.error());
    auto client = m_workspace.clientFor(found.value());
    if (!client)
        return fail(client.error());
    AppleClient *raw = client.value().release();
    const TokenRecord old = found.value();
    const MdmInfo ours = m_workspace.mdmInfo();
    QPointer<TokenManager> self(this);
    raw->setMdmInfo(ours, [self, raw, old, ours, done](Result<ClientConfig> config) {
        raw->deleteLater();
        if (!self)
            return;
        if (!config)
            return done(config.error());
        TokenRecord record = old;
        applyConfig(record, config.value());
        if (!config->mdmInfo) { // not echoed: we know what we wrote
            record.mdmInfoId = ours.id;
            record.mdmInfoName = ours.name;
            record.mdmInfoMetadata = ours.metadata;
        }
        Workspace &ws = self->m_workspace;
        const Result<void> updated = ws.tokens().update(record);
        if (!updated)
            return done(updated.error());
        const Result<TokenStatus> refreshed = self->refreshStatus(record);
        if (!refreshed)
            return done(refreshed.error());
        const TokenStatus &status = refreshed.value();
        QJsonObject details = locationDetails(record);
        details.insert(QStringLiteral("previousMdmId"), old.mdmInfoId);
        details.insert(QStringLiteral("previousMdmName"), old.mdmInfoName);
        details.insert(QStringLiteral("mdmId"), record.mdmInfoId);
        const auto audited = ws.audit(QStringLiteral("token.takeover"), record.name, details);
        if (!audited)
            return done(audited.error());
        done(status);
    });
}

void TokenManager::inspect(const QByteArray &contents, const QUrl &serviceUrl, Callback<ClientConfig> done)
{
    const Result<VppToken> token = VppToken::parse(contents, QDateTime::currentDateTimeUtc());
    if (!token)
        return failLater(done, token.error());
    const QUrl url = serviceUrl.isEmpty() ? AppleClient::defaultServiceUrl() : serviceUrl;
    AppleClient *client = m_workspace.makeClient(url, token.value().sToken()).release();
    QPointer<TokenManager> self(this);
    fetchConfig(client, [self, done](Result<ClientConfig> config) {
        if (self)
            done(std::move(config));
    });
}

Result<TokenStatus> TokenManager::saveSettings(const QString &name, const Settings &settings)
{
    const Result<TokenRecord> found = find(name);
    if (!found)
        return found.error();
    const QString newName = settings.name.trimmed();
    if (newName.isEmpty())
        return VppError::make(VppError::Kind::Usage, VppError::Code::TokenEmptyName,
                              tr("A token needs a name."),
                              tr("Choose a name that tells the location apart, such as its city."));
    if (settings.syncIntervalSeconds < 0)
        return VppError::make(VppError::Kind::Usage, QStringLiteral("token.badInterval"),
                              tr("The sync interval cannot be negative."),
                              tr("Enter a number of seconds, or 0 to sync only when asked."));
    if (settings.assignmentType != QLatin1String("device") &&
        settings.assignmentType != QLatin1String("user"))
        return VppError::make(VppError::Kind::Usage, QStringLiteral("token.badAssignmentType"),
                              tr("The assignment type must be device or user."));
    const TokenRecord old = found.value();
    TokenRecord record = old;
    record.name = newName;
    record.syncIntervalSeconds = settings.syncIntervalSeconds;
    record.addAppsAutomatically = settings.addAppsAutomatically;
    record.autoUpdateApps = settings.autoUpdateApps;
    record.assignmentType = settings.assignmentType;
    record.appDefaults = settings.appDefaults;

    Transaction tx(m_workspace.database());
    if (!tx.status())
        return tx.status().error();
    if (const Result<void> updated = m_workspace.tokens().update(record); !updated)
        return updated.error();
    if (settings.distributionGroups) {
        const Result<void> grouped =
            GroupStore(m_workspace.database()).setTokenGroups(record.id, *settings.distributionGroups);
        if (!grouped)
            return grouped.error();
    }
    QJsonObject details = {
        {QStringLiteral("syncIntervalSeconds"), record.syncIntervalSeconds},
        {QStringLiteral("addAppsAutomatically"), record.addAppsAutomatically},
        {QStringLiteral("autoUpdateApps"), record.autoUpdateApps},
        {QStringLiteral("assignmentType"), record.assignmentType},
        {QStringLiteral("mandatory"), record.appDefaults.mandatory},
        {QStringLiteral("autoInstallUpdates"), record.appDefaults.autoInstallUpdates},
        {QStringLiteral("preventBackup"), record.appDefaults.preventBackup},
        {QStringLiteral("dataRoaming"), record.appDefaults.dataRoaming},
        {QStringLiteral("cellularData"), record.appDefaults.cellularData},
        {QStringLiteral("vpnProfile"), record.appDefaults.vpnProfile},
        {QStringLiteral("ssoProfile"), record.appDefaults.ssoProfile},
    };
    if (newName != old.name)
        details.insert(QStringLiteral("previousName"), old.name);
    if (settings.distributionGroups) {
        QJsonArray groups;
        for (const qint64 id : *settings.distributionGroups)
            groups.append(id);
        details.insert(QStringLiteral("distributionGroups"), groups);
    }
    if (const auto audited = m_workspace.audit(QStringLiteral("token.settings"), record.name, details);
        !audited)
        return audited.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    const auto stored = m_workspace.tokens().findById(record.id);
    if (!stored)
        return stored.error();
    return refreshStatus(stored.value().value_or(record));
}

TokenStatus TokenManager::statusOf(const TokenRecord &record, const QList<TokenRecord> &all) const
{
    TokenStatus status;
    status.record = record;
    for (const TokenRecord &other : all) {
        if (other.id != record.id && !record.uid.isEmpty() && other.uid == record.uid) {
            status.duplicateOf = other.name;
            break;
        }
    }
    TokenHealth::Input input;
    input.expiresAt = record.expiresAt;
    input.now = QDateTime::currentDateTimeUtc();
    input.lastAppleErrorNumber = record.lastAppleError;
    const MdmInfo mdm{record.mdmInfoId, record.mdmInfoName, record.mdmInfoMetadata};
    if (!mdm.isEmpty())
        input.mdmInfo = mdm;
    input.ourMdmId = m_workspace.mdmInfo().id;
    input.duplicate = !status.duplicateOf.isEmpty();
    input.duplicateOf = status.duplicateOf;
    status.health = TokenHealth::evaluate(input);
    return status;
}

Result<void> TokenManager::storeStatus(const TokenStatus &status)
{
    return m_workspace.tokens().setStatus(status.record.id, status.health.status(),
                                          status.health.reasonCode(), status.record.lastAppleError);
}

Result<TokenStatus> TokenManager::refreshStatus(const TokenRecord &record)
{
    const auto all = m_workspace.tokens().list();
    if (!all)
        return all.error();
    const TokenStatus status = statusOf(record, all.value());
    const Result<void> saved = storeStatus(status);
    if (!saved)
        return saved.error();
    return status;
}

Result<QList<TokenStatus>> TokenManager::list() const
{
    const auto records = m_workspace.tokens().list();
    if (!records)
        return records.error();
    QList<TokenStatus> statuses;
    for (const TokenRecord &record : records.value())
        statuses.append(statusOf(record, records.value()));
    return statuses;
}

Result<TokenStatus> TokenManager::status(const QString &name) const
{
    const Result<TokenRecord> found = find(name);
    if (!found)
        return found.error();
    const auto records = m_workspace.tokens().list();
    if (!records)
        return records.error();
    return statusOf(found.value(), records.value());
}
