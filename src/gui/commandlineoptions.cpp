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
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Open the inventory database stored in <file>, or the team inventory at "
           "postgresql://[user@]host[:port]/database."),
        tr("file|url"));
    const QCommandLineOption demoOrgOption(
        QStringLiteral("demo-org"),
        tr("With --demo: serve a generated organization instead of the sample one, e.g. "
           "\"assets=2000,users=200000,assignments=1000000,locations=2\"."),
        tr("spec"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        tr("Open on a page: locations, assets, licenses, users, devices, jobs, history, audit or reclaim."),
        tr("page"));
    parser.addOption(demoOption);
    parser.addOption(demoOrgOption);
    parser.addOption(pageOption);
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
    options.page = parser.value(pageOption).trimmed().toLower();
    static const QStringList pages = {
        QStringLiteral("locations"), QStringLiteral("assets"),  QStringLiteral("licenses"),
        QStringLiteral("users"),     QStringLiteral("devices"), QStringLiteral("jobs"),
        QStringLiteral("history"),   QStringLiteral("audit"),   QStringLiteral("reclaim")};
    if (!options.page.isEmpty() && !pages.contains(options.page) && options.outcome == Outcome::Run) {
        options.outcome = Outcome::Error;
        options.errorText =
            tr("Unknown page \"%1\": use one of %2.").arg(options.page, pages.join(QStringLiteral(", ")));
    }
    options.databasePath = parser.value(databaseOption);
    return options;
}
