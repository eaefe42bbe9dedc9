// JobsPage: the license jobs sent to Apple (assign, unassign, revoke, user operations), newest
// first, with their state and progress, and for the selected job its requests (batches) and the
// targets that failed with Apple's error. Failed targets can be retried as a new job; a running
// job can be cancelled. Jobs left running by a previous session are resumed by the Console at
// start-up: the page just shows where they are.
#pragma once

#include "page.h"

#include "core/common/threadhandoff.h"
#include "jobtablemodel.h"

#include <QHash>

class JobBatchesModel;
class JobFailuresModel;
class MessageLabel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;

class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    JobTableModel *jobModel() const { return m_jobs; }
    // The selected job (0: none).
    qint64 selectedJobId() const;
    void selectJob(qint64 jobId);

public Q_SLOTS:
    void reload();
    // A new job with the failed targets of the selected job.
    void retryFailed();
    void cancelJob();

Q_SIGNALS:
    // A retry started a new job.
    void jobStarted(qint64 jobId);

private:
    // Shows a list read by reload(), keeping the selection.
    void showJobs(const Result<QList<JobTableModel::Job>> &loaded);
    void showDetails();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    // adamId -> name of a token's assets, read once per token until the inventory changes.
    const QHash<QString, QString> &assetNames(const QString &tokenId);

    bool m_loaded = false;
    JobTableModel *m_jobs = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    JobBatchesModel *m_batches = nullptr;
    JobFailuresModel *m_failures = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    MessageLabel *m_messageLabel = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QPlainTextEdit *m_dryRunText = nullptr;
    QHash<QString, QHash<QString, QString>> m_assetNames; // by token id
    ThreadHandoff m_loader{this}; // the job list and a job's details, read off the GUI thread
    quint64 m_listSerial = 0;
    qint64 m_pendingSelection =
        0; // a job to select once the list being read lists it     // only the newest reload's list is shown
    quint64 m_detailSerial = 0; // only the newest selection's details are shown
};
