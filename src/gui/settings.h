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

    // Preferences kept per user (the low-license threshold is in the database: it belongs to the
    // inventory). An empty database path means the default one.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    int jobPollIntervalSeconds() const; // Apple asks for 30
    void setJobPollIntervalSeconds(int seconds);
    bool automaticSync() const;
    void setAutomaticSync(bool automatic);
    // The proxy choice as ProxyConfig::toSetting() writes it ("system" when unset); no password.
    QString proxy() const;
    void setProxy(const QString &proxy);

    void sync();

private:
    QSettings m_settings;
};
