// ConsoleFixture: the world of a GUI test: a DemoSession (vppsim in its own thread with the demo
// organization, or a generated one), a Console opened on the session's temporary database with a
// memory-only vault and fast job polling, and, unless asked otherwise, every location's token
// added and synced. Everything is real: HTTP over loopback, the SQLite file, the sync worker thread.
#pragma once

#include "app/console.h"
#include "app/demosession.h"

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

    ConsoleFixture();
    ~ConsoleFixture();

    // False with errorString() set when anything fails: QVERIFY2(f.start(), qPrintable(f.errorString())).
    bool start(const Options &options);
    bool start() { return start(Options()); }
    QString errorString() const { return m_error; }

    DemoSession &session() { return *m_session; }
    Console &console() { return *m_console; }

    // The token added for a location (its name is the location's name).
    QString tokenName(int location) const;
    QString tokenId(int location) const;

    // Syncs every token and waits until the controller is idle; false on timeout or a failed run.
    bool syncAll(int timeoutMs = 60000);
    // Processes events until `condition` holds; false on timeout.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);

private:
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<Console> m_console;
    QString m_error;
};
