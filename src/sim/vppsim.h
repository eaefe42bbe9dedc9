// The simulator as one object: state, configuration, faults, event processing and the HTTP
// server. vppsim's main() and the in-process tests both start it through this class.
#pragma once

#include "eventprocessor.h"
#include "faultplan.h"
#include "simconfig.h"
#include "simstate.h"

#include <QObject>

#include <memory>

class SimServer;

class VppSim : public QObject
{
    Q_OBJECT

public:
    explicit VppSim(QObject *parent = nullptr);
    ~VppSim() override;

    SimState &state() { return m_state; }
    SimConfig &config() { return m_config; }
    FaultPlan &faults() { return m_faults; }
    EventProcessor &events() { return *m_events; }

    // Listens on 127.0.0.1 (port 0 picks a free one) and starts processing events.
    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_config.baseUrl; }
    QString v2Url() const { return m_config.v2Url(); }
    qint64 requestCount() const;

    // The newest usable token of a location: the .vpptoken file contents (the Bearer value).
    QString tokenFor(int location) const;
    // Writes one <location name>.vpptoken per location into `dir`.
    bool writeTokens(const QString &dir, QStringList *written, QString *error) const;

private:
    SimState m_state;
    SimConfig m_config;
    FaultPlan m_faults;
    std::unique_ptr<EventProcessor> m_events;
    std::unique_ptr<SimServer> m_server;
    quint16 m_port = 0;
};
