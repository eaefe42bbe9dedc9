#include "licenseoperationdialog.h"

#include "app/console.h"
#include "app/jobcontroller.h"
#include "app/writegate.h"
#include "assetchecklistmodel.h"
#include "core/workspace/workspace.h"
#include "licenseplansummary.h"
#include "licensetargetswidget.h"
#include "messagelabel.h"
#include "page.h"
#include "plannotesmodel.h"
#include "screenfit.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *warningLabel(const QString &text, QWidget *parent)
{
    auto *label = new MessageLabel(parent, QString());
    label->showWarning(text);
    return label;
}

} // namespace

LicenseOperationDialog::LicenseOperationDialog(Console &console, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("licenseOperationDialog"));
    buildUi();
    {
        QSignalBlocker block(m_modeCombo);
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
    }
    loadTokens(); // and the first token's assets
    loadGroups();
    updateModeUi();
    updateRunState();
    connect(&m_console.writeGate(), &WriteGate::changed, this, &LicenseOperationDialog::updateRunState);
    connect(&m_console, &Console::tokensChanged, this, &LicenseOperationDialog::loadTokens);
    // New counts after a sync or a job; the checked assets stay checked.
    connect(&m_console, &Console::inventoryChanged, this, [this](const QString &tokenId) {
        if (tokenId.isEmpty() || tokenId == currentTokenId())
            loadAssets();
    });
    connect(&m_console.jobs(), &JobController::jobProgress, this, &LicenseOperationDialog::onJobProgress);
    connect(&m_console.jobs(), &JobController::jobFinished, this, &LicenseOperationDialog::onJobFinished);
}

LicenseOperationDialog::~LicenseOperationDialog() = default;

