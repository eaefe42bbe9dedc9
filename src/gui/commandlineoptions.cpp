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
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        tr("Open Who Holds What on a user, e-mail address or serial number (from a help-desk ticket, say)."),
        tr("text"));
    parser.addOption(demoOption);
    parser.addOption(searchOption);
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
    options.search = parser.value(searchOption).trimmed();
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

QStringList CommandLineOptions::withoutQtOptions(const QStringList &arguments)
{
    // QGuiApplication's and QApplication's own options (Qt 6.4), by whether they take a value.
    static const QStringList withValue = {
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("geometry"),
        QStringLiteral("qwindowicon"),     QStringLiteral("icon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("title"),
        QStringLiteral("display"),         QStringLiteral("style"),
        QStringLiteral("stylesheet"),      QStringLiteral("session"),
        QStringLiteral("qmljsdebugger"),   QStringLiteral("name"),
        QStringLiteral("visual")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"),  QStringLiteral("dograb"),
                                      QStringLiteral("sync"),    QStringLiteral("testability")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // Qt's options have one dash (two are accepted); ours have two.
        QString name = argument;
        if (i == 0 || !name.startsWith(u'-')) {
            kept.append(argument);
            continue;
        }
        name = name.mid(name.startsWith(QStringLiteral("--")) ? 2 : 1);
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0)
            name.truncate(equals);
        if (withValue.contains(name)) {
            if (!argument.contains(u'='))
                ++i; // and its value
            continue;
        }
        if (flags.contains(name))
            continue;
        kept.append(argument);
    }
    return kept;
}
