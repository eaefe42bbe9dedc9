#include "core/licensing/jobrunner.h"

#include "core/apple/appleclient.h"
#include "core/apple/appleerror.h"
#include "core/common/logging.h"
#include "core/common/systemuser.h"
#include "core/licensing/assignmentplanner.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/jobstore.h"
#include "core/store/leasestore.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"
#include "core/store/userstore.h"
#include "core/sync/applerecords.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {

using BatchState = RecordState::Batch;
using JobState = RecordState::Job;

// Our own reasons for failing targets, journaled as codes (the sentence is made when shown).
const QString codePendingTooOften = QStringLiteral("licensing.pendingTooOften");
const QString codeJobTooOld = QStringLiteral("licensing.jobTooOld");

QString pairKey(const QString &adamId, const QString &pricingParam, const QString &target)
{
    return QString(adamId + u'\n' + pricingParam + u'\n' + target);
}

QJsonArray assetsJson(const QList<AssetRef> &assets)
{
    QJsonArray array;
    for (const AssetRef &a : assets)
        array.append(QJsonObject{{QStringLiteral("adamId"), a.adamId},
                                 {QStringLiteral("pricingParam"), a.pricingParam}});
    return array;
}

// Apple's failures as journaled (ErrorResponse with errorInfo).
QJsonArray failuresJson(const QList<EventFailure> &failures)
{
    QJsonArray array;
    for (const EventFailure &f : failures) {
        QJsonObject info{{QStringLiteral("clientUserIds"), QJsonArray::fromStringList(f.clientUserIds)},
                         {QStringLiteral("serialNumbers"), QJsonArray::fromStringList(f.serialNumbers)},
                         {QStringLiteral("assets"), assetsJson(f.assets)}};
        array.append(QJsonObject{{QStringLiteral("errorNumber"), f.errorNumber},
                                 {QStringLiteral("errorMessage"), f.errorMessage},
                                 {QStringLiteral("errorInfo"), info}});
    }
    return array;
}

// A batch that Apple refused as a whole: every target failed with the same error.
QJsonArray wholeBatchFailure(const PlanBatch &batch, const VppError &error)
{
    EventFailure f;
    f.errorNumber = error.appleErrorNumber;
    f.errorMessage = error.message;
    f.clientUserIds = batch.clientUserIds;
    for (const RequestUser &u : batch.users)
        f.clientUserIds.append(u.clientUserId);
    f.serialNumbers = batch.serialNumbers;
    f.assets = batch.assets;
    return failuresJson({f});
}

// A batch we gave up on: every target failed for one of our reasons, journaled as its code and
// untranslated parameters (the sentence is made when shown, see JobRunner::failureText).
QJsonArray wholeBatchFailure(const PlanBatch &batch, const QString &code, const QString &parameter, int value)
{
    QJsonArray array = wholeBatchFailure(batch, VppError());
    QJsonObject failure = array.first().toObject();
    failure.insert(QStringLiteral("code"), code);
    failure.insert(parameter, value);
    array.replace(0, failure);
    return array;
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list.append(s.toString());
    return list;
}

} // namespace

