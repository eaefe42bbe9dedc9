#include "core/sync/syncengine.h"

#include "core/apple/appleclient.h"
#include "core/common/logging.h"
#include "core/store/assetcounthistory.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/metadatastore.h"
#include "core/store/stagingarea.h"
#include "core/store/synchistory.h"
#include "core/store/tokenstore.h"
#include "core/store/transaction.h"
#include "core/store/userstore.h"
#include "core/sync/applerecords.h"
#include "core/sync/failurerecord.h"
#include "core/sync/metadatafetcher.h"
#include "core/token/tokenhealth.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QUrlQuery>

namespace {

// Adds the time of a scope to a counter: where the time of a phase goes (network or disk).
class StoreTimer
{
public:
    explicit StoreTimer(qint64 &total)
        : m_total(total)
    {
        m_timer.start();
    }
    ~StoreTimer() { m_total += m_timer.elapsed(); }

private:
    qint64 &m_total;
    QElapsedTimer m_timer;
};

constexpr int kVersionUnknown = 9721; // Apple refused sinceVersionId

AssetRecord toRecord(const QString &tokenId, const Asset &a)
{
    AssetRecord r;
    r.tokenId = tokenId;
    r.adamId = a.adamId;
    r.pricingParam = a.pricingParam.isEmpty() ? QStringLiteral("STDQ") : a.pricingParam;
    r.productType = a.productType.isEmpty() ? QStringLiteral("App") : a.productType;
    r.totalCount = a.totalCount;
    r.assignedCount = a.assignedCount;
    r.availableCount = a.availableCount;
    r.retiredCount = a.retiredCount;
    r.deviceAssignable = a.deviceAssignable;
    r.revocable = a.revocable;
    r.unlimited = a.unlimited;
    r.platforms = a.supportedPlatforms;
    return r;
}

QString countsText(const AssetRecord &a)
{
    return QStringLiteral("total=%1 assigned=%2 available=%3 retired=%4")
        .arg(a.totalCount)
        .arg(a.assignedCount)
        .arg(a.availableCount)
        .arg(a.retiredCount);
}

QString assetKey(const AssetRecord &a)
{
    return a.adamId + QLatin1Char('\n') + a.pricingParam;
}

QUrlQuery sinceQuery(bool full, const QString &versionId)
{
    QUrlQuery query;
    if (!full)
        query.addQueryItem(QStringLiteral("sinceVersionId"), versionId);
    return query;
}

} // namespace

SyncEngine::SyncEngine(Database &db, const TokenRecord &token, AppleClient *client,
                       const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_token(token)
    , m_client(client)
    , m_options(options)
{
    m_report.tokenId = token.id;
    m_report.tokenName = token.name;
    m_heartbeat.setInterval(
        std::chrono::milliseconds(std::max<qint64>(1000, qint64(m_options.leaseTtl.count()) * 1000 / 3)));
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncEngine::heartbeat);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(
            VppError::make(VppError::Kind::Network, QStringLiteral("sync.deadline"),
                           tr("The sync of \u201c%1\u201d took longer than %n minute(s) and was stopped; the "
                              "inventory was left as it was.",
                              nullptr, int(m_options.maxRunTime.count() / 60))
                               .arg(m_token.name),
                           tr("Check the network and Apple's service status, then sync again.")));
    });
}

SyncEngine::~SyncEngine()
{
    // Destroyed mid-run (window closed, process quitting): nothing of the run may stay.
    if (m_running) {
        m_done = true;
        abortFetchers();
        if (m_client)
            m_client->cancelAll();
    }
    if (m_metadata)
        m_metadata->cancel();
    m_staging.reset();
    releaseLease();
}

void SyncEngine::abortFetchers()
{
    if (m_assetFetcher)
        m_assetFetcher->abort();
    if (m_userFetcher)
        m_userFetcher->abort();
    if (m_assignmentFetcher)
        m_assignmentFetcher->abort();
}

bool SyncEngine::wantsFullPass(const TokenRecord &token, const SyncOptions &options, const QDateTime &now)
{
    if (options.forceFull || !token.lastFullSyncAt.isValid() || token.assignmentsVersion.isEmpty())
        return true;
    return token.lastFullSyncAt.secsTo(now) >= qint64(options.fullSyncInterval.count());
}

bool SyncEngine::isTokenFatal(const VppError &error)
{
    switch (error.appleErrorNumber) {
    case TokenHealth::AppleLoginRequired:
    case TokenHealth::AppleTokenExpired:
    case TokenHealth::AppleInvalidToken:
    case TokenHealth::AppleTokenRevoked:
        return true;
    default:
        return false;
    }
}

