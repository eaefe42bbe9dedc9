#include "commandregistry.h"

#include <algorithm>

void CommandRegistry::add(const QString &name, const QString &summary, Handler run)
{
    for (Command &c : m_commands) {
        if (c.name == name) {
            c = {name, summary, std::move(run)};
            return;
        }
    }
    m_commands.append({name, summary, std::move(run)});
}

const CommandRegistry::Command *CommandRegistry::match(const QStringList &words, qsizetype *used) const
{
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &c : m_commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (parts.size() > words.size() || parts.size() <= bestWords)
            continue;
        if (std::equal(parts.cbegin(), parts.cend(), words.cbegin())) {
            best = &c;
            bestWords = parts.size();
        }
    }
    if (used)
        *used = bestWords;
    return best;
}

bool CommandRegistry::isGroup(const QStringList &words) const
{
    return !words.isEmpty() && !commands(words).isEmpty();
}

QList<CommandRegistry::Command> CommandRegistry::commands(const QStringList &prefix) const
{
    QList<Command> list;
    for (const Command &c : m_commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (parts.size() >= prefix.size() && std::equal(prefix.cbegin(), prefix.cend(), parts.cbegin()))
            list.append(c);
    }
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return list;
}

QString CommandRegistry::helpText(const QStringList &prefix) const
{
    const QList<Command> list = commands(prefix);
    int width = 0;
    for (const Command &c : list)
        width = qMax(width, int(c.name.size()));
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : list)
        text += QStringLiteral("  ") + c.name.leftJustified(width + 2) + c.summary + QLatin1Char('\n');
    text +=
        tr("Run \u201cvppdesk-cli COMMAND --help\u201d for the options of a command.") + QLatin1Char('\n');
    return text;
}