void LicenseOperationDialog::buildUi()
{
    ScreenFit::resize(this, QSize(1040, 720));

    // Left column: what to do.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    m_modeCombo = new QComboBox(left);
    m_modeCombo->setObjectName(QStringLiteral("operationCombo"));
    m_modeCombo->addItem(tr("Assign licenses"), int(Mode::Assign));
    m_modeCombo->addItem(tr("Unassign licenses"), int(Mode::Unassign));
    m_modeCombo->addItem(tr("Revoke every revocable license"), int(Mode::Revoke));
    m_tokenCombo = new QComboBox(left);
    m_tokenCombo->setObjectName(QStringLiteral("tokenCombo"));
    auto *operationLabel = new QLabel(tr("&Operation:"), left);
    operationLabel->setBuddy(m_modeCombo);
    auto *tokenLabel = new QLabel(tr("&Token:"), left);
    tokenLabel->setBuddy(m_tokenCombo);
    form->addRow(operationLabel, m_modeCombo);
    form->addRow(tokenLabel, m_tokenCombo);
    leftLayout->addLayout(form);

    m_assetsBox = new QGroupBox(tr("Apps and books"), left);
    m_assetsBox->setObjectName(QStringLiteral("assetsBox"));
    auto *assetsLayout = new QVBoxLayout(m_assetsBox);
    m_assetSearch = new QLineEdit(m_assetsBox);
    m_assetSearch->setObjectName(QStringLiteral("assetSearch"));
    m_assetSearch->setPlaceholderText(tr("Search by name or Adam ID"));
    m_assetSearch->setClearButtonEnabled(true);
    m_assets = new AssetChecklistModel(this);
    m_assetProxy = new QSortFilterProxyModel(this);
    m_assetProxy->setSourceModel(m_assets);
    m_assetProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_assetProxy->setFilterKeyColumn(-1);
    m_assetProxy->setSortRole(AssetChecklistModel::SortRole);
    m_assetView = new QTableView(m_assetsBox);
    m_assetView->setObjectName(QStringLiteral("assetView"));
    Page::styleTable(m_assetView);
    m_assetView->setModel(m_assetProxy);
    m_assetView->horizontalHeader()->setSectionResizeMode(AssetChecklistModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_assetView->horizontalHeader()->setStretchLastSection(false);
    m_checkedLabel = new QLabel(m_assetsBox);
    m_checkedLabel->setObjectName(QStringLiteral("checkedAssetsLabel"));
    assetsLayout->addWidget(m_assetSearch);
    assetsLayout->addWidget(m_assetView, 1);
    assetsLayout->addWidget(m_checkedLabel);
    leftLayout->addWidget(m_assetsBox, 1);

    m_targets = new LicenseTargetsWidget(left);
    leftLayout->addWidget(m_targets);

    auto *optionsBox = new QGroupBox(tr("Options"), left);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    m_oversubscribe = new QCheckBox(tr("Send beyond the available count (&oversubscribe)"), optionsBox);
    m_oversubscribe->setObjectName(QStringLiteral("oversubscribeCheck"));
    m_oversubscribeWarning = warningLabel(
        tr("Targets beyond the available licenses are sent as well: Apple refuses them (9709) unless "
           "more licenses are bought before the job runs."),
        optionsBox);
    m_force = new QCheckBox(tr("&Force: the token is managed by another MDM"), optionsBox);
    m_force->setObjectName(QStringLiteral("forceCheck"));
    m_forceWarning = warningLabel(tr("Licenses change behind the other MDM's back: it will not know about "
                                     "them and may undo them. Use this only during a migration."),
                                  optionsBox);
    m_oversubscribeWarning->setVisible(false);
    m_forceWarning->setVisible(false);
    optionsLayout->addWidget(m_oversubscribe);
    optionsLayout->addWidget(m_oversubscribeWarning);
    optionsLayout->addWidget(m_force);
    optionsLayout->addWidget(m_forceWarning);
    leftLayout->addWidget(optionsBox);

    // Right column: the dry run and the job.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_errorLabel = new MessageLabel(right, QStringLiteral("errorLabel"));
    m_summaryLabel = new QLabel(
        tr("Review the operation to see what it will do. Nothing is sent until you run it."), right);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setBold(true);
    m_summaryLabel->setFont(summaryFont);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planText = new QPlainTextEdit(right);
    m_planText->setObjectName(QStringLiteral("planText"));
    m_planText->setReadOnly(true);
    m_planText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planText->setTabChangesFocus(true);
    m_notes = new PlanNotesModel(this);
    m_notesView = new QTableView(right);
    m_notesView->setObjectName(QStringLiteral("notesView"));
    Page::styleTable(m_notesView);
    m_notesView->setSortingEnabled(false);
    m_notesView->setModel(m_notes);
    auto *splitter = new QSplitter(Qt::Vertical, right);
    splitter->addWidget(m_planText);
    splitter->addWidget(m_notesView);
    m_runBlockedLabel = new QLabel(right);
    m_runBlockedLabel->setObjectName(QStringLiteral("runBlockedLabel"));
    m_runBlockedLabel->setWordWrap(true);
    m_jobLabel = new QLabel(right);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_jobLabel->setWordWrap(true);
    m_progress = new QProgressBar(right);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setVisible(false);
    rightLayout->addWidget(m_errorLabel);
    rightLayout->addWidget(m_summaryLabel);
    rightLayout->addWidget(splitter, 1);
    rightLayout->addWidget(m_runBlockedLabel);
    rightLayout->addWidget(m_jobLabel);
    rightLayout->addWidget(m_progress);

    // On a small screen the left column scrolls instead of squeezing the asset list to a row or two.
    m_assetView->setMinimumHeight(m_assetView->horizontalHeader()->sizeHint().height() +
                                  6 * m_assetView->verticalHeader()->defaultSectionSize() +
                                  2 * m_assetView->frameWidth());
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("leftColumn"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width());
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(leftScroll);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);
    columns->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_reviewButton = buttons->addButton(tr("&Review"), QDialogButtonBox::ActionRole);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setDefault(true);
    m_runButton = buttons->addButton(tr("R&un"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setAutoDefault(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    // Run must not close the dialog: the job's progress shows here.
    connect(m_reviewButton, &QPushButton::clicked, this, &LicenseOperationDialog::review);
    connect(m_runButton, &QPushButton::clicked, this, &LicenseOperationDialog::run);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addWidget(buttons);

    // Any change of a field asks for a new review.
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(m_modeCombo->currentData().toInt())); });
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this, [this] {
        loadAssets();
        invalidateReview();
    });
    connect(m_assetSearch, &QLineEdit::textChanged, m_assetProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_assets, &AssetChecklistModel::checkedChanged, this, [this] {
        m_checkedLabel->setText(tr("%n asset(s) chosen", nullptr, m_assets->checkedCount()));
        invalidateReview();
    });
    connect(m_targets, &LicenseTargetsWidget::changed, this, &LicenseOperationDialog::invalidateReview);
    connect(m_oversubscribe, &QCheckBox::toggled, this, [this](bool on) {
        m_oversubscribeWarning->setVisible(on);
        invalidateReview();
    });
    connect(m_force, &QCheckBox::toggled, this, [this](bool on) {
        m_forceWarning->setVisible(on);
        invalidateReview();
    });

    TabOrder::chain({m_modeCombo, m_tokenCombo, m_assetSearch, m_assetView, m_targets->firstField()});
    TabOrder::chain({m_targets->lastField(), m_oversubscribe, m_force, m_planText, m_notesView,
                     m_reviewButton, m_runButton, m_closeButton});
}

