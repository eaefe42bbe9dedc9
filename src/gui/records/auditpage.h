// AuditPage: the page listing the tamper-evident log of every action taken, newest first, filtered
// by action, token or text, with "Verify chain", which walks the hash chain and tells inline
// whether the log is intact or where it was tampered with.
#pragma once

#include "page.h"

class AuditModel;
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
    // Walks the whole chain (AuditLog::verify) and shows the outcome next to the button.
    void verifyChain();
    // Reloads the filter choices and the entries.
    void reload();

private:
    void applyFilter();
    void reloadChoices();

    AuditModel *m_model = nullptr;
    QPushButton *m_verifyButton = nullptr;
    MessageLabel *m_verifyLabel = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QComboBox *m_tokenFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    MessageLabel *m_error = nullptr;
    bool m_loaded = false;
};
