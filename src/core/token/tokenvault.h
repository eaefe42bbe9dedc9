// TokenVault: keeps content tokens (the whole .vpptoken contents) in the OS keychain through
// QtKeychain, one entry per token under a stable key (a token id such as a UUID). Never falls back to
// plain text: without a keychain every call fails with a Kind::Keychain error that says so.
//
// The asynchronous calls suit the GUI; the *Blocking() wrappers suit the CLI and tests. Every call has
// a timeout, because a keychain prompt that nobody answers would otherwise block forever. QtKeychain
// runs one job at a time: after a timeout the abandoned job still holds the queue until the keychain
// answers it, so later calls may time out too.
#pragma once

#include "core/common/result.h"
#include "core/token/pinnedtoken.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

class TokenVault : public QObject
{
    Q_OBJECT

public:
    using VoidCallback = std::function<void(const Result<void> &)>;
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using TokenCallback = std::function<void(const Result<PinnedToken> &)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    // The keychain service (the folder the entries live in) of the application.
    static QString defaultServiceName() { return QStringLiteral("VPP Desk"); }

    // serviceName lets tests keep their entries apart ("VPP Desk Test").
    explicit TokenVault(const QString &serviceName = defaultServiceName(), QObject *parent = nullptr);
    ~TokenVault() override;

    QString serviceName() const { return m_serviceName; }

    // Memory only: the secrets live in this object and are gone with it; the OS keychain is not
    // touched. For the demo session (its tokens must not outlive it) and for GUI tests.
    void setMemoryOnly(bool memoryOnly) { m_memoryOnly = memoryOnly; }
    bool isMemoryOnly() const { return m_memoryOnly; }

    // Timeout of the asynchronous calls (the blocking ones take their own).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Asynchronous: done is called exactly once, later, from the event loop (never from inside the
    // call), unless the vault is destroyed first.
    void write(const QString &key, const QString &secret, VoidCallback done);
    void read(const QString &key, ReadCallback done);
    void remove(const QString &key, VoidCallback done);

    // A content token with the origin it is pinned to (PinnedToken). read() and readBlocking() of a
    // token entry give its bare secret, so older callers keep working; every read remembers the
    // origin of the secret it returned (pinnedOriginOf).
    void writeToken(const QString &key, const PinnedToken &token, VoidCallback done);
    void readToken(const QString &key, TokenCallback done);
    Result<void> writeTokenBlocking(const QString &key, const PinnedToken &token,
                                    std::chrono::milliseconds timeout = DefaultTimeout);
    Result<PinnedToken> readTokenBlocking(const QString &key,
                                          std::chrono::milliseconds timeout = DefaultTimeout);
    // The origin a secret read from this vault is pinned to; empty when unknown or legacy.
    QString pinnedOriginOf(const QString &secret) const;

    // Blocking: run a local event loop until the keychain answers or the timeout passes.
    Result<void> writeBlocking(const QString &key, const QString &secret,
                               std::chrono::milliseconds timeout = DefaultTimeout);
    Result<QString> readBlocking(const QString &key, std::chrono::milliseconds timeout = DefaultTimeout);
    Result<void> removeBlocking(const QString &key, std::chrono::milliseconds timeout = DefaultTimeout);

private:
    enum class Operation { Write, Read, Remove };

    void startWrite(const QString &key, const QString &secret, std::chrono::milliseconds timeout,
                    VoidCallback done);
    void startRead(const QString &key, std::chrono::milliseconds timeout, ReadCallback done);
    void startRemove(const QString &key, std::chrono::milliseconds timeout, VoidCallback done);
    // Starts job; calls finished(job-or-null) once: with the job when it ended, with null on timeout.
    void run(QKeychain::Job *job, Operation operation, std::chrono::milliseconds timeout,
             std::function<void(QKeychain::Job *)> finished);
    Result<void> checkKey(const QString &key) const;
    // The memory-only store, answering at once.
    Result<void> memoryWrite(const QString &key, const QString &secret);
    Result<QString> memoryRead(const QString &key) const;
    Result<void> memoryRemove(const QString &key);
    VppError notFoundError() const;
    VppError mapError(const QKeychain::Job *job, Operation operation) const;
    VppError timeoutError(Operation operation, std::chrono::milliseconds timeout) const;
    static QString operationName(Operation operation);

    // Hands `result` to `done` from the event loop (the memory-only calls, like the keychain's).
    template<typename R, typename Callback>
    void answerLater(Callback done, R result)
    {
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    }

    QString m_serviceName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    bool m_memoryOnly = false;
    // Remembers the origin of a token read back (fingerprint -> origin).
    PinnedToken remember(const QString &text);

    QHash<QString, QString> m_memory;
    QHash<QString, QString> m_pins;
};
