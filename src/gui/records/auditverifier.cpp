#include "auditverifier.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"

#include <QThread>

AuditVerifier::AuditVerifier(QObject *parent)
    : QObject(parent)
{}

AuditVerifier::~AuditVerifier()
{
    if (m_thread)
        m_thread->wait();
}

bool AuditVerifier::start(const QString &databasePath, const AuditTrust &trust)
{
    if (m_thread)
        return false;
    // The verifier outlives the thread (its destructor waits), so the thread may post to it.
    QThread *thread = QThread::create([this, databasePath, trust] {
        Result<AuditVerification> outcome = [&]() -> Result<AuditVerification> {
            Database db; // this thread's own connection
            if (const Result<void> opened = db.open(databasePath); !opened)
                return opened.error();
            return AuditLog(db).verify(trust);
        }();
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
    });
    thread->start();
    return true;
}
