// AuditPage: the page listing the tamper-evident log of every action taken, newest first, filtered
// by action, token or text, with "Verify chain", which walks the sealed hash chain in a worker
// thread and tells inline whether the log is intact, or was rewritten, cut off or sealed with
// another key.
#pragma once

#include "core/common/result.h"
#include "core/store/auditentry.h"
#include "page.h"

class AuditModel;
class AuditVerifier;
class QComboBox;
class MessageLabel;
class QLineEdit;
class QPushButton;
class QTimer;

class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    AuditModel *model() const { return m_model; }
    // Walks the whole chain (AuditLog::verify, in a worker thread) and shows the outcome next to
    // the button once it is known (verificationShown()).
    void verifyChain();
    bool isVerifying() const;

Q_SIGNALS:
    void verificationShown();

public:
    // Reloads the filter choices and the entries.
    void reload();

private:
    void showVerification(const Result<AuditVerification> &checked);
    void applyFilter();
    void reloadChoices();

    AuditModel *m_model = nullptr;
    QPushButton *m_verifyButton = nullptr;
    AuditVerifier *m_verifier = nullptr;
    MessageLabel *m_verifyLabel = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QComboBox *m_tokenFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    MessageLabel *m_error = nullptr;
    bool m_loaded = false;
};
