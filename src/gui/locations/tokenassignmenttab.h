// TokenAssignmentTab: the Assignment type tab of the token dialog: Device or User assignment with
// what each costs in licenses, and the default settings of the apps the token distributes
// (mandatory, updates, backup, roaming, cellular data, VPN and single sign-on profiles).
#pragma once

#include "core/store/tokenrecord.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QRadioButton;

class TokenAssignmentTab : public QWidget
{
    Q_OBJECT

public:
    explicit TokenAssignmentTab(QWidget *parent = nullptr);

    // "device" or "user".
    QString assignmentType() const;
    void setAssignmentType(const QString &type);
    TokenAppDefaults appDefaults() const;
    void setAppDefaults(const TokenAppDefaults &defaults);

private:
    QRadioButton *m_device = nullptr;
    QRadioButton *m_user = nullptr;
    QCheckBox *m_mandatory = nullptr;
    QCheckBox *m_autoInstall = nullptr;
    QCheckBox *m_preventBackup = nullptr;
    QCheckBox *m_dataRoaming = nullptr;
    QCheckBox *m_cellular = nullptr;
    QLineEdit *m_vpn = nullptr;
    QLineEdit *m_sso = nullptr;
};
