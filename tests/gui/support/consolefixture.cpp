#include "consolefixture.h"

#include "app/jobcontroller.h"
#include "app/synccontroller.h"
#include "core/i18n/pluraltranslator.h"
#include "core/store/tokenstore.h"
#include "core/token/tokenvault.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>

using namespace std::chrono_literals;

ConsoleFixture::ConsoleFixture()
{
    // The English plural forms ("1 day", "19 days"), as the programs install them; once per process.
    static const bool plurals = PluralTranslator::install(*QCoreApplication::instance());
    Q_UNUSED(plurals);
}

ConsoleFixture::~ConsoleFixture()
{
    // The console (its sync thread and clients) goes before the simulator it talks to.
    m_console.reset();
    m_session.reset();
}

bool ConsoleFixture::start(const Options &options)
{
    m_session = std::make_unique<DemoSession>();
    DemoSession::Options demo;
    demo.generatorSpec = options.generatorSpec;
    demo.latencyMs = options.latencyMs;
    const Result<void> started = m_session->start(demo);
    if (!started) {
        m_error = started.error().toDisplayString();
        return false;
    }

    m_console = std::make_unique<Console>();
    Console::Options consoleOptions;
    consoleOptions.databasePath = m_session->databasePath();
    consoleOptions.memoryVault = true;
    consoleOptions.demo = true;
    consoleOptions.jobPollInterval = 100ms;
    consoleOptions.automaticSync = options.automaticSync;
    consoleOptions.serviceUrl = QUrl(m_session->v2Url());
    m_consoleOptions = consoleOptions;
    m_console->setDemoSession(m_session.get());
    const Result<void> opened = m_console->open(consoleOptions);
    if (!opened) {
        m_error = opened.error().toDisplayString();
        return false;
    }

    if (!options.addTokens)
        return true;
    bool done = false;
    Result<void> added;
    m_session->addTokens(*m_console, [&](Result<void> result) {
        added = result;
        done = true;
    });
    if (!waitFor([&] { return done; }, 30000)) {
        m_error = QStringLiteral("adding the demo tokens timed out");
        return false;
    }
    if (!added) {
        m_error = added.error().toDisplayString();
        return false;
    }
    if (options.syncTokens && !syncAll()) {
        m_error = QStringLiteral("the first sync failed or timed out");
        return false;
    }
    return true;
}

bool ConsoleFixture::restartConsole()
{
    QStringList ids;
    for (int i = 0; i < m_session->locationCount(); ++i)
        ids.append(tokenId(i));
    m_console.reset();
    m_console = std::make_unique<Console>();
    m_console->setDemoSession(m_session.get());
    const Result<void> opened = m_console->open(m_consoleOptions);
    if (!opened) {
        m_error = opened.error().toDisplayString();
        return false;
    }
    // Before the event loop runs: the console resumes its jobs from there.
    for (int i = 0; i < ids.size(); ++i) {
        if (!ids.at(i).isEmpty())
            m_console->workspace().vault().write(ids.at(i), m_session->tokenContents(i),
                                                 [](const Result<void> &) {});
    }
    return true;
}

QString ConsoleFixture::tokenName(int location) const
{
    return m_session->locationName(location);
}

QString ConsoleFixture::tokenId(int location) const
{
    const auto token = m_console->workspace().tokens().findByName(tokenName(location));
    return token && token->has_value() ? token->value().id : QString();
}

bool ConsoleFixture::syncAll(int timeoutMs)
{
    bool failed = false;
    QObject context;
    QObject::connect(&m_console->sync(), &SyncController::runFinished, &context,
                     [&](const SyncReport &report) {
                         if (!report.isOk()) {
                             failed = true;
                             qWarning("sync of %s: %s", qUtf8Printable(report.tokenName),
                                      qUtf8Printable(report.error.toLogString()));
                         }
                     });
    m_console->sync().syncAll();
    const bool idle = waitFor([&] { return !m_console->sync().isBusy(); }, timeoutMs);
    return idle && !failed;
}

bool ConsoleFixture::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

std::unique_ptr<ConsoleFixture> ConsoleFixture::started(const Options &options)
{
    auto fixture = std::make_unique<ConsoleFixture>();
    if (!fixture->start(options)) {
        qWarning("%s", qUtf8Printable(fixture->errorString()));
        return nullptr;
    }
    return fixture;
}

QString ConsoleFixture::cell(const QAbstractItemModel *model, int row, int column, int role)
{
    return model->data(model->index(row, column), role).toString();
}
