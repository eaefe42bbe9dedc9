#include "locationspage.h"

#include "app/console.h"
#include "app/synccontroller.h"
#include "app/writegate.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "plainmessagebox.h"
#include "tokendialog.h"
#include "tokentablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

LocationsPage::LocationsPage(Console &console, QWidget *parent)
    : Page(console, tr("Locations"),
           tr("Content tokens, one per location: their health, expiry and last sync."),
           QIcon(QStringLiteral(":/icons/locations.svg")), parent)
{
    setObjectName(QStringLiteral("locationsPage"));
    m_model = new TokenTableModel(console, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TokenTableModel::SortRole);

    m_add = addButton(tr("&Add Token\u2026"), QStringLiteral("addButton"), &LocationsPage::addToken);
    m_update = addButton(tr("&Update\u2026"), QStringLiteral("updateButton"), &LocationsPage::updateToken);
    m_edit = addButton(tr("&Edit\u2026"), QStringLiteral("editButton"), &LocationsPage::editToken);
    m_remove = addButton(tr("&Remove\u2026"), QStringLiteral("removeButton"), &LocationsPage::removeToken);
    actionsLayout()->addSpacing(8);
    m_sync = addButton(tr("&Sync"), QStringLiteral("syncButton"), &LocationsPage::syncSelected);
    m_syncAll = addButton(tr("Sync a&ll"), QStringLiteral("syncAllButton"), &LocationsPage::syncAll);
    m_cancel = addButton(tr("&Cancel Sync"), QStringLiteral("cancelSyncButton"), &LocationsPage::cancelSync);
    actionsLayout()->addSpacing(8);
    m_takeOver =
        addButton(tr("&Take Over\u2026"), QStringLiteral("takeOverButton"), &LocationsPage::takeOver);
    actionsLayout()->addStretch(1);

    m_message = new MessageLabel(this, QStringLiteral("pageMessage"));
    bodyLayout()->addWidget(m_message);

    QTableView *view = addTable(m_proxy, QStringLiteral("tokensTable"));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    onRowActivated(view, this, [this](const QModelIndex &index) {
        selectToken(index.data(TokenTableModel::TokenIdRole).toString());
        editToken();
    });
    followSelection(view, this, [this] { updateButtons(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LocationsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &LocationsPage::updateButtons);
    connect(&console.writeGate(), &WriteGate::changed, this, &LocationsPage::updateButtons);
    connect(&console.sync(), &SyncController::busyChanged, this, &LocationsPage::updateButtons);
    updateButtons();
}

QPushButton *LocationsPage::addButton(const QString &text, const QString &objectName,
                                      void (LocationsPage::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, slot);
    actionsLayout()->addWidget(button);
    return button;
}

void LocationsPage::activate()
{
    if (m_model->isLoaded())
        return;
    m_model->reload();
    if (!m_model->errorString().isEmpty())
        showMessage(m_model->errorString(), true);
    tableView()->resizeColumnsToContents();
    updateButtons();
}

QString LocationsPage::selectedTokenId() const
{
    const QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(TokenTableModel::TokenIdRole).toString();
}

void LocationsPage::selectToken(const QString &tokenId)
{
    const int row = m_model->rowOf(tokenId);
    if (row < 0)
        return tableView()->clearSelection();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    tableView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
}

QString LocationsPage::selectedName() const
{
    const QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(TokenTableModel::TokenNameRole).toString();
}

QString LocationsPage::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void LocationsPage::showMessage(const QString &text, bool error)
{
    if (error)
        m_message->showError(text);
    else
        m_message->showNote(text);
}

bool LocationsPage::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return PlainMessageBox::ask(this, title, text); // the text quotes token and location names
}

void LocationsPage::updateButtons()
{
    Console &c = console();
    const QString tokenId = selectedTokenId();
    const bool selected = !tokenId.isEmpty();
    const QString chooseOne = tr("Select a token first.");
    auto set = [&](QPushButton *button, bool needsSelection, bool needsApple, const QString &help) {
        c.writeGate().apply(button, needsApple ? WriteGate::Reach::Apple : WriteGate::Reach::Local,
                            selected || !needsSelection, chooseOne, help);
    };
    set(m_add, false, true, tr("Add the content token (.vpptoken) of a location."));
    set(m_update, true, true, tr("Renew the selected token with a new file of the same location."));
    set(m_edit, true, false, tr("Change the name and settings of the selected token."));
    set(m_remove, true, false, tr("Remove the selected token and the local inventory of its location."));
    set(m_sync, true, true, tr("Sync the selected token with Apple now."));
    set(m_syncAll, false, true, tr("Sync every token with Apple now."));
    if (m_syncAll->isEnabled() && m_model->rowCount() == 0) {
        m_syncAll->setEnabled(false);
        m_syncAll->setToolTip(tr("There is no token to sync."));
    }
    m_cancel->setEnabled(c.sync().isBusy());
    m_cancel->setToolTip(c.sync().isBusy() ? tr("Cancel the selected token's sync, or every sync when the "
                                                "selected token is not syncing.")
                                           : tr("No sync is running."));
    set(m_takeOver, true, true, tr("Make this console the manager of the selected location at Apple."));
    if (m_takeOver->isEnabled()) {
        const int row = m_model->rowOf(tokenId);
        if (row >= 0 && m_model->status(row).record.mdmInfoId == c.workspace().mdmInfo().id) {
            m_takeOver->setEnabled(false);
            m_takeOver->setToolTip(tr("This console already manages the location."));
        }
    }
}

void LocationsPage::openDialog(int mode)
{
    const auto dialogMode = TokenDialog::Mode(mode);
    // Add and Update ask Apple; Edit changes local settings (a new file in it is checked on submit).
    const WriteGate::Reach reach =
        dialogMode == TokenDialog::Mode::Edit ? WriteGate::Reach::Local : WriteGate::Reach::Apple;
    if (const QString blocked = console().writeGate().blockedReason(reach); !blocked.isEmpty())
        return showMessage(blocked, true);
    const QString name = dialogMode == TokenDialog::Mode::Add ? QString() : selectedName();
    if (dialogMode != TokenDialog::Mode::Add && name.isEmpty())
        return showMessage(tr("Select a token first."), true);
    auto *dialog = new TokenDialog(console(), dialogMode, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_confirm)
        dialog->setConfirmHook(m_confirm);
    connect(dialog, &TokenDialog::tokenSaved, this, [this](const QString &tokenId, const QString &text) {
        showMessage(text);
        selectToken(tokenId);
    });
    Q_EMIT dialogOpened(dialog);
    dialog->open();
}

void LocationsPage::addToken()
{
    openDialog(int(TokenDialog::Mode::Add));
}

void LocationsPage::updateToken()
{
    openDialog(int(TokenDialog::Mode::Update));
}

void LocationsPage::editToken()
{
    openDialog(int(TokenDialog::Mode::Edit));
}

void LocationsPage::removeToken()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Local);
        !blocked.isEmpty())
        return showMessage(blocked, true);
    const QString name = selectedName();
    const int row = m_model->rowOf(selectedTokenId());
    if (name.isEmpty() || row < 0)
        return showMessage(tr("Select a token first."), true);
    const QString location = m_model->status(row).record.locationName;
    const QString text =
        tr("Remove the token \u201c%1\u201d?\n\nThe local inventory of %2 (apps and books, licenses, users, "
           "sync "
           "history and jobs) is deleted from this computer, and the token's secret from the keychain. Apple "
           "keeps the location's licenses and assignments: add the token again to see them.")
            .arg(name, location.isEmpty() ? tr("this location") : location);
    if (!confirm(tr("Remove Token"), text))
        return;
    QPointer<LocationsPage> self(this);
    Console *c = &console();
    c->whenWritable([self, c, name](Console::WriteLock lock) {
        c->tokenManager().remove(name, [self, c, lock, name](const Result<TokenRecord> &removed) {
            c->notifyTokensChanged();
            if (!self)
                return;
            if (!removed)
                return self->showMessage(removed.error().toDisplayString(), true);
            self->showMessage(tr("\u201c%1\u201d was removed with the local inventory of %2.")
                                  .arg(name, removed->locationName));
        });
    });
}

