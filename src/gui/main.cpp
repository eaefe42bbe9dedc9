// vppdesk: the console's entry point; it only sets up the application and shows the main window.
#include "app/console.h"
#include "app/consolelock.h"
#include "app/demosession.h"
#include "app/synccontroller.h"
#include "commandlineoptions.h"
#include "core/common/buildinfo.h"
#include "core/i18n/pluraltranslator.h"
#include "core/workspace/workspace.h"
#include "focusringstyle.h"
#include "mainwindow.h"
#include "plainmessagebox.h"
#include "settings.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QTranslator>

namespace {

void installTranslators(QCoreApplication &app)
{
    // The English plural forms ("%n day(s)" -> "1 day" / "2 days") first: installed last-searched, so
    // the locale's translations below win for the strings they have.
    PluralTranslator::install(app);
    // Qt's own strings (standard buttons, dialogs) first, then ours; a missing file just leaves English.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("vppdesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

void showPlainMessage(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    PlainMessageBox::show(icon, parent, title, text); // errors quote names from Apple and from files
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VPP Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("VPP Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPPDESK_VERSION));
}

// --help, --version and a usage error, answered on the terminal; -1 when the console is to run.
int answerWithoutGui(const CommandLineOptions &options)
{
    switch (options.outcome) {
    case CommandLineOptions::Outcome::ShowHelp:
        QTextStream(stdout) << options.helpText;
        return 0;
    case CommandLineOptions::Outcome::ShowVersion:
        QTextStream(stdout) << BuildInfo::versionText(QCoreApplication::applicationName());
        return 0;
    case CommandLineOptions::Outcome::Error:
        QTextStream(stderr) << options.errorText << '\n' << options.helpText;
        return 2;
    case CommandLineOptions::Outcome::Run:
        break;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    // The command line is read before any GUI exists: --help and --version answer with no display
    // (a QApplication aborts when it finds none).
    {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        installTranslators(core);
        if (const int code = answerWithoutGui(CommandLineOptions::parse(
                CommandLineOptions::withoutQtOptions(QCoreApplication::arguments())));
            code >= 0)
            return code;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new FocusRingStyle); // a focus ring a keyboard user can see
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("vppdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vppdesk.svg")));
    installTranslators(app);
    const CommandLineOptions options = CommandLineOptions::parse(QApplication::arguments());

    Settings settings;
    Console::Options consoleOptions;
    consoleOptions.databasePath =
        options.databasePath.isEmpty() ? settings.databasePath() : options.databasePath;
    consoleOptions.jobPollInterval = std::chrono::seconds(settings.jobPollIntervalSeconds());
    consoleOptions.automaticSync = settings.automaticSync();
    consoleOptions.proxy = settings.proxy();

    // Declared before the console: it goes after it (the console talks to its simulator).
    std::unique_ptr<DemoSession> demo;
    if (options.demo) {
        demo = std::make_unique<DemoSession>();
        DemoSession::Options demoOptions;
        demoOptions.generatorSpec = options.demoOrganization;
        const Result<void> started = demo->start(demoOptions);
        if (!started) {
            showPlainMessage(QMessageBox::Critical, nullptr, QObject::tr("VPP Desk Demo"),
                             started.error().toDisplayString());
            return 1;
        }
        consoleOptions.databasePath = demo->databasePath();
        consoleOptions.memoryVault = true; // the demo tokens live and die with this session
        consoleOptions.demo = true;
        consoleOptions.serviceUrl = QUrl(demo->v2Url());
        consoleOptions.jobPollInterval = std::chrono::seconds(2); // the simulator is fast
    }

    // One console per database: a second one may only look (ConsoleLock). Held until the end.
    ConsoleLock lock(consoleOptions.databasePath.isEmpty() ? Workspace::defaultDatabasePath()
                                                           : consoleOptions.databasePath);
    if (!lock.tryLock()) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("VPP Desk"), QString(), QMessageBox::NoButton);
        box.setTextFormat(Qt::PlainText); // the holder's host and program names are not ours
        if (lock.holder().pid <= 0 && lock.holder().appName.isEmpty()) {
            box.setText(lock.errorText());
            box.addButton(QMessageBox::Close);
            box.exec();
            return 1;
        }
        box.setText(QObject::tr("Another VPP Desk has this inventory database open: %1.\n\n"
                                "Open it read-only (no syncs and no changes to Apple), or quit?")
                        .arg(lock.holderText()));
        QPushButton *readOnly = box.addButton(QObject::tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != readOnly)
            return 0;
        consoleOptions.readOnly = true;
        consoleOptions.readOnlyReason = lock.errorText();
    }

    Console console;
    const Result<void> opened = console.open(consoleOptions);
    if (!opened) {
        showPlainMessage(QMessageBox::Critical, nullptr, QObject::tr("VPP Desk"),
                         QObject::tr("The inventory database could not be opened.\n\n%1")
                             .arg(opened.error().toDisplayString()));
        return 1;
    }

    console.setDemoSession(demo.get());
    MainWindow window(console, settings);
    window.setDemoMode(options.demo);
    if (!options.page.isEmpty() && window.showPage(options.page))
        window.focusPageTable();
    window.show();
    if (!options.search.isEmpty())
        QMetaObject::invokeMethod(
            &window, [&window, &options] { window.findHolder(options.search); }, Qt::QueuedConnection);
    if (demo) {
        demo->addTokens(console, [&console, &window, &demo](Result<void> added) {
            if (added) {
                // The devices and groups an MDM export would bring (device licenses get names), before
                // the first syncs write.
                if (const Result<int> imported = demo->importInventory(console); !imported)
                    showPlainMessage(QMessageBox::Warning, &window, QObject::tr("VPP Desk Demo"),
                                     imported.error().toDisplayString());
                console.sync().syncAll();
            } else
                showPlainMessage(QMessageBox::Warning, &window, QObject::tr("VPP Desk Demo"),
                                 added.error().toDisplayString());
        });
    }
    return QApplication::exec();
}
