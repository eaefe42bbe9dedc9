#include "assetspage.h"

#include "app/console.h"
#include "app/writegate.h"
#include "assetdetaildialog.h"
#include "assetfilterproxymodel.h"
#include "assettablemodel.h"
#include "core/store/assetstore.h"
#include "core/views/runwayquery.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "thresholddialog.h"
#include "utilisationdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

AssetsPage::AssetsPage(Console &console, QWidget *parent)
    : Page(console, tr("Apps & Books"),
           tr("Purchased apps and books with their license counts across all locations."),
           QIcon(QStringLiteral(":/icons/assets.svg")), parent)
{
    setObjectName(QStringLiteral("assetsPage"));

    m_model = new AssetTableModel(console.database(), this);
    m_proxy = new AssetFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    // Actions, then the search.
    m_detailsButton = new QPushButton(tr("&Details…"), this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_assignButton = new QPushButton(tr("&Assign…"), this);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_unassignButton = new QPushButton(tr("&Unassign…"), this);
    m_unassignButton->setObjectName(QStringLiteral("unassignButton"));
    m_thresholdButton = new QPushButton(tr("Set &Threshold…"), this);
    m_thresholdButton->setObjectName(QStringLiteral("thresholdButton"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search name, Adam ID or bundle ID"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    for (QPushButton *b : {m_detailsButton, m_assignButton, m_unassignButton, m_thresholdButton})
        actionsLayout()->addWidget(b);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(m_searchEdit);

    // Filters.
    m_appsCheck = new QCheckBox(tr("A&pps"), this);
    m_appsCheck->setObjectName(QStringLiteral("appsCheck"));
    m_appsCheck->setChecked(true);
    m_booksCheck = new QCheckBox(tr("&Books"), this);
    m_booksCheck->setObjectName(QStringLiteral("booksCheck"));
    m_booksCheck->setChecked(true);
    m_platformCombo = new QComboBox(this);
    m_platformCombo->setObjectName(QStringLiteral("platformCombo"));
    m_platformCombo->addItem(tr("All platforms"), QString());
    m_tokenCombo = new QComboBox(this);
    m_tokenCombo->setObjectName(QStringLiteral("tokenCombo"));
    m_tokenCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenCombo->setMinimumContentsLength(14);
    m_tokenCombo->addItem(tr("All locations"), QString());
    m_lowCheck = new QCheckBox(tr("&Low availability"), this);
    m_lowCheck->setObjectName(QStringLiteral("lowCheck"));
    m_overCheck = new QCheckBox(tr("&Over-assigned"), this);
    m_overCheck->setObjectName(QStringLiteral("overAssignedCheck"));
    m_overCheck->setToolTip(tr("Only the assets with more licenses assigned than owned (Apple reports a "
                               "negative available count): unassign some, or buy more."));
    m_catalogCheck = new QCheckBox(tr("In &catalog"), this);
    m_catalogCheck->setObjectName(QStringLiteral("catalogCheck"));
    m_catalogCheck->setToolTip(tr("Only assets whose name and icon were found in Apple's catalog"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_appsCheck);
    filters->addWidget(m_booksCheck);
    filters->addWidget(m_platformCombo);
    filters->addWidget(m_tokenCombo);
    filters->addWidget(m_lowCheck);
    filters->addWidget(m_overCheck);
    filters->addWidget(m_catalogCheck);
    filters->addStretch(1);
    bodyLayout()->addLayout(filters);

    m_errorLabel = new MessageLabel(this, QStringLiteral("errorLabel"));
    bodyLayout()->addWidget(m_errorLabel);

    QTableView *view = addTable(m_proxy, QStringLiteral("assetTable"));
    view->setItemDelegateForColumn(AssetTableModel::Utilisation, new UtilisationDelegate(view));
    view->setIconSize(QSize(20, 20));
    // The name takes what the counts and the utilisation leave: every column stays in sight on a
    // 1024-pixel screen, and a wider window gives the room to the names.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AssetTableModel::Name, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    view->setColumnWidth(AssetTableModel::Type, 48);
    view->setColumnWidth(AssetTableModel::Platforms, 88);
    view->setColumnWidth(AssetTableModel::Token, 100);
    // The counts as wide as their header or "Unlimited" (free apps), whichever is wider.
    const int unlimited = header->fontMetrics().horizontalAdvance(AssetTableModel::tr("Unlimited"));
    for (int c = AssetTableModel::Total; c <= AssetTableModel::Retired; ++c) {
        const int title =
            header->fontMetrics().horizontalAdvance(m_proxy->headerData(c, Qt::Horizontal).toString());
        view->setColumnWidth(c, qMax(title, c == AssetTableModel::Retired ? 0 : unlimited) + 16);
    }
    view->setColumnWidth(AssetTableModel::Utilisation, 88);
    // The runway as wide as its header or a year of it, whichever is wider (longer texts elide;
    // the tooltip has the rate).
    view->setColumnWidth(AssetTableModel::Runway,
                         qMax(header->fontMetrics().horizontalAdvance(
                                  m_proxy->headerData(AssetTableModel::Runway, Qt::Horizontal).toString()),
                              header->fontMetrics().horizontalAdvance(RunwayQuery::text(365.0))) +
                             16);
    // The counts under the table, as on the other pages: the filter row stays one line.
    bodyLayout()->addWidget(m_summaryLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &AssetFilterProxyModel::setSearchText);
    connect(m_appsCheck, &QCheckBox::toggled, m_proxy, &AssetFilterProxyModel::setShowApps);
    connect(m_booksCheck, &QCheckBox::toggled, m_proxy, &AssetFilterProxyModel::setShowBooks);
    connect(m_lowCheck, &QCheckBox::toggled, m_proxy, &AssetFilterProxyModel::setLowOnly);
    connect(m_overCheck, &QCheckBox::toggled, m_proxy, &AssetFilterProxyModel::setOverAssignedOnly);
    connect(m_catalogCheck, &QCheckBox::toggled, m_proxy, &AssetFilterProxyModel::setInCatalogOnly);
    connect(m_platformCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPlatform(m_platformCombo->currentData().toString()); });
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTokenId(m_tokenCombo->currentData().toString()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AssetsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssetsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AssetsPage::updateSummary);

    followSelection(view, this, [this] { updateButtons(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssetsPage::updateButtons);
    onRowActivated(view, this, [this](const QModelIndex &) { openDetails(); });
    connect(m_detailsButton, &QPushButton::clicked, this, [this] { openDetails(); });
    connect(m_thresholdButton, &QPushButton::clicked, this, &AssetsPage::askThreshold);
    connect(m_assignButton, &QPushButton::clicked, this, [this] {
        if (const AssetViewRow *a = currentAsset())
            Q_EMIT assignRequested(a->tokenId, a->adamId, a->pricingParam);
    });
    connect(m_unassignButton, &QPushButton::clicked, this, [this] {
        if (const AssetViewRow *a = currentAsset())
            Q_EMIT unassignRequested(a->tokenId, a->adamId, a->pricingParam, {}, {});
    });

    const auto reloadIfLoaded = [this] {
        if (m_loaded)
            reload();
    };
    connect(&console, &Console::inventoryChanged, this, reloadIfLoaded);
    connect(&console, &Console::thresholdsChanged, this, reloadIfLoaded);
    connect(&console, &Console::tokensChanged, this, reloadIfLoaded);
    connect(&console.writeGate(), &WriteGate::changed, this, &AssetsPage::updateButtons);
    updateButtons();
}

void AssetsPage::activate()
{
    if (!m_loaded)
        reload();
}

void AssetsPage::reload()
{
    // Keep the current asset selected across the reset.
    QString tokenId, adamId, pricingParam;
    if (const AssetViewRow *current = currentAsset()) {
        tokenId = current->tokenId;
        adamId = current->adamId;
        pricingParam = current->pricingParam;
    }
    const Result<void> loaded = m_model->reload(console().lowLicenseThresholdPct());
    m_loaded = true;
    if (!loaded) {
        showError(tr("The assets could not be read: %1").arg(loaded.error().toDisplayString()));
        return;
    }
    m_errorLabel->clearMessage();
    refreshCombos();
    if (!adamId.isEmpty()) {
        const int row = m_model->find(tokenId, adamId, pricingParam);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            tableView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
    }
    updateSummary();
    updateButtons();
}

void AssetsPage::refreshCombos()
{
    QSet<QString> platforms;
    QMap<QString, QString> tokens; // name -> id, sorted by name
    for (const AssetViewRow &r : m_model->rows()) {
        for (const QString &p : r.platforms)
            platforms.insert(p);
        tokens.insert(r.tokenName, r.tokenId);
    }
    QStringList sortedPlatforms(platforms.cbegin(), platforms.cend());
    sortedPlatforms.sort();

    const QString platform = m_platformCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_platformCombo);
        m_platformCombo->clear();
        m_platformCombo->addItem(tr("All platforms"), QString());
        for (const QString &p : std::as_const(sortedPlatforms))
            m_platformCombo->addItem(p, p);
        m_platformCombo->setCurrentIndex(qMax(0, m_platformCombo->findData(platform)));
    }
    const QString token = m_tokenCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_tokenCombo);
        m_tokenCombo->clear();
        m_tokenCombo->addItem(tr("All locations"), QString());
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
            m_tokenCombo->addItem(it.key(), it.value());
        m_tokenCombo->setCurrentIndex(qMax(0, m_tokenCombo->findData(token)));
    }
    m_proxy->setPlatform(m_platformCombo->currentData().toString());
    m_proxy->setTokenId(m_tokenCombo->currentData().toString());
}

const AssetViewRow *AssetsPage::currentAsset() const
{
    const QModelIndex current = tableView()->selectionModel()->currentIndex();
    if (!current.isValid() || !tableView()->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(current).row());
}

bool AssetsPage::selectAsset(const QString &tokenId, const QString &adamId, const QString &pricingParam)
{
    if (!m_loaded)
        reload();
    const int row = m_model->find(tokenId, adamId, pricingParam);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show everything.
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    tableView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    tableView()->scrollTo(index);
    return true;
}

void AssetsPage::clearFilters()
{
    m_searchEdit->clear();
    m_appsCheck->setChecked(true);
    m_booksCheck->setChecked(true);
    m_lowCheck->setChecked(false);
    m_overCheck->setChecked(false);
    m_catalogCheck->setChecked(false);
    m_platformCombo->setCurrentIndex(0);
    m_tokenCombo->setCurrentIndex(0);
}

void AssetsPage::showOverAssignedOnly()
{
    if (!m_loaded)
        reload();
    clearFilters();
    m_overCheck->setChecked(true);
}

void AssetsPage::showLowOnly()
{
    if (!m_loaded)
        reload();
    clearFilters();
    m_lowCheck->setChecked(true);
}

AssetDetailDialog *AssetsPage::openDetails()
{
    const AssetViewRow *asset = currentAsset();
    if (!asset)
        return nullptr;
    auto *dialog = new AssetDetailDialog(console(), *asset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssetDetailDialog::assignRequested, this, &AssetsPage::assignRequested);
    connect(dialog, &AssetDetailDialog::unassignRequested, this, &AssetsPage::unassignRequested);
    dialog->show();
    return dialog;
}

void AssetsPage::askThreshold()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Local);
        !blocked.isEmpty())
        return showError(blocked);
    const AssetViewRow *asset = currentAsset();
    if (!asset)
        return;
    auto *dialog = new ThresholdDialog(asset->name.isEmpty() ? asset->adamId : asset->name,
                                       asset->lowThresholdPct, console().lowLicenseThresholdPct(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setThreshold(dialog->threshold()); });
    dialog->open();
}

