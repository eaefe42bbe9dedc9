#include "devicespage.h"

#include "app/console.h"
#include "app/writegate.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"
#include "core/workspace/workspace.h"
#include "devicetablemodel.h"
#include "groupmembermodel.h"
#include "grouptablemodel.h"
#include "importcsvdialog.h"
#include "messagelabel.h"
#include "plainmessagebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
    m_deleteDevices = new QPushButton(tr("De&lete Devices…"), this);
    m_deleteDevices->setObjectName(QStringLiteral("deleteDevicesButton"));
    m_deleteGroup = new QPushButton(tr("Delete G&roup…"), this);
    m_deleteGroup->setObjectName(QStringLiteral("deleteGroupButton"));
    actionsLayout()->addWidget(m_import);
    actionsLayout()->addWidget(m_deleteDevices);
    actionsLayout()->addWidget(m_deleteGroup);
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
    followSelection(m_groupView, this, [this] {
        showGroup();
        updateButtons();
    });
    followSelection(m_deviceView, this, [this] { updateButtons(); });
    connect(m_devices, &QAbstractItemModel::modelReset, this, &DevicesPage::updateButtons);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &DevicesPage::updateButtons);
    connect(m_deleteDevices, &QPushButton::clicked, this, &DevicesPage::deleteDevices);
    connect(m_deleteGroup, &QPushButton::clicked, this, &DevicesPage::deleteGroup);
    connect(m_devices, &PagedTableModel::reloaded, this, [this](qint64 rows) {
        m_deviceCount->setText(
            tr("%n device(s)", nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max()))));
    });
    connect(m_devices, &PagedTableModel::loadFailed, this, &DevicesPage::showError);

    connect(&console, &Console::inventoryChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    connect(&console.writeGate(), &WriteGate::changed, this, &DevicesPage::updateButtons);
    updateButtons();
}

void DevicesPage::updateButtons()
{
    const WriteGate &gate = console().writeGate();
    gate.apply(m_import, WriteGate::Reach::Local, true, QString(),
               tr("Import devices or groups from a CSV file (no connection to Apple needed)."));
    const int devices = int(m_deviceView->selectionModel()->selectedRows().size());
    gate.apply(m_deleteDevices, WriteGate::Reach::Local, devices > 0, tr("Select the devices to delete."),
               tr("Delete the selected devices from this computer's inventory (their licenses stay)."));
    const QModelIndex group = m_groupView->selectionModel()->currentIndex();
    const bool groupSelected =
        group.isValid() && m_groupView->selectionModel()->isRowSelected(group.row(), {});
    gate.apply(m_deleteGroup, WriteGate::Reach::Local, groupSelected, tr("Select the group to delete."),
               tr("Delete the selected group and its member list (licenses stay)."));
}

bool DevicesPage::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return PlainMessageBox::ask(this, title, text); // the text quotes serials and group names
}

void DevicesPage::deleteDevices()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Local);
        !blocked.isEmpty())
        return showError(blocked);
    QStringList serials;
    for (const QModelIndex &index : m_deviceView->selectionModel()->selectedRows())
        if (const QString serial = m_devices->serialAt(index.row()); !serial.isEmpty())
            serials.append(serial);
    if (serials.isEmpty())
        return;
    const QString which =
        serials.size() == 1 ? serials.constFirst() : tr("%n device(s)", nullptr, int(serials.size()));
    if (!confirm(tr("Delete Devices"),
                 tr("Delete %1 from this computer's inventory?\n\nOnly the imported name, owner and last "
                    "check-in go; the licenses the devices hold stay, and an import brings them back.")
                     .arg(which)))
        return;
    writeLocally([serials](Console &c) -> Result<QString> {
        const Result<qint64> removed = DeviceStore(c.database()).remove(serials);
        if (!removed)
            return removed.error();
        QJsonArray list;
        for (const QString &serial : serials)
            list.append(serial);
        // The deletion is done; an audit entry that cannot be written is reported, not undone.
        if (const Result<AuditEntry> audited = c.workspace().audit(
                QStringLiteral("devices.delete"), QString(),
                {{QStringLiteral("serials"), list}, {QStringLiteral("deleted"), removed.value()}});
            !audited)
            return audited.error();
        return tr("%n device(s) deleted.", nullptr, int(removed.value()));
    });
}

void DevicesPage::deleteGroup()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Local);
        !blocked.isEmpty())
        return showError(blocked);
    const QModelIndex current = m_groupView->selectionModel()->currentIndex();
    const GroupQuery::GroupRow *group = current.isValid() ? m_groups->groupAt(current.row()) : nullptr;
    if (!group)
        return;
    const qint64 groupId = group->group.id;
    const QString name = group->group.name;
    QString text = tr("Delete the group \u201c%1\u201d and its member list?").arg(name);
    if (!group->tokenNames.isEmpty())
        text +=
            QStringLiteral("\n\n") + tr("It is a Distribution group of %1: those tokens no longer serve it.")
                                         .arg(group->tokenNames.join(QStringLiteral(", ")));
    if (!confirm(tr("Delete Group"), text))
        return;
    writeLocally([groupId, name](Console &c) -> Result<QString> {
        if (const Result<void> removed = GroupStore(c.database()).remove(groupId); !removed)
            return removed.error();
        if (const Result<AuditEntry> audited = c.workspace().audit(QStringLiteral("group.delete"), QString(),
                                                                   {{QStringLiteral("group"), name}});
            !audited)
            return audited.error();
        return tr("The group \u201c%1\u201d was deleted.").arg(name);
    });
}

void DevicesPage::writeLocally(const std::function<Result<QString>(Console &)> &write)
{
    Console *c = &console();
    QPointer<DevicesPage> self(this);
    c->whenWritable([c, self, write](Console::WriteLock lock) {
        const Result<QString> done = write(*c);
        lock.reset();
        if (done)
            c->notifyInventoryChanged({});
        if (!self)
            return;
        if (!done)
            return self->showError(done.error().toDisplayString());
        self->showNote(done.value());
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
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Local);
        !blocked.isEmpty())
        return showError(blocked);
    auto *dialog = new ImportCsvDialog(console(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DevicesPage::showError(const QString &text)
{
    m_error->showError(text);
}

void DevicesPage::showNote(const QString &text)
{
    m_error->showNote(text);
}