JobRunner::JobRunner(Database &db, AppleClient *client, const QString &tokenId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_tokenId(tokenId)
    , m_actor(SystemUser::name())
{}

JobRunner::~JobRunner()
{
    stop();
}

JobRunner::Job *JobRunner::job(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : &it.value();
}

void JobRunner::audit(const QString &action, const LicensePlan &plan, const QJsonObject &details)
{
    QJsonObject d = details;
    if (!plan.request.assets.isEmpty())
        d.insert(QStringLiteral("assets"), assetsJson(plan.request.assets));
    AuditLog log(m_db);
    if (const auto r = log.append(m_actor, action, plan.tokenName, d); !r)
        qCWarning(lcLicensing) << "audit entry not written:" << r.error().toLogString();
}

void JobRunner::setLeaseTtl(std::chrono::seconds ttl)
{
    m_leaseTtl = ttl;
    if (m_heartbeat)
        m_heartbeat->setInterval(
            std::chrono::milliseconds(qMax<qint64>(500, qint64(ttl.count()) * 1000 / 3)));
}

void JobRunner::renewLeases()
{
    const QList<qint64> ids = m_jobs.keys();
    for (qint64 id : ids)
        stillOurs(id);
}

bool JobRunner::stillOurs(qint64 jobId)
{
    const Result<bool> renewed = LeaseStore(m_db).renew(LeaseStore::jobResource(jobId), m_leaseTtl);
    if (!renewed) {
        // A busy database delays a heartbeat; the lease outlives a few missed ones. Nothing is
        // submitted on a lease we could not confirm.
        qCWarning(lcLicensing) << "job" << jobId << "lease not renewed:" << renewed.error().toLogString();
        return false;
    }
    if (renewed.value())
        return true;
    // Another process drives it now (our lease expired): forget it here, change nothing.
    qCWarning(lcLicensing) << "job" << jobId << "is driven by another process now; leaving it";
    if (Job *j = job(jobId); j && j->timer)
        j->timer->deleteLater();
    m_jobs.remove(jobId);
    return false;
}

void JobRunner::releaseLease(qint64 jobId)
{
    if (const auto released = LeaseStore(m_db).release(LeaseStore::jobResource(jobId)); !released)
        qCWarning(lcLicensing) << "job" << jobId
                               << "lease not released (it expires):" << released.error().toLogString();
}

Result<qint64> JobRunner::start(const LicensePlan &plan)
{
    JobStore store(m_db);
    const QString kind = LicenseRequest::kindKey(plan.request.kind);
    const auto id =
        store.create(plan.request.tokenId, kind, plan.toJournal(), plan.toText(), int(plan.batches.size()));
    if (!id)
        return id.error();
    if (const auto leased = LeaseStore(m_db).acquire(LeaseStore::jobResource(id.value()), m_leaseTtl);
        !leased)
        return leased.error();
    QJsonObject details{{QStringLiteral("jobId"), id.value()},
                        {QStringLiteral("batches"), int(plan.batches.size())},
                        {QStringLiteral("numRequested"), plan.taskCount()},
                        {QStringLiteral("excluded"), plan.excludedCount()},
                        {QStringLiteral("skipped"), plan.skippedCount()}};
    if (plan.request.force)
        details.insert(QStringLiteral("forced"), true);
    audit(QStringLiteral("license.") + kind, plan, details);

    Job j;
    j.id = id.value();
    j.plan = plan;
    for (const PlanBatch &b : plan.batches)
        j.batches.append({b, BatchState::Planned, {}, {}, 0, 0, false, 0});
    j.createdAt = QDateTime::currentDateTimeUtc();
    m_jobs.insert(j.id, j);
    qCInfo(lcLicensing) << "job" << j.id << kind << "started with" << plan.batches.size() << "batches";
    Q_EMIT jobStarted(j.id);
    scheduleResume(j.id);
    return id.value();
}

void JobRunner::scheduleResume(qint64 jobId)
{
    // Asynchronous so callers can connect to the signals after start().
    QTimer::singleShot(0, this, [this, jobId] {
        if (Job *j = job(jobId))
            run(*j);
    });
}

Result<QList<qint64>> JobRunner::resumePending()
{
    JobStore store(m_db);
    const auto jobs = store.running(m_tokenId);
    if (!jobs)
        return jobs.error();
    QList<qint64> resumed;
    for (const JobRecord &record : jobs.value()) {
        if (m_jobs.contains(record.id))
            continue;
        // A job another live process drives is left to it; one whose owner died is taken over.
        const auto leased = LeaseStore(m_db).acquire(LeaseStore::jobResource(record.id), m_leaseTtl);
        if (!leased)
            return leased.error();
        if (leased.value()) {
            qCInfo(lcLicensing) << "job" << record.id << "is driven by" << leased.value()->holder;
            continue;
        }
        const auto events = store.events(record.id);
        if (!events)
            return events.error();
        Job j;
        j.id = record.id;
        j.plan = LicensePlan::fromJournal(record.payload);
        j.createdAt = record.createdAt;
        const bool idempotent = j.plan.request.kind == LicenseRequest::Kind::Assign ||
                                j.plan.request.kind == LicenseRequest::Kind::Unassign;
        for (const PlanBatch &b : j.plan.batches) {
            Batch batch{b, BatchState::Planned, {}, {}, 0, 0, false, 0};
            for (const JobEventRecord &e : events.value())
                if (e.batchNo == b.number) {
                    batch.status = e.status;
                    // A batch cut off while being submitted may have reached Apple. Associate and
                    // disassociate are idempotent there and are sent again; any other request
                    // would make a second event: its outcome is looked up instead.
                    if (e.status == BatchState::Submitting)
                        batch.status = idempotent ? BatchState::Planned : BatchState::OutcomeUnknown;
                    batch.eventId = e.eventId;
                    batch.submittedAt = e.updatedAt;
                    batch.numCompleted = e.numCompleted;
                    batch.numRequested = e.numRequested;
                    batch.resubmits = e.resubmits;
                }
            j.batches.append(batch);
        }
        m_jobs.insert(j.id, j);
        resumed.append(j.id);
        qCInfo(lcLicensing) << "job" << j.id << "resumed";
        scheduleResume(j.id);
    }
    return resumed;
}

void JobRunner::run(Job &j)
{
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(
            std::chrono::milliseconds(qMax<qint64>(500, qint64(m_leaseTtl.count()) * 1000 / 3)));
        connect(m_heartbeat, &QTimer::timeout, this, &JobRunner::renewLeases);
    }
    if (!m_heartbeat->isActive())
        m_heartbeat->start();
    if (!j.timer) {
        j.timer = new QTimer(this);
        j.timer->setSingleShot(true);
        const qint64 jobId = j.id;
        connect(j.timer, &QTimer::timeout, this, [this, jobId] { poll(jobId); });
    }
    j.generation = ++m_generation;
    emitProgress(j);
    for (int i = 0; i < j.batches.size(); ++i)
        if (j.batches[i].status == BatchState::OutcomeUnknown && !j.batches[i].busy)
            outcomeUnknown(j, i); // a resumed batch cut off while being sent
    if (expireIfTooOld(j)) {
        maybeFinish(j.id);
        return;
    }
    submitNext(j.id);
}

