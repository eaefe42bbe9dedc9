#include "core/sync/metadatafetcher.h"

#include "core/apple/appleclient.h"
#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/metadatarecord.h"
#include "core/store/metadatastore.h"

#include <QMutex>
#include <QTimer>

namespace {

// adamIds being looked up by some fetcher of this process: two locations holding the same app
// ask the catalog once.
QMutex inFlightMutex;
QSet<QString> inFlightIds;

QStringList claim(const QStringList &ids)
{
    const QMutexLocker lock(&inFlightMutex);
    QStringList mine;
    for (const QString &id : ids) {
        if (!inFlightIds.contains(id)) {
            inFlightIds.insert(id);
            mine << id;
        }
    }
    return mine;
}

// The catalog and the CDN are not the location's API: a generous pace of their own.
constexpr double catalogRequestsPerSecond = 50.0;

} // namespace

MetadataFetcher::MetadataFetcher(Database &db, QNetworkAccessManager *network, const QUrl &serviceUrl,
                                 const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(options)
    , m_client(std::make_unique<AppleClient>(network, serviceUrl, QString()))
{
    m_client->transport().setRequestsPerSecond(catalogRequestsPerSecond);
}

MetadataFetcher::~MetadataFetcher()
{
    cancel();
}

void MetadataFetcher::releaseIds(const QStringList &ids)
{
    const QMutexLocker lock(&inFlightMutex);
    for (const QString &id : ids) {
        if (m_claimed.remove(id))
            inFlightIds.remove(id);
    }
}

void MetadataFetcher::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    m_client->cancelAll();
    releaseIds(QStringList(m_claimed.cbegin(), m_claimed.cend()));
}

void MetadataFetcher::fetch(const QStringList &adamIds, const QString &platform, const QString &countryCode)
{
    const Result<QStringList> unknown = MetadataStore(m_db).unknownAmong(adamIds);
    if (!unknown) {
        qCWarning(lcSync).noquote() << "metadata: cannot read the cache:" << unknown.error().toLogString();
        ++m_counts.errors;
    }
    const QStringList ids = unknown ? claim(unknown.value()) : QStringList();
    for (const QString &id : ids)
        m_claimed.insert(id);
    const int batch = qMax(1, m_options.metadataBatchSize);
    const std::weak_ptr<int> alive = m_alive;
    for (qsizetype i = 0; i < ids.size(); i += batch) {
        const QStringList part = ids.mid(i, batch);
        enqueue([this, alive, part, platform, countryCode] {
            m_client->metadataLookup(part, platform, countryCode,
                                     [this, alive, part](Result<StoreMetadataLookup> result) {
                                         if (alive.expired() || m_cancelled)
                                             return;
                                         lookupArrived(part, result);
                                         taskDone();
                                     });
        });
    }
    if (isIdle()) {
        // Nothing to do: still report from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, alive] {
            if (!alive.expired() && isIdle())
                Q_EMIT finished();
        });
    }
}

void MetadataFetcher::enqueue(std::function<void()> task)
{
    m_queue.push_back(std::move(task));
    pump();
}

void MetadataFetcher::pump()
{
    while (!m_cancelled && m_outstanding < maxInFlight && !m_queue.empty()) {
        auto task = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_outstanding;
        task();
    }
}

void MetadataFetcher::taskDone()
{
    --m_outstanding;
    pump();
    if (isIdle())
        Q_EMIT finished();
}

void MetadataFetcher::storeRecord(const MetadataRecord &record, bool withIcon)
{
    if (const Result<void> stored = MetadataStore(m_db).store(record); !stored) {
        qCWarning(lcSync).noquote() << "metadata: cannot store" << record.adamId << ":"
                                    << stored.error().toLogString();
        ++m_counts.errors;
    } else {
        ++m_counts.found;
        if (withIcon)
            ++m_counts.icons;
    }
    releaseIds({record.adamId});
}

void MetadataFetcher::lookupArrived(const QStringList &ids, const Result<StoreMetadataLookup> &result)
{
    if (!result) {
        // Names and icons are a convenience: the ids stay unknown and the next run asks again.
        qCWarning(lcSync).noquote() << "metadata lookup failed:" << result.error().toLogString();
        m_counts.errors += int(ids.size());
        releaseIds(ids);
        return;
    }
    QStringList missing;
    const std::weak_ptr<int> alive = m_alive;
    for (const QString &id : ids) {
        const auto found = result->results.constFind(id);
        if (found == result->results.constEnd()) {
            missing << id;
            continue;
        }
        const StoreMetadata &m = *found;
        MetadataRecord record;
        record.adamId = id;
        record.name = m.name;
        record.bundleId = m.bundleId;
        record.version = m.version;
        record.artist = m.artistName;
        record.kind = m.kind;
        record.genre = m.genreNames.value(0);
        record.fetchedAt = QDateTime::currentDateTimeUtc();
        record.lookupStatus = MetadataRecord::found;
        const QUrl iconUrl = m.artwork.isEmpty() ? QUrl() : m.artwork.url(m_options.iconSize);
        record.iconUrl = iconUrl.toString();
        if (!iconUrl.isValid() || iconUrl.isEmpty()) {
            storeRecord(record, false);
            continue;
        }
        // Stored once the icon is there, so a failed download is tried again next run.
        enqueue([this, alive, record, iconUrl]() mutable {
            m_client->download(iconUrl, [this, alive, record](Result<QByteArray> png) mutable {
                if (alive.expired() || m_cancelled)
                    return;
                if (!png || png->isEmpty()) {
                    qCWarning(lcSync).noquote()
                        << "icon download failed for" << record.adamId << ":"
                        << (png ? QStringLiteral("empty reply") : png.error().toLogString());
                    ++m_counts.errors;
                    releaseIds({record.adamId});
                } else {
                    record.icon = png.value();
                    storeRecord(record, true);
                }
                taskDone();
            });
        });
    }
    if (!missing.isEmpty()) {
        if (const Result<void> marked = MetadataStore(m_db).markNotFound(missing); !marked) {
            qCWarning(lcSync).noquote()
                << "metadata: cannot record unknown ids:" << marked.error().toLogString();
            ++m_counts.errors;
        } else {
            m_counts.notFound += int(missing.size());
        }
        releaseIds(missing);
    }
}
