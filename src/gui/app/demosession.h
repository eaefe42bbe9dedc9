// DemoSession: what `vppdesk --demo` (and the GUI tests) run on: vppsim in a thread of its own,
// serving the hand-made demo organization (or a generated one) on 127.0.0.1, a temporary directory
// for the database, and the demo tokens, which are added to the console through the real token
// flow (parse, client/config, memory-only vault) and are gone when the session ends. Nothing
// reaches Apple.
#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class Console;
class QThread;
class VppSim;

class DemoSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString generatorSpec; // OrgGeneratorSpec text ("assets=2000,users=200000,..."); empty = demo org
        quint16 port = 0;      // 0 = any free port
        int latencyMs = 0;     // added to every simulator response (to watch progress)
    };

    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override; // stops the simulator thread; the temporary directory goes with it

    Result<void> start(const Options &options);
    Result<void> start() { return start(Options()); }

    // <temporary directory>/vppdesk-demo.sqlite
    QString databasePath() const;
    QString temporaryPath(const QString &fileName) const;
    QString v2Url() const;
    QString baseUrl() const;

    int locationCount() const;
    QString locationName(int location) const;
    // The .vpptoken contents of a location (its newest usable token).
    QString tokenContents(int location) const;
    // Writes the location's token as "<dir>/<name>.vpptoken" and returns the path.
    QString writeTokenFile(int location, const QString &fileName = {}) const;
    // The location whose uId (Apple's locationId) is `uid`; -1 when the demo has none.
    int locationOf(const QString &uid) const;
    // Renews the location's token as the portal's "Download Token" does: a new token valid for `days`
    // days (the older ones keep working), written as "<dir>/<name>-renewed-<n>.vpptoken"; returns the path.
    QString writeRenewedTokenFile(int location, int days = 365);

    // Runs `work` in the simulator's thread and waits for it (change its state behind the client's back).
    void inSim(const std::function<void(VppSim &)> &work) const;

    // Adds every location's token to the console under "<location name>", then `done` (once).
    void addTokens(Console &console, std::function<void(Result<void>)> done);

    // The demo organization's device and group inventory (DemoOrganization::inventory), written as
    // "<dir>/demo-devices.csv" and "<dir>/demo-groups.csv" (for Import CSV… too) and imported into the
    // console as an admin's import would be (audited); the number of devices imported, or the error.
    Result<int> importInventory(Console &console);
    QString inventoryPath(bool groups) const;

private:
    QTemporaryDir m_dir;
    QThread *m_thread = nullptr;
    VppSim *m_sim = nullptr; // lives in m_thread
    int m_renewals = 0;      // names each renewed file apart
};
