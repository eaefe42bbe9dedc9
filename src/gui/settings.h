// Settings: the one place that reads and writes QSettings keys; everyone else asks it by name.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

class Settings
{
public:
    // The platform's native store under the application's organization and name.
    Settings();
    // An INI file at iniPath (tests, portable installs).
    explicit Settings(const QString &iniPath);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    int currentPage() const;
    void setCurrentPage(int index);

    void sync();

private:
    QSettings m_settings;
};
