// PageFetcher<T>: one traversal of a paginated Apple list (assets, users, assignments). Page 0
// goes first without pageIndex; once it tells how many pages there are, all the others are asked
// for at once and the transport keeps Apple's five in flight and its per-second budget. Each
// page's versionId is compared with the first one: when the list changed mid-traversal the
// traversal restarts (a bounded number of times, then a clear error). Pages are handed over as
// they arrive, so the caller can stream them to disk instead of holding the list in memory.
// Replies that arrive after a restart or abort() are ignored.
#pragma once

#include "core/apple/appleclient.h"
#include "core/common/result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

template<typename T>
class PageFetcher
{
public:
    // Asks for one page (pageIndex < 0: the first request, without pageIndex).
    using Fetch = std::function<void(int pageIndex, AppleClient::Callback<ApplePage<T>> done)>;

    struct Handlers
    {
        std::function<Result<void>(const ApplePage<T> &page)> page; // store one page
        std::function<Result<void>()> restart;                      // forget what was stored (may be empty)
        std::function<void(const QString &versionId)> finished;
        std::function<void(const VppError &error)> failed;
        std::function<void()> progress;       // after each page and each restart (may be empty)
        std::function<void()> cancelInFlight; // drop queued requests before a restart (may be empty)
    };

    PageFetcher(QString listName, Fetch fetch, Handlers handlers, int maxRestarts)
        : m_listName(std::move(listName))
        , m_fetch(std::move(fetch))
        , m_handlers(std::move(handlers))
        , m_maxRestarts(maxRestarts)
    {}

    void start()
    {
        m_stopped = false;
        ++m_generation;
        m_versionId.clear();
        m_pagesDone = 0;
        m_pagesKnown = 1;
        request(-1);
    }

    // Ignore every reply from now on.
    void abort()
    {
        m_stopped = true;
        ++m_generation;
    }

    int pagesDone() const { return m_pagesDone; }
    int pagesKnown() const { return m_pagesKnown; }
    int pagesFetched() const { return m_pagesFetched; }
    int restarts() const { return m_restarts; }

private:
    void request(int pageIndex)
    {
        const std::weak_ptr<int> alive = m_alive;
        const quint64 generation = m_generation;
        m_fetch(pageIndex, [this, alive, generation, pageIndex](Result<ApplePage<T>> result) {
            if (alive.expired() || generation != m_generation || m_stopped)
                return;
            arrived(pageIndex, std::move(result));
        });
    }

    void fail(const VppError &error)
    {
        abort();
        m_handlers.failed(error);
    }

    void arrived(int pageIndex, Result<ApplePage<T>> result)
    {
        if (!result) {
            fail(result.error());
            return;
        }
        const ApplePage<T> &page = result.value();
        ++m_pagesFetched;
        if (pageIndex < 0) {
            m_versionId = page.versionId;
            m_pagesKnown = qMax(1, page.totalPages);
        } else if (page.versionId != m_versionId) {
            restartTraversal();
            return;
        }
        if (const Result<void> stored = m_handlers.page(page); !stored) {
            fail(stored.error());
            return;
        }
        ++m_pagesDone;
        // The progress handler may abort(), and a reply given at once (inside m_fetch) may restart or end
        // the traversal: stop then.
        const quint64 generation = m_generation;
        if (m_handlers.progress)
            m_handlers.progress();
        if (generation != m_generation)
            return;
        if (pageIndex < 0 && page.nextPageIndex) {
            // Apple numbers pages from 0; the first reply was page 0 (its currentPageIndex).
            for (int i = page.currentPageIndex + 1; i < m_pagesKnown && generation == m_generation; ++i)
                request(i);
            return;
        }
        if (m_pagesDone >= m_pagesKnown || (pageIndex < 0 && page.isLastPage())) {
            m_stopped = true;
            m_handlers.finished(m_versionId);
        }
    }

    void restartTraversal()
    {
        if (m_restarts >= m_maxRestarts) {
            fail(VppError::make(
                VppError::Kind::Apple, QStringLiteral("sync.versionUnstable"),
                QCoreApplication::translate("PageFetcher",
                                            "Apple's %1 list kept changing while it was being read (%n "
                                            "restart(s)).",
                                            nullptr, m_restarts)
                    .arg(m_listName),
                QCoreApplication::translate("PageFetcher", "Try the sync again in a few minutes."),
                QStringLiteral("list=%1 restarts=%2").arg(m_listName).arg(m_restarts)));
            return;
        }
        ++m_restarts;
        ++m_generation; // replies still on their way belong to the old traversal
        if (m_handlers.cancelInFlight)
            m_handlers.cancelInFlight();
        if (m_handlers.restart) {
            if (const Result<void> cleared = m_handlers.restart(); !cleared) {
                fail(cleared.error());
                return;
            }
        }
        start();
        if (m_handlers.progress)
            m_handlers.progress();
    }

    QString m_listName;
    Fetch m_fetch;
    Handlers m_handlers;
    int m_maxRestarts = 3;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    quint64 m_generation = 0;
    bool m_stopped = false;
    QString m_versionId;
    int m_pagesDone = 0;
    int m_pagesKnown = 0;
    int m_pagesFetched = 0;
    int m_restarts = 0;
};