void LocationsPage::syncSelected()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Apple);
        !blocked.isEmpty())
        return showMessage(blocked, true);
    const QString tokenId = selectedTokenId();
    if (tokenId.isEmpty())
        return showMessage(tr("Select a token first."), true);
    console().sync().syncNow(tokenId);
    m_model->refreshSyncState();
    updateButtons();
}

void LocationsPage::syncAll()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Apple);
        !blocked.isEmpty())
        return showMessage(blocked, true);
    console().sync().syncAll();
    m_model->refreshSyncState();
    updateButtons();
}

void LocationsPage::cancelSync()
{
    SyncController &sync = console().sync();
    const QString tokenId = selectedTokenId();
    if (!tokenId.isEmpty() && (sync.isSyncing(tokenId) || sync.isQueued(tokenId)))
        sync.cancel(tokenId);
    else
        sync.cancel();
    m_model->refreshSyncState();
    updateButtons();
}

void LocationsPage::takeOver()
{
    if (const QString blocked = console().writeGate().blockedReason(WriteGate::Reach::Apple);
        !blocked.isEmpty())
        return showMessage(blocked, true);
    const int row = m_model->rowOf(selectedTokenId());
    if (row < 0)
        return showMessage(tr("Select a token first."), true);
    const TokenRecord record = m_model->status(row).record;
    const MdmInfo ours = console().workspace().mdmInfo();
    const QString location = record.locationName.isEmpty() ? record.name : record.locationName;
    QString owner;
    if (record.mdmInfoId.isEmpty() && record.mdmInfoName.isEmpty()) {
        owner = tr("No management tool has claimed %1 at Apple yet.").arg(location);
    } else {
        const QString who = record.mdmInfoName.isEmpty() ? tr("an unnamed tool") : record.mdmInfoName;
        owner = record.mdmInfoMetadata.isEmpty()
                    ? tr("Apple says %1 is managed by \u201c%2\u201d (id %3).")
                          .arg(location, who, record.mdmInfoId)
                    : tr("Apple says %1 is managed by \u201c%2\u201d (id %3, %4).")
                          .arg(location, who, record.mdmInfoId, record.mdmInfoMetadata);
    }
    const QString text =
        owner + QStringLiteral("\n\n") +
        tr("Taking over writes this console's identity, \u201c%1\u201d (%2, id %3), to Apple. The other tool "
           "is not told: if it still manages %4, the two will undo each other's work. Take over management "
           "of %4?")
            .arg(ours.name, ours.metadata, ours.id, location);
    if (!confirm(tr("Take Over Management"), text))
        return;
    QPointer<LocationsPage> self(this);
    Console *c = &console();
    const QString name = record.name;
    c->whenWritable([self, c, name, location](Console::WriteLock lock) {
        c->tokenManager().takeOver(name, [self, c, lock, location](const Result<TokenStatus> &status) {
            c->notifyTokensChanged();
            if (!self)
                return;
            if (!status)
                return self->showMessage(status.error().toDisplayString(), true);
            self->showMessage(tr("This console now manages %1.").arg(location));
        });
    });
}
