#include "core/token/auditkeyring.h"

#include "core/common/logging.h"
#include "core/token/tokenvault.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace {

constexpr int kFormat = 1;
constexpr int kKeyBytes = 32;

bool isNotFound(const VppError &error)
{
    return error.is(VppError::Code::KeychainNotFound);
}

} // namespace

AuditKeyring::AuditKeyring(TokenVault &vault)
    : m_vault(vault)
{}

AuditKeyring::~AuditKeyring()
{
    flush();
}

void AuditKeyring::setChainId(const QString &chainId)
{
    if (chainId == m_chainId)
        return;
    m_chainId = chainId;
    m_key.reset();
    m_headLoaded = false;
    m_head.reset();
}

Result<std::optional<QByteArray>> AuditKeyring::readKey()
{
    if (m_chainId.isEmpty())
        return std::optional<QByteArray>();
    const Result<QString> text = m_vault.readBlocking(keyEntry(), m_vault.timeout());
    if (!text)
        return isNotFound(text.error()) ? Result<std::optional<QByteArray>>(std::nullopt)
                                        : Result<std::optional<QByteArray>>(text.error());
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    const QByteArray key = QByteArray::fromBase64(object.value(QStringLiteral("key")).toString().toLatin1());
    if (object.value(QStringLiteral("format")).toInt() != kFormat || key.size() < 16)
        return VppError::make(
            VppError::Kind::Keychain, QStringLiteral("audit.badKey"),
            tr("The audit log's key in the OS keychain is unreadable."),
            tr("Restore the keychain from a backup; the audit log cannot be sealed without it."));
    return std::optional<QByteArray>(key);
}

Result<std::optional<AuditHead>> AuditKeyring::readHead()
{
    if (m_chainId.isEmpty())
        return std::optional<AuditHead>();
    const Result<QString> text = m_vault.readBlocking(headEntry(), m_vault.timeout());
    if (!text)
        return isNotFound(text.error()) ? Result<std::optional<AuditHead>>(std::nullopt)
                                        : Result<std::optional<AuditHead>>(text.error());
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    AuditHead head;
    head.id = object.value(QStringLiteral("id")).toInteger();
    head.hash = object.value(QStringLiteral("hash")).toString();
    head.firstKeyedId = object.value(QStringLiteral("firstKeyedId")).toInteger();
    if (object.value(QStringLiteral("format")).toInt() != kFormat || head.id <= 0)
        return VppError::make(VppError::Kind::Keychain, QStringLiteral("audit.badHead"),
                              tr("The audit log's head in the OS keychain is unreadable."));
    return std::optional<AuditHead>(head);
}

Result<QByteArray> AuditKeyring::key()
{
    if (m_key)
        return *m_key;
    if (m_chainId.isEmpty())
        return VppError::make(VppError::Kind::Internal, QStringLiteral("audit.noChain"),
                              tr("The audit log has no chain id."));
    const Result<std::optional<QByteArray>> stored = readKey();
    if (!stored)
        return stored.error();
    if (stored.value()) {
        m_key = *stored.value();
    } else {
        QByteArray fresh(kKeyBytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
        const QJsonObject object{{QStringLiteral("format"), kFormat},
                                 {QStringLiteral("key"), QString::fromLatin1(fresh.toBase64())}};
        const Result<void> written = m_vault.writeBlocking(
            keyEntry(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
            m_vault.timeout());
        if (!written)
            return written.error();
        // Another process may have created one at the same moment: use whichever the keychain kept.
        const Result<std::optional<QByteArray>> kept = readKey();
        if (!kept)
            return kept.error();
        m_key = kept.value().value_or(fresh);
        qCInfo(lcStore) << "created the audit log key";
    }
    if (!m_headLoaded) {
        const Result<std::optional<AuditHead>> head = readHead();
        if (!head)
            return head.error();
        m_head = head.value();
        m_headLoaded = true;
    }
    return *m_key;
}

Result<AuditTrust> AuditKeyring::trust()
{
    AuditTrust trust;
    if (m_key) {
        trust.key = *m_key;
    } else {
        const Result<std::optional<QByteArray>> stored = readKey();
        if (!stored)
            return stored.error();
        trust.key = stored.value().value_or(QByteArray());
    }
    if (m_headLoaded) {
        trust.head = m_head;
    } else {
        const Result<std::optional<AuditHead>> head = readHead();
        if (!head)
            return head.error();
        trust.head = head.value();
    }
    return trust;
}

void AuditKeyring::storeHead(const AuditHead &head)
{
    if (m_chainId.isEmpty())
        return;
    AuditHead next = head;
    const qint64 firstKeyed = m_head ? m_head->firstKeyedId : 0;
    next.firstKeyedId = firstKeyed > 0 ? firstKeyed : head.id;
    m_head = next;
    m_headLoaded = true;
    const QJsonObject object{{QStringLiteral("format"), kFormat},
                             {QStringLiteral("id"), next.id},
                             {QStringLiteral("hash"), next.hash},
                             {QStringLiteral("firstKeyedId"), next.firstKeyedId}};
    ++*m_pendingWrites;
    m_vault.write(headEntry(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
                  [pending = m_pendingWrites](const Result<void> &written) {
                      --*pending;
                      if (!written)
                          qCWarning(lcStore).noquote() << "could not keep the audit head in the keychain:"
                                                       << written.error().toLogString();
                  });
}

void AuditKeyring::flush(std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (*m_pendingWrites > 0 && clock.elapsed() < timeout.count()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}