void JobRunner::submitNext(qint64 jobId)
{
    Job *j = job(jobId);
    if (!j)
        return;
    for (int i = 0; i < j->batches.size(); ++i)
        if (j->batches[i].status == BatchState::Planned) {
            submitBatch(*j, i);
            return;
        }
    // Everything submitted: poll, or finish when nothing is pending.
    j->submitting = false;
    maybeFinish(jobId);
    if (Job *still = job(jobId); still && !still->timer->isActive())
        still->timer->start(m_pollInterval);
}

void JobRunner::submitBatch(Job &j, int index)
{
    // Never (re)submitted by a process that no longer holds the job.
    if (const qint64 jobId = j.id; !stillOurs(jobId)) {
        // Still ours but not confirmed (the database was busy): try again at the next poll.
        if (Job *still = job(jobId); still && still->timer)
            still->timer->start(m_pollInterval);
        return;
    }
    Batch &batch = j.batches[index];
    JobStore store(m_db);
    if (auto r = store.markSubmitted(j.id, batch.plan.number, BatchState::Submitting, {}); !r)
        qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
    batch.status = BatchState::Submitting;
    batch.busy = true;
    j.submitting = true;
    const qint64 jobId = j.id;
    const int generation = j.generation;
    QPointer<JobRunner> self(this);
    auto done = [self, jobId, index, generation](Result<EventResponse> response) {
        if (!self)
            return;
        Job *jj = self->job(jobId);
        if (!jj || jj->generation != generation) {
            // Cancelled or stopped meanwhile: still journal the event, it runs at Apple.
            if (response) {
                const auto journaled =
                    JobStore(self->m_db).markSubmitted(jobId, index, BatchState::Pending, response->eventId);
                if (!journaled)
                    qCWarning(lcLicensing) << "journal:" << journaled.error().toLogString();
            } else if (response.error().is(VppError::Code::AppleOutcomeUnknown)) {
                // Not ours to settle any more; the row must not say "submitting" and be re-sent.
                const auto journaled =
                    JobStore(self->m_db).markSubmitted(jobId, index, BatchState::OutcomeUnknown, {});
                if (!journaled)
                    qCWarning(lcLicensing) << "journal:" << journaled.error().toLogString();
            }
            return;
        }
        Batch &b = jj->batches[index];
        b.busy = false;
        JobStore s(self->m_db);
        if (!response && response.error().is(VppError::Code::AppleOutcomeUnknown)) {
            qCWarning(lcLicensing) << "job" << jobId << "batch" << index
                                   << "may have reached Apple:" << response.error().toLogString();
            self->outcomeUnknown(*jj, index);
        } else if (!response) {
            const VppError &e = response.error();
            qCWarning(lcLicensing) << "job" << jobId << "batch" << index << "refused:" << e.toLogString();
            self->finishBatch(*jj, index, BatchState::Error, 0, b.plan.taskCount(),
                              wholeBatchFailure(b.plan, e));
            if (e.kind == VppError::Kind::Token || e.kind == VppError::Kind::Cancelled) {
                // The token cannot be used: the remaining batches would fail the same way.
                for (int k = 0; k < jj->batches.size(); ++k)
                    if (jj->batches[k].status == BatchState::Planned)
                        self->finishBatch(*jj, k, BatchState::Error, 0, jj->batches[k].plan.taskCount(),
                                          wholeBatchFailure(jj->batches[k].plan, e));
            }
        } else {
            b.status = BatchState::Pending;
            b.eventId = response->eventId;
            b.submittedAt = QDateTime::currentDateTimeUtc();
            b.numRequested = b.plan.taskCount();
            if (auto r = s.markSubmitted(jobId, index, BatchState::Pending, b.eventId); !r)
                qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
            if (auto r = s.setProgress(jobId, index, 0, b.numRequested); !r)
                qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
            qCInfo(lcLicensing) << "job" << jobId << "batch" << index << "submitted as event" << b.eventId;
        }
        self->emitProgress(*jj);
        self->submitNext(jobId);
    };
    if (!m_client) {
        done(VppError::make(VppError::Kind::Internal, QStringLiteral("licensing.noClient"),
                            tr("No connection to Apple for this token.")));
        return;
    }
    const PlanBatch &p = batch.plan;
    switch (j.plan.request.kind) {
    case LicenseRequest::Kind::Assign:
        m_client->associate({p.assets, p.clientUserIds, p.serialNumbers}, done);
        break;
    case LicenseRequest::Kind::Unassign:
        m_client->disassociate({p.assets, p.clientUserIds, p.serialNumbers}, done);
        break;
    case LicenseRequest::Kind::Revoke:
        m_client->revoke({p.clientUserIds, p.serialNumbers}, done);
        break;
    case LicenseRequest::Kind::CreateUsers:
        m_client->createUsers(p.users, done);
        break;
    case LicenseRequest::Kind::UpdateUsers:
        m_client->updateUsers(p.users, done);
        break;
    case LicenseRequest::Kind::RetireUsers:
        m_client->retireUsers(p.users, done);
        break;
    }
}

