// ConsoleFixture: the world of a GUI test: a DemoSession (vppsim in its own thread with the demo
// organization, or a generated one), a Console opened on the session's temporary database with a
// memory-only vault and fast job polling, and, unless asked otherwise, every location's token
// added and synced. Everything is real: HTTP over loopback, the SQLite file, the sync worker thread.
#pragma once

#include "app/console.h"
#include "app/demosession.h"

#include <QAbstractItemModel>
#include <QString>

#include <functional>
#include <memory>

class ConsoleFixture
{
public:
    struct Options
    {
        QString generatorSpec;  // empty: the demo organization (London HQ, Berlin Office, Austin Field Team)
        bool addTokens = true;  // add every location's token
        bool syncTokens = true; // and sync them all once
        bool automaticSync = false; // no interval syncs during a test unless asked
        int latencyMs = 0;
    };

    // The demo organization's locations, as tokenName() and tokenId() number them.
    enum DemoLocation { London = 0, Berlin = 1, Austin = 2 };

    ConsoleFixture();
    ~ConsoleFixture();

    // A fixture started with `options`; nullptr, after a warning with the error, when it fails.
    static std::unique_ptr<ConsoleFixture> started(const Options &options);

    // False with errorString() set when anything fails: QVERIFY2(f.start(), qPrintable(f.errorString())).
    bool start(const Options &options);
    bool start() { return start(Options()); }
    QString errorString() const { return m_error; }

    DemoSession &session() { return *m_session; }
    Console &console() { return *m_console; }

    // The token added for a location (its name is the location's name).
    QString tokenName(int location) const;
    QString tokenId(int location) const;

    // Closes the console and opens a new one on the same database, as a restart of the program would
    // (the memory-only vault gets the demo tokens' secrets again before jobs resume).
    bool restartConsole();

    // Syncs every token and waits until the controller is idle; false on timeout or a failed run.
    bool syncAll(int timeoutMs = 60000);
    // Processes events until `condition` holds; false on timeout.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);
    // The text a model's cell shows for `role`.
    static QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole);

private:
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<Console> m_console;
    Console::Options m_consoleOptions;
    QString m_error;
};
