// LocationsPage: the page listing the content tokens of every location, with their health, expiry,
// last sync and the sync in progress, and the token actions: Add Token…, Update… (renew the file),
// Edit…, Remove…, Sync, Sync all, Cancel sync and Take over management…. Actions that write to
// Apple are disabled, with the reason in their tool tip, while the console cannot write.
#pragma once

#include "page.h"

#include <functional>

class MessageLabel;
class QPushButton;
class QSortFilterProxyModel;
class TokenDialog;
class TokenTableModel;

class LocationsPage : public Page
{
    Q_OBJECT

public:
    // Asks the admin a yes/no question; the default shows a QMessageBox. Tests replace it.
    using ConfirmHook = std::function<bool(const QString &title, const QString &text)>;

    explicit LocationsPage(Console &console, QWidget *parent = nullptr);

    void activate() override;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    TokenTableModel *tokenModel() const { return m_model; }
    // The token of the selected row (empty when none) and selecting one by id.
    QString selectedTokenId() const;
    void selectToken(const QString &tokenId);
    // The page's message line (what the last action did, or why it failed).
    QString message() const;

public Q_SLOTS:
    void addToken();
    void updateToken();
    void editToken();
    void removeToken();
    void syncSelected();
    void syncAll();
    void cancelSync();
    void takeOver();

Q_SIGNALS:
    // A token dialog was opened (non-modal to the page's caller): tests drive it from here.
    void dialogOpened(TokenDialog *dialog);

private:
    QPushButton *addButton(const QString &text, const QString &objectName, void (LocationsPage::*slot)());
    void openDialog(int mode);
    void updateButtons();
    void showMessage(const QString &text, bool error = false);
    bool confirm(const QString &title, const QString &text);
    // Name of the selected token; empty (with a message) when none is selected.
    QString selectedName() const;

    TokenTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_syncAll = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_takeOver = nullptr;
    ConfirmHook m_confirm;
};
