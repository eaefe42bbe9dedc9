// UsersPage: the VPP users of every token (200,000 and more, paged from the store), filtered by token
// and status and searched by a prefix of the clientUserId or e-mail. Copies a registered user's
// invitation link, registers new users and retires the selected ones (both after a dry run, as
// jobs); the writes are disabled, with the reason, while Apple cannot be written to.
#pragma once

#include "page.h"

class QComboBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class UserTableModel;

class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    UserTableModel *model() const { return m_model; }
    // Opens the dialogs (non-modal to the app, modal to the window); they delete themselves on close.
    void openRegisterDialog();
    void openRetireDialog();
    // Copies the invitation link of the selected user; the outcome shows in the message line.
    void copyInvitationLink();

Q_SIGNALS:
    // A job was started from this page (MainWindow may show the Jobs page).
    void jobStarted(qint64 jobId);
    // The invitation link was copied (tests) or could not be.
    void invitationLinkCopied(const QUrl &url);
    // Enter or a double-click on a user: show every license the user holds (the help desk's view).
    void userRequested(const QString &clientUserId);

private:
    // Says that the job started, then how it ended (the note clears itself after a success).
    void followJob(qint64 jobId, const QString &startedText);
    void reload();
    void reloadTokens();
    void applyFilter();
    void updateActions();
    void showMessage(const QString &text, bool error);

    UserTableModel *m_model = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_copyLink = nullptr;
    QComboBox *m_tokenFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
    bool m_copying = false;
    qint64 m_followedJob = 0;     // the job the message line speaks of
    bool m_followingJobs = false; // connected to the job controller
};