QString SyncEngine::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return QStringLiteral("idle");
    case Phase::Config:
        return QStringLiteral("config");
    case Phase::Assets:
        return QStringLiteral("assets");
    case Phase::Users:
        return QStringLiteral("users");
    case Phase::Assignments:
        return QStringLiteral("assignments");
    case Phase::Commit:
        return QStringLiteral("commit");
    case Phase::Metadata:
        return QStringLiteral("metadata");
    case Phase::Done:
        break;
    }
    return QStringLiteral("done");
}

void SyncEngine::enterPhase(Phase phase)
{
    if (m_phase != Phase::Idle && m_phaseTimer.isValid())
        m_report.phaseMs.append({phaseName(m_phase), m_phaseTimer.elapsed()});
    m_phase = phase;
    m_phaseTimer.start();
    if (phase != Phase::Done)
        emitProgress();
}

void SyncEngine::later(void (SyncEngine::*step)())
{
    // Phases start from the event loop, never from inside the callback of the previous one, so a
    // fetcher is never replaced while its own code is on the stack.
    QMetaObject::invokeMethod(
        this,
        [this, step] {
            if (!m_done)
                (this->*step)();
        },
        Qt::QueuedConnection);
}

void SyncEngine::emitProgress()
{
    int done = m_pagesBefore;
    int known = m_pagesBefore;
    auto add = [&](const auto &fetcher) {
        if (fetcher) {
            done += fetcher->pagesDone();
            known += fetcher->pagesKnown();
        }
    };
    if (m_phase == Phase::Assets)
        add(m_assetFetcher);
    else if (m_phase == Phase::Users)
        add(m_userFetcher);
    else if (m_phase == Phase::Assignments)
        add(m_assignmentFetcher);
    Q_EMIT progressChanged(phaseName(m_phase), done, known);
}

void SyncEngine::addChange(const SyncChangeRecord &change)
{
    // The very first sync of a token would record its whole inventory as "added": counts only.
    if (m_report.firstSync || m_changes.size() >= m_options.maxChangeRows)
        return;
    m_changes.append(change);
}

void SyncEngine::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_report.startedAt = now;
    m_runTimer.start();
    m_requestsAtStart = m_client->transport().requestsSent();

    // The caller's record may be stale (renamed, versions moved by another run): use the row.
    const Result<std::optional<TokenRecord>> row = TokenStore(m_db).findById(m_token.id);
    if (!row) {
        fail(row.error());
        return;
    }
    if (!row.value()) {
        fail(VppError::make(VppError::Kind::Usage, QStringLiteral("sync.unknownToken"),
                            tr("The token \"%1\" is not in the database.").arg(m_token.name)));
        return;
    }
    m_token = *row.value();
    m_startUid = m_token.uid;
    m_report.tokenName = m_token.name;
    if (!takeLease())
        return;
    m_report.full = wantsFullPass(m_token, m_options, now);
    m_report.firstSync = !m_token.lastSyncAt.isValid();

    SyncHistory history(m_db);
    if (const Result<qint64> stale = history.markInterrupted(m_token.id); stale && stale.value() > 0)
        qCInfo(lcSync).noquote() << "marked" << stale.value() << "interrupted run(s) of token" << m_token.id;
    const Result<qint64> run = history.startRun(
        m_token.id, m_report.full ? QStringLiteral("full") : QStringLiteral("incremental"), now);
    if (!run) {
        fail(run.error());
        return;
    }
    m_report.runId = run.value();
    m_staging = std::make_unique<StagingArea>(m_db);
    if (m_options.maxRunTime.count() > 0)
        m_deadline.start(std::chrono::milliseconds(m_options.maxRunTime));
    qCInfo(lcSync).noquote() << "sync of token" << m_token.id << (m_report.full ? "full" : "incremental")
                             << "run" << m_report.runId;
    enterPhase(Phase::Config);
    startConfig();
}

VppError SyncEngine::leaseHeldError(const QString &holder) const
{
    return VppError::make(VppError::Kind::Usage, QStringLiteral("sync.leaseHeld"),
                          tr("\u201c%1\u201d is being synced by %2.").arg(m_token.name, holder),
                          tr("That sync updates this inventory too; wait for it to finish."));
}