void LicenseOperationDialog::loadTokens()
{
    const QString current = currentTokenId();
    const auto tokens = m_console.workspace().tokens().list();
    QSignalBlocker block(m_tokenCombo);
    m_tokenCombo->clear();
    if (!tokens) {
        showError(tokens.error().toDisplayString());
        return;
    }
    for (const TokenRecord &t : tokens.value()) {
        const QString text = t.locationName.isEmpty() || t.locationName == t.name
                                 ? t.name
                                 : QString(t.name + u" (" + t.locationName + u')');
        m_tokenCombo->addItem(text, t.id);
    }
    const int index = m_tokenCombo->findData(current);
    m_tokenCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (tokens->isEmpty())
        showError(tr("No token yet: add a location first."));
    if (currentTokenId() != current) {
        loadAssets();
        invalidateReview();
    }
}

void LicenseOperationDialog::loadGroups()
{
    if (const QString error = m_targets->loadGroups(m_console.database()); !error.isEmpty())
        showError(error);
}

void LicenseOperationDialog::loadAssets()
{
    if (auto loaded = m_assets->load(m_console.database(), currentTokenId()); !loaded)
        showError(loaded.error().toDisplayString());
    m_assetView->resizeColumnsToContents();
    m_assetView->horizontalHeader()->setSectionResizeMode(AssetChecklistModel::NameColumn,
                                                          QHeaderView::Stretch);
}

QString LicenseOperationDialog::currentTokenId() const
{
    return m_tokenCombo->currentData().toString();
}

QHash<QString, QString> LicenseOperationDialog::assetNames() const
{
    QHash<QString, QString> names;
    for (int row = 0; row < m_assets->rowCount(); ++row)
        if (!m_assets->nameAt(row).isEmpty())
            names.insert(m_assets->assetAt(row).adamId, m_assets->nameAt(row));
    return names;
}

void LicenseOperationDialog::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    const int index = m_modeCombo->findData(int(mode));
    if (m_modeCombo->currentIndex() != index) {
        QSignalBlocker block(m_modeCombo);
        m_modeCombo->setCurrentIndex(index);
    }
    updateModeUi();
    if (changed)
        invalidateReview();
}

void LicenseOperationDialog::updateModeUi()
{
    switch (m_mode) {
    case Mode::Assign:
        setWindowTitle(tr("Assign Licenses"));
        break;
    case Mode::Unassign:
        setWindowTitle(tr("Unassign Licenses"));
        break;
    case Mode::Revoke:
        setWindowTitle(tr("Revoke Licenses"));
        break;
    }
    m_assetsBox->setVisible(m_mode != Mode::Revoke);
    m_oversubscribe->setVisible(m_mode == Mode::Assign);
    m_oversubscribeWarning->setVisible(m_mode == Mode::Assign && m_oversubscribe->isChecked());
    m_checkedLabel->setText(tr("%n asset(s) chosen", nullptr, m_assets->checkedCount()));
}

