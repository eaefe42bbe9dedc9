// TokenDialog: the "Enable VPP Licenses" window for one content token, in three tabs: Token Detail
// (unique name, the .vpptoken file by Browse… or pasted, what the file says and which location
// Apple says it is for, Add Apps Automatically, automatic app updates, the sync interval),
// Distribution (the groups the token serves) and Assignment type (device or user, default app
// settings). Add checks the file with Apple, stores the token and its settings and starts its
// first sync; Update renews the file of an existing token, refusing a file of another location
// unless the admin confirms; Edit changes the name and settings (the file is optional). Every
// problem is shown in place, next to the field it is about; the request to Apple shows a busy
// indicator and Cancel abandons it.
#pragma once

#include "core/common/result.h"
#include "core/store/tokenrecord.h"
#include "core/workspace/tokenmanager.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class Console;
class QDialogButtonBox;
class MessageLabel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class TokenAssignmentTab;
class TokenDetailTab;
class TokenDistributionTab;

class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Add,    // a new token: a file (or its contents) is required
        Edit,   // name and settings of a stored token; a new file is optional
        Update, // renew a stored token: a new file of the same location is required
    };
    // Asks the admin a yes/no question; the default shows a QMessageBox. Tests replace it.
    using ConfirmHook = std::function<bool(const QString &title, const QString &text)>;

    TokenDialog(Console &console, Mode mode, const QString &tokenName = {}, QWidget *parent = nullptr);
    ~TokenDialog() override;

    Mode mode() const { return m_mode; }
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    // What Browse… does once a file is chosen: remembers the path and reads the file.
    void setFilePath(const QString &path);
    // Pasted .vpptoken contents (Add only); the field never shows them.
    void setPastedContents(const QString &contents);

    // True while Apple is being asked (the busy indicator shows).
    bool isBusy() const;
    // After the dialog was accepted: the token saved and a translated account of what was done.
    QString tokenId() const { return m_tokenId; }
    QString resultMessage() const { return m_resultMessage; }

    // The "Use a Demo Token File…" button (nullptr outside demo mode).
    QPushButton *demoTokenButton() const { return m_demoTokens; }

public Q_SLOTS:
    // Validates every field, shows what is wrong in place, and otherwise saves.
    void submit();
    // Cancel: abandons the request in progress (a token Apple accepted meanwhile is removed again).
    void reject() override;

Q_SIGNALS:
    // A token was added, renewed or edited; `message` says what was done.
    void tokenSaved(const QString &tokenId, const QString &message);

private:
    void loadToken();
    // The organization, location, country and expiry of the stored token (empty for a new one).
    void showStoredDetails();
    // Parses the file or the pasted contents and asks Apple which location they are for.
    void readToken();
    TokenManager::Settings collectSettings(const QString &name) const;

    void startAdd(const QString &name);
    void checkLocationThenUpdate();
    void startUpdate(bool force);
    void startSaveSettings();
    void finishAdd(const TokenStatus &added, const Result<TokenStatus> &saved);
    void finishUpdate(const TokenManager::UpdateOutcome &outcome, const Result<TokenStatus> &saved);

    void setBusy(bool busy, const QString &what = {});
    void clearErrors();
    void showMessage(const QString &text);
    // Puts an error of the engine next to the field it is about (or in the dialog's message line).
    void showError(const VppError &error);
    void showOtherLocation(const QString &newLocation, const QString &fallback);
    void replaceAnyway();
    bool confirm(const QString &title, const QString &text);
    // Demo mode: a menu of the demo organization's locations; the chosen one's token file is used
    // (renewed for a year when it is the location of the token being updated).
    void offerDemoTokens();
    void useDemoToken(int location, bool renew);
    // What an error says, naming the demo simulator instead of Apple in demo mode.
    QString errorText(const VppError &error) const;
    // "Asking Apple…" texts, or the demo simulator's in demo mode.
    QString askingText(const char *apple, const char *demo) const;

    Console &m_console;
    Mode m_mode;
    QString m_tokenName; // the stored name (Edit, Update)
    TokenRecord m_record;
    ConfirmHook m_confirm;
    QString m_tokenId;
    QString m_resultMessage;
    bool m_force = false;              // replace with a file of another location (confirmed)
    int m_readSerial = 0;              // the latest readToken(); older answers are ignored
    std::shared_ptr<bool> m_cancelled; // of the request in progress, shared with its callbacks

    QTabWidget *m_tabs = nullptr;
    TokenDetailTab *m_detail = nullptr;
    TokenDistributionTab *m_distribution = nullptr;
    TokenAssignmentTab *m_assignment = nullptr;
    MessageLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QPushButton *m_replaceAnyway = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_demoTokens = nullptr; // demo mode only
};
