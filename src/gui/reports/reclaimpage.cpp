#include "reclaimpage.h"

#include "reclaimcandidatemodel.h"
#include "reclaimtotalsmodel.h"

#include "app/console.h"
#include "app/writegate.h"
#include "messagelabel.h"

#include "core/store/database.h"
#include "core/views/reclaimadvisor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ReclaimPage::ReclaimPage(Console &console, QWidget *parent)
    : Page(
          console, tr("Reclaim"),
          tr("Licenses that could be taken back: on devices not seen for a while, on retired or unregistered "
             "users, outside a location's Distribution groups. Tick them and review the revoke."),
          QIcon(QStringLiteral(":/icons/licenses.svg")), parent)
{
    setObjectName(QStringLiteral("reclaimPage"));
    m_candidates = new ReclaimCandidateModel(this);
    m_totals = new ReclaimTotalsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_candidates);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_reviewButton = new QPushButton(tr("Review &Revoke…"), this);
    m_reviewButton->setObjectName(QStringLiteral("reviewRevokeButton"));
    m_reviewButton->setToolTip(
        tr("Revoke the licenses of the ticked (or selected) holders, after the dry run"));
    auto *checkAll = new QPushButton(tr("Tick &All"), this);
    checkAll->setObjectName(QStringLiteral("tickAllButton"));
    auto *checkNone = new QPushButton(tr("Tick &None"), this);
    checkNone->setObjectName(QStringLiteral("tickNoneButton"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("notSeenDays"));
    m_days->setRange(0, 3650);
    m_days->setValue(90);
    m_days->setSpecialValueText(tr("never"));
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Devices not seen for"));
    auto *daysLabel = new QLabel(tr("Devices not seen &for:"), this);
    daysLabel->setBuddy(m_days);
    m_refreshButton = new QPushButton(tr("&Find"), this);
    m_refreshButton->setObjectName(QStringLiteral("findButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    actionsLayout()->addWidget(m_reviewButton);
    actionsLayout()->addWidget(checkAll);
    actionsLayout()->addWidget(checkNone);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(daysLabel);
    actionsLayout()->addWidget(m_days);
    actionsLayout()->addWidget(m_refreshButton);
    actionsLayout()->addWidget(m_cancelButton);

    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));
    bodyLayout()->addWidget(m_error);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    bodyLayout()->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *candidateView = new QTableView(splitter);
    candidateView->setObjectName(QStringLiteral("candidateTable"));
    styleTable(candidateView);
    candidateView->setModel(m_proxy);
    candidateView->setTabKeyNavigation(false);
    candidateView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    candidateView->setColumnWidth(ReclaimCandidateModel::LocationColumn, 160);
    candidateView->setColumnWidth(ReclaimCandidateModel::AppColumn, 220);
    candidateView->setColumnWidth(ReclaimCandidateModel::HolderColumn, 220);
    candidateView->setColumnWidth(ReclaimCandidateModel::KindColumn, 80);
    auto *totalsView = new QTableView(splitter);
    totalsView->setObjectName(QStringLiteral("totalsTable"));
    styleTable(totalsView);
    totalsView->setSortingEnabled(false);
    totalsView->setModel(m_totals);
    totalsView->setTabKeyNavigation(false);
    totalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    bodyLayout()->addWidget(splitter, 1);
    setTableView(candidateView);

    connect(m_reviewButton, &QPushButton::clicked, this, &ReclaimPage::reviewRevoke);
    connect(checkAll, &QPushButton::clicked, this, [this] { m_candidates->setAllChecked(true); });
    connect(checkNone, &QPushButton::clicked, this, [this] { m_candidates->setAllChecked(false); });
    connect(m_refreshButton, &QPushButton::clicked, this, &ReclaimPage::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReclaimPage::cancelSearch);
    connect(m_candidates, &ReclaimCandidateModel::checkedCountChanged, this, &ReclaimPage::updateButtons);
    connect(candidateView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReclaimPage::updateButtons);
    connect(&console.writeGate(), &WriteGate::changed, this, &ReclaimPage::updateButtons);
    connect(&console, &Console::inventoryChanged, this, [this] {
        if (m_loaded && isVisible())
            refresh();
    });
    updateButtons();
}

ReclaimPage::~ReclaimPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReclaimPage::activate()
{
    if (!m_loaded)
        refresh();
}

void ReclaimPage::refresh()
{
    m_loaded = true;
    cancelSearch();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 serial = ++m_serial;
    m_error->clearMessage();
    m_summary->setText(tr("Looking for licenses to reclaim…"));
    m_refreshButton->setEnabled(false);
    m_cancelButton->setEnabled(true);

    ReclaimAdvisor::Options options;
    options.notSeenDays = m_days->value();
    const QString path = console().database().path();
    m_search.run<Result<QList<ReclaimCandidate>>>(
        [path, options, cancel]() -> Result<QList<ReclaimCandidate>> {
            Database db;
            if (const Result<void> opened = db.open(path); !opened)
                return opened.error();
            return ReclaimAdvisor(db).candidates(options, [cancel] { return cancel->load(); });
        },
        [this, serial](const Result<QList<ReclaimCandidate>> &found) {
            if (serial != m_serial)
                return; // a newer search (or a cancel) replaced this one
            m_cancel.reset();
            m_refreshButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            if (!found) {
                m_summary->clear();
                if (found.error().kind != VppError::Kind::Cancelled)
                    m_error->showError(found.error().toDisplayString());
            } else {
                m_candidates->setCandidates(found.value());
                m_totals->setRows(ReclaimAdvisor::totalsPerApp(found.value()));
                m_summary->setText(found->isEmpty()
                                       ? tr("Nothing to reclaim.")
                                       : tr("%n license(s) could be reclaimed; the totals per app are below.",
                                            nullptr, int(found->size())));
            }
            updateButtons();
            emit searched();
        });
}

void ReclaimPage::cancelSearch()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_cancel.reset();
    ++m_serial;
    m_refreshButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("The search was cancelled."));
    updateButtons();
    emit searched();
}

QList<int> ReclaimPage::chosenRows() const
{
    QList<int> rows = m_candidates->checkedRows();
    if (!rows.isEmpty())
        return rows;
    const QModelIndexList selected = tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void ReclaimPage::updateButtons()
{
    const bool writable = console().writeGate().allows(WriteGate::Reach::Apple);
    m_reviewButton->setEnabled(writable && !isSearching() && !chosenRows().isEmpty());
    m_reviewButton->setToolTip(writable
                                   ? tr("Revoke the licenses of the ticked (or selected) holders, after the "
                                        "dry run")
                                   : console().writeGate().blockedReason(WriteGate::Reach::Apple));
}

void ReclaimPage::reviewRevoke()
{
    // Revoking works per holder and location: group the chosen licenses' holders by token.
    struct Targets
    {
        QStringList users;
        QStringList serials;
    };
    QMap<QString, Targets> byToken;
    for (const int row : chosenRows()) {
        const ReclaimCandidate &c = m_candidates->candidateAt(row);
        Targets &t = byToken[c.tokenId];
        QStringList &list = c.isDevice() ? t.serials : t.users;
        if (!list.contains(c.target()))
            list.append(c.target());
    }
    for (auto it = byToken.cbegin(); it != byToken.cend(); ++it)
        emit revokeRequested(it.key(), it->users, it->serials);
}