void JobRunner::poll(qint64 jobId)
{
    Job *j = job(jobId);
    if (!j || !m_client)
        return;
    if (expireIfTooOld(*j)) {
        maybeFinish(jobId);
        return;
    }
    const int generation = j->generation;
    QPointer<JobRunner> self(this);
    bool asked = false;
    for (int i = 0; i < j->batches.size(); ++i) {
        Batch &b = j->batches[i];
        if (b.status != BatchState::Pending || b.busy)
            continue;
        if (b.eventId.isEmpty()) {
            b.status = BatchState::Planned;
            continue;
        }
        b.busy = true;
        asked = true;
        m_client->eventStatus(b.eventId, [self, jobId, i, generation](Result<EventStatus> status) {
            if (self)
                self->onStatus(jobId, i, generation, status);
        });
    }
    if (!asked) {
        submitNext(jobId);
        return;
    }
}

void JobRunner::onStatus(qint64 jobId, int index, int generation, const Result<EventStatus> &status)
{
    Job *j = job(jobId);
    if (!j || j->generation != generation)
        return;
    Batch &b = j->batches[index];
    b.busy = false;
    JobStore store(m_db);
    if (!status) {
        const VppError &e = status.error();
        if (e.appleErrorNumber == AppleError::EventNotFound || e.kind == VppError::Kind::Token) {
            // Apple does not know the event (or the token died): its targets are failures to retry.
            finishBatch(*j, index, BatchState::Error, 0, b.plan.taskCount(), wholeBatchFailure(b.plan, e));
        } else {
            qCWarning(lcLicensing) << "job" << jobId
                                   << "status poll failed, retrying later:" << e.toLogString();
        }
    } else if (status->isPending()) {
        b.numCompleted = status->numCompleted;
        b.numRequested = status->numRequested;
        if (auto r = store.setProgress(jobId, index, b.numCompleted, b.numRequested); !r)
            qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
        const qint64 age =
            b.submittedAt.isValid() ? b.submittedAt.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
        if (age >= m_resubmitAfter.count() && b.resubmits >= m_maxResubmits) {
            qCWarning(lcLicensing) << "job" << jobId << "batch" << index << "still pending after"
                                   << b.resubmits << "resubmissions: failed";
            finishBatch(
                *j, index, BatchState::Error, b.numCompleted, b.plan.taskCount(),
                wholeBatchFailure(b.plan, codePendingTooOften, QStringLiteral("resubmits"), b.resubmits));
        } else if (age >= m_resubmitAfter.count()) {
            // Apple's advice: an event PENDING for 10 minutes is submitted again.
            qCInfo(lcLicensing) << "job" << jobId << "batch" << index << "still pending, submitting again";
            b.status = BatchState::Planned;
            ++b.resubmits;
            if (auto r = store.markResubmit(jobId, index); !r)
                qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
        }
    } else {
        // Apple's eventStatus is one of the journal's texts (COMPLETE, FAILED).
        finishBatch(*j, index, RecordState::batchFromText(status->eventStatus, BatchState::Failed),
                    status->numCompleted, status->numRequested, failuresJson(status->failures));
    }
    j = job(jobId);
    if (!j)
        return;
    emitProgress(*j);
    const bool anyBusy =
        std::any_of(j->batches.cbegin(), j->batches.cend(), [](const Batch &x) { return x.busy; });
    if (anyBusy)
        return;
    const bool replan = std::any_of(j->batches.cbegin(), j->batches.cend(),
                                    [](const Batch &x) { return x.status == BatchState::Planned; });
    if (replan) {
        submitNext(jobId);
        return;
    }
    maybeFinish(jobId);
    if (Job *still = job(jobId))
        still->timer->start(m_pollInterval);
}

bool JobRunner::expireIfTooOld(Job &j)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!j.createdAt.isValid() || j.createdAt.secsTo(now) < qint64(m_maxJobAge.count()))
        return false;
    bool expired = false;
    for (int i = 0; i < j.batches.size(); ++i) {
        const Batch &b = j.batches[i];
        if (b.busy || !RecordState::isOpen(b.status))
            continue;
        finishBatch(j, i, BatchState::Error, b.numCompleted, b.plan.taskCount(),
                    wholeBatchFailure(b.plan, codeJobTooOld, QStringLiteral("hours"),
                                      int(m_maxJobAge.count() / 3600)));
        expired = true;
    }
    if (expired)
        qCWarning(lcLicensing) << "job" << j.id << "is older than" << m_maxJobAge.count()
                               << "s: its open batches failed";
    return expired;
}