void LicenseOperationDialog::setPreselection(const QString &tokenId, const QString &adamId,
                                             const QString &pricingParam)
{
    const int index = m_tokenCombo->findData(tokenId);
    if (index >= 0)
        m_tokenCombo->setCurrentIndex(index); // loads the token's assets
    if (adamId.isEmpty())
        return;
    const int row = m_assets->rowOf(adamId, pricingParam);
    if (row < 0)
        return;
    m_assets->setChecked(row, true);
    const QModelIndex shown = m_assetProxy->mapFromSource(m_assets->index(row, 0));
    m_assetView->scrollTo(shown);
    m_assetView->setCurrentIndex(shown);
}

void LicenseOperationDialog::setTargets(const QStringList &clientUserIds, const QStringList &serialNumbers)
{
    m_targets->setUsers(clientUserIds);
    m_targets->setDevices(serialNumbers);
}

LicenseRequest LicenseOperationDialog::request() const
{
    LicenseRequest r;
    switch (m_mode) {
    case Mode::Assign:
        r.kind = LicenseRequest::Kind::Assign;
        break;
    case Mode::Unassign:
        r.kind = LicenseRequest::Kind::Unassign;
        break;
    case Mode::Revoke:
        r.kind = LicenseRequest::Kind::Revoke;
        break;
    }
    r.tokenId = currentTokenId();
    if (m_mode != Mode::Revoke)
        r.assets = m_assets->checkedAssets();
    r.clientUserIds = m_targets->clientUserIds();
    r.serialNumbers = m_targets->serialNumbers();
    r.groupName = m_targets->groupName();
    r.force = m_force->isChecked();
    r.oversubscribe = m_mode == Mode::Assign && m_oversubscribe->isChecked();
    return r;
}

void LicenseOperationDialog::showError(const QString &text)
{
    m_errorLabel->showError(text);
}

void LicenseOperationDialog::invalidateReview()
{
    // A review still running answers a question that changed: its result is dropped.
    ++m_reviewSerial;
    m_reviewButton->setEnabled(true);
    if (!m_plan && m_planText->toPlainText().isEmpty() && m_errorLabel->text().isEmpty()) {
        updateRunState();
        return;
    }
    m_plan.reset();
    m_planText->clear();
    m_notes->clear();
    m_summaryLabel->setText(tr("Something changed: review the operation again before running it."));
    showError({});
    updateRunState();
}

void LicenseOperationDialog::review()
{
    showError({});
    // A new plan starts afresh: the last job's progress belongs to the Jobs page now.
    m_jobId = 0;
    m_jobLabel->clear();
    m_progress->setVisible(false);
    m_plan.reset();
    m_notes->clear();
    m_planText->clear();
    const LicenseRequest r = request();
    if (r.tokenId.isEmpty()) {
        showError(tr("Choose a token."));
    } else if (m_mode != Mode::Revoke && r.assets.isEmpty()) {
        showError(tr("Choose at least one app or book."));
    } else if (r.clientUserIds.isEmpty() && r.serialNumbers.isEmpty() && r.groupName.isEmpty()) {
        showError(tr("Name at least one user, device or group."));
    } else {
        // Planned off the GUI thread: a group of thousands takes a while to check.
        m_reviewButton->setEnabled(false);
        m_summaryLabel->setText(tr("Reviewing\u2026"));
        const quint64 serial = ++m_reviewSerial;
        QPointer<LicenseOperationDialog> self(this);
        m_console.jobs().planAsync(r, [self, serial](Result<LicensePlan> planned) {
            if (self && serial == self->m_reviewSerial)
                self->reviewed(planned);
        });
        updateRunState();
        return;
    }
    m_summaryLabel->setText(tr("Nothing was planned."));
    updateRunState();
}

void LicenseOperationDialog::reviewed(const Result<LicensePlan> &planned)
{
    m_reviewButton->setEnabled(true);
    if (!planned) {
        showError(planned.error().toDisplayString());
        m_summaryLabel->setText(tr("Nothing was planned."));
    } else {
        m_plan = planned.value();
        const QHash<QString, QString> names = assetNames();
        m_summaryLabel->setText(LicensePlanSummary::sentences(*m_plan, names).join(QLatin1Char('\n')));
        m_planText->setPlainText(m_plan->toText());
        m_notes->setNotes(m_plan->notes, names);
        m_notesView->resizeColumnsToContents();
    }
    updateRunState();
}

