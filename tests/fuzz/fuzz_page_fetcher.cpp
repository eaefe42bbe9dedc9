// Fuzz target: PageFetcher<T> (src/core/sync/pagefetcher.h) against a fake fetch function that
// answers from the input: for every request, an error or a page header (currentPageIndex,
// nextPageIndex, totalPages, versionId) of the shapes AppleParser can return (indices >= 0,
// nextPageIndex after currentPageIndex). Replies wait in a queue delivered in an order the input
// chooses, like the event loop does; in the "mixed" mode some are given synchronously from inside
// fetch() too (AppleTransport does so for a refused URL, and cancelAll() completes queued calls at
// once). A restart cancels what is queued, as AppleTransport::cancelAll() does.
// Properties:
//   pageEnds      once no request is left, the traversal has finished or failed
//   pageOnce      it finishes, fails or is aborted once
//   pageBound     it asks for at most (maxRestarts + 1) * MaxPagesPerTraversal pages
//   pageOrder     no page is stored twice, nor before the traversal's first page
//   pageStale     no reply of an abandoned traversal is stored
//   pageAbort     nothing is asked for once the caller has aborted (here from the progress handler)
//   pageComplete  it finishes only with every page the first one announced, and its versionId
// On the current code pageEnds and pageBound are known to fail: see CMakeLists.txt.
#include "core/sync/pagefetcher.h"

#include "fuzzcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QSet>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

// No real list has this many pages (a page holds hundreds of records): a fetcher must refuse a
// totalPages above its own cap instead of asking for them. Raise it to PageFetcher's cap if larger.
constexpr int MaxPagesPerTraversal = 100000;
// Largest totalPages generated while pageBound is not enforced (VPPDESK_FUZZ_SKIP), to keep runs fast.
constexpr int SmallTotalPages = 64;

// VPPDESK_FUZZ_TRACE=1 prints every request, reply and handler call: to read a finding.
bool tracing()
{
    static const bool on = qEnvironmentVariableIsSet("VPPDESK_FUZZ_TRACE");
    return on;
}

#define TRACE(...)                                                                                           \
    do {                                                                                                     \
        if (tracing())                                                                                       \
            std::fprintf(stderr, __VA_ARGS__);                                                               \
    } while (false)

using Page = ApplePage<int>;
using Callback = AppleClient::Callback<Page>;

struct Request
{
    int pageIndex = -1;
    int traversal = 0;
    Callback done;
};

class Harness
{
public:
    explicit Harness(FuzzedDataProvider &input)
        : m_in(input)
    {}

