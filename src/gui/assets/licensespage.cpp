#include "licensespage.h"

#include "app/console.h"
#include "app/writegate.h"
#include "core/store/tokenstore.h"
#include "core/workspace/workspace.h"
#include "licensetablemodel.h"
#include "messagelabel.h"
#include "tablecopy.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

LicensesPage::LicensesPage(Console &console, QWidget *parent)
    : Page(console, tr("Licenses"),
           tr("Every license assignment, to a user or to a device, on every location."),
           QIcon(QStringLiteral(":/icons/licenses.svg")), parent)
{
    setObjectName(QStringLiteral("licensesPage"));
    m_model = new LicenseTableModel(console.database(), this);

    m_tokenCombo = new QComboBox(this);
    m_tokenCombo->setObjectName(QStringLiteral("tokenCombo"));
    m_tokenCombo->addItem(tr("All locations"), QString());
    m_holdersCombo = new QComboBox(this);
    m_holdersCombo->setObjectName(QStringLiteral("holdersCombo"));
    m_holdersCombo->addItem(tr("Users and devices"), int(LicenseQuery::Holders::Any));
    m_holdersCombo->addItem(tr("Users"), int(LicenseQuery::Holders::Users));
    m_holdersCombo->addItem(tr("Devices"), int(LicenseQuery::Holders::Devices));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Client user ID or serial number starts with…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(200);
    m_tokenCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenCombo->setMinimumContentsLength(14);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true); // a long count wraps instead of widening the window
    actionsLayout()->addWidget(m_summaryLabel);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(m_tokenCombo);
    actionsLayout()->addWidget(m_holdersCombo);
    actionsLayout()->addWidget(m_searchEdit);

    m_errorLabel = new MessageLabel(this, QStringLiteral("errorLabel"));
    bodyLayout()->addWidget(m_errorLabel);

    QTableView *view = addTable(m_model, QStringLiteral("licenseTable"));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(LicenseTableModel::App, 280);
    view->setColumnWidth(LicenseTableModel::Holder, 300);
    view->setColumnWidth(LicenseTableModel::Token, 160);
    // Only the holder columns have an index to sort by: a click elsewhere keeps the current order
    // (the model ignores it) and its indicator.
    QHeaderView *header = view->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (LicenseTableModel::isSortable(column)) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                    return;
                }
                const QSignalBlocker blocker(header);
                header->setSortIndicator(m_sortColumn, m_sortOrder);
            });
    onRowActivated(view, this, [this](const QModelIndex &index) {
        if (const PagedTableModel::Row *row = m_model->rowAt(index.row()))
            Q_EMIT assetRequested(row->at(LicenseTableModel::TokenIdValue).toString(),
                                  row->at(LicenseTableModel::AdamIdValue).toString(),
                                  row->at(LicenseTableModel::PricingValue).toString());
    });
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &LicensesPage::showContextMenu);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LicensesPage::applySearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
    });
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTokenId(m_tokenCombo->currentData().toString()); });
    connect(m_holdersCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setHolders(LicenseQuery::Holders(m_holdersCombo->currentData().toInt())); });
    connect(m_model, &LicenseTableModel::reloaded, this, &LicensesPage::updateSummary);
    connect(m_model, &LicenseTableModel::loadFailed, this, &LicensesPage::updateSummary);

    connect(&console, &Console::inventoryChanged, this, [this] {
        if (!m_loaded)
            return;
        if (isVisible())
            m_model->reload();
        else
            m_stale = true;
    });
    connect(&console, &Console::tokensChanged, this, [this] {
        if (m_loaded)
            refreshTokens();
    });
}

void LicensesPage::activate()
{
    if (!m_loaded) {
        reload();
    } else if (m_stale) {
        m_stale = false;
        m_model->reload();
    }
}

void LicensesPage::reload()
{
    m_loaded = true;
    m_stale = false;
    refreshTokens();
    m_model->reload();
}

void LicensesPage::refreshTokens()
{
    const Result<QList<TokenRecord>> tokens = console().workspace().tokens().list();
    if (!tokens) {
        m_errorLabel->showError(tokens.error().toDisplayString());
        return;
    }
    const QString current = m_tokenCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_tokenCombo);
        m_tokenCombo->clear();
        m_tokenCombo->addItem(tr("All locations"), QString());
        for (const TokenRecord &t : tokens.value())
            m_tokenCombo->addItem(t.name, t.id);
        m_tokenCombo->setCurrentIndex(qMax(0, m_tokenCombo->findData(current)));
    }
    m_model->setTokenId(m_tokenCombo->currentData().toString());
}

void LicensesPage::applySearch()
{
    m_model->setSearch(m_searchEdit->text());
}

