#include "settings.h"

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString currentPageKey = QStringLiteral("mainWindow/currentPage");
const QString databasePathKey = QStringLiteral("inventory/databasePath");
const QString jobPollKey = QStringLiteral("jobs/pollIntervalSeconds");
const QString automaticSyncKey = QStringLiteral("sync/automatic");
const QString proxyKey = QStringLiteral("network/proxy");
} // namespace

Settings::Settings() = default;

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

int Settings::currentPage() const
{
    return m_settings.value(currentPageKey, 0).toInt();
}

void Settings::setCurrentPage(int index)
{
    m_settings.setValue(currentPageKey, index);
}

QString Settings::databasePath() const
{
    return m_settings.value(databasePathKey).toString();
}

void Settings::setDatabasePath(const QString &path)
{
    m_settings.setValue(databasePathKey, path);
}

int Settings::jobPollIntervalSeconds() const
{
    return qBound(5, m_settings.value(jobPollKey, 30).toInt(), 600);
}

void Settings::setJobPollIntervalSeconds(int seconds)
{
    m_settings.setValue(jobPollKey, qBound(5, seconds, 600));
}

bool Settings::automaticSync() const
{
    return m_settings.value(automaticSyncKey, true).toBool();
}

void Settings::setAutomaticSync(bool automatic)
{
    m_settings.setValue(automaticSyncKey, automatic);
}

QString Settings::proxy() const
{
    return m_settings.value(proxyKey, QStringLiteral("system")).toString();
}

void Settings::setProxy(const QString &proxy)
{
    m_settings.setValue(proxyKey, proxy);
}

void Settings::sync()
{
    m_settings.sync();
}