bool SyncEngine::takeLease()
{
    const Result<std::optional<LeaseRecord>> lease =
        LeaseStore(m_db).acquire(LeaseStore::syncResource(m_token.id), m_options.leaseTtl);
    if (!lease) {
        fail(lease.error());
        return false;
    }
    if (lease.value()) {
        fail(leaseHeldError(lease.value()->holder));
        return false;
    }
    m_leased = true;
    m_heartbeat.start();
    return true;
}

void SyncEngine::heartbeat()
{
    if (!m_leased)
        return;
    const Result<bool> renewed =
        LeaseStore(m_db).renew(LeaseStore::syncResource(m_token.id), m_options.leaseTtl);
    if (!renewed) {
        // A busy database delays a heartbeat; the lease outlives a few missed ones.
        qCWarning(lcSync).noquote() << "could not renew the sync lease:" << renewed.error().toLogString();
        return;
    }
    if (!renewed.value() && !m_committed) {
        m_leased = false;
        m_heartbeat.stop();
        const auto other = LeaseStore(m_db).find(LeaseStore::syncResource(m_token.id));
        fail(leaseHeldError(other && other.value() ? other.value()->holder : tr("another program")));
    }
}

void SyncEngine::releaseLease()
{
    m_heartbeat.stop();
    if (!m_leased)
        return;
    m_leased = false;
    if (const Result<void> released = LeaseStore(m_db).release(LeaseStore::syncResource(m_token.id));
        !released)
        qCWarning(lcSync).noquote() << "could not release the sync lease (it expires by itself):"
                                    << released.error().toLogString();
}

void SyncEngine::cancel()
{
    if (m_committed && !m_done) {
        // The inventory is in; only names and icons were still arriving.
        if (m_metadata)
            m_metadata->cancel();
        metadataFinished();
        return;
    }
    if (!m_running || m_done)
        return;
    fail(VppError::make(VppError::Kind::Cancelled, QStringLiteral("sync.cancelled"),
                        tr("The sync was cancelled; the inventory was left as it was.")));
}

void SyncEngine::startConfig()
{
    const std::weak_ptr<int> alive = m_alive;
    m_client->clientConfig([this, alive](Result<ClientConfig> config) {
        if (alive.expired() || m_done)
            return;
        if (!config) {
            fail(config.error());
            return;
        }
        configArrived(config.value());
    });
}

void SyncEngine::configArrived(const ClientConfig &config)
{
    m_config = config;
    applyConfigToToken(config);
    later(&SyncEngine::startAssets);
}

void SyncEngine::applyConfigToToken(const ClientConfig &config)
{
    if (!config.locationName.isEmpty())
        m_token.locationName = config.locationName;
    if (!config.countryISO2ACode.isEmpty())
        m_token.countryCode = config.countryISO2ACode;
    if (!config.uId.isEmpty())
        m_token.uid = config.uId;
    if (config.tokenExpirationDate.isValid())
        m_token.expiresAt = config.tokenExpirationDate;
    if (!config.defaultPlatform.isEmpty())
        m_token.defaultPlatform = config.defaultPlatform;
    if (!config.websiteUrl.isEmpty())
        m_token.websiteUrl = config.websiteUrl;
    const MdmInfo mdm = config.mdmInfo.value_or(MdmInfo());
    m_token.mdmInfoId = mdm.id;
    m_token.mdmInfoName = mdm.name;
    m_token.mdmInfoMetadata = mdm.metadata;
}

void SyncEngine::startAssets()
{
    enterPhase(Phase::Assets);
    m_assets.clear();
    PageFetcher<Asset>::Handlers h;
    h.page = [this](const ApplePage<Asset> &page) -> Result<void> {
        for (const Asset &a : page.items)
            m_assets.append(toRecord(m_token.id, a));
        return {};
    };
    h.restart = [this]() -> Result<void> {
        m_assets.clear();
        return {};
    };
    h.finished = [this](const QString &versionId) {
        m_assetsVersion = versionId;
        later(&SyncEngine::assetsDone);
    };
    h.failed = [this](const VppError &error) { fail(error); };
    h.progress = [this] { emitProgress(); };
    h.cancelInFlight = [this] { m_client->cancelAll(); };
    m_assetFetcher = std::make_unique<PageFetcher<Asset>>(
        QStringLiteral("assets"),
        [this](int pageIndex, AppleClient::Callback<ApplePage<Asset>> done) {
            m_client->assetsPage({}, pageIndex, std::move(done));
        },
        std::move(h), m_options.maxRestarts);
    m_assetFetcher->start();
}