void JobRunner::outcomeUnknown(Job &j, int index)
{
    Batch &b = j.batches[index];
    b.status = BatchState::OutcomeUnknown;
    b.numRequested = b.plan.taskCount();
    // No failures journaled: Retry failed must not send these targets again unseen.
    JobStore store(m_db);
    if (const auto r =
            store.finishBatch(j.id, b.plan.number, BatchState::OutcomeUnknown, 0, b.numRequested, {});
        !r)
        qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
    settle(j.id, index, j.generation, 0);
}

void JobRunner::settle(qint64 jobId, int index, int generation, int attempt)
{
    Job *j = job(jobId);
    if (!j || !m_client || j->generation != generation)
        return;
    Batch &b = j->batches[index];
    const PlanBatch &p = b.plan;
    const LicenseRequest::Kind kind = j->plan.request.kind;
    const bool assign = kind == LicenseRequest::Kind::Assign;
    // Only (dis)associations have a cheap lookup: one GET of assignments per asset and target.
    const qint64 lookups = qint64(p.assets.size()) * (p.clientUserIds.size() + p.serialNumbers.size());
    if ((!assign && kind != LicenseRequest::Kind::Unassign) || lookups == 0 || lookups > MaxSettleLookups) {
        qCInfo(lcLicensing) << "job" << jobId << "batch" << index << "left for the admin to check";
        return;
    }
    b.busy = true;
    // Apple works through an event before its assignments show: each look is one poll interval late.
    QTimer::singleShot(m_pollInterval, this, [this, jobId, index, generation, attempt, assign, lookups] {
        Job *jj = job(jobId);
        if (!jj || !m_client || jj->generation != generation)
            return;
        struct Lookup
        {
            qint64 remaining = 0;
            bool asAsked = true; // every target holds (assign) or lost (unassign) every asset
            bool failed = false;
        };
        auto lookup = std::make_shared<Lookup>();
        lookup->remaining = lookups;
        QPointer<JobRunner> self(this);
        auto answered = [self, jobId, index, generation, attempt, assign,
                         lookup](const AssetRef &asset, const QString &target,
                                 const Result<ApplePage<Assignment>> &page) {
            --lookup->remaining;
            if (!page) {
                lookup->failed = true;
            } else {
                const bool holds =
                    std::any_of(page->items.cbegin(), page->items.cend(), [&](const Assignment &a) {
                        return a.adamId == asset.adamId && a.pricingParam == asset.pricingParam &&
                               (a.clientUserId == target || a.serialNumber == target);
                    });
                lookup->asAsked = lookup->asAsked && holds == assign;
            }
            if (lookup->remaining > 0 || !self)
                return;
            self->settled(jobId, index, generation, attempt, !lookup->failed && lookup->asAsked);
        };
        const PlanBatch &plan = jj->batches[index].plan;
        for (const AssetRef &asset : plan.assets)
            for (const QStringList *targets : {&plan.clientUserIds, &plan.serialNumbers})
                for (const QString &target : *targets) {
                    QUrlQuery query;
                    query.addQueryItem(QStringLiteral("adamId"), asset.adamId);
                    query.addQueryItem(targets == &plan.clientUserIds ? QStringLiteral("clientUserId")
                                                                      : QStringLiteral("serialNumber"),
                                       target);
                    m_client->assignmentsPage(query, -1,
                                              [answered, asset, target](Result<ApplePage<Assignment>> page) {
                                                  answered(asset, target, page);
                                              });
                }
    });
}

void JobRunner::settled(qint64 jobId, int index, int generation, int attempt, bool confirmed)
{
    Job *j = job(jobId);
    if (!j || j->generation != generation)
        return;
    Batch &b = j->batches[index];
    b.busy = false;
    if (confirmed) {
        qCInfo(lcLicensing) << "job" << jobId << "batch" << index << "found done at Apple";
        finishBatch(*j, index, BatchState::Complete, b.plan.taskCount(), b.plan.taskCount(), {});
    } else if (attempt + 1 < SettleAttempts) {
        settle(jobId, index, generation, attempt + 1);
        return;
    } else {
        qCInfo(lcLicensing) << "job" << jobId << "batch" << index
                            << "not confirmed at Apple: left for the admin to check";
    }
    emitProgress(*j);
    maybeFinish(jobId);
}

