#include "commandlineoptions.h"

#include <QCommandLineParser>

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Admin console for Apple's Apps and Books licensing (VPP)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Run against the built-in simulator of Apple's service."));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Open the inventory database stored in <file>."), tr("file"));
    const QCommandLineOption demoOrgOption(
        QStringLiteral("demo-org"),
        tr("With --demo: serve a generated organization instead of the sample one, e.g. "
           "\"assets=2000,users=200000,assignments=1000000,locations=2\"."),
        tr("spec"));
    parser.addOption(demoOption);
    parser.addOption(demoOrgOption);
    parser.addOption(databaseOption);

    CommandLineOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.outcome = Outcome::Error;
        options.errorText = parser.errorText();
        return options;
    }
    if (parser.isSet(helpOption))
        options.outcome = Outcome::ShowHelp;
    else if (parser.isSet(versionOption))
        options.outcome = Outcome::ShowVersion;
    options.demo = parser.isSet(demoOption) || parser.isSet(demoOrgOption);
    options.demoOrganization = parser.value(demoOrgOption);
    options.databasePath = parser.value(databaseOption);
    return options;
}
