// DevicesPage: two panes. Devices: every imported device by serial number (paged from the store)
// with its owner, last check-in and the licenses it holds, searched by a prefix. Groups: the groups
// licenses are assigned through, with their member counts; the selected group's members and the
// tokens it is a Distribution group of. Import CSV… brings devices or groups in from a file.
#pragma once

#include "core/common/result.h"
#include "page.h"

#include <functional>

class DeviceTableModel;
class GroupMemberModel;
class GroupTableModel;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

class DevicesPage : public Page
{
    Q_OBJECT

public:
    explicit DevicesPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    DeviceTableModel *deviceModel() const { return m_devices; }
    GroupTableModel *groupModel() const { return m_groups; }
    GroupMemberModel *memberModel() const { return m_members; }
    // Opens the import dialog (deleted on close).
    void openImportDialog();
    // Selects a group by row (tests, keyboard).
    void selectGroup(int row);
    // Deletes the selected devices, or the selected group, after the admin confirms; audited.
    void deleteDevices();
    void deleteGroup();
    // Asks the admin a yes/no question; the default shows a message box. Tests replace it.
    using ConfirmHook = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

private:
    void reload();
    void showGroup();
    void showError(const QString &text);
    void showNote(const QString &text);
    void updateButtons();
    bool confirm(const QString &title, const QString &text);
    // Runs a local write (store change and its audit entry) once no sync writes; shows its note or error.
    void writeLocally(const std::function<Result<QString>(Console &)> &write);

    DeviceTableModel *m_devices = nullptr;
    GroupTableModel *m_groups = nullptr;
    GroupMemberModel *m_members = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_deleteDevices = nullptr;
    QPushButton *m_deleteGroup = nullptr;
    ConfirmHook m_confirm;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    MessageLabel *m_error = nullptr;
    QLabel *m_deviceCount = nullptr;
    QTableView *m_deviceView = nullptr;
    QTableView *m_groupView = nullptr;
    QTableView *m_memberView = nullptr;
    QLabel *m_groupDetail = nullptr;
    bool m_loaded = false;
};
