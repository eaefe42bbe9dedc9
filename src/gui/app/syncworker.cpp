#include "syncworker.h"

#include "core/apple/appleclient.h"
#include "core/store/database.h"
#include "core/sync/syncengine.h"
#include "core/workspace/workspace.h"

#include <QNetworkAccessManager>

SyncWorker::SyncWorker(const QString &databasePath, const SyncOptions &options)
    : m_databasePath(databasePath)
    , m_options(options)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::open()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_db = std::make_unique<Database>();
    const Result<void> opened = m_db->open(m_databasePath);
    if (!opened) {
        m_openError = opened.error();
        m_db.reset();
    }
}

void SyncWorker::run(const TokenRecord &token, const QString &secret, bool full)
{
    if (!m_db || m_engine) {
        const VppError error = m_db ? VppError::make(VppError::Kind::Internal, QStringLiteral("sync.busy"),
                                                     tr("Another sync is still running."))
                                    : m_openError;
        Q_EMIT finished(failedReport(token, error));
        return;
    }
    m_client = std::make_unique<AppleClient>(m_network.get(), Workspace::serviceUrlOf(token), secret);
    SyncOptions options = m_options;
    options.forceFull = full;
    m_engine = new SyncEngine(*m_db, token, m_client.get(), options, this);
    const QString tokenId = token.id;
    connect(m_engine, &SyncEngine::progressChanged, this,
            [this, tokenId](const QString &phase, int done, int known) {
                Q_EMIT progressChanged(tokenId, phase, done, known);
            });
    connect(m_engine, &SyncEngine::finished, this, [this](const SyncReport &report) {
        // The engine is still on the stack of its own signal: delete it (and the client) later.
        SyncEngine *engine = m_engine;
        m_engine = nullptr;
        engine->deleteLater();
        AppleClient *client = m_client.release();
        connect(engine, &QObject::destroyed, client, &QObject::deleteLater);
        Q_EMIT finished(report);
    });
    m_engine->start();
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::close()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
        delete m_engine; // rolls back what it had not committed
        m_engine = nullptr;
    }
    m_client.reset();
    m_db.reset();
    m_network.reset();
}

SyncReport SyncWorker::failedReport(const TokenRecord &token, const VppError &error) const
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