    void run()
    {
        const uint8_t mode = m_in.ConsumeIntegral<uint8_t>();
        m_mixed = (mode & 1) != 0;
        const int maxRestarts = (mode >> 1) & 3;
        m_bound = qint64(maxRestarts + 1) * MaxPagesPerTraversal;
        m_bigPages = !FuzzCheck::skipped("pageBound");
        TRACE("mode %s, maxRestarts %d\n", m_mixed ? "mixed" : "queued", maxRestarts);

        PageFetcher<int>::Handlers handlers;
        handlers.page = [this](const Page &page) { return stored(page); };
        handlers.restart = [this]() -> Result<void> {
            TRACE("restart -> traversal %d\n", m_traversal + 1);
            ++m_traversal;
            m_stored.clear();
            m_first.reset();
            if (m_in.ConsumeIntegral<uint8_t>() == 0xEE)
                return VppError::make(VppError::Kind::Store, QStringLiteral("fuzz.restart"),
                                      QStringLiteral("the store could not forget the pages"));
            return {};
        };
        handlers.finished = [this](const QString &versionId) { finished(versionId); };
        handlers.failed = [this](const VppError &error) {
            TRACE("failed: %s\n", qUtf8Printable(error.code));
            FuzzCheck::check("pageOnce", m_ends == 0, QStringLiteral("failed after it had ended"));
            FuzzCheck::check("pageEnds", error.isError() && !error.code.isEmpty(),
                             QStringLiteral("failed without an error code"));
            ++m_ends;
        };
        handlers.cancelInFlight = [this] {
            TRACE("cancelInFlight: %zu queued\n", m_queue.size());
            // AppleTransport::cancelAll(): every queued call completes at once as cancelled.
            std::vector<Request> queued = std::move(m_queue);
            m_queue.clear();
            for (Request &request : queued)
                deliver(std::move(request),
                        VppError::make(VppError::Kind::Cancelled, QStringLiteral("cancelled"),
                                       QStringLiteral("The operation was cancelled.")));
        };

        handlers.progress = [this] {
            // The caller may give up at any time while it runs, e.g. from a progress slot (Cancel).
            if (m_fetcher && m_ends == 0 && m_in.ConsumeIntegral<uint8_t>() == 0xAB) {
                TRACE("abort\n");
                ++m_ends;
                m_aborted = true;
                m_fetcher->abort();
            }
        };

        PageFetcher<int> fetcher(
            QStringLiteral("fuzz"),
            [this](int pageIndex, Callback done) { fetch(pageIndex, std::move(done)); }, std::move(handlers),
            maxRestarts);
        m_fetcher = &fetcher;
        fetcher.start();
        while (!m_queue.empty() && !m_overBound) {
            const size_t i = m_in.ConsumeIntegralInRange<size_t>(0, m_queue.size() - 1);
            std::swap(m_queue[i], m_queue.back());
            Request request = std::move(m_queue.back());
            m_queue.pop_back();
            Result<Page> answer = reply(request.pageIndex);
            deliver(std::move(request), std::move(answer));
        }
        if (!m_overBound)
            FuzzCheck::check("pageEnds", m_ends == 1,
                             QStringLiteral("no request left after %1 requests, yet it neither finished nor "
                                            "failed (%2 of %3 pages done)")
                                 .arg(m_requests)
                                 .arg(fetcher.pagesDone())
                                 .arg(fetcher.pagesKnown()));
        m_queue.clear(); // the fetcher goes first: no reply may reach it afterwards
        m_fetcher = nullptr;
    }

private:
    void fetch(int pageIndex, Callback done)
    {
        FuzzCheck::check("pageAbort", !m_aborted,
                         QStringLiteral("page %1 asked for after abort()").arg(pageIndex));
        ++m_requests;
        if (m_requests > m_bound) {
            FuzzCheck::check("pageBound", false,
                             QStringLiteral("more than %1 requests (page %2)").arg(m_bound).arg(pageIndex));
            m_overBound = true;
        }
        if (m_overBound)
            return; // not enforced: drop the request, the run stops
        TRACE("request page %d (traversal %d)\n", pageIndex, m_traversal);
        Request request{pageIndex, m_traversal, std::move(done)};
        if (m_mixed && m_in.ConsumeBool()) {
            Result<Page> answer = reply(pageIndex);
            deliver(std::move(request), std::move(answer));
        } else {
            m_queue.push_back(std::move(request));
        }
    }

    Result<Page> reply(int pageIndex)
    {
        const uint8_t shape = m_in.ConsumeIntegral<uint8_t>();
        if ((shape & 0x0F) == 0x0F)
            return VppError::make(VppError::Kind::Network, QStringLiteral("network.timeout"),
                                  QStringLiteral("Apple's service did not answer in time."));
        Page page;
        page.currentPageIndex =
            (shape & 0x10) != 0 ? m_in.ConsumeIntegralInRange<int>(0, INT_MAX) : std::max(0, pageIndex);
        const int current = page.currentPageIndex;
        switch ((shape >> 5) & 3) {
        case 0:
            break; // the last page
        case 2:
            if (current < INT_MAX)
                page.nextPageIndex = m_in.ConsumeIntegralInRange<int>(current + 1, INT_MAX);
            break;
        default:
            if (current < INT_MAX)
                page.nextPageIndex = current + 1;
            break;
        }
        page.totalPages = (shape & 0x80) != 0 && m_bigPages
                              ? m_in.ConsumeIntegralInRange<int>(0, INT_MAX)
                              : m_in.ConsumeIntegralInRange<int>(0, SmallTotalPages);
        page.size = page.totalPages > 0 ? 1 : 0;
        switch (m_in.ConsumeIntegral<uint8_t>() % 4) {
        case 1:
            page.versionId = QStringLiteral("v2");
            break;
        case 2:
            page.versionId = QString();
            break;
        default:
            page.versionId = QStringLiteral("v1");
            break;
        }
        return page;
    }