void SyncEngine::assetsDone()
{
    m_pagesBefore += m_assetFetcher->pagesDone();
    if (m_options.fetchMetadata) {
        QStringList ids;
        QSet<QString> seen;
        for (const AssetRecord &a : std::as_const(m_assets)) {
            if (!seen.contains(a.adamId)) {
                seen.insert(a.adamId);
                ids << a.adamId;
            }
        }
        startMetadata(ids);
    }
    later(&SyncEngine::startUsers);
}

void SyncEngine::startMetadata(const QStringList &adamIds)
{
    QNetworkAccessManager *network = m_client->transport().network();
    if (!network || adamIds.isEmpty())
        return;
    m_metadata = std::make_unique<MetadataFetcher>(m_db, network, m_client->serviceUrl(), m_options);
    connect(m_metadata.get(), &MetadataFetcher::finished, this, &SyncEngine::metadataFinished);
    const QString platform =
        m_token.defaultPlatform.isEmpty() ? QStringLiteral("volumestore") : m_token.defaultPlatform;
    const QString country = m_token.countryCode.isEmpty() ? QStringLiteral("us") : m_token.countryCode;
    m_metadata->fetch(adamIds, platform, country);
}

void SyncEngine::startUsers()
{
    enterPhase(Phase::Users);
    m_usersFull = m_report.full || m_report.usersFellBackToFull || m_token.usersVersion.isEmpty();
    m_report.usersChanged = 0;
    if (const Result<void> reset = m_staging->resetUsers(); !reset) {
        fail(reset.error());
        return;
    }
    PageFetcher<VppUser>::Handlers h;
    h.page = [this](const ApplePage<VppUser> &page) -> Result<void> {
        const QList<VppUserRecord> rows = AppleRecords::userRecords(m_token.id, page.items);
        const StoreTimer timed(m_usersStoreMs);
        const Result<qint64> staged = m_staging->stageUsers(rows);
        return staged ? Result<void>() : Result<void>(staged.error());
    };
    h.restart = [this]() -> Result<void> { return m_staging->resetUsers(); };
    startDeltaList<VppUser>(
        {.name = QStringLiteral("users"),
         .fallbackText = "users version refused (9721): full users pass for token",
         .full = &m_usersFull,
         .sinceVersion = m_token.usersVersion,
         .fetcher = &m_userFetcher,
         .version = &m_usersVersion,
         .fellBackToFull = &m_report.usersFellBackToFull,
         .restartPass = &SyncEngine::startUsers,
         .doneStep = &SyncEngine::usersDoneStep,
         .fetchPage = [](AppleClient *c, const QUrlQuery &q, int i,
                         AppleClient::Callback<ApplePage<VppUser>> d) { c->usersPage(q, i, std::move(d)); }},
        std::move(h));
}

void SyncEngine::usersDoneStep()
{
    m_pagesBefore += m_userFetcher->pagesDone();
    later(&SyncEngine::startAssignments);
}

void SyncEngine::startAssignments()
{
    enterPhase(Phase::Assignments);
    m_assignmentsFull =
        m_report.full || m_report.assignmentsFellBackToFull || m_token.assignmentsVersion.isEmpty();
    if (m_assignmentsFull)
        m_report.full = true;
    if (const Result<void> reset = m_staging->resetAssignments(); !reset) {
        fail(reset.error());
        return;
    }
    PageFetcher<Assignment>::Handlers h;
    h.page = [this](const ApplePage<Assignment> &page) -> Result<void> {
        QList<AssignmentRecord> rows;
        rows.reserve(page.items.size());
        for (const Assignment &a : page.items)
            rows.append({m_token.id, a.adamId,
                         a.pricingParam.isEmpty() ? QStringLiteral("STDQ") : a.pricingParam, a.clientUserId,
                         a.serialNumber});
        const StoreTimer timed(m_assignmentsStoreMs);
        const Result<qint64> staged = m_staging->stageAssignments(rows);
        return staged ? Result<void>() : Result<void>(staged.error());
    };
    h.restart = [this]() -> Result<void> { return m_staging->resetAssignments(); };
    startDeltaList<Assignment>(
        {.name = QStringLiteral("assignments"),
         .fallbackText = "assignments version refused (9721): full reconciliation for token",
         .full = &m_assignmentsFull,
         .sinceVersion = m_token.assignmentsVersion,
         .fetcher = &m_assignmentFetcher,
         .version = &m_assignmentsVersion,
         .fellBackToFull = &m_report.assignmentsFellBackToFull,
         .restartPass = &SyncEngine::startAssignments,
         .doneStep = &SyncEngine::assignmentsDoneStep,
         .fetchPage =
             [](AppleClient *c, const QUrlQuery &q, int i, AppleClient::Callback<ApplePage<Assignment>> d) {
                 c->assignmentsPage(q, i, std::move(d));
             }},
        std::move(h));
}

