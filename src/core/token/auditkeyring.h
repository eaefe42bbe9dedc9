// AuditKeyring: the audit log's secrets in the OS keychain, beside the tokens (through TokenVault,
// so a memory-only vault keeps them in memory too). Per database (its chain id): the HMAC key
// ("audit-key/<chain id>", created on first use) and the head of the chain with the first keyed
// row ("audit-head/<chain id>"). A database copied elsewhere finds no key there: a wrong key. Reads block
// with the vault's timeout; head writes are queued (the keychain answers in order) and flush() waits for
// them.
#pragma once

#include "core/common/result.h"
#include "core/store/auditentry.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class TokenVault;

class AuditKeyring
{
    Q_DECLARE_TR_FUNCTIONS(AuditKeyring)

public:
    explicit AuditKeyring(TokenVault &vault);
    ~AuditKeyring();

    // The database whose head this keyring keeps (a UUID stored in that database).
    void setChainId(const QString &chainId);
    QString chainId() const { return m_chainId; }

    // The key, loaded from the keychain or created there on first use; cached afterwards.
    Result<QByteArray> key();
    // What verification trusts: the key if this keychain has one (never created here) and the head.
    Result<AuditTrust> trust();
    // Records the new head of the chain (after an append committed). The first head names the
    // first keyed row; later heads keep it.
    void storeHead(const AuditHead &head);
    // Waits until the queued head writes are done (or the timeout passes).
    void flush(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    QString keyEntry() const { return QStringLiteral("audit-key/") + m_chainId; }
    QString headEntry() const { return QStringLiteral("audit-head/") + m_chainId; }

private:
    Result<std::optional<QByteArray>> readKey();
    Result<std::optional<AuditHead>> readHead();

    TokenVault &m_vault;
    QString m_chainId;
    std::optional<QByteArray> m_key;
    bool m_headLoaded = false;
    std::optional<AuditHead> m_head;
    std::shared_ptr<int> m_pendingWrites = std::make_shared<int>(0); // shared with the callbacks
};