QString JobRunner::failureText(const QJsonObject &failure)
{
    // Our codes are read back here, the journal's boundary; Apple's failures keep Apple's message.
    const QString code = failure.value(QStringLiteral("code")).toString();
    if (code == codePendingTooOften)
        return tr("Apple still had this request pending after it was sent again %1 times; it was given "
                  "up. Check the assignments before retrying.")
            .arg(failure.value(QStringLiteral("resubmits")).toInt());
    if (code == codeJobTooOld)
        return tr("The job was still unfinished after %1 hours; it was given up. Check the assignments "
                  "before retrying.")
            .arg(failure.value(QStringLiteral("hours")).toInt());
    return failure.value(QStringLiteral("errorMessage")).toString();
}

void JobRunner::finishBatch(Job &j, int index, RecordState::Batch status, qint64 completed, qint64 requested,
                            const QJsonArray &failures)
{
    Batch &b = j.batches[index];
    b.status = status;
    b.numCompleted = completed;
    b.numRequested = requested;
    // The journal and the inventory change together.
    Transaction tx(m_db);
    if (status == BatchState::Complete || status == BatchState::Failed)
        applySucceeded(j, b, failures);
    JobStore store(m_db);
    if (auto r = store.finishBatch(j.id, b.plan.number, status, completed, requested, failures); !r)
        qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
    if (auto r = tx.commit(); !r)
        qCWarning(lcLicensing) << "journal commit:" << r.error().toLogString();
    qCInfo(lcLicensing) << "job" << j.id << "batch" << index << RecordState::toText(status) << completed
                        << "/" << requested;
}

void JobRunner::applySucceeded(Job &j, const Batch &batch, const QJsonArray &failures)
{
    const PlanBatch &p = batch.plan;
    // Failed (asset, target) pairs; a failure without assets concerns every asset of the batch.
    QSet<QString> failedPairs;
    QSet<QString> failedTargets;
    for (const QJsonValue &v : failures) {
        const QJsonObject info = v[QStringLiteral("errorInfo")].toObject();
        QList<AssetRef> assets;
        for (const QJsonValue &a : info.value(QStringLiteral("assets")).toArray())
            assets.append(
                {a[QStringLiteral("adamId")].toString(), a[QStringLiteral("pricingParam")].toString()});
        if (assets.isEmpty())
            assets = p.assets;
        const QStringList targets = strings(info.value(QStringLiteral("clientUserIds"))) +
                                    strings(info.value(QStringLiteral("serialNumbers")));
        for (const QString &t : targets) {
            failedTargets.insert(t);
            for (const AssetRef &a : assets)
                failedPairs.insert(pairKey(a.adamId, a.pricingParam, t));
        }
    }

    AssignmentStore assignments(m_db);
    AssetStore assetStore(m_db);
    QHash<QString, qint64> countDelta; // adamId\npricing -> assigned delta
    const LicenseRequest::Kind kind = j.plan.request.kind;
    if (kind == LicenseRequest::Kind::Assign || kind == LicenseRequest::Kind::Unassign) {
        QList<AssignmentRecord> rows;
        for (const AssetRef &a : p.assets) {
            for (const QString &u : p.clientUserIds)
                if (!failedPairs.contains(pairKey(a.adamId, a.pricingParam, u)))
                    rows.append({m_tokenId, a.adamId, a.pricingParam, u, {}});
            for (const QString &s : p.serialNumbers)
                if (!failedPairs.contains(pairKey(a.adamId, a.pricingParam, s)))
                    rows.append({m_tokenId, a.adamId, a.pricingParam, {}, s});
        }
        const bool assign = kind == LicenseRequest::Kind::Assign;
        const auto diff =
            assign ? assignments.applyDelta(m_tokenId, rows) : assignments.applyDelta(m_tokenId, {}, rows);
        if (!diff) {
            qCWarning(lcLicensing) << "inventory update failed:" << diff.error().toLogString();
            return;
        }
        // Recount per asset from what actually changed in the table.
        if (p.assets.size() == 1)
            countDelta[QString(p.assets.first().adamId + u'\n' + p.assets.first().pricingParam)] =
                assign ? diff->added : -diff->removed;
        else
            for (const AssetRef &a : p.assets) {
                // Several assets: count the pairs sent for each (idempotent re-sends are rare).
                qint64 n = 0;
                for (const AssignmentRecord &r : rows)
                    n += r.adamId == a.adamId && r.pricingParam == a.pricingParam ? 1 : 0;
                countDelta[QString(a.adamId + u'\n' + a.pricingParam)] = assign ? n : -n;
            }
    } else if (kind == LicenseRequest::Kind::Revoke || kind == LicenseRequest::Kind::RetireUsers) {
        const auto assetList = assetStore.list(m_tokenId);
        QSet<QString> revocable;
        if (assetList)
            for (const AssetRecord &a : assetList.value())
                if (a.revocable)
                    revocable.insert(QString(a.adamId + u'\n' + a.pricingParam));
        QStringList users = p.clientUserIds;
        for (const RequestUser &u : p.users)
            users.append(u.clientUserId);
        QList<AssignmentRecord> removals;
        for (const QStringList *list : {static_cast<const QStringList *>(&users), &p.serialNumbers})
            for (const QString &t : *list) {
                if (failedTargets.contains(t))
                    continue;
                const auto holdings = assignments.holdingsOf(t);
                if (!holdings)
                    continue;
                for (const AssignmentRecord &a : holdings.value()) {
                    const QString key = QString(a.adamId + u'\n' + a.pricingParam);
                    if (a.tokenId == m_tokenId && a.isDevice() == (list == &p.serialNumbers) &&
                        revocable.contains(key)) {
                        removals.append(a);
                        countDelta[key] -= 1;
                    }
                }
            }
        if (const auto r = assignments.applyDelta(m_tokenId, {}, removals); !r)
            qCWarning(lcLicensing) << "inventory update failed:" << r.error().toLogString();
    }
    if (kind == LicenseRequest::Kind::CreateUsers || kind == LicenseRequest::Kind::UpdateUsers ||
        kind == LicenseRequest::Kind::RetireUsers) {
        QStringList succeeded;
        for (const RequestUser &u : p.users)
            if (!failedTargets.contains(u.clientUserId))
                succeeded.append(u.clientUserId);
        refreshUsers(j.id, succeeded);
    }

    // Counts: recomputed from the licenses we changed; the next sync brings Apple's own numbers.
    if (!countDelta.isEmpty()) {
        const auto assetList = assetStore.list(m_tokenId);
        if (!assetList)
            return;
        QList<AssetRecord> updated = assetList.value();
        bool changed = false;
        for (AssetRecord &a : updated) {
            const qint64 delta = countDelta.value(QString(a.adamId + u'\n' + a.pricingParam));
            if (delta == 0)
                continue;
            a.assignedCount = qMax<qint64>(0, a.assignedCount + delta);
            if (!a.unlimited)
                a.availableCount = qMax<qint64>(0, a.availableCount - delta);
            changed = true;
        }
        if (changed)
            if (const auto r = assetStore.applyFull(m_tokenId, updated); !r)
                qCWarning(lcLicensing) << "asset counts not updated:" << r.error().toLogString();
    }
}

