// AuditVerifier: walks the audit chain off the GUI thread. Each run opens its own connection to the
// database file in a worker thread (a QSqlDatabase belongs to one thread), verifies with the trust
// the GUI read from the keychain, and hands the outcome back on the GUI thread through finished().
// A verifier destroyed while a run is going waits for it (the walk only reads).
#pragma once

#include "core/common/result.h"
#include "core/store/auditentry.h"

#include <QObject>

class QThread;

class AuditVerifier : public QObject
{
    Q_OBJECT

public:
    explicit AuditVerifier(QObject *parent = nullptr);
    ~AuditVerifier() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts a run unless one is going; finished() follows exactly once per started run.
    bool start(const QString &databasePath, const AuditTrust &trust);

Q_SIGNALS:
    void finished(const Result<AuditVerification> &outcome);

private:
    QThread *m_thread = nullptr; // the run going, deleted once it has finished
};