    void deliver(Request request, Result<Page> result)
    {
        if (result)
            TRACE("reply to page %d (traversal %d): current %d next %d total %d version \"%s\"\n",
                  request.pageIndex, request.traversal, result->currentPageIndex,
                  result->nextPageIndex.value_or(-1), result->totalPages, qUtf8Printable(result->versionId));
        else
            TRACE("reply to page %d (traversal %d): %s\n", request.pageIndex, request.traversal,
                  qUtf8Printable(result.error().code));
        Callback done = std::move(request.done);
        m_delivering.push_back({request.pageIndex, request.traversal, {}});
        done(std::move(result));
        m_delivering.pop_back();
    }

    Result<void> stored(const Page &page)
    {
        FuzzCheck::check("pageOrder", !m_delivering.empty(), QStringLiteral("a page stored outside a reply"));
        if (m_delivering.empty())
            return {};
        const Request &request = m_delivering.back();
        TRACE("stored page %d\n", request.pageIndex);
        FuzzCheck::check("pageStale", request.traversal == m_traversal,
                         QStringLiteral("page %1 of traversal %2 stored in traversal %3")
                             .arg(request.pageIndex)
                             .arg(request.traversal)
                             .arg(m_traversal));
        if (request.pageIndex < 0) {
            FuzzCheck::check("pageOrder", !m_first, QStringLiteral("the first page stored twice"));
            m_first = page;
        } else {
            FuzzCheck::check("pageOrder", m_first.has_value(),
                             QStringLiteral("page %1 stored before the first page").arg(request.pageIndex));
            FuzzCheck::check("pageOrder", !m_stored.contains(request.pageIndex),
                             QStringLiteral("page %1 stored twice").arg(request.pageIndex));
        }
        m_stored.insert(request.pageIndex);
        if (m_in.ConsumeIntegral<uint8_t>() == 0xEE)
            return VppError::make(VppError::Kind::Store, QStringLiteral("fuzz.store"),
                                  QStringLiteral("the page could not be stored"));
        return {};
    }

    void finished(const QString &versionId)
    {
        TRACE("finished \"%s\"\n", qUtf8Printable(versionId));
        FuzzCheck::check("pageOnce", m_ends == 0, QStringLiteral("finished after it had ended"));
        ++m_ends;
        FuzzCheck::check("pageComplete", m_first.has_value(),
                         QStringLiteral("finished without a first page"));
        if (!m_first)
            return;
        FuzzCheck::check("pageComplete", versionId == m_first->versionId,
                         QStringLiteral("finished with versionId \"%1\", the first page had \"%2\"")
                             .arg(versionId, m_first->versionId));
        if (m_first->isLastPage())
            return;
        const int from = m_first->currentPageIndex + 1;
        FuzzCheck::check("pageComplete", m_first->totalPages > from,
                         QStringLiteral("finished although the first page announced page %1 of %2 pages")
                             .arg(*m_first->nextPageIndex)
                             .arg(m_first->totalPages));
        for (int i = from; i < m_first->totalPages; ++i) {
            if (!m_stored.contains(i)) {
                FuzzCheck::check(
                    "pageComplete", false,
                    QStringLiteral("finished without page %1 of %2").arg(i).arg(m_first->totalPages));
                break;
            }
        }
    }

    FuzzedDataProvider &m_in;
    bool m_mixed = false;
    bool m_bigPages = true;
    qint64 m_bound = 0;
    qint64 m_requests = 0;
    bool m_overBound = false;
    int m_ends = 0; // finished, failed or aborted
    bool m_aborted = false;
    PageFetcher<int> *m_fetcher = nullptr;
    int m_traversal = 0;
    std::vector<Request> m_queue;
    std::vector<Request> m_delivering; // the replies being delivered, innermost last (done is empty)
    std::optional<Page> m_first;       // the first page of the current traversal, once stored
    QSet<int> m_stored;                // page indices stored in the current traversal (-1: the first)
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    Harness harness(input);
    harness.run();
    return 0;
}
