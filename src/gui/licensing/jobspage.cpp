#include "jobspage.h"

#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/writegate.h"
#include "core/licensing/jobrunner.h"
#include "core/store/database.h"
#include "core/store/jobstore.h"
#include "core/workspace/inventoryreader.h"
#include "jobbatchesmodel.h"
#include "jobfailuresmodel.h"
#include "jobtablemodel.h"
#include "messagelabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <tuple>

JobsPage::JobsPage(Console &console, QWidget *parent)
    : Page(console, tr("Jobs"),
           tr("Assignments and revocations sent to Apple, followed until every target is done."),
           QIcon(QStringLiteral(":/icons/jobs.svg")), parent)
{
    setObjectName(QStringLiteral("jobsPage"));

    m_retryButton = new QPushButton(tr("Retry &failed"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_cancelButton = new QPushButton(tr("&Cancel job"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_messageLabel = new MessageLabel(this, QStringLiteral("messageLabel"));
    actionsLayout()->addWidget(m_retryButton);
    actionsLayout()->addWidget(m_cancelButton);
    actionsLayout()->addWidget(m_refreshButton);
    actionsLayout()->addWidget(m_messageLabel, 1);

    m_jobs = new JobTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_jobs);
    m_proxy->setSortRole(JobTableModel::SortRole);
    QTableView *table = addTable(m_proxy, QStringLiteral("jobsTable"));

    // The detail pane of the selected job, under the table.
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("jobDetailTitle"));
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_batches = new JobBatchesModel(this);
    m_failures = new JobFailuresModel(this);
    auto *batchesView = new QTableView(detail);
    batchesView->setObjectName(QStringLiteral("batchesView"));
    styleTable(batchesView);
    batchesView->setSortingEnabled(false);
    batchesView->setModel(m_batches);
    auto *failuresView = new QTableView(detail);
    failuresView->setObjectName(QStringLiteral("failuresView"));
    styleTable(failuresView);
    failuresView->setSortingEnabled(false);
    failuresView->setModel(m_failures);
    m_dryRunText = new QPlainTextEdit(detail);
    m_dryRunText->setObjectName(QStringLiteral("dryRunText"));
    m_dryRunText->setReadOnly(true);
    m_dryRunText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detailTabs = new QTabWidget(detail);
    m_detailTabs->setObjectName(QStringLiteral("jobDetailTabs"));
    m_detailTabs->addTab(failuresView, tr("Failed targets"));
    m_detailTabs->addTab(batchesView, tr("Requests to Apple"));
    m_detailTabs->addTab(m_dryRunText, tr("Dry run"));
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailTabs, 1);

    bodyLayout()->removeWidget(table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("jobsSplitter"));
    splitter->addWidget(table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    bodyLayout()->addWidget(splitter, 1);

    followSelection(table, this, [this] {
        showDetails();
        updateButtons();
    });
    // Enter or a double-click opens the job's detail: the failed targets, or the dry run when none failed.
    onRowActivated(table, this, [this](const QModelIndex &) {
        showDetails();
        m_detailTabs->setCurrentIndex(m_failures->rowCount() > 0 ? 0 : 2);
        m_detailTabs->currentWidget()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_retryButton, &QPushButton::clicked, this, &JobsPage::retryFailed);
    connect(m_cancelButton, &QPushButton::clicked, this, &JobsPage::cancelJob);
    connect(m_refreshButton, &QPushButton::clicked, this, &JobsPage::reload);

    updateButtons();
}

void JobsPage::activate()
{
    if (!m_loaded) {
        // Connected when first shown: the console's controllers exist once it is open.
        JobController &jobs = console().jobs();
        auto reloadIfLoaded = [this] {
            if (m_loaded)
                reload();
        };
        connect(&jobs, &JobController::jobStarted, this, [this](qint64 jobId) {
            // Listed at once (it can be selected and cancelled before the list is read again).
            if (const Result<void> added = m_jobs->addJob(console().database(), jobId); !added)
                showMessage(added.error().toDisplayString(), true);
            reload();
        });
        connect(&jobs, &JobController::jobFinished, this, reloadIfLoaded);
        connect(&console(), &Console::inventoryChanged, this, [this, reloadIfLoaded](const QString &tokenId) {
            if (tokenId.isEmpty())
                m_assetNames.clear();
            else
                m_assetNames.remove(tokenId);
            reloadIfLoaded();
        });
        connect(&console(), &Console::tokensChanged, this, reloadIfLoaded);
        connect(&console().writeGate(), &WriteGate::changed, this, &JobsPage::updateButtons);
        connect(&jobs, &JobController::jobProgress, this,
                [this](qint64 jobId, int batchesDone, int batchesTotal, qint64 numCompleted,
                       qint64 numRequested) {
                    m_jobs->setProgress(jobId, batchesDone, batchesTotal, numCompleted, numRequested);
                    if (jobId == selectedJobId())
                        showDetails();
                });
    }
    reload();
}

qint64 JobsPage::selectedJobId() const
{
    const QModelIndex current = tableView()->selectionModel()->currentIndex();
    return current.isValid() ? current.data(JobTableModel::JobIdRole).toLongLong() : 0;
}

void JobsPage::selectJob(qint64 jobId)
{
    const int row = m_jobs->rowOf(jobId);
    if (row < 0) {
        m_pendingSelection = jobId; // selected when the list being read arrives
        return;
    }
    m_pendingSelection = 0;
    const QModelIndex index = m_proxy->mapFromSource(m_jobs->index(row, 0));
    tableView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    tableView()->scrollTo(index);
}

void JobsPage::reload()
{
    m_loaded = true;
    // Each job's batches hold its failed targets (thousands for a big job): counted off the GUI
    // thread, on a connection of its own; only the newest reload's answer is shown.
    const quint64 serial = ++m_listSerial;
    const QString path = console().database().path();
    m_loader.run<Result<QList<JobTableModel::Job>>>(
        [path]() -> Result<QList<JobTableModel::Job>> {
            Database db;
            if (const Result<void> opened = db.open(path); !opened)
                return opened.error();
            return JobTableModel::load(db);
        },
        [this, serial](const Result<QList<JobTableModel::Job>> &loaded) {
            if (serial == m_listSerial)
                showJobs(loaded);
        });
}

void JobsPage::showJobs(const Result<QList<JobTableModel::Job>> &loaded)
{
    const qint64 selected = m_pendingSelection ? m_pendingSelection : selectedJobId();
    if (!loaded)
        showMessage(loaded.error().toDisplayString(), true);
    else
        m_jobs->setJobs(loaded.value());
    tableView()->resizeColumnsToContents();
    if (selected)
        selectJob(selected);
    else if (m_jobs->rowCount() > 0 && !tableView()->selectionModel()->currentIndex().isValid())
        selectJob(m_jobs->jobAt(0).record.id);
    showDetails();
    updateButtons();
}

void JobsPage::showDetails()
{
    const qint64 jobId = selectedJobId();
    const int row = m_jobs->rowOf(jobId);
    if (row < 0) {
        ++m_detailSerial;
        m_detailTitle->setText(m_jobs->rowCount() ? tr("Select a job to see its requests and failed targets.")
                                                  : tr("No license job yet."));
        m_batches->setEvents({});
        m_failures->setFailures({});
        m_detailTabs->setTabText(0, tr("Failed targets"));
        m_dryRunText->clear();
        return;
    }
    // The failed targets of a big job are thousands of JSON entries: read and parsed off the GUI
    // thread, on a connection of their own; only the newest selection's answer is shown.
    const JobTableModel::Job job = m_jobs->jobAt(row);
    const quint64 serial = ++m_detailSerial;
    struct Details
    {
        Result<QList<JobEventRecord>> events = QList<JobEventRecord>();
        QList<JobFailure> failures;
    };
    const QString path = console().database().path();
    m_loader.run<Details>(
        [path, jobId] {
            Details d;
            Database db;
            if (const Result<void> opened = db.open(path); !opened) {
                d.events = opened.error();
                return d;
            }
            d.events = JobStore(db).events(jobId);
            if (d.events)
                d.failures = JobRunner::failuresOf(d.events.value());
            return d;
        },
        [this, serial, job, jobId](const Details &d) {
            if (serial != m_detailSerial)
                return;
            if (!d.events) {
                showMessage(d.events.error().toDisplayString(), true);
                return;
            }
            m_batches->setEvents(d.events.value());
            m_failures->setFailures(d.failures, assetNames(job.record.tokenId));
            m_detailTabs->setTabText(0, tr("Failed targets (%1)").arg(d.failures.size()));
            for (auto *view : m_detailTabs->findChildren<QTableView *>())
                view->resizeColumnsToContents();
            m_detailTitle->setText(
                tr("Job %1: %2 on %3, %4. %n failed target(s).", nullptr, int(d.failures.size()))
                    .arg(QString::number(jobId), JobTableModel::kindText(job.record.kind), job.tokenName,
                         RecordState::label(job.record.state)) +
                (job.record.state == RecordState::Job::NeedsChecking
                     ? QString(u' ' + RecordState::outcomeUnknownAdvice())
                     : QString()));
            if (m_dryRunText->toPlainText() != job.record.dryRunSummary)
                m_dryRunText->setPlainText(job.record.dryRunSummary);
        });
}

const QHash<QString, QString> &JobsPage::assetNames(const QString &tokenId)
{
    const auto cached = m_assetNames.constFind(tokenId);
    if (cached != m_assetNames.constEnd())
        return cached.value();
    QHash<QString, QString> names;
    // Without names (the read failed) the adamIds show.
    std::ignore = InventoryReader(console().database())
                      .forEachAsset(tokenId, [&](const InventoryReader::AssetRow &row) {
                          if (!row.name.isEmpty())
                              names.insert(row.asset.adamId, row.name);
                      });
    return m_assetNames.insert(tokenId, names).value();
}

void JobsPage::updateButtons()
{
    const qint64 jobId = selectedJobId();
    const int row = m_jobs->rowOf(jobId);
    const bool active = jobId && console().jobs().isActive(jobId);
    const bool hasFailures = row >= 0 && m_jobs->jobAt(row).failedTargets > 0;

    QString retryBlocked;
    if (row < 0)
        retryBlocked = tr("Select a job.");
    else if (active)
        retryBlocked = tr("The job is still running.");
    else if (!hasFailures)
        retryBlocked = tr("The job has no failed targets.");
    else if (!console().writeGate().allows(WriteGate::Reach::Apple))
        retryBlocked = console().writeGate().blockedReason(WriteGate::Reach::Apple);
    m_retryButton->setEnabled(retryBlocked.isEmpty());
    m_retryButton->setToolTip(
        retryBlocked.isEmpty() ? tr("Start a new job with the failed targets of this one.") : retryBlocked);
    m_cancelButton->setEnabled(active);
    m_cancelButton->setToolTip(active ? tr("Stop sending and following this job. Requests Apple already "
                                           "accepted still run.")
                                      : tr("Only a running job can be cancelled."));
}

void JobsPage::showMessage(const QString &text, bool error)
{
    if (error)
        m_messageLabel->showError(text);
    else
        m_messageLabel->showNote(text);
}

void JobsPage::retryFailed()
{
    const qint64 jobId = selectedJobId();
    if (!jobId || !m_retryButton->isEnabled())
        return;
    m_retryButton->setEnabled(false);
    showMessage(tr("Starting a retry of job %1…").arg(jobId), false);
    QPointer<JobsPage> self(this);
    console().jobs().retryFailed(jobId, [self, jobId](Result<qint64> started) {
        if (!self)
            return;
        if (!started) {
            self->showMessage(started.error().toDisplayString(), true);
            self->updateButtons();
            return;
        }
        self->showMessage(tr("Job %1 retries the failed targets of job %2.")
                              .arg(QString::number(started.value()), QString::number(jobId)),
                          false);
        self->reload();
        self->selectJob(started.value());
        Q_EMIT self->jobStarted(started.value());
    });
}

void JobsPage::cancelJob()
{
    const qint64 jobId = selectedJobId();
    if (!jobId || !console().jobs().isActive(jobId))
        return;
    console().jobs().cancel(jobId);
    showMessage(tr("Job %1 cancelled.").arg(jobId), false);
    reload();
}
