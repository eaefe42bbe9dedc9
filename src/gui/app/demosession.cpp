#include "demosession.h"

#include "console.h"

#include "core/licensing/deviceimporter.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"
#include "demoorganization.h"
#include "orggenerator.h"
#include "vppsim.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{}

DemoSession::~DemoSession()
{
    if (!m_thread)
        return;
    // The simulator (and its server) must go in its own thread.
    QMetaObject::invokeMethod(
        m_sim, [sim = m_sim] { delete sim; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

Result<void> DemoSession::start(const Options &options)
{
    if (!m_dir.isValid())
        return VppError::make(
            VppError::Kind::Io, QStringLiteral("demo.tempDir"),
            tr("Could not create a temporary folder for the demo: %1").arg(m_dir.errorString()));
    if (m_thread)
        return VppError::make(VppError::Kind::Usage, QStringLiteral("demo.started"),
                              tr("The demo is already running."));

    OrgGeneratorSpec spec;
    if (!options.generatorSpec.isEmpty()) {
        QString error;
        const auto parsed = OrgGeneratorSpec::parse(options.generatorSpec, &error);
        if (!parsed)
            return VppError::make(VppError::Kind::Usage, QStringLiteral("demo.spec"),
                                  tr("The organization to generate is not understood: %1").arg(error));
        spec = *parsed;
    }

    // The simulator is created in its thread: its server and timers belong there.
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("vppsim"));
    QObject anchor;
    anchor.moveToThread(m_thread);
    m_thread->start();

    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            m_sim = new VppSim;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (options.generatorSpec.isEmpty())
                DemoOrganization::build(m_sim->state(), now);
            else
                OrgGenerator::generate(m_sim->state(), spec, now);
            m_sim->faults().setLatencyMs(options.latencyMs);
            listening = m_sim->listen(options.port, &error);
            anchor.moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        return VppError::make(VppError::Kind::Network, QStringLiteral("demo.listen"),
                              tr("The demo simulator could not listen on 127.0.0.1: %1").arg(error));
    return {};
}

QString DemoSession::databasePath() const
{
    return temporaryPath(QStringLiteral("vppdesk-demo.sqlite"));
}

QString DemoSession::temporaryPath(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

QString DemoSession::v2Url() const
{
    QString url;
    inSim([&](VppSim &sim) { url = sim.v2Url(); });
    return url;
}

QString DemoSession::baseUrl() const
{
    QString url;
    inSim([&](VppSim &sim) { url = sim.baseUrl(); });
    return url;
}

int DemoSession::locationCount() const
{
    int count = 0;
    inSim([&](VppSim &sim) { count = sim.state().locationCount(); });
    return count;
}

QString DemoSession::locationName(int location) const
{
    QString name;
    inSim([&](VppSim &sim) {
        if (location >= 0 && location < sim.state().locationCount())
            name = sim.state().location(location)->locationName();
    });
    return name;
}

QString DemoSession::tokenContents(int location) const
{
    QString contents;
    inSim([&](VppSim &sim) { contents = sim.tokenFor(location); });
    return contents;
}

QString DemoSession::writeTokenFile(int location, const QString &fileName) const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = fileName;
    if (name.isEmpty())
        name = locationName(location).replace(unsafe, QStringLiteral("-")) + QStringLiteral(".vpptoken");
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(tokenContents(location).toUtf8()) < 0)
        return {};
    return path;
}

int DemoSession::locationOf(const QString &uid) const
{
    int found = -1;
    inSim([&](VppSim &sim) {
        for (int i = 0; i < sim.state().locationCount() && found < 0; ++i)
            if (sim.state().location(i)->uId() == uid)
                found = i;
    });
    return found;
}

QString DemoSession::writeRenewedTokenFile(int location, int days)
{
    if (location < 0 || location >= locationCount())
        return {};
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addDays(days);
    inSim([&](VppSim &sim) { sim.state().issueToken(location, expiresAt); });
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    const QString name = locationName(location).replace(unsafe, QStringLiteral("-")) +
                         QStringLiteral("-renewed-%1.vpptoken").arg(++m_renewals);
    return writeTokenFile(location, name);
}

void DemoSession::inSim(const std::function<void(VppSim &)> &work) const
{
    if (!m_sim)
        return;
    if (QThread::currentThread() == m_thread)
        work(*m_sim);
    else
        QMetaObject::invokeMethod(
            m_sim, [&] { work(*m_sim); }, Qt::BlockingQueuedConnection);
}

QString DemoSession::inventoryPath(bool groups) const
{
    return m_dir.filePath(groups ? QStringLiteral("demo-groups.csv") : QStringLiteral("demo-devices.csv"));
}

Result<int> DemoSession::importInventory(Console &console)
{
    DemoOrganization::Inventory inventory;
    inSim([&](VppSim &sim) { inventory = DemoOrganization::inventory(sim.state(), QDate::currentDate()); });
    for (const bool groups : {false, true}) {
        QFile file(inventoryPath(groups));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(groups ? inventory.groupsCsv : inventory.devicesCsv) < 0)
            return VppError::make(VppError::Kind::Io, QStringLiteral("demo.inventory"),
                                  tr("The demo inventory could not be written: %1").arg(file.errorString()));
    }
    // The console is idle at this point (no sync writes yet): import at once.
    DeviceImporter importer(console.database());
    int devices = 0;
    for (const bool groups : {false, true}) {
        const DeviceImporter::Kind kind =
            groups ? DeviceImporter::Kind::Groups : DeviceImporter::Kind::Devices;
        const QString source = QStringLiteral("csv:") + QFileInfo(inventoryPath(groups)).fileName();
        const auto imported =
            importer.import(kind, groups ? inventory.groupsCsv : inventory.devicesCsv, source, false);
        if (!imported)
            return imported.error();
        if (!groups)
            devices = imported->imported;
        QJsonObject details{{QStringLiteral("file"), source.mid(4)},
                            {QStringLiteral("imported"), imported->imported},
                            {QStringLiteral("skipped"), imported->skipped}};
        if (groups)
            details.insert(QStringLiteral("groups"), imported->groups);
        const auto audited = console.workspace().audit(
            groups ? QStringLiteral("import.groups") : QStringLiteral("import.devices"), QString(), details);
        if (!audited)
            return audited.error();
    }
    console.notifyInventoryChanged({});
    return devices;
}

void DemoSession::addTokens(Console &console, std::function<void(Result<void>)> done)
{
    struct Step
    {
        int next = 0;
        int count = 0;
        std::function<void()> run;
    };
    auto step = std::make_shared<Step>();
    step->count = locationCount();
    const QUrl serviceUrl(v2Url());
    step->run = [this, &console, step, serviceUrl, done] {
        if (step->next >= step->count) {
            // Breaks the cycle step -> run -> step, later: this very lambda is running.
            QMetaObject::invokeMethod(
                this, [step] { step->run = nullptr; }, Qt::QueuedConnection);
            console.notifyTokensChanged();
            done({});
            return;
        }
        const int location = step->next++;
        const QString name = locationName(location);
        console.whenWritable(
            [this, &console, step, serviceUrl, done, location, name](Console::WriteLock lock) {
                console.tokenManager().addContents(
                    name, tokenContents(location).toUtf8(), serviceUrl,
                    [step, done, lock, name](Result<TokenStatus> added) {
                        if (!added) {
                            step->run = nullptr;
                            done(VppError::make(added.error().kind, added.error().code,
                                                tr("The demo token of %1 could not be added: %2")
                                                    .arg(name, added.error().toDisplayString())));
                            return;
                        }
                        step->run();
                    });
            });
    };
    step->run();
}
