// CommandRegistry: the commands of vppdesk-cli by name ("token add", "sync", "user create"), each a
// small function taking a CommandContext and returning an exit code. main() finds the command from
// the leading words of the arguments; `vppdesk-cli --help` lists what is registered here. Commands
// register themselves through one function per file, called from registerAllCommands().
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CommandContext;

class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    using Handler = std::function<int(CommandContext &)>;

    struct Command
    {
        QString name;    // one or more words: "token add"
        QString summary; // translated, one line
        Handler run;
    };

    // name: the command words separated by single spaces. A later add() with the same name replaces
    // the earlier one.
    void add(const QString &name, const QString &summary, Handler run);

    // The command whose words are the longest prefix of `words`; `used` says how many words it took.
    const Command *match(const QStringList &words, qsizetype *used) const;
    // Whether some command starts with these words ("token" for "token add").
    bool isGroup(const QStringList &words) const;

    // Sorted by name; those starting with `prefix` words only, when given.
    QList<Command> commands(const QStringList &prefix = {}) const;
    // The list of commands for --help.
    QString helpText(const QStringList &prefix = {}) const;

private:
    QList<Command> m_commands;
};

// Registers every command of vppdesk-cli (commandlist.cpp): one line per command file.
void registerAllCommands(CommandRegistry &registry);
