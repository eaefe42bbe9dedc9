// PageFetcher<T>: one traversal of a paginated Apple list (assets, users, assignments). Page 0
// goes first without pageIndex; once it tells how many pages there are, all the others are asked
// for at once and the transport keeps Apple's five in flight and its per-second budget. Each
// page's versionId is compared with the first one: when the list changed mid-traversal the
// traversal restarts (a bounded number of times, then a clear error). Pages are handed over as
// they arrive, so the caller can stream them to disk instead of holding the list in memory.
// Replies that arrive after a restart or abort() are ignored.
//
// A server that misbehaves cannot keep it going: every page must be the one asked for and agree
// with the first on totalPages and on whether another page follows; totalPages is capped
// (maxPages(), derived from the largest list we accept), so the number of requests is bounded by
// maxPages() * (restarts + 1). An optional deadline ends a traversal that takes too long.
#pragma once

#include "core/apple/appleclient.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <chrono>
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

    // The largest list accepted, in items, and the page count that follows from it: Apple's pages
    // hold "several hundred" items, never fewer than 100 in practice.
    static constexpr qint64 maxListItems = 20'000'000;
    static constexpr int minItemsPerPage = 100;
    static constexpr int defaultMaxPages = int(maxListItems / minItemsPerPage);

    int maxPages() const { return m_maxPages; }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    // The whole traversal, restarts included, must end within `deadline` (0: no limit). Checked as
    // pages arrive; each request has its own deadline in the transport.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

    void start()
    {
        m_clock.start(); // the deadline covers this traversal and its restarts
        begin();
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
    void begin()
    {
        m_stopped = false;
        ++m_generation;
        m_versionId.clear();
        m_pagesDone = 0;
        m_pagesKnown = 1;
        request(-1);
    }

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
        if (m_deadline.count() > 0 && m_clock.elapsed() > m_deadline.count()) {
            fail(malformed(QCoreApplication::translate(
                               "PageFetcher", "Reading Apple's %1 list took longer than %n minute(s).",
                               nullptr, int((m_deadline.count() + 59999) / 60000))
                               .arg(m_listName),
                           QStringLiteral("deadline %1 ms").arg(m_deadline.count()),
                           QStringLiteral("sync.listDeadline")));
            return;
        }
        if (pageIndex < 0) {
            if (const QString problem = checkFirst(page); !problem.isEmpty()) {
                fail(malformed(inconsistentText(), problem));
                return;
            }
            m_versionId = page.versionId;
            m_pagesKnown = qMax(1, page.totalPages);
        } else if (page.versionId != m_versionId) {
            restartTraversal();
            return;
        } else if (const QString problem = checkLater(pageIndex, page); !problem.isEmpty()) {
            fail(malformed(inconsistentText(), problem));
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

    // The first page: a totalPages we accept, and a next page only when totalPages allows one.
    QString checkFirst(const ApplePage<T> &page) const
    {
        if (page.totalPages > m_maxPages)
            return QStringLiteral("totalPages %1 above the limit of %2").arg(page.totalPages).arg(m_maxPages);
        if (page.totalPages < 0)
            return QStringLiteral("negative totalPages %1").arg(page.totalPages);
        if (page.nextPageIndex) {
            if (page.currentPageIndex != 0)
                return QStringLiteral("first page has currentPageIndex %1").arg(page.currentPageIndex);
            if (*page.nextPageIndex != page.currentPageIndex + 1 || *page.nextPageIndex >= page.totalPages)
                return QStringLiteral("nextPageIndex %1 with totalPages %2")
                    .arg(*page.nextPageIndex)
                    .arg(page.totalPages);
        }
        return {};
    }

    // A later page: the one asked for, with the first page's totalPages, pointing at the next one.
    QString checkLater(int pageIndex, const ApplePage<T> &page) const
    {
        if (page.currentPageIndex != pageIndex)
            return QStringLiteral("asked for page %1, got currentPageIndex %2")
                .arg(pageIndex)
                .arg(page.currentPageIndex);
        if (page.totalPages != m_pagesKnown)
            return QStringLiteral("page %1 says totalPages %2, the first said %3")
                .arg(pageIndex)
                .arg(page.totalPages)
                .arg(m_pagesKnown);
        const bool last = pageIndex + 1 >= m_pagesKnown;
        if (last && page.nextPageIndex)
            return QStringLiteral("last page %1 has nextPageIndex %2")
                .arg(pageIndex)
                .arg(*page.nextPageIndex);
        if (!last && (!page.nextPageIndex || *page.nextPageIndex != pageIndex + 1))
            return QStringLiteral("page %1 of %2 has nextPageIndex %3")
                .arg(pageIndex)
                .arg(m_pagesKnown)
                .arg(page.nextPageIndex ? QString::number(*page.nextPageIndex) : QStringLiteral("none"));
        return {};
    }

    QString inconsistentText() const
    {
        return QCoreApplication::translate("PageFetcher",
                                           "Apple's %1 list came in pages that do not fit together.")
            .arg(m_listName);
    }

    VppError malformed(const QString &message, const QString &problem,
                       const QString &code = QStringLiteral("sync.badPagination")) const
    {
        return VppError::make(VppError::Kind::Parse, code, message,
                              QCoreApplication::translate("PageFetcher",
                                                          "Try the sync again later. If it keeps happening, "
                                                          "report the error."),
                              QStringLiteral("list=%1: %2").arg(m_listName, problem));
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
        begin();
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
    int m_maxPages = defaultMaxPages;
    std::chrono::milliseconds m_deadline{0};
    QElapsedTimer m_clock; // from start(), restarts included
};