void AssetsPage::setThreshold(std::optional<int> percent)
{
    const AssetViewRow *asset = currentAsset();
    if (!asset)
        return;
    const QString tokenId = asset->tokenId;
    const QString adamId = asset->adamId;
    const QString pricingParam = asset->pricingParam;
    QPointer<AssetsPage> self(this);
    Console *console = &this->console();
    console->whenWritable([self, console, tokenId, adamId, pricingParam, percent](Console::WriteLock) {
        const Result<void> done =
            AssetStore(console->database()).setLowThreshold(tokenId, adamId, pricingParam, percent);
        if (!done) {
            if (self)
                self->showError(
                    tr("The threshold could not be saved: %1").arg(done.error().toDisplayString()));
            return;
        }
        console->notifyInventoryChanged(tokenId);
    });
}

QString AssetsPage::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void AssetsPage::showError(const QString &text)
{
    m_errorLabel->showError(text);
}

void AssetsPage::updateButtons()
{
    const bool selected = currentAsset() != nullptr;
    const QString chooseOne = tr("Select an app or book first.");
    m_detailsButton->setEnabled(selected);
    m_detailsButton->setToolTip(selected ? tr("Show the selected asset's licenses (Enter or double-click).")
                                         : chooseOne);
    const WriteGate &gate = console().writeGate();
    gate.apply(m_thresholdButton, WriteGate::Reach::Local, selected, chooseOne,
               tr("Set the selected asset's own low-license threshold."));
    gate.apply(m_assignButton, WriteGate::Reach::Apple, selected, chooseOne,
               tr("Assign licenses of the selected asset (dry run first)."));
    gate.apply(m_unassignButton, WriteGate::Reach::Apple, selected, chooseOne,
               tr("Unassign licenses of the selected asset (dry run first)."));
}

void AssetsPage::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    int low = 0;
    int over = 0;
    for (const AssetViewRow &r : m_model->rows()) {
        low += r.low ? 1 : 0;
        over += r.isOverAssigned() ? 1 : 0;
    }
    QString text =
        shown == all ? tr("%Ln asset(s)", nullptr, all) : tr("%L1 of %L2 assets").arg(shown).arg(all);
    if (low > 0)
        text = QString(text + QStringLiteral(" · ") + tr("%Ln low on licenses", nullptr, low));
    if (over > 0)
        text = QString(text + QStringLiteral(" · ") + tr("%Ln over-assigned", nullptr, over));
    m_summaryLabel->setText(text);
}
