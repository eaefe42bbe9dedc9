// LicenseTargetsWidget: the targets of a license operation as the admin gives them: users
// (clientUserIds), devices (serial numbers), a group of the GroupStore, and a pasted list whose
// entries are users or devices as the admin says. Part of LicenseOperationDialog.
#pragma once

#include <QGroupBox>
#include <QStringList>

class Database;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

class LicenseTargetsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit LicenseTargetsWidget(QWidget *parent = nullptr);

    // Fills the group choice; returns the error text (empty when the groups were read).
    QString loadGroups(Database &db);

    // Every user and device named in the fields and the pasted list (duplicates removed).
    QStringList clientUserIds() const;
    QStringList serialNumbers() const;
    // Empty: no group.
    QString groupName() const;
    bool isEmpty() const
    {
        return clientUserIds().isEmpty() && serialNumbers().isEmpty() && groupName().isEmpty();
    }

    void setUsers(const QStringList &clientUserIds);
    void setDevices(const QStringList &serialNumbers);
    void setGroup(const QString &name);
    void setPastedList(const QString &text, bool devices);

    // Splits a list typed or pasted by the admin: one per line, or separated by commas or semicolons.
    static QStringList splitList(const QString &text);

    // The first and last widgets of the tab chain.
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

private:
    void updateSummary();

    QLineEdit *m_usersEdit = nullptr;
    QLineEdit *m_serialsEdit = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QPlainTextEdit *m_pasteEdit = nullptr;
    QRadioButton *m_pasteUsers = nullptr;
    QRadioButton *m_pasteDevices = nullptr;
    QButtonGroup *m_pasteKind = nullptr;
    QLabel *m_summary = nullptr;
};
