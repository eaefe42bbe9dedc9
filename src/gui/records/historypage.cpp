#include "historypage.h"

#include "app/console.h"
#include "app/synccontroller.h"
#include "core/store/tokenstore.h"
#include "core/views/synchistoryquery.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "syncchangemodel.h"
#include "syncrunmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

HistoryPage::HistoryPage(Console &console, QWidget *parent)
    : Page(console, tr("History"), tr("Each sync and what it changed since the one before."),
           QIcon(QStringLiteral(":/icons/history.svg")), parent)
{
    setObjectName(QStringLiteral("historyPage"));

    m_runs = new SyncRunModel(console.database(), this);
    m_changes = new SyncChangeModel(console.database(), this);

    m_tokenFilter = new QComboBox(this);
    m_tokenFilter->setObjectName(QStringLiteral("tokenFilter"));
    m_tokenFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenFilter->setMinimumContentsLength(14); // long names elide: the page fits a small screen
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_tokenFilter);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(tokenLabel);
    actionsLayout()->addWidget(m_tokenFilter);

    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));
    bodyLayout()->addWidget(m_error);

    m_runView = addTable(m_runs, QStringLiteral("runTable"));
    m_runView->setSortingEnabled(false); // newest first is the order that matters
    m_runView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runView->horizontalHeader()->setResizeContentsPrecision(0); // the rows in sight only

    auto *changesRow = new QHBoxLayout;
    m_changesTitle = new QLabel(tr("Select a run to see what it changed."), this);
    m_changesTitle->setObjectName(QStringLiteral("changesTitle"));
    m_notKept = new QLabel(this);
    m_notKept->setObjectName(QStringLiteral("notKeptLabel"));
    m_notKept->setForegroundRole(QPalette::PlaceholderText);
    m_notKept->hide();
    changesRow->addWidget(m_changesTitle);
    changesRow->addStretch(1);
    changesRow->addWidget(m_notKept);
    bodyLayout()->addLayout(changesRow);

    m_changeView = addTable(m_changes, QStringLiteral("changeTable"));
    m_changeView->setSortingEnabled(false);
    m_changeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changeView->horizontalHeader()->setResizeContentsPrecision(0); // the rows in sight only
    bodyLayout()->setStretchFactor(m_runView, 3);
    bodyLayout()->setStretchFactor(m_changeView, 2);

    connect(m_tokenFilter, &QComboBox::currentIndexChanged, this,
            [this] { setTokenFilter(m_tokenFilter->currentData().toString()); });
    followSelection(m_runView, this, [this] {
        const QModelIndex current = m_runView->selectionModel()->currentIndex();
        showRun(current.isValid() ? m_runs->runIdAt(current.row()) : 0);
    });
    connect(m_runs, &PagedTableModel::loadFailed, m_error, &MessageLabel::showError);
    connect(m_runs, &PagedTableModel::reloaded, m_error, &MessageLabel::clearMessage);

    connect(&console, &Console::inventoryChanged, this, [this] {
        if (m_loaded)
            reloadRuns();
    });
    connect(&console.sync(), &SyncController::runFinished, this, [this] {
        if (m_loaded)
            reloadRuns();
    });
    connect(&console, &Console::tokensChanged, this, [this] {
        if (m_loaded)
            reloadTokens();
    });
}

void HistoryPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reloadTokens();
    reloadRuns();
}

void HistoryPage::setTokenFilter(const QString &tokenId)
{
    if (const int index = m_tokenFilter->findData(tokenId); index >= 0) {
        const QSignalBlocker blocker(m_tokenFilter);
        m_tokenFilter->setCurrentIndex(index);
    }
    m_loaded = true;
    m_runs->setTokenFilter(tokenId);
    showRun(0);
}

bool HistoryPage::selectRun(qint64 runId)
{
    const int rows = qMin(m_runs->rowCount(), m_runs->blockSize());
    for (int row = 0; row < rows; ++row) {
        if (m_runs->runIdAt(row) == runId) {
            m_runView->selectionModel()->setCurrentIndex(
                m_runs->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void HistoryPage::reloadTokens()
{
    const QString current = m_runs->tokenFilter();
    {
        const QSignalBlocker blocker(m_tokenFilter);
        m_tokenFilter->clear();
        m_tokenFilter->addItem(tr("All tokens"), QString());
        if (const auto tokens = console().workspace().tokens().list()) {
            for (const TokenRecord &token : tokens.value())
                m_tokenFilter->addItem(token.name, token.id);
        }
        m_tokenFilter->setCurrentIndex(qMax(0, m_tokenFilter->findData(current)));
    }
    if (!current.isEmpty() && m_tokenFilter->findData(current) < 0)
        setTokenFilter({}); // the token shown was removed
}

void HistoryPage::reloadRuns()
{
    const qint64 selected = m_changes->runId();
    m_runs->reload();
    if (selected <= 0 || !selectRun(selected))
        showRun(0);
}

void HistoryPage::showRun(qint64 runId)
{
    m_changes->setRun(runId);
    m_notKept->hide();
    if (runId <= 0) {
        m_changesTitle->setText(tr("Select a run to see what it changed."));
        return;
    }
    const auto run = SyncHistoryQuery(console().database()).run(runId);
    if (!run || !run.value()) {
        m_changesTitle->setText(tr("Select a run to see what it changed."));
        return;
    }
    const SyncRunRecord &record = run.value()->record;
    const qint64 kept = m_changes->rowCount();
    m_changesTitle->setText(
        tr("What the sync of %1 started %2 changed:", "token, time")
            .arg(run.value()->tokenName,
                 QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat)));
    if (const qint64 missing = SyncHistoryQuery::notKept(record, kept); missing > 0) {
        m_notKept->setText(
            tr("%Ln more not kept", nullptr, int(qMin<qint64>(missing, std::numeric_limits<int>::max()))));
        m_notKept->setToolTip(tr("A sync keeps a limited number of change rows (none on a token's first "
                                 "sync); its counts are always complete."));
        m_notKept->show();
    }
}
