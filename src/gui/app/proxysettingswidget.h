// ProxySettingsWidget: the Network section of the preferences: follow the system's proxy (the
// default), use none, or one explicit proxy with an optional user. A password typed here goes to
// the OS keychain only (PreferencesDialog writes it); the field never shows a stored one.
#pragma once

#include "core/apple/proxyconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

class ProxySettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProxySettingsWidget(QWidget *parent = nullptr);

    void setConfig(const ProxyConfig &config);
    // The choice shown, without password; the system's when the address is not valid.
    ProxyConfig config() const;
    // Whether the address typed is usable (or not needed), with the reason shown under it.
    bool isValid() const;
    // The password typed now; empty = keep the stored one.
    QString password() const;

    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void update();
    QString manualUrl() const;

    QComboBox *m_mode = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};