template<typename T>
void SyncEngine::startDeltaList(const DeltaList<T> &list, typename PageFetcher<T>::Handlers h)
{
    h.finished = [this, list](const QString &versionId) {
        *list.version = versionId;
        later(list.doneStep);
    };
    h.failed = [this, list](const VppError &error) {
        if (!*list.full && error.appleErrorNumber == kVersionUnknown) {
            qCInfo(lcSync).noquote() << list.fallbackText << m_token.id;
            *list.fellBackToFull = true;
            m_pagesBefore += (*list.fetcher)->pagesDone();
            later(list.restartPass);
            return;
        }
        fail(error);
    };
    h.progress = [this] { emitProgress(); };
    h.cancelInFlight = [this] { m_client->cancelAll(); };
    const QUrlQuery query = sinceQuery(*list.full, list.sinceVersion);
    std::unique_ptr<PageFetcher<T>> &fetcher = *list.fetcher;
    if (fetcher) {
        m_pagesFetchedBefore += fetcher->pagesFetched();
        m_restartsBefore += fetcher->restarts();
    }
    const auto fetchPage = list.fetchPage;
    fetcher = std::make_unique<PageFetcher<T>>(
        list.name,
        [this, query, fetchPage](int pageIndex, AppleClient::Callback<ApplePage<T>> done) {
            fetchPage(m_client, query, pageIndex, std::move(done));
        },
        std::move(h), m_options.maxRestarts);
    fetcher->start();
}

void SyncEngine::assignmentsDoneStep()
{
    m_pagesBefore += m_assignmentFetcher->pagesDone();
    m_report.phaseMs.append({QStringLiteral("users.stage"), m_usersStoreMs});
    m_report.phaseMs.append({QStringLiteral("assignments.stage"), m_assignmentsStoreMs});
    // The full passes' diffs are read now, before the write lock: under it only the rows that
    // changed are written (unless another program wrote meanwhile).
    if (const Result<void> prepared = prepareDiffs(false); !prepared) {
        fail(prepared.error());
        return;
    }
    requestApply();
}

Result<void> SyncEngine::prepareDiffs(bool staleOnly)
{
    std::optional<qint64> current;
    if (staleOnly) {
        if (!m_preparedUsers && !m_preparedAssignments)
            return {};
        const Result<qint64> version = m_db.dataVersion();
        if (!version)
            return version.error();
        current = version.value();
    }
    const QString suffix = staleOnly ? QStringLiteral(".again") : QString();
    if (m_usersFull && (!staleOnly || (m_preparedUsers && *m_preparedUsers != *current))) {
        QElapsedTimer timer;
        timer.start();
        const auto prepared = UserStore(m_db).prepareStagedFull(m_token.id, m_staging->usersTable());
        if (!prepared)
            return prepared.error();
        m_preparedUsers = prepared.value();
        m_report.phaseMs.append({QStringLiteral("users.diff") + suffix, timer.elapsed()});
    }
    if (m_assignmentsFull &&
        (!staleOnly || (m_preparedAssignments && m_preparedAssignments->dataVersion != *current))) {
        QElapsedTimer timer;
        timer.start();
        const auto prepared =
            AssignmentStore(m_db).prepareStagedFull(m_token.id, m_staging->assignmentsTable());
        if (!prepared)
            return prepared.error();
        m_preparedAssignments = prepared.value();
        m_report.phaseMs.append({QStringLiteral("assignments.diff") + suffix, timer.elapsed()});
    }
    return {};
}

