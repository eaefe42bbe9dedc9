#include "core/sync/syncrunner.h"

#include "core/apple/appleclient.h"
#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QThreadPool>

SyncRunner::SyncRunner(const QString &databasePath)
    : m_databasePath(databasePath)
{}

SyncRunner::~SyncRunner()
{
    close();
}

void SyncRunner::open()
{
    if (m_db)
        return;
    m_db = std::make_unique<Database>();
    const Result<void> opened = m_db->open(m_databasePath);
    if (!opened) {
        m_openError = opened.error();
        m_db.reset();
        return;
    }
    // An apply's commit would otherwise copy the journal back into the file under the lock.
    if (const Result<void> deferred = m_db->dialect().deferCheckpoints(m_db->connection()); !deferred)
        qCWarning(lcSync).noquote() << "checkpoints stay in the commits:" << deferred.error().toLogString();
}

void SyncRunner::checkpointLater()
{
    // After the apply's commit, off this thread and outside the write lock (a PASSIVE checkpoint
    // never blocks a writer): the other runs of this thread, other applies and the console's
    // writes go on. One at a time; a later apply's journal is copied by the next one.
    if (m_checkpointPending->exchange(true))
        return;
    QThreadPool::globalInstance()->start([path = m_databasePath, pending = m_checkpointPending] {
        Database db;
        if (const Result<void> opened = db.open(path); !opened) {
            qCWarning(lcSync).noquote() << "checkpoint skipped:" << opened.error().toLogString();
        } else if (const Result<void> done = db.dialect().checkpoint(db.connection()); !done) {
            qCWarning(lcSync).noquote() << "checkpoint failed:" << done.error().toLogString();
        }
        pending->store(false);
    });
}

void SyncRunner::run(const TokenRecord &token, const ClientFactory &makeClient, const SyncOptions &options)
{
    if (!m_db)
        open();
    if (!m_db) {
        Q_EMIT finished(failedReport(token, m_openError));
        return;
    }
    if (m_engines.contains(token.id))
        return;
    // The engine owns its network manager and client: they go with it.
    auto network = std::make_unique<QNetworkAccessManager>();
    Result<std::unique_ptr<AppleClient>> client = makeClient(network.get());
    if (!client) {
        Q_EMIT finished(failedReport(token, client.error()));
        return;
    }
    auto *engine = new SyncEngine(*m_db, token, client.value().get(), options, this);
    network.release()->setParent(engine);
    client.value().release()->setParent(engine);
    m_engines.insert(token.id, engine);
    const QString tokenId = token.id;
    engine->setApplyGate([this, tokenId](std::function<void()> proceed) {
        m_pendingApplies.insert(tokenId, std::move(proceed));
        Q_EMIT applyRequested(tokenId);
    });
    connect(engine, &SyncEngine::progressChanged, this,
            [this, tokenId](const QString &phase, int done, int known) {
                Q_EMIT progressChanged(tokenId, phase, done, known);
            });
    connect(engine, &SyncEngine::finished, this, [this, tokenId](const SyncReport &report) {
        // The engine is still on the stack of its own signal: delete it later.
        if (SyncEngine *done = m_engines.take(tokenId))
            done->deleteLater();
        if (m_pendingApplies.remove(tokenId) > 0)
            Q_EMIT applyFinished(tokenId); // failed or cancelled while waiting for its turn
        Q_EMIT finished(report);
    });
    engine->start();
}

void SyncRunner::grantApply(const QString &tokenId)
{
    const std::function<void()> proceed = m_pendingApplies.take(tokenId);
    if (proceed) {
        proceed(); // applies now, on this thread: the write is over when it returns
        checkpointLater();
    }
    Q_EMIT applyFinished(tokenId);
}

void SyncRunner::cancel(const QString &tokenId)
{
    const QList<SyncEngine *> engines =
        tokenId.isEmpty() ? m_engines.values() : QList{m_engines.value(tokenId)};
    for (SyncEngine *engine : engines) {
        if (engine)
            engine->cancel();
    }
}

void SyncRunner::close()
{
    const QList<SyncEngine *> engines = m_engines.values();
    m_engines.clear();
    m_pendingApplies.clear();
    for (SyncEngine *engine : engines) {
        engine->disconnect(this);
        delete engine; // leaves nothing of what it had not committed
    }
    m_db.reset();
}

SyncReport SyncRunner::failedReport(const TokenRecord &token, const VppError &error) const
{
    SyncReport report;
    report.tokenId = token.id;
    report.tokenName = token.name;
    report.outcome = SyncReport::Outcome::Failed;
    report.error = error;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.finishedAt = report.startedAt;
    return report;
}
