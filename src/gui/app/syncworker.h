// SyncWorker: the half of syncing that lives in the sync thread. It owns that thread's database
// connection and network access manager, runs one SyncEngine at a time for the token and secret
// the SyncController hands it, and reports progress and the outcome back with queued signals.
// Every method runs in the worker's thread (call them through QMetaObject::invokeMethod).
#pragma once

#include "core/store/tokenrecord.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncreport.h"

#include <QObject>
#include <QString>

#include <memory>

class AppleClient;
class Database;
class QNetworkAccessManager;
class SyncEngine;

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const QString &databasePath, const SyncOptions &options);
    ~SyncWorker() override;

    // Opens the connection of this thread (the GUI's Console has migrated the database already).
    void open();
    // Runs one sync; finished() follows exactly once.
    void run(const TokenRecord &token, const QString &secret, bool full);
    // Cancels the run in progress (it rolls back and reports Cancelled).
    void cancel();
    // Cancels and releases the connection and the network objects (before the thread ends).
    void close();

Q_SIGNALS:
    void progressChanged(const QString &tokenId, const QString &phase, int pagesDone, int pagesKnown);
    void finished(const SyncReport &report);

private:
    SyncReport failedReport(const TokenRecord &token, const VppError &error) const;

    QString m_databasePath;
    SyncOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AppleClient> m_client;
    SyncEngine *m_engine = nullptr; // deleted later, after its finished() returned
    VppError m_openError;
};
