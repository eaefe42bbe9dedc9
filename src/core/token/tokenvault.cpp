#include "core/token/tokenvault.h"

#include "core/common/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace {

// QtKeychain reports a missing Secret Service on Linux as OtherError with the D-Bus error text,
// or as NoBackendAvailable; recognise both.
bool looksLikeMissingService(const QString &errorString)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets",
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer",
        "org.freedesktop.DBus.Error.Spawn",
        "was not provided by any .service files",
        "Cannot autolaunch D-Bus",
        "Could not connect",
        "Failed to connect to socket",
        "D-Bus is not running",
        "Could not open wallet",
        "No such interface",
        "No keyring daemon",
        "No keychain service available",
    };
    for (const char *marker : markers) {
        if (errorString.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A Secret Service without its default collection (a fresh gnome-keyring started by D-Bus
// activation, never unlocked or set up) answers "Object does not exist at path .../collection/login".
bool looksLikeMissingCollection(const QString &errorString)
{
    return errorString.contains(QLatin1String("/org/freedesktop/secrets/collection/")) ||
           errorString.contains(QLatin1String("/org/freedesktop/secrets/aliases/"));
}

// Runs start(callback) and waits in a local event loop until callback receives the result.
template<typename R, typename Start>
R waitFor(Start start)
{
    std::optional<R> result;
    QEventLoop loop;
    start([&result, &loop](const R &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

} // namespace

TokenVault::TokenVault(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{}

TokenVault::~TokenVault() = default;

void TokenVault::write(const QString &key, const QString &secret, VoidCallback done)
{
    startWrite(key, secret, m_timeout, std::move(done));
}

void TokenVault::read(const QString &key, ReadCallback done)
{
    startRead(key, m_timeout, [this, done = std::move(done)](const Result<QString> &text) {
        done(text ? Result<QString>(remember(text.value()).secret()) : text);
    });
}

PinnedToken TokenVault::remember(const QString &text)
{
    const PinnedToken token = PinnedToken::fromKeychainText(text);
    if (!token.isLegacy())
        m_pins.insert(token.fingerprint(), token.origin());
    return token;
}

QString TokenVault::pinnedOriginOf(const QString &secret) const
{
    return m_pins.value(PinnedToken::fingerprintOf(secret));
}

void TokenVault::writeToken(const QString &key, const PinnedToken &token, VoidCallback done)
{
    if (!token.isLegacy())
        m_pins.insert(token.fingerprint(), token.origin());
    startWrite(key, token.toKeychainText(), m_timeout, std::move(done));
}

void TokenVault::readToken(const QString &key, TokenCallback done)
{
    startRead(key, m_timeout, [this, done = std::move(done)](const Result<QString> &text) {
        done(text ? Result<PinnedToken>(remember(text.value())) : Result<PinnedToken>(text.error()));
    });
}

Result<void> TokenVault::writeTokenBlocking(const QString &key, const PinnedToken &token,
                                            std::chrono::milliseconds timeout)
{
    if (!token.isLegacy())
        m_pins.insert(token.fingerprint(), token.origin());
    return writeBlocking(key, token.toKeychainText(), timeout);
}

Result<PinnedToken> TokenVault::readTokenBlocking(const QString &key, std::chrono::milliseconds timeout)
{
    const Result<QString> text =
        m_memoryOnly ? memoryRead(key)
                     : waitFor<Result<QString>>([&](ReadCallback done) { startRead(key, timeout, done); });
    if (!text)
        return text.error();
    return remember(text.value());
}

void TokenVault::remove(const QString &key, VoidCallback done)
{
    startRemove(key, m_timeout, std::move(done));
}

void TokenVault::startWrite(const QString &key, const QString &secret, std::chrono::milliseconds timeout,
                            VoidCallback done)
{
    Result<void> check = checkKey(key);
    if (check && secret.isEmpty()) {
        check = VppError::make(VppError::Kind::Usage, QStringLiteral("keychain.emptySecret"),
                               tr("There is nothing to store in the keychain: the token is empty."));
    }
    if (!check) {
        QMetaObject::invokeMethod(
            this, [done, check] { done(check); }, Qt::QueuedConnection);
        return;
    }
    if (m_memoryOnly) {
        m_memory.insert(key, secret);
        answerLater(done, Result<void>());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setTextData(secret);
    run(job, Operation::Write, timeout, [this, done, timeout](QKeychain::Job *finished) {
        if (!finished)
            done(timeoutError(Operation::Write, timeout));
        else if (finished->error() != QKeychain::NoError)
            done(mapError(finished, Operation::Write));
        else
            done(Result<void>());
    });
}

void TokenVault::startRead(const QString &key, std::chrono::milliseconds timeout, ReadCallback done)
{
    const Result<void> check = checkKey(key);
    if (!check) {
        QMetaObject::invokeMethod(
            this, [done, check] { done(check.error()); }, Qt::QueuedConnection);
        return;
    }
    if (m_memoryOnly) {
        const auto found = m_memory.constFind(key);
        if (found == m_memory.constEnd())
            answerLater(done, Result<QString>(notFoundError()));
        else
            answerLater(done, Result<QString>(found.value()));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    run(job, Operation::Read, timeout, [this, done, timeout](QKeychain::Job *finished) {
        if (!finished)
            done(timeoutError(Operation::Read, timeout));
        else if (finished->error() != QKeychain::NoError)
            done(mapError(finished, Operation::Read));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
}

void TokenVault::startRemove(const QString &key, std::chrono::milliseconds timeout, VoidCallback done)
{
    const Result<void> check = checkKey(key);
    if (!check) {
        QMetaObject::invokeMethod(
            this, [done, check] { done(check); }, Qt::QueuedConnection);
        return;
    }
    if (m_memoryOnly) {
        m_memory.remove(key);
        answerLater(done, Result<void>());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    run(job, Operation::Remove, timeout, [this, done, timeout](QKeychain::Job *finished) {
        if (!finished)
            done(timeoutError(Operation::Remove, timeout));
        else if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(mapError(finished, Operation::Remove)); // removing a missing entry is not an error
        else
            done(Result<void>());
    });
}

Result<void> TokenVault::writeBlocking(const QString &key, const QString &secret,
                                       std::chrono::milliseconds timeout)
{
    // A memory-only vault answers at once: no local event loop, so no re-entrancy.
    if (m_memoryOnly)
        return memoryWrite(key, secret);
    const Result<void> result =
        waitFor<Result<void>>([&](VoidCallback done) { startWrite(key, secret, timeout, done); });
    return result;
}

Result<QString> TokenVault::readBlocking(const QString &key, std::chrono::milliseconds timeout)
{
    const Result<QString> result =
        m_memoryOnly ? memoryRead(key)
                     : waitFor<Result<QString>>([&](ReadCallback done) { startRead(key, timeout, done); });
    if (!result)
        return result;
    return remember(result.value()).secret();
}

Result<void> TokenVault::removeBlocking(const QString &key, std::chrono::milliseconds timeout)
{
    if (m_memoryOnly)
        return memoryRemove(key);
    const Result<void> result =
        waitFor<Result<void>>([&](VoidCallback done) { startRemove(key, timeout, done); });
    return result;
}

void TokenVault::run(QKeychain::Job *job, Operation operation, std::chrono::milliseconds timeout,
                     std::function<void(QKeychain::Job *)> finished)
{
    // The job has no parent and deletes itself once QtKeychain is done with it: deleting a running
    // job would leave the keychain backend calling back into freed memory. So the job outlives a
    // timeout or the vault, and only our connections (context: this) go away.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text

    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const QString key = job->key();

    connect(job, &QKeychain::Job::finished, this, [answered, timer, finished](QKeychain::Job *done) {
        if (*answered)
            return;
        *answered = true;
        timer->stop();
        timer->deleteLater();
        finished(done);
    });
    connect(timer, &QTimer::timeout, this, [answered, timer, finished, operation, key] {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        qCWarning(lcToken) << "keychain" << operationName(operation) << "of entry" << key << "timed out";
        finished(nullptr);
    });

    qCDebug(lcToken) << "keychain" << operationName(operation) << "of entry" << key << "in service"
                     << m_serviceName;
    timer->start(timeout);
    job->start();
}

Result<void> TokenVault::memoryWrite(const QString &key, const QString &secret)
{
    if (const Result<void> check = checkKey(key); !check)
        return check;
    if (secret.isEmpty())
        return VppError::make(VppError::Kind::Usage, QStringLiteral("keychain.emptySecret"),
                              tr("There is nothing to store in the keychain: the token is empty."));
    m_memory.insert(key, secret);
    return {};
}

Result<QString> TokenVault::memoryRead(const QString &key) const
{
    if (const Result<void> check = checkKey(key); !check)
        return check.error();
    const auto found = m_memory.constFind(key);
    if (found == m_memory.constEnd())
        return notFoundError();
    return found.value();
}

Result<void> TokenVault::memoryRemove(const QString &key)
{
    if (const Result<void> check = checkKey(key); !check)
        return check;
    m_memory.remove(key);
    return {};
}

Result<void> TokenVault::checkKey(const QString &key) const
{
    if (key.trimmed().isEmpty()) {
        return VppError::make(VppError::Kind::Usage, QStringLiteral("keychain.emptyKey"),
                              tr("A keychain entry needs a token id, and none was given."));
    }
    return Result<void>();
}

VppError TokenVault::notFoundError() const
{
    return VppError::make(VppError::Kind::Keychain, VppError::Code::KeychainNotFound,
                          tr("No token is stored in the OS keychain under this id."),
                          tr("Load the token file again (Update) to store it."));
}

VppError TokenVault::mapError(const QKeychain::Job *job, Operation operation) const
{
    const QString detail = QStringLiteral("QtKeychain error ") + QString::number(job->error()) +
                           QStringLiteral(" during ") + operationName(operation) + QStringLiteral(": ") +
                           job->errorString();
    if (job->error() == QKeychain::EntryNotFound)
        qCDebug(lcToken) << "keychain" << detail; // an everyday answer, not a problem
    else
        qCWarning(lcToken) << "keychain" << detail;

    VppError error;
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        error = notFoundError();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error =
            VppError::make(VppError::Kind::Keychain, QStringLiteral("keychain.accessDenied"),
                           tr("Access to the OS keychain was denied (it may be locked)."),
                           tr("Unlock the keyring and allow VPP Desk to use it when asked, then try again."));
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break; // unavailable, below
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        if (looksLikeMissingCollection(job->errorString())) {
            error =
                VppError::make(VppError::Kind::Keychain, QStringLiteral("keychain.noKeyring"),
                               tr("The OS keychain has no default keyring to keep tokens in."),
                               tr("Create or unlock the default (login) keyring, for example with Passwords "
                                  "and Keys (Seahorse) or KWallet Manager, then try again."));
        } else if (!looksLikeMissingService(job->errorString())) {
            error = VppError::make(VppError::Kind::Keychain, QStringLiteral("keychain.failed"),
                                   tr("The OS keychain reported an error: %1").arg(job->errorString()),
                                   tr("Check that the keyring is unlocked and working, then try again."));
        }
        break;
    }
    if (!error.isError()) {
        error = VppError::make(
            VppError::Kind::Keychain, QStringLiteral("keychain.unavailable"),
            tr("No OS keychain is available: the Secret Service (gnome-keyring or KWallet) cannot be "
               "reached, "
               "and VPP Desk never stores tokens in plain text."),
            tr("Install and unlock gnome-keyring or KWallet (on a server: run inside a D-Bus session with an "
               "unlocked keyring), then try again."));
    }
    error.detail = detail;
    return error;
}

VppError TokenVault::timeoutError(Operation operation, std::chrono::milliseconds timeout) const
{
    return VppError::make(
        VppError::Kind::Keychain, QStringLiteral("keychain.timeout"),
        tr("The OS keychain did not answer within %n second(s).", nullptr,
           static_cast<int>((timeout.count() + 999) / 1000)),
        tr("The keyring may be locked and waiting for a password prompt: unlock it, then try again."),
        QStringLiteral("timeout during ") + operationName(operation));
}

QString TokenVault::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Remove:
        break;
    }
    return QStringLiteral("remove");
}