void LicenseOperationDialog::updateRunState()
{
    QString blocked;
    if (m_starting)
        blocked = tr("Starting the job…");
    else if (!m_plan)
        blocked = tr("Review the operation first.");
    else if (m_plan->isEmpty())
        blocked = tr("Nothing to send: every target is skipped or left out.");
    else if (!m_console.writeGate().allows(WriteGate::Reach::Apple))
        blocked = tr("Cannot run now: %1").arg(m_console.writeGate().blockedReason(WriteGate::Reach::Apple));
    m_runButton->setEnabled(blocked.isEmpty());
    m_runButton->setToolTip(blocked);
    // The reason in words next to the button, except the obvious "review first".
    const bool obvious = !m_starting && !m_plan;
    m_runBlockedLabel->setText(obvious ? QString() : blocked);
    m_runBlockedLabel->setVisible(!obvious && !blocked.isEmpty());
}

void LicenseOperationDialog::run()
{
    if (!m_plan || m_plan->isEmpty() || !m_console.writeGate().allows(WriteGate::Reach::Apple) || m_starting)
        return;
    m_starting = true;
    updateRunState();
    m_jobLabel->setText(tr("Starting…"));
    const LicensePlan plan = *m_plan;
    QPointer<LicenseOperationDialog> self(this);
    m_console.jobs().start(plan, [self, plan](Result<qint64> started) {
        if (!self)
            return;
        self->m_starting = false;
        if (!started) {
            self->m_jobLabel->clear();
            self->showError(started.error().toDisplayString());
            self->updateRunState();
            return;
        }
        self->m_jobId = started.value();
        // The plan is consumed: running it again needs a new review.
        self->m_plan.reset();
        self->m_summaryLabel->setText(
            tr("Started as job %1. It goes on when this dialog is closed; follow it on "
               "the Jobs page.")
                .arg(self->m_jobId));
        self->m_jobLabel->setText(
            tr("Job %1: sending %n request(s) to Apple…", nullptr, int(plan.batches.size()))
                .arg(self->m_jobId));
        self->m_progress->setRange(0, int(plan.batches.size()));
        self->m_progress->setValue(0);
        self->m_progress->setVisible(true);
        self->updateRunState();
        Q_EMIT self->jobStarted(self->m_jobId);
    });
}

void LicenseOperationDialog::onJobProgress(qint64 jobId, int batchesDone, int batchesTotal,
                                           qint64 numCompleted, qint64 numRequested)
{
    if (jobId != m_jobId || m_jobId == 0)
        return;
    m_progress->setRange(0, qMax(1, batchesTotal));
    m_progress->setValue(batchesDone);
    m_jobLabel->setText(tr("Job %1: %2 of %3 requests done, %4 of %5 tasks completed.")
                            .arg(jobId)
                            .arg(batchesDone)
                            .arg(batchesTotal)
                            .arg(numCompleted)
                            .arg(numRequested));
}

void LicenseOperationDialog::onJobFinished(qint64 jobId, RecordState::Job state)
{
    if (jobId != m_jobId || m_jobId == 0)
        return;
    m_progress->setValue(m_progress->maximum());
    const QString id = QString::number(jobId);
    QString text;
    switch (state) {
    case RecordState::Job::Done:
        text = tr("Job %1 is done: every target got what was asked.").arg(id);
        break;
    case RecordState::Job::Partial:
        text = tr("Job %1 finished with failures: the Jobs page lists the targets and retries them.").arg(id);
        break;
    case RecordState::Job::Failed:
        text = tr("Job %1 failed: the Jobs page shows Apple's answers.").arg(id);
        break;
    case RecordState::Job::Cancelled:
        text = tr("Job %1 was cancelled.").arg(id);
        break;
    case RecordState::Job::NeedsChecking:
        text = tr("Job %1 needs checking. %2").arg(id, RecordState::outcomeUnknownAdvice());
        break;
    case RecordState::Job::Running:
        text = tr("Job %1 ended: %2.").arg(id, RecordState::label(state));
        break;
    }
    m_jobLabel->setText(text);
}
