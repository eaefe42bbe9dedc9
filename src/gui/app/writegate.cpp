#include "writegate.h"

#include "console.h"

#include <QAbstractButton>
#include <QAction>

WriteGate::WriteGate(Console &console)
    : QObject(&console)
    , m_console(console)
{
    connect(&console, &Console::onlineChanged, this, &WriteGate::changed);
}

QString WriteGate::blockedReason(Reach reach) const
{
    if (reach == Reach::Apple)
        return m_console.writeBlockedReason();
    if (m_console.isReadOnly())
        return m_console.options().readOnlyReason.isEmpty()
                   ? tr("Opened read-only: another VPP Desk has this database open.")
                   : tr("Opened read-only: %1").arg(m_console.options().readOnlyReason);
    return {};
}

std::pair<bool, QString> WriteGate::decide(Reach reach, bool available, const QString &unavailable,
                                           const QString &help) const
{
    if (const QString blocked = blockedReason(reach); !blocked.isEmpty())
        return {false, blocked};
    if (!available)
        return {false, unavailable};
    return {true, help};
}

void WriteGate::apply(QAbstractButton *control, Reach reach, bool available, const QString &unavailable,
                      const QString &help) const
{
    const auto [enabled, tip] = decide(reach, available, unavailable, help);
    control->setEnabled(enabled);
    control->setToolTip(tip);
}

void WriteGate::apply(QAction *control, Reach reach, bool available, const QString &unavailable,
                      const QString &help) const
{
    const auto [enabled, tip] = decide(reach, available, unavailable, help);
    control->setEnabled(enabled);
    control->setToolTip(tip.isEmpty() ? control->text().remove(QLatin1Char('&')) : tip);
}
