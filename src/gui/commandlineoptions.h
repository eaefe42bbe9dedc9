// CommandLineOptions: what vppdesk was asked to do on its command line (--demo, --database FILE,
// --page NAME, --search TEXT).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    // Parses arguments (argv[0] first). Never exits: the caller decides what to print and how to end.
    static CommandLineOptions parse(const QStringList &arguments);
    // The arguments without the options QApplication takes for itself (-platform NAME, -style NAME,
    // -qwindowgeometry WxH+X+Y, -reverse...), for a parse made before any QApplication exists.
    static QStringList withoutQtOptions(const QStringList &arguments);

    Outcome outcome = Outcome::Run;
    bool demo = false;
    QString demoOrganization; // OrgGeneratorSpec text; empty = the sample organization
    QString databasePath;
    QString page;   // "locations", "assets", ... (lower case); empty = the page shown last
    QString search; // a user, e-mail or serial number to show in Who Holds What at start
    QString errorText;
    QString helpText;
};
