// vppdesk: the console's entry point; it only sets up the application and shows the main window.
#include "commandlineoptions.h"
#include "core/i18n/pluraltranslator.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    // The English plural forms ("%n day(s)" -> "1 day" / "2 days") first: installed last-searched, so
    // the locale's translations below win for the strings they have.
    PluralTranslator::install(app);
    // Qt's own strings (standard buttons, dialogs) first, then ours; a missing file just leaves English.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("vppdesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VPP Desk"));
    QApplication::setApplicationName(QStringLiteral("VPP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(VPPDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vppdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vppdesk.svg")));
    installTranslators(app);

    const CommandLineOptions options = CommandLineOptions::parse(QApplication::arguments());
    switch (options.outcome) {
    case CommandLineOptions::Outcome::ShowHelp:
        QTextStream(stdout) << options.helpText;
        return 0;
    case CommandLineOptions::Outcome::ShowVersion:
        QTextStream(stdout) << QApplication::applicationName() << ' ' << QApplication::applicationVersion()
                            << '\n';
        return 0;
    case CommandLineOptions::Outcome::Error:
        QTextStream(stderr) << options.errorText << '\n' << options.helpText;
        return 2;
    case CommandLineOptions::Outcome::Run:
        break;
    }

    Settings settings;
    MainWindow window(settings);
    window.setDemoMode(options.demo);
    // options.databasePath is kept for the composition root that will open the store.
    window.show();
    return QApplication::exec();
}
