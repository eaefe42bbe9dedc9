// LicenseOperationDialog: assign, unassign or revoke licenses. The admin picks a token, the assets
// (assign and unassign) and the targets (users, devices, a group or a pasted list), then Review
// shows the dry run (JobController::plan: nothing is sent) in plain words with the targets that
// will be left out or skipped and why. Only a reviewed plan can be run; changing any field asks
// for a new review. Run starts the job (JobController::start) and the dialog follows its progress.
// Opened by MainWindow from the Licenses page, an asset or a menu.
#pragma once

#include "core/common/result.h"
#include "core/licensing/licenseplan.h"
#include "core/store/recordstate.h"

#include <QDialog>

#include <optional>

class AssetChecklistModel;
class Console;
class LicenseTargetsWidget;
class PlanNotesModel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class LicenseOperationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Assign, Unassign, Revoke };

    LicenseOperationDialog(Console &console, Mode mode, QWidget *parent = nullptr);
    ~LicenseOperationDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Selects the token and, for assign and unassign, checks the asset (pricingParam empty: the
    // first asset with that adamId). An unknown token or asset leaves the choice to the admin.
    void setPreselection(const QString &tokenId, const QString &adamId = {},
                         const QString &pricingParam = {});
    // Fills the users and devices fields (a help-desk "revoke this user").
    void setTargets(const QStringList &clientUserIds, const QStringList &serialNumbers);

    // The request the fields describe now (what Review plans).
    LicenseRequest request() const;
    // The reviewed plan; empty until Review, and again after any change.
    const std::optional<LicensePlan> &plan() const { return m_plan; }
    // The job Run started (0 before).
    qint64 jobId() const { return m_jobId; }

public Q_SLOTS:
    // The dry run of the current fields.
    void review();
    void reviewed(const Result<LicensePlan> &planned);
    // Starts the reviewed plan as a job.
    void run();

Q_SIGNALS:
    // A job was started (MainWindow may point at the Jobs page).
    void jobStarted(qint64 jobId);

private:
    void buildUi();
    void loadTokens();
    void loadGroups();
    void loadAssets();
    void invalidateReview();
    void updateModeUi();
    void updateRunState();
    void showError(const QString &text);
    void onJobProgress(qint64 jobId, int batchesDone, int batchesTotal, qint64 numCompleted,
                       qint64 numRequested);
    void onJobFinished(qint64 jobId, RecordState::Job state);
    QString currentTokenId() const;
    QHash<QString, QString> assetNames() const;

    Console &m_console;
    Mode m_mode;
    std::optional<LicensePlan> m_plan;
    quint64 m_reviewSerial = 0; // a review's result is kept only if nothing changed since it began
    qint64 m_jobId = 0;
    bool m_starting = false;

    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_tokenCombo = nullptr;
    QGroupBox *m_assetsBox = nullptr;
    QLineEdit *m_assetSearch = nullptr;
    QTableView *m_assetView = nullptr;
    QLabel *m_checkedLabel = nullptr;
    AssetChecklistModel *m_assets = nullptr;
    QSortFilterProxyModel *m_assetProxy = nullptr;
    LicenseTargetsWidget *m_targets = nullptr;
    QCheckBox *m_oversubscribe = nullptr;
    QLabel *m_oversubscribeWarning = nullptr;
    QCheckBox *m_force = nullptr;
    QLabel *m_forceWarning = nullptr;
    MessageLabel *m_errorLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_planText = nullptr;
    PlanNotesModel *m_notes = nullptr;
    QTableView *m_notesView = nullptr;
    QLabel *m_runBlockedLabel = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
