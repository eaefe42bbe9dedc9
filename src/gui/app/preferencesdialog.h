// PreferencesDialog: the console's preferences: the global low-license threshold (kept in the
// database, for everyone using this inventory), automatic syncs, how often running jobs ask Apple
// for their status, the inventory database's location (used from the next start) and the proxy.
#pragma once

#include <QDialog>

class Console;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class ProxySettingsWidget;
class Settings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Console &console, Settings &settings, QWidget *parent = nullptr);

    // Writes the values shown (also what OK does).
    void apply();

    QSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *pollIntervalBox() const { return m_pollInterval; }
    QCheckBox *automaticSyncBox() const { return m_automaticSync; }
    QLineEdit *databasePathEdit() const { return m_databasePath; }
    ProxySettingsWidget *proxySettings() const { return m_proxy; }

private:
    void browseDatabase();
    // Stores the proxy choice (its password in the keychain) and routes the console by it.
    void applyProxy();

    Console &m_console;
    Settings &m_settings;
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QCheckBox *m_automaticSync = nullptr;
    QLineEdit *m_databasePath = nullptr;
    QLabel *m_restartNote = nullptr;
    ProxySettingsWidget *m_proxy = nullptr;
};
