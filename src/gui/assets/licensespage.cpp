#include "licensespage.h"

#include "app/console.h"
#include "core/store/tokenstore.h"
#include "core/workspace/workspace.h"
#include "licensetablemodel.h"
#include "messagelabel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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
                                  row->at(LicenseTableModel::Pricing).toString());
    });

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