void JobRunner::refreshUsers(qint64 jobId, const QStringList &clientUserIds)
{
    // The invite code and status come from Apple: read each user's rows back.
    if (!m_client)
        return;
    QPointer<JobRunner> self(this);
    const QString tokenId = m_tokenId;
    for (const QString &id : clientUserIds) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("clientUserId"), id);
        if (Job *j = job(jobId))
            ++j->refreshing;
        m_client->usersPage(query, -1, [self, tokenId, jobId](Result<ApplePage<VppUser>> page) {
            if (!self)
                return;
            if (Job *j = self->job(jobId))
                --j->refreshing;
            if (!page) {
                qCWarning(lcLicensing) << "users not read back:" << page.error().toLogString();
                self->maybeFinish(jobId);
                return;
            }
            const QList<VppUserRecord> rows = AppleRecords::userRecords(tokenId, page->items);
            UserStore store(self->m_db);
            if (const auto r = store.applyDelta(tokenId, rows); !r)
                qCWarning(lcLicensing) << "users not updated:" << r.error().toLogString();
            Q_EMIT self->usersRefreshed();
            self->maybeFinish(jobId);
        });
    }
}

void JobRunner::maybeFinish(qint64 jobId)
{
    Job *j = job(jobId);
    if (!j || j->refreshing > 0)
        return;
    for (const Batch &b : j->batches)
        if (b.busy || RecordState::isOpen(b.status))
            return;
    qint64 completed = 0, requested = 0;
    int failedBatches = 0;
    bool unknown = false;
    for (const Batch &b : j->batches) {
        completed += b.numCompleted;
        requested += b.numRequested;
        if (b.status != BatchState::Complete)
            ++failedBatches;
        unknown = unknown || b.status == BatchState::OutcomeUnknown;
    }
    JobState state = JobState::Done;
    if (unknown)
        state = JobState::NeedsChecking; // what the admin must look at before anything else
    else if (failedBatches > 0)
        state = completed > 0 ? JobState::Partial : JobState::Failed;
    JobStore store(m_db);
    if (const auto r = store.setState(jobId, state); !r)
        qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
    const auto events = store.events(jobId);
    const qint64 failedTargets = events ? failuresOf(events.value()).size() : 0;
    audit(QStringLiteral("job.finished"), j->plan,
          {{QStringLiteral("jobId"), jobId},
           {QStringLiteral("operation"), LicenseRequest::kindKey(j->plan.request.kind)},
           {QStringLiteral("state"), RecordState::toText(state)},
           {QStringLiteral("numCompleted"), completed},
           {QStringLiteral("numRequested"), requested},
           {QStringLiteral("failedTargets"), failedTargets}});
    if (j->timer)
        j->timer->deleteLater();
    m_jobs.remove(jobId);
    releaseLease(jobId);
    qCInfo(lcLicensing) << "job" << jobId << "finished:" << RecordState::toText(state);
    Q_EMIT jobFinished(jobId, state);
}

