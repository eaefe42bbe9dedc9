// RegisterUsersDialog: registers new VPP users on one token. The admin types the users one per line
// ("clientUserId[,email[,managedAppleId]]") or loads a CSV file; Dry Run checks the lines and shows
// what would be sent (LicensePlan of a CreateUsers request); Register starts that plan as a job.
// Bad lines are listed in place with their line numbers.
#pragma once

#include "core/common/result.h"
#include "core/licensing/licenseplan.h"

#include <QDialog>

#include <optional>

class Console;
class QComboBox;
class MessageLabel;
class QPlainTextEdit;
class QPushButton;

class RegisterUsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterUsersDialog(Console &console, QWidget *parent = nullptr);

    void setTokenId(const QString &tokenId);
    QString tokenId() const;
    void setUsersText(const QString &text);
    // Puts the file's contents in the list; false (and an error in place) when it cannot be read.
    bool loadCsv(const QString &path);
    // Checks the lines and plans the request off the GUI thread; the plan (or the reason nothing
    // can be sent) shows in place when it is ready.
    void dryRun();
    // Starts the planned job (after a successful dry run); the dialog closes once the job started.
    void start();

    const std::optional<LicensePlan> &plan() const { return m_plan; }

Q_SIGNALS:
    void jobStarted(qint64 jobId);

private:
    void chooseCsv();
    void onPlanned(const Result<LicensePlan> &planned);
    void invalidatePlan();
    void updateButtons();
    void showError(const QString &text);

    Console &m_console;
    QComboBox *m_token = nullptr;
    QPlainTextEdit *m_users = nullptr;
    QPushButton *m_loadCsv = nullptr;
    QPushButton *m_dryRun = nullptr;
    MessageLabel *m_error = nullptr;
    QPlainTextEdit *m_planText = nullptr;
    QPushButton *m_register = nullptr;
    std::optional<LicensePlan> m_plan;
    bool m_starting = false;
    bool m_planning = false;
    quint64 m_planSerial = 0; // the dry run whose answer counts
};
