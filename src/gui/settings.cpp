#include "settings.h"

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString currentPageKey = QStringLiteral("mainWindow/currentPage");
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

void Settings::sync()
{
    m_settings.sync();
}
