// MetadataFetcher: names and icons of a run's assets, beside the pages. Neither the catalog lookup
// nor the artwork CDN is an App and Book Management call, so they do not spend the location's
// request budget: the fetcher has its own client (no bearer) with its own bounded concurrency, and
// writes each answer in a short transaction of its own, outside the run's apply. The store's
// asset_metadata table is the cache across locations (by adamId), and ids another run of this
// process is already fetching are left to it. An asset without its icon yet is fine: it shows
// once the icon has arrived, and a failed lookup is asked again by the next run.
#pragma once

#include "core/sync/syncoptions.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class AppleClient;
class Database;
class QNetworkAccessManager;
struct MetadataRecord;
struct StoreMetadataLookup;
template<typename T>
class Result;

class MetadataFetcher : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int found = 0;
        int notFound = 0;
        int icons = 0;
        int errors = 0;
    };

    MetadataFetcher(Database &db, QNetworkAccessManager *network, const QUrl &serviceUrl,
                    const SyncOptions &options, QObject *parent = nullptr);
    ~MetadataFetcher() override;

    // Looks up those of `adamIds` the store does not know yet; finished() follows once all is done
    // (at once when there is nothing to fetch).
    void fetch(const QStringList &adamIds, const QString &platform, const QString &countryCode);
    void cancel();
    bool isIdle() const { return m_outstanding == 0 && m_queue.empty(); }
    const Counts &counts() const { return m_counts; }

    // At most this many lookups and downloads in flight per fetcher.
    static constexpr int maxInFlight = 6;

Q_SIGNALS:
    void finished();

private:
    void enqueue(std::function<void()> task);
    void pump();
    void taskDone();
    void lookupArrived(const QStringList &ids, const Result<StoreMetadataLookup> &result);
    void storeRecord(const MetadataRecord &record, bool withIcon);
    void releaseIds(const QStringList &ids);

    Database &m_db;
    SyncOptions m_options;
    std::unique_ptr<AppleClient> m_client;
    std::deque<std::function<void()>> m_queue;
    int m_outstanding = 0;
    bool m_cancelled = false;
    Counts m_counts;
    QSet<QString> m_claimed; // ids this fetcher took from the process-wide in-flight set
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};