void LicensesPage::updateSummary()
{
    m_errorLabel->showError(m_model->lastError());
    const int rows = m_model->rowCount();
    m_summaryLabel->setText(tr("%Ln license(s)", nullptr, rows));
}

LicensesPage::Selection LicensesPage::selection() const
{
    Selection s;
    QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    if (rows.size() > m_maxActedRows) {
        s.tooMany = int(rows.size());
        return s;
    }
    std::sort(rows.begin(), rows.end());
    bool oneToken = true;
    QSet<QString> seenHolders;
    for (const QModelIndex &index : std::as_const(rows)) {
        const PagedTableModel::Row *row = m_model->rowAt(index.row());
        if (!row)
            continue;
        ++s.rows;
        const QString tokenId = row->at(LicenseTableModel::TokenIdValue).toString();
        if (s.rows == 1)
            s.tokenId = tokenId;
        oneToken = oneToken && tokenId == s.tokenId;
        const AssetRef asset{row->at(LicenseTableModel::AdamIdValue).toString(),
                             row->at(LicenseTableModel::PricingValue).toString()};
        if (!s.assets.contains(asset))
            s.assets.append(asset);
        const QString holder = row->at(LicenseTableModel::Holder).toString();
        const bool device = row->at(LicenseTableModel::IsDeviceValue).toBool();
        if (!seenHolders.contains((device ? u"d:" : u"u:") + holder)) {
            seenHolders.insert((device ? u"d:" : u"u:") + holder);
            (device ? s.serialNumbers : s.clientUserIds).append(holder);
        }
    }
    if (!oneToken)
        s.tokenId.clear();
    return s;
}

QMenu *LicensesPage::createContextMenu(QWidget *parent)
{
    const Selection s = selection();
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("licenseContextMenu"));
    const int holders = int(s.clientUserIds.size() + s.serialNumbers.size());
    const QString oneLocation =
        s.tooMany > 0
            ? tr("%1 licenses are selected; the menu acts on %2 at most: filter the table by location "
                 "and search, or use the Licenses menu.")
                  .arg(QLocale().toString(s.tooMany), QLocale().toString(m_maxActedRows))
        : s.rows == 0 ? tr("Select one or more licenses first.")
                      : tr("The selected licenses are on several locations: "
                           "choose licenses of one location.");
    const bool actionable = !s.tokenId.isEmpty();
    const WriteGate &gate = console().writeGate();

    QAction *unassign =
        menu->addAction(tr("&Unassign %n License(s)…", nullptr, s.tooMany > 0 ? s.tooMany : s.rows));
    unassign->setObjectName(QStringLiteral("unassignAction"));
    gate.apply(unassign, WriteGate::Reach::Apple, actionable, oneLocation,
               tr("Review taking these licenses back, then run it."));
    connect(unassign, &QAction::triggered, this,
            [this, s] { Q_EMIT unassignRequested(s.tokenId, s.assets, s.clientUserIds, s.serialNumbers); });

    QAction *revoke = menu->addAction(tr("&Revoke All Licenses of %n Holder(s)…", nullptr, holders));
    revoke->setObjectName(QStringLiteral("revokeAction"));
    gate.apply(revoke, WriteGate::Reach::Apple, actionable, oneLocation,
               tr("Review revoking every license of these users and devices on this location, then run it."));
    connect(revoke, &QAction::triggered, this,
            [this, s] { Q_EMIT revokeRequested(s.tokenId, s.clientUserIds, s.serialNumbers); });

    QAction *show = menu->addAction(tr("Show &Holder"));
    show->setObjectName(QStringLiteral("showHolderAction"));
    show->setEnabled(holders == 1);
    show->setToolTip(holders == 1 ? tr("Everything this user or device holds, on every location.")
                                  : tr("Select the licenses of one user or device."));
    const QString holder = s.clientUserIds.isEmpty() ? s.serialNumbers.value(0) : s.clientUserIds.value(0);
    connect(show, &QAction::triggered, this, [this, holder] { Q_EMIT holderRequested(holder); });

    menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(s.rows > 0);
    connect(copy, &QAction::triggered, this, [this] { TableCopy::copySelectedRows(tableView()); });
    menu->setToolTipsVisible(true);
    return menu;
}

void LicensesPage::showContextMenu(const QPoint &pos)
{
    QTableView *view = tableView();
    QPoint at = pos;
    const QModelIndex clicked = view->indexAt(pos);
    if (clicked.isValid()) {
        // A right click on a row outside the selection acts on that row, as file managers do.
        if (!view->selectionModel()->isRowSelected(clicked.row(), {}))
            view->selectRow(clicked.row());
    } else if (const QModelIndex current = view->currentIndex(); current.isValid()) {
        // The Menu key or Shift+F10: the menu opens at the current row.
        at = view->visualRect(current).center();
    }
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(at));
}