void SyncEngine::requestApply()
{
    enterPhase(Phase::Commit);
    m_applyWait.start();
    if (!m_applyGate) {
        apply();
        return;
    }
    const std::weak_ptr<int> alive = m_alive;
    QPointer<SyncEngine> self(this);
    m_applyGate([self, alive] {
        if (alive.expired() || !self)
            return;
        if (QThread::currentThread() == self->thread()) {
            if (!self->m_done)
                self->apply(); // the host's turn-taking relies on the apply being over on return
            return;
        }
        // Answered from another thread: the apply runs on the engine's.
        QMetaObject::invokeMethod(
            self.data(),
            [self, alive] {
                if (!alive.expired() && self && !self->m_done)
                    self->apply();
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::apply()
{
    if (m_done || m_committed)
        return;
    // Another connection committed since the diffs were read (an apply of another thread's run,
    // a job): read them again now, still without the lock, so that under it only the changes are
    // written. The host's turn-taking keeps other applies out until this one is over.
    if (const Result<void> fresh = prepareDiffs(true); !fresh) {
        fail(fresh.error());
        return;
    }
    // Everything is staged: the only write transaction of the run, as short as set-based SQL makes it.
    auto tx = std::make_unique<Transaction>(m_db);
    if (!tx->status()) {
        const VppError error = tx->status().error();
        if (error.is(VppError::Code::StoreBusy) &&
            m_applyWait.elapsed() < qint64(m_options.applyBusyTimeout.count()) * 1000) {
            // Another process is writing (its busy timeout ran out): the staged run waits.
            qCInfo(lcSync).noquote() << "database busy, apply of token" << m_token.id << "waits";
            const std::weak_ptr<int> alive = m_alive;
            QTimer::singleShot(500, this, [this, alive] {
                if (!alive.expired() && !m_done)
                    apply();
            });
            return;
        }
        fail(error);
        return;
    }
    m_report.applyWaitMs = m_applyWait.elapsed();
    QElapsedTimer held;
    held.start();
    struct Step
    {
        const char *name;
        Result<void> (SyncEngine::*run)();
    };
    for (const Step &step :
         {Step{"apply.assets", &SyncEngine::applyAssets}, Step{"apply.users", &SyncEngine::applyUsers},
          Step{"apply.assignments", &SyncEngine::applyAssignments},
          Step{"apply.record", &SyncEngine::recordRun}}) {
        QElapsedTimer stepTimer;
        stepTimer.start();
        if (const Result<void> done = (this->*step.run)(); !done) {
            tx.reset(); // rolls back before the failure is recorded
            m_report.outcome = SyncReport::Outcome::Running;
            fail(done.error());
            return;
        }
        m_report.phaseMs.append({QString::fromLatin1(step.name), stepTimer.elapsed()});
    }
    // Fault point for the crash tests: hold the apply open so a kill lands inside it.
    if (const int pauseMs = qEnvironmentVariableIntValue("VPPDESK_TEST_APPLY_PAUSE_MS"); pauseMs > 0)
        QThread::msleep(ulong(pauseMs));
    // The one commit of the run: before it, a crash or kill leaves the previous inventory.
    const Result<void> done = tx->commit();
    tx.reset();
    m_report.lockHeldMs = held.elapsed();
    if (!done) {
        m_report.outcome = SyncReport::Outcome::Running;
        fail(done.error());
        return;
    }
    committed();
}

Result<void> SyncEngine::applyAssets()
{
    AssetStore store(m_db);
    const Result<QList<AssetRecord>> before = store.list(m_token.id);
    if (!before)
        return before.error();
    QHash<QString, AssetRecord> old;
    for (const AssetRecord &a : before.value())
        old.insert(assetKey(a), a);
    const Result<AssetDiff> diff = store.applyFull(m_token.id, m_assets);
    if (!diff)
        return diff.error();
    m_report.newAssets = diff->added;
    m_report.removedAssets = diff->removed;
    m_report.countsChanged = diff->countsChanged;
    for (const AssetRecord &a : diff->addedAssets)
        addChange(
            {m_report.runId, SyncChangeRecord::assetAdded, a.adamId, a.pricingParam, {}, countsText(a)});
    for (const AssetRecord &a : diff->removedAssets)
        addChange(
            {m_report.runId, SyncChangeRecord::assetRemoved, a.adamId, a.pricingParam, countsText(a), {}});
    for (const AssetRecord &a : std::as_const(m_assets)) {
        const auto previous = old.constFind(assetKey(a));
        if (previous != old.constEnd() && !previous->sameCounts(a))
            addChange({m_report.runId, SyncChangeRecord::countsChanged, a.adamId, a.pricingParam,
                       countsText(*previous), countsText(a)});
    }
    // The counts that changed, for the runway (in this transaction, one statement).
    if (const Result<qint64> history =
            AssetCountHistory(m_db).record(m_token.id, m_report.runId, QDateTime::currentDateTimeUtc());
        !history)
        return history.error();
    const Result<qint64> count = store.countForToken(m_token.id);
    if (!count)
        return count.error();
    m_report.assets = count.value();
    return {};
}

Result<void> SyncEngine::applyUsers()
{
    UserStore users(m_db);
    const Result<qint64> written =
        m_usersFull ? users.applyStagedFull(m_token.id, m_staging->usersTable(), m_preparedUsers)
                    : users.applyStagedDelta(m_token.id, m_staging->usersTable());
    if (!written)
        return written.error();
    m_report.usersChanged = written.value();
    const Result<qint64> count = users.countForToken(m_token.id);
    if (!count)
        return count.error();
    m_report.users = count.value();
    return {};
}

Result<void> SyncEngine::applyAssignments()
{
    const int sampleLimit = m_report.firstSync ? 0 : qMax(0, m_options.maxChangeRows - int(m_changes.size()));
    AssignmentStore store(m_db);
    const QString table = m_staging->assignmentsTable();
    const Result<AssignmentDiff> diff = m_assignmentsFull
                                            ? store.applyStagedFull(m_token.id, table, sampleLimit)
                                            : store.applyStagedDelta(m_token.id, table, sampleLimit);
    if (!diff)
        return diff.error();
    m_report.assignmentsAdded = diff->added;
    m_report.assignmentsRemoved = diff->removed;
    m_report.assignments = diff->total;
    for (const AssignmentRecord &a : diff->addedSample)
        addChange(
            {m_report.runId, SyncChangeRecord::assignmentAdded, a.adamId, a.target(), {}, a.pricingParam});
    for (const AssignmentRecord &a : diff->removedSample)
        addChange(
            {m_report.runId, SyncChangeRecord::assignmentRemoved, a.adamId, a.target(), a.pricingParam, {}});
    return {};
}

Result<void> SyncEngine::recordRun()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenStore tokens(m_db);
    // The admin may have loaded another location's file into this token while the run fetched:
    // what the run learnt is about the old location and must not be written over the new one.
    const Result<std::optional<TokenRecord>> row = tokens.findById(m_token.id);
    if (!row)
        return row.error();
    if (!row.value())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("sync.unknownToken"),
                              tr("The token \"%1\" was removed during the sync.").arg(m_token.name));
    if (row.value()->uid != m_startUid)
        return VppError::make(VppError::Kind::Usage, QStringLiteral("sync.tokenMoved"),
                              tr("\u201c%1\u201d was updated to another location during the sync; nothing of "
                                 "the old location was kept.")
                                  .arg(m_token.name),
                              tr("Sync it again."));
    evaluateHealth();
    // Only what the run learnt: the admin may have renamed the token or changed its interval meanwhile.
    if (const Result<void> recorded = tokens.recordSyncFields(m_token); !recorded)
        return recorded;
    if (const Result<void> versions = tokens.setSyncVersions(
            m_token.id, m_assetsVersion, m_assignmentsVersion, m_usersVersion, now, m_report.full);
        !versions)
        return versions;
    SyncHistory history(m_db);
    m_report.changeRows = m_changes.size();
    if (const Result<void> changes = history.addChanges(m_report.runId, m_changes); !changes)
        return changes;
    m_report.outcome = SyncReport::Outcome::Ok;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    return history.finishRun(runRecord());
}

void SyncEngine::committed()
{
    m_committed = true;
    m_changes.clear();
    m_assets.clear();
    m_staging.reset();
    releaseLease();
    m_deadline.stop();
    qCInfo(lcSync).noquote() << "sync of token" << m_token.id << "committed:" << m_report.assets << "assets"
                             << m_report.users << "users" << m_report.assignments << "assignments (+"
                             << m_report.assignmentsAdded << "/-" << m_report.assignmentsRemoved
                             << ") lock held" << m_report.lockHeldMs << "ms";
    if (m_metadata && !m_metadata->isIdle()) {
        enterPhase(Phase::Metadata); // names and icons still arriving; the inventory is in
        return;
    }
    metadataFinished();
}

void SyncEngine::metadataFinished()
{
    if (!m_committed || m_done)
        return;
    if (m_metadata) {
        if (!m_metadata->isIdle())
            return;
        const MetadataFetcher::Counts &c = m_metadata->counts();
        m_report.metadataFound = c.found;
        m_report.metadataNotFound = c.notFound;
        m_report.iconsStored = c.icons;
        m_report.metadataErrors = c.errors;
    }
    m_done = true;
    m_running = false;
    finish();
}

void SyncEngine::evaluateHealth()
{
    TokenHealth::Input input;
    input.expiresAt = m_token.expiresAt;
    input.now = QDateTime::currentDateTimeUtc();
    if (!m_token.mdmInfoId.isEmpty() || !m_token.mdmInfoName.isEmpty())
        input.mdmInfo = MdmInfo{m_token.mdmInfoId, m_token.mdmInfoName, m_token.mdmInfoMetadata};
    input.ourMdmId = m_options.ourMdmId;
    if (!m_token.uid.isEmpty()) {
        if (const Result<QList<TokenRecord>> same = TokenStore(m_db).findByUid(m_token.uid); same) {
            for (const TokenRecord &other : same.value()) {
                if (other.id != m_token.id) {
                    input.duplicate = true;
                    input.duplicateOf = other.name;
                    break;
                }
            }
        }
    }
    const TokenHealth health = TokenHealth::evaluate(input);
    m_token.status = health.status();
    m_token.statusReason = health.status() == TokenHealth::Status::Active ? QString() : health.reasonCode();
    m_token.lastAppleError = 0;
}

void SyncEngine::recordTokenProblem(const VppError &error)
{
    TokenHealth::Input input;
    input.expiresAt = m_token.expiresAt;
    input.now = QDateTime::currentDateTimeUtc();
    input.lastAppleErrorNumber = error.appleErrorNumber;
    if (!m_token.mdmInfoId.isEmpty() || !m_token.mdmInfoName.isEmpty())
        input.mdmInfo = MdmInfo{m_token.mdmInfoId, m_token.mdmInfoName, m_token.mdmInfoMetadata};
    input.ourMdmId = m_options.ourMdmId;
    const TokenHealth health = TokenHealth::evaluate(input);
    const Result<void> stored =
        TokenStore(m_db).setStatus(m_token.id, health.status(), health.reasonCode(), error.appleErrorNumber);
    if (!stored)
        qCWarning(lcSync).noquote() << "could not record the token status:" << stored.error().toLogString();
}

void SyncEngine::fail(const VppError &error)
{
    if (m_done)
        return;
    if (m_committed) {
        // Nothing after the commit can undo it: the metadata ends with what it has.
        if (m_metadata)
            m_metadata->cancel();
        m_done = true;
        m_running = false;
        finish();
        return;
    }
    m_done = true;
    m_running = false;
    m_deadline.stop();
    abortFetchers();
    m_client->cancelAll();
    if (m_metadata)
        m_metadata->cancel();
    m_staging.reset(); // the staged run goes; the inventory was never touched
    m_changes.clear();
    m_report.error = error;
    m_report.outcome = error.kind == VppError::Kind::Cancelled ? SyncReport::Outcome::Cancelled
                                                               : SyncReport::Outcome::Failed;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    if (isTokenFatal(error))
        recordTokenProblem(error);
    if (m_report.runId > 0) {
        const Result<void> recorded = SyncHistory(m_db).finishRun(runRecord());
        if (!recorded)
            qCWarning(lcSync).noquote()
                << "could not record the failed run:" << recorded.error().toLogString();
    }
    releaseLease();
    qCWarning(lcSync).noquote() << "sync of token" << m_token.id << SyncReport::outcomeKey(m_report.outcome)
                                << "in phase" << phaseName(m_phase) << ":" << error.toLogString();
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
    finish();
}

void SyncEngine::finish()
{
    enterPhase(Phase::Done);
    m_heartbeat.stop();
    m_deadline.stop();
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_report.requests = m_client->transport().requestsSent() - m_requestsAtStart;
    countWork();
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}

void SyncEngine::countWork()
{
    m_report.pages = m_pagesFetchedBefore;
    m_report.restarts = m_restartsBefore;
    auto add = [this](const auto &fetcher) {
        if (fetcher) {
            m_report.pages += fetcher->pagesFetched();
            m_report.restarts += fetcher->restarts();
        }
    };
    add(m_assetFetcher);
    add(m_userFetcher);
    add(m_assignmentFetcher);
}

SyncRunRecord SyncEngine::runRecord()
{
    countWork();
    SyncRunRecord r;
    r.id = m_report.runId;
    r.tokenId = m_token.id;
    r.startedAt = m_report.startedAt;
    r.finishedAt = m_report.finishedAt;
    r.kind = m_report.full ? QStringLiteral("full") : QStringLiteral("incremental");
    r.outcome = m_report.outcome;
    r.error = m_report.error.isError() ? FailureRecord::encode(m_report.error) : QString();
    r.assets = m_report.assets;
    r.users = m_report.users;
    r.assignments = m_report.assignments;
    r.pages = m_report.pages;
    r.assignmentsAdded = m_report.assignmentsAdded;
    r.assignmentsRemoved = m_report.assignmentsRemoved;
    r.newAssets = m_report.newAssets;
    r.countsChanged = m_report.countsChanged;
    return r;
}
