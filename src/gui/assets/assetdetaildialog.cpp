#include "assetdetaildialog.h"

#include "app/console.h"
#include "app/writegate.h"
#include "assetholdermodel.h"
#include "assettablemodel.h"
#include "assetwords.h"
#include "messagelabel.h"
#include "page.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AssetDetailDialog::AssetDetailDialog(Console &console, const AssetViewRow &asset, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_asset(asset)
{
    setObjectName(QStringLiteral("assetDetailDialog"));
    const QString name = asset.name.isEmpty() ? asset.adamId : asset.name;
    setWindowTitle(tr("%1 — %2").arg(name, asset.tokenName));
    ScreenFit::resize(this, QSize(860, 600));

    // Header: icon, name, what it is and where, the counts.
    const QLocale locale;
    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("assetIcon"));
    QPixmap pixmap;
    const Result<QByteArray> png = AssetQuery(console.database()).icon(asset.adamId);
    if (!png || !pixmap.loadFromData(png.value()))
        pixmap = QIcon(asset.isBook() ? QStringLiteral(":/icons/licenses.svg")
                                      : QStringLiteral(":/icons/assets.svg"))
                     .pixmap(64, 64);
    iconLabel->setPixmap(pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    auto *nameLabel = valueLabel(name, QStringLiteral("assetName"), this);
    QFont big = nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    nameLabel->setFont(big);
    auto *whatLabel = valueLabel(tr("%1 · %2 · %3")
                                     .arg(AssetTableModel::typeText(asset),
                                          AssetWords::pricingText(asset.pricingParam), asset.tokenName),
                                 QStringLiteral("assetWhat"), this);
    const QString countsText =
        asset.unlimited
            ? tr("Unlimited · %1 assigned").arg(locale.toString(asset.assignedCount))
            : tr("%1 total · %2 assigned · %3 available · %4 retired")
                  .arg(locale.toString(asset.totalCount), locale.toString(asset.assignedCount),
                       locale.toString(asset.availableCount), locale.toString(asset.retiredCount));
    auto *countsLabel = valueLabel(countsText, QStringLiteral("assetCounts"), this);
    if (asset.low)
        countsLabel->setText(QString(countsText + QStringLiteral(" · ") + tr("low on licenses")));
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(nameLabel);
    headerText->addWidget(whatLabel);
    headerText->addWidget(countsLabel);
    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    Database &db = console.database();
    m_userModel = new AssetHolderModel(db, asset.tokenId, asset.adamId, asset.pricingParam, false, this);
    m_deviceModel = new AssetHolderModel(db, asset.tokenId, asset.adamId, asset.pricingParam, true, this);

    const Result<AssignmentHistory> history =
        AssetQuery(db).assignmentHistory(asset.tokenId, asset.adamId, asset.pricingParam);
    if (history) {
        m_userModel->setHistory(history.value());
        m_deviceModel->setHistory(history.value());
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(holdersTab(m_userModel, QStringLiteral("user"), tr("Search client user IDs")), QString());
    m_tabs->addTab(holdersTab(m_deviceModel, QStringLiteral("device"), tr("Search serial numbers")),
                   QString());
    m_tabs->addTab(detailsTab(), tr("&Token Details"));
    connect(m_userModel, &AssetHolderModel::reloaded, this, &AssetDetailDialog::updateTabTitles);
    connect(m_deviceModel, &AssetHolderModel::reloaded, this, &AssetDetailDialog::updateTabTitles);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *assign = buttons->addButton(tr("&Assign…"), QDialogButtonBox::ActionRole);
    assign->setObjectName(QStringLiteral("assignButton"));
    auto *unassign = buttons->addButton(tr("&Unassign…"), QDialogButtonBox::ActionRole);
    unassign->setObjectName(QStringLiteral("unassignButton"));
    assign->setAutoDefault(false);
    unassign->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    const auto updateWrite = [this, assign, unassign] {
        for (QPushButton *b : {assign, unassign})
            m_console.writeGate().apply(b, WriteGate::Reach::Apple);
    };
    updateWrite();
    connect(&console.writeGate(), &WriteGate::changed, this, updateWrite);
    // The holders again after a sync, a job or an import (device names and owners come from imports).
    connect(&console, &Console::inventoryChanged, this, [this](const QString &tokenId) {
        if (tokenId.isEmpty() || tokenId == m_asset.tokenId) {
            m_userModel->reload();
            m_deviceModel->reload();
        }
    });
    connect(assign, &QPushButton::clicked, this,
            [this] { Q_EMIT assignRequested(m_asset.tokenId, m_asset.adamId, m_asset.pricingParam); });
    connect(unassign, &QPushButton::clicked, this, [this] {
        Q_EMIT unassignRequested(m_asset.tokenId, m_asset.adamId, m_asset.pricingParam,
                                 selectedHolders(false), selectedHolders(true));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    m_userModel->reload();
    m_deviceModel->reload();
    updateTabTitles();
}

QWidget *AssetDetailDialog::holdersTab(AssetHolderModel *model, const QString &name,
                                       const QString &placeholder)
{
    auto *tab = new QWidget(this);
    auto *search = new QLineEdit(tab);
    search->setObjectName(name + QStringLiteral("Search"));
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    auto *view = new QTableView(tab);
    view->setObjectName(name + QStringLiteral("Table"));
    Page::styleTable(view);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    (model->devices() ? m_deviceView : m_userView) = view;
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(AssetHolderModel::Holder, 280);
    view->setColumnWidth(AssetHolderModel::Detail, 220);
    view->setColumnWidth(AssetHolderModel::Extra, 110);
    auto *error = new MessageLabel(tab, QString(name + QStringLiteral("Error")));
    connect(model, &AssetHolderModel::loadFailed, error, &MessageLabel::showError);
    connect(model, &AssetHolderModel::reloaded, error, &MessageLabel::clearMessage);

    // Searches once the typing pauses.
    auto *debounce = new QTimer(tab);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, model, [model, search] { model->setSearch(search->text()); });

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(search);
    layout->addWidget(view, 1);
    layout->addWidget(error);
    return tab;
}

QStringList AssetDetailDialog::selectedHolders(bool devices) const
{
    QTableView *view = devices ? m_deviceView : m_userView;
    AssetHolderModel *model = devices ? m_deviceModel : m_userModel;
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList holders;
    for (const QModelIndex &index : std::as_const(rows))
        if (const PagedTableModel::Row *row = model->rowAt(index.row()))
            holders.append(row->at(AssetHolderModel::Holder).toString());
    return holders;
}

QWidget *AssetDetailDialog::detailsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("tokenDetailsTab"));
    const QLocale locale;
    const auto when = [&locale](const QDateTime &at) {
        return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
    };

    QString origin;
    const Result<AssetProvenance> provenance =
        AssetQuery(m_console.database()).provenance(m_asset.tokenId, m_asset.adamId, m_asset.pricingParam);
    if (!provenance) {
        origin = provenance.error().toDisplayString();
    } else if (provenance->addedBySync) {
        origin = tr("Added by the sync of %1").arg(when(provenance->addedAt));
    } else if (provenance->firstSyncAt.isValid()) {
        origin = tr("Already in the inventory at the first sync (%1)").arg(when(provenance->firstSyncAt));
    } else {
        origin = tr("Not synced yet");
    }

    QString catalog;
    if (m_asset.lookupStatus == QStringLiteral("found"))
        catalog = tr("Found in Apple's catalog");
    else if (m_asset.lookupStatus == QStringLiteral("not_found"))
        catalog = tr("Not found in Apple's catalog (removed from sale or not public)");
    else
        catalog = tr("Not looked up yet");

    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Location:"), valueLabel(m_asset.tokenName, QStringLiteral("tokenLabel"), tab));
    form->addRow(tr("How it came in:"), valueLabel(origin, QStringLiteral("originLabel"), tab));
    form->addRow(tr("Metadata:"), valueLabel(catalog, QStringLiteral("catalogLabel"), tab));
    form->addRow(tr("Adam ID:"), valueLabel(m_asset.adamId, QStringLiteral("adamIdLabel"), tab));
    form->addRow(tr("Pricing:"), valueLabel(tr("%1 (%2)").arg(AssetWords::pricingText(m_asset.pricingParam),
                                                              m_asset.pricingParam),
                                            QStringLiteral("pricingLabel"), tab));
    if (!m_asset.bundleId.isEmpty())
        form->addRow(tr("Bundle ID:"), valueLabel(m_asset.bundleId, QStringLiteral("bundleIdLabel"), tab));
    if (!m_asset.artist.isEmpty())
        form->addRow(tr("Developer / author:"),
                     valueLabel(m_asset.artist, QStringLiteral("artistLabel"), tab));
    form->addRow(tr("Device assignable:"),
                 valueLabel(yesNo(m_asset.deviceAssignable), QStringLiteral("deviceAssignableLabel"), tab));
    form->addRow(tr("Revocable:"),
                 valueLabel(yesNo(m_asset.revocable), QStringLiteral("revocableLabel"), tab));
    form->addRow(tr("Platforms:"),
                 valueLabel(m_asset.platforms.isEmpty() ? tr("Not given")
                                                        : m_asset.platforms.join(QStringLiteral(", ")),
                            QStringLiteral("platformsLabel"), tab));
    const QString threshold = m_asset.lowThresholdPct
                                  ? tr("%1 % (this asset's own)").arg(*m_asset.lowThresholdPct)
                                  : tr("%1 % (the global threshold)").arg(m_console.lowLicenseThresholdPct());
    form->addRow(tr("Low-license threshold:"), valueLabel(threshold, QStringLiteral("thresholdLabel"), tab));
    return tab;
}

void AssetDetailDialog::updateTabTitles()
{
    m_tabs->setTabText(0, tr("&User licenses (%1)").arg(QLocale().toString(m_userModel->rowCount())));
    m_tabs->setTabText(1, tr("&Device licenses (%1)").arg(QLocale().toString(m_deviceModel->rowCount())));
}
