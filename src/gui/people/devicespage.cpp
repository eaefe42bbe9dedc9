#include "devicespage.h"

#include "app/console.h"
#include "devicetablemodel.h"
#include "groupmembermodel.h"
#include "grouptablemodel.h"
#include "importcsvdialog.h"
#include "messagelabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

#include <QVBoxLayout>
#include <limits>

namespace {

const int kSearchDelayMs = 150;

QLabel *paneTitle(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DevicesPage::DevicesPage(Console &console, QWidget *parent)
    : Page(console, tr("Devices & Groups"),
           tr("Devices by serial number, and the groups licenses are assigned through."),
           QIcon(QStringLiteral(":/icons/devices.svg")), parent)
{
    setObjectName(QStringLiteral("devicesPage"));
    m_devices = new DeviceTableModel(console.database(), this);
    m_groups = new GroupTableModel(console.database(), this);
    m_members = new GroupMemberModel(console.database(), this);

    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Import devices or groups from a CSV file (no connection to Apple needed)."));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Serial, name or owner starts with…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    actionsLayout()->addWidget(m_import);
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(m_search);

    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));
    bodyLayout()->addWidget(m_error);

    // Devices pane.
    auto *devicePane = new QWidget(this);
    m_deviceView = new QTableView(devicePane);
    m_deviceView->setObjectName(QStringLiteral("devicesTable"));
    styleTable(m_deviceView);
    m_deviceView->setModel(m_devices);
    setTableView(m_deviceView);
    m_deviceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_deviceView->setColumnWidth(DeviceTableModel::SerialColumn, 130);
    m_deviceView->setColumnWidth(DeviceTableModel::NameColumn, 170);
    m_deviceView->setColumnWidth(DeviceTableModel::OwnerColumn, 140);
    m_deviceView->setColumnWidth(DeviceTableModel::LastSeenColumn, 150);
    m_deviceView->setColumnWidth(DeviceTableModel::LicensesColumn, 70);
    m_deviceCount = new QLabel(devicePane);
    m_deviceCount->setObjectName(QStringLiteral("deviceCountLabel"));
    m_deviceCount->setForegroundRole(QPalette::PlaceholderText);
    auto *deviceLayout = new QVBoxLayout(devicePane);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    deviceLayout->addWidget(paneTitle(tr("&Devices"), m_deviceView, devicePane));
    deviceLayout->addWidget(m_deviceView, 1);
    deviceLayout->addWidget(m_deviceCount);

    // Groups pane: the groups above, the selected group's members below.
    auto *groupPane = new QWidget(this);
    m_groupView = new QTableView(groupPane);
    m_groupView->setObjectName(QStringLiteral("groupsTable"));
    styleTable(m_groupView);
    m_groupView->setSortingEnabled(false); // by name
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setModel(m_groups);
    m_groupDetail = new QLabel(groupPane);
    m_groupDetail->setObjectName(QStringLiteral("groupDetailLabel"));
    m_groupDetail->setWordWrap(true);
    m_memberView = new QTableView(groupPane);
    m_memberView->setObjectName(QStringLiteral("membersTable"));
    styleTable(m_memberView);
    m_memberView->setSortingEnabled(false);
    m_memberView->setModel(m_members);
    auto *groupLayout = new QVBoxLayout(groupPane);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(paneTitle(tr("&Groups"), m_groupView, groupPane));
    groupLayout->addWidget(m_groupView, 1);
    groupLayout->addWidget(m_groupDetail);
    groupLayout->addWidget(paneTitle(tr("&Members"), m_memberView, groupPane));
    groupLayout->addWidget(m_memberView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("devicesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(devicePane);
    splitter->addWidget(groupPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    bodyLayout()->addWidget(splitter, 1);

    setTabOrder(m_import, m_search);
    setTabOrder(m_search, m_deviceView);
    setTabOrder(m_deviceView, m_groupView);
    setTabOrder(m_groupView, m_memberView);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_devices->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_devices->setSearch(m_search->text());
    });
    connect(m_import, &QPushButton::clicked, this, &DevicesPage::openImportDialog);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevicesPage::showGroup);
    connect(m_devices, &PagedTableModel::reloaded, this, [this](qint64 rows) {
        m_deviceCount->setText(
            tr("%n device(s)", nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max()))));
    });
    connect(m_devices, &PagedTableModel::loadFailed, this, &DevicesPage::showError);

    connect(&console, &Console::inventoryChanged, this, [this] {
        if (m_loaded)
            reload();
    });
}

void DevicesPage::activate()
{
    if (!m_loaded)
        reload();
}

void DevicesPage::reload()
{
    m_loaded = true;
    m_error->clearMessage();
    m_searchDelay->stop();
    m_devices->setSearch(m_search->text());

    const qint64 selected = m_members->groupId();
    if (const QString error = m_groups->reload(); !error.isEmpty())
        showError(error);
    const int row = m_groups->rowOf(selected);
    if (row >= 0)
        selectGroup(row);
    else
        showGroup();
}

void DevicesPage::selectGroup(int row)
{
    const QModelIndex index = m_groups->index(row, GroupTableModel::NameColumn);
    m_groupView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    showGroup();
}

void DevicesPage::showGroup()
{
    const QModelIndex current = m_groupView->selectionModel()->currentIndex();
    const GroupQuery::GroupRow *group = current.isValid() ? m_groups->groupAt(current.row()) : nullptr;
    if (!group) {
        m_members->setGroup(0);
        m_groupDetail->setText(m_groups->rowCount() == 0
                                   ? tr("No groups yet: import a groups CSV (group, member, kind).")
                                   : tr("Select a group to see its members."));
        return;
    }
    if (const QString error = m_members->setGroup(group->group.id); !error.isEmpty())
        showError(error);
    const QString members = tr("%n user(s)", nullptr, int(group->users)) + QStringLiteral(", ") +
                            tr("%n device(s)", nullptr, int(group->devices));
    const QString distribution =
        group->tokenNames.isEmpty()
            ? tr("Not a Distribution group of any token.")
            : tr("Distribution group of: %1.").arg(group->tokenNames.join(QStringLiteral(", ")));
    m_groupDetail->setText(tr("%1: %2. %3").arg(group->group.name, members, distribution));
}

void DevicesPage::openImportDialog()
{
    auto *dialog = new ImportCsvDialog(console(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DevicesPage::showError(const QString &text)
{
    m_error->showError(text);
}