void JobRunner::emitProgress(const Job &j)
{
    int done = 0;
    qint64 completed = 0, requested = 0;
    for (const Batch &b : j.batches) {
        if (!b.busy && !RecordState::isOpen(b.status))
            ++done;
        completed += b.numCompleted;
        requested += b.numRequested ? b.numRequested : b.plan.taskCount();
    }
    Q_EMIT progressChanged(j.id, done, int(j.batches.size()), completed, requested);
}

void JobRunner::cancel(qint64 jobId)
{
    Job *j = job(jobId);
    if (!j)
        return;
    JobStore store(m_db);
    int submitted = 0;
    for (int i = 0; i < j->batches.size(); ++i) {
        Batch &b = j->batches[i];
        if (b.status == BatchState::Planned) {
            b.status = BatchState::Cancelled;
            if (const auto r = store.finishBatch(jobId, b.plan.number, BatchState::Cancelled, 0, 0, {}); !r)
                qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
        } else if (b.status == BatchState::Pending || b.status == BatchState::Submitting) {
            ++submitted; // keeps running at Apple; its row stays PENDING with its eventId
        }
    }
    if (const auto r = store.setState(jobId, JobState::Cancelled); !r)
        qCWarning(lcLicensing) << "journal:" << r.error().toLogString();
    audit(QStringLiteral("job.cancelled"), j->plan,
          {{QStringLiteral("jobId"), jobId}, {QStringLiteral("submittedBatches"), submitted}});
    if (j->timer)
        j->timer->deleteLater();
    m_jobs.remove(jobId);
    releaseLease(jobId);
    Q_EMIT jobFinished(jobId, JobState::Cancelled);
}

void JobRunner::stop()
{
    for (Job &j : m_jobs) {
        if (j.timer)
            j.timer->deleteLater();
        releaseLease(j.id); // another process may take the job over at once
    }
    m_jobs.clear();
}

QList<JobFailure> JobRunner::failuresOf(const QList<JobEventRecord> &events)
{
    QList<JobFailure> out;
    for (const JobEventRecord &e : events)
        for (const QJsonValue &v : e.failures) {
            const QJsonObject info = v[QStringLiteral("errorInfo")].toObject();
            JobFailure base;
            base.errorNumber = v[QStringLiteral("errorNumber")].toInt();
            base.errorMessage = failureText(v.toObject());
            for (const QJsonValue &a : info.value(QStringLiteral("assets")).toArray())
                base.assets.append(
                    {a[QStringLiteral("adamId")].toString(), a[QStringLiteral("pricingParam")].toString()});
            for (const QString &u : strings(info.value(QStringLiteral("clientUserIds")))) {
                JobFailure f = base;
                f.clientUserId = u;
                out.append(f);
            }
            for (const QString &s : strings(info.value(QStringLiteral("serialNumbers")))) {
                JobFailure f = base;
                f.serialNumber = s;
                out.append(f);
            }
        }
    return out;
}

Result<LicensePlan> JobRunner::planRetry(qint64 jobId) const
{
    JobStore store(m_db);
    const auto record = store.find(jobId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return StoreError::notFound(QStringLiteral("job"), QString::number(jobId));
    const auto events = store.events(jobId);
    if (!events)
        return events.error();
    const QList<JobFailure> failures = failuresOf(events.value());
    if (failures.isEmpty())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("licensing.nothingToRetry"),
                              tr("Job %1 has no failed targets.").arg(jobId));
    LicenseRequest request = LicensePlan::fromJournal(record->value().payload).request;
    request.groupName.clear();
    QStringList users, serials;
    QList<AssetRef> assets;
    for (const JobFailure &f : failures) {
        if (!f.clientUserId.isEmpty() && !users.contains(f.clientUserId))
            users.append(f.clientUserId);
        if (!f.serialNumber.isEmpty() && !serials.contains(f.serialNumber))
            serials.append(f.serialNumber);
        for (const AssetRef &a : f.assets)
            if (!assets.contains(a))
                assets.append(a);
    }
    if (request.isUserOperation()) {
        QList<RequestUser> kept;
        for (const RequestUser &u : request.users)
            if (users.contains(u.clientUserId))
                kept.append(u);
        request.users = kept;
        request.clientUserIds.clear();
    } else {
        request.clientUserIds = users;
        request.serialNumbers = serials;
        if (!assets.isEmpty())
            request.assets = assets;
    }
    AssignmentPlanner planner(m_db);
    if (m_client && m_client->cachedServiceConfig())
        planner.setServiceConfig(*m_client->cachedServiceConfig());
    planner.setOurMdmId(m_ourMdmId);
    return planner.plan(request);
}

Result<qint64> JobRunner::retryFailed(qint64 jobId)
{
    const auto plan = planRetry(jobId);
    if (!plan)
        return plan.error();
    return start(plan.value());
}
