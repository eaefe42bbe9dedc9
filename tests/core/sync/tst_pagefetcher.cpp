// PageFetcher without a network: page 0 first, then every other page at once; a versionId that
// changes mid-traversal restarts (bounded), errors end the traversal, late replies are ignored.
#include "core/sync/pagefetcher.h"

#include <QTest>

#include <functional>

class TestPageFetcher : public QObject
{
    Q_OBJECT

private:
    struct Fake
    {
        int totalPages = 4;
        QString version = QStringLiteral("v1");
        QList<int> requested;
        QList<AppleClient::Callback<ApplePage<int>>> pending;
        VppError errorOnFirst;
        std::function<void(int index, ApplePage<int> &page)> tamper; // a misbehaving server

        void fetch(int pageIndex, AppleClient::Callback<ApplePage<int>> done)
        {
            requested.append(pageIndex);
            pending.append(std::move(done));
        }
        // Answers the oldest pending request as page `index`.
        void answer(int index)
        {
            auto done = pending.takeFirst();
            if (errorOnFirst.isError() && index == 0) {
                done(errorOnFirst);
                return;
            }
            ApplePage<int> page;
            page.items = {index * 10, index * 10 + 1};
            page.currentPageIndex = index;
            page.totalPages = totalPages;
            if (index + 1 < totalPages)
                page.nextPageIndex = index + 1;
            page.versionId = version;
            if (tamper)
                tamper(index, page);
            done(page);
        }
    };

    struct Outcome
    {
        QList<int> items;
        int restarts = 0;
        QString finishedVersion;
        VppError error;
    };

    std::unique_ptr<PageFetcher<int>> make(Fake &fake, Outcome &outcome, int maxRestarts = 3)
    {
        PageFetcher<int>::Handlers h;
        h.page = [&outcome](const ApplePage<int> &page) -> Result<void> {
            outcome.items += page.items;
            return {};
        };
        h.restart = [&outcome]() -> Result<void> {
            ++outcome.restarts;
            outcome.items.clear();
            return {};
        };
        h.finished = [&outcome](const QString &v) { outcome.finishedVersion = v; };
        h.failed = [&outcome](const VppError &e) { outcome.error = e; };
        return std::make_unique<PageFetcher<int>>(
            QStringLiteral("test"),
            [&fake](int i, AppleClient::Callback<ApplePage<int>> done) { fake.fetch(i, done); }, std::move(h),
            maxRestarts);
    }

private Q_SLOTS:
    void firstPageThenTheRestAtOnce()
    {
        Fake fake;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        QCOMPARE(fake.requested, QList<int>{-1});
        fake.answer(0);
        QCOMPARE(fake.requested, (QList<int>{-1, 1, 2, 3}));
        QCOMPARE(fetcher->pagesKnown(), 4);
        fake.answer(1);
        fake.answer(2);
        QVERIFY(outcome.finishedVersion.isEmpty());
        fake.answer(3);
        QCOMPARE(outcome.finishedVersion, QStringLiteral("v1"));
        QCOMPARE(outcome.items.size(), 8);
        QCOMPARE(fetcher->pagesDone(), 4);
    }

    void singlePage()
    {
        Fake fake;
        fake.totalPages = 1;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        QCOMPARE(outcome.finishedVersion, QStringLiteral("v1"));
        QCOMPARE(fake.requested.size(), 1);
    }

    void versionChangeRestartsAndIgnoresLateReplies()
    {
        Fake fake;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        fake.version = QStringLiteral("v2");
        fake.answer(1); // changed: restart
        QCOMPARE(outcome.restarts, 1);
        QCOMPARE(fake.requested.constLast(), -1);
        fake.answer(2); // late replies of the first traversal
        fake.answer(3);
        QVERIFY(outcome.items.isEmpty());
        fake.answer(0);
        fake.answer(1);
        fake.answer(2);
        fake.answer(3);
        QCOMPARE(outcome.finishedVersion, QStringLiteral("v2"));
        QCOMPARE(outcome.items.size(), 8);
        QCOMPARE(fetcher->restarts(), 1);
    }

    void tooManyRestartsFailClearly()
    {
        Fake fake;
        Outcome outcome;
        auto fetcher = make(fake, outcome, 2);
        fetcher->start();
        for (int round = 0; round < 3; ++round) {
            fake.answer(0);
            fake.version += QLatin1Char('x');
            fake.answer(1); // changed: restart (or, the third time, give up)
            fake.answer(2); // late replies, ignored
            fake.answer(3);
        }
        QVERIFY(fake.pending.isEmpty());
        QCOMPARE(fetcher->restarts(), 2);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.versionUnstable"));
        QVERIFY(outcome.finishedVersion.isEmpty());
    }

    void errorsEndTheTraversal()
    {
        Fake fake;
        fake.errorOnFirst =
            VppError::make(VppError::Kind::Apple, QStringLiteral("apple.9625"), QStringLiteral("revoked"));
        fake.errorOnFirst.appleErrorNumber = 9625;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        QCOMPARE(outcome.error.appleErrorNumber, 9625);
        QCOMPARE(fake.requested.size(), 1);
    }

    // A misbehaving server: each ends in a clear error after a bounded number of requests.
    void nextPageBeyondTotalPagesFails()
    {
        Fake fake;
        fake.totalPages = 1;
        fake.tamper = [](int, ApplePage<int> &page) { page.nextPageIndex = 1; };
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.badPagination"));
        QCOMPARE(fake.requested.size(), 1);
        QVERIFY(fake.pending.isEmpty());
    }

    void millionsOfPagesAreRefused()
    {
        Fake fake;
        fake.totalPages = 5'000'000;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.badPagination"));
        QVERIFY2(outcome.error.detail.contains(QStringLiteral("5000000")), qPrintable(outcome.error.detail));
        QCOMPARE(fake.requested.size(), 1);
        // A smaller cap applies the same way.
        Fake small;
        small.totalPages = 11;
        Outcome capped;
        auto limited = make(small, capped);
        limited->setMaxPages(10);
        limited->start();
        small.answer(0);
        QCOMPARE(capped.error.code, QStringLiteral("sync.badPagination"));
    }

    void nextPageIndexGoingBackwardsFails()
    {
        Fake fake;
        fake.tamper = [](int index, ApplePage<int> &page) {
            if (index == 2)
                page.nextPageIndex = 1; // backwards (a sequential client would loop)
        };
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        fake.answer(1);
        fake.answer(2);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.badPagination"));
        fake.answer(3); // late, ignored
        QVERIFY(outcome.finishedVersion.isEmpty());
        QCOMPARE(fake.requested.size(), 4);
    }

    void repeatedPageFails()
    {
        Fake fake;
        fake.tamper = [](int, ApplePage<int> &page) {
            page.currentPageIndex = 0; // every answer is page 0 again
            page.nextPageIndex = 1;
        };
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fake.answer(0);
        fake.answer(1);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.badPagination"));
        QVERIFY(outcome.finishedVersion.isEmpty());
    }

    void lastPageWithNextPageFails()
    {
        Fake fake;
        fake.tamper = [](int index, ApplePage<int> &page) {
            if (index == 3)
                page.nextPageIndex = 4;
        };
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        for (int i = 0; i < 4; ++i)
            fake.answer(i);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.badPagination"));
        QVERIFY(outcome.finishedVersion.isEmpty());
    }

    void traversalPastItsDeadlineFails()
    {
        Fake fake;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->setDeadline(std::chrono::milliseconds(20));
        fetcher->start();
        fake.answer(0);
        QTest::qWait(40);
        fake.answer(1);
        QCOMPARE(outcome.error.code, QStringLiteral("sync.listDeadline"));
        QVERIFY(outcome.finishedVersion.isEmpty());
    }

    void destroyedFetcherIgnoresReplies()
    {
        Fake fake;
        Outcome outcome;
        auto fetcher = make(fake, outcome);
        fetcher->start();
        fetcher.reset();
        fake.answer(0);
        QVERIFY(outcome.items.isEmpty());
    }

    // Found by tests/fuzz (fuzz_page_fetcher): a reply given at once that restarted the traversal let the
    // first page's loop go on asking for pages, which the new traversal then counted (twice).
    void synchronousRestartStopsTheOldLoop()
    {
        QList<int> requested;
        int restarts = 0;
        QString finished;
        PageFetcher<int>::Handlers h;
        h.page = [](const ApplePage<int> &) -> Result<void> { return {}; };
        h.restart = [&restarts]() -> Result<void> {
            ++restarts;
            return {};
        };
        h.finished = [&finished](const QString &v) { finished = v; };
        h.failed = [](const VppError &) {};
        QList<AppleClient::Callback<ApplePage<int>>> pending;
        PageFetcher<int> fetcher(
            QStringLiteral("test"),
            [&](int pageIndex, AppleClient::Callback<ApplePage<int>> done) {
                requested.append(pageIndex);
                ApplePage<int> page;
                page.currentPageIndex = qMax(0, pageIndex);
                page.totalPages = restarts == 0 ? 3 : 5;
                if (page.currentPageIndex + 1 < page.totalPages) // as Apple: absent on the last page only
                    page.nextPageIndex = page.currentPageIndex + 1;
                page.versionId =
                    restarts == 0 && pageIndex == 1 ? QStringLiteral("v2") : QStringLiteral("v1");
                if (restarts == 0 && pageIndex < 0)
                    pending.append(std::move(done)); // the first page 0 comes later
                else
                    done(page); // every other reply at once
            },
            std::move(h), 3);
        fetcher.start();
        ApplePage<int> first;
        first.totalPages = 3;
        first.nextPageIndex = 1;
        first.versionId = QStringLiteral("v1");
        pending.takeFirst()(first); // asks for 1 (v2: restart, which reads 5 pages at once), then stops
        QCOMPARE(requested, (QList<int>{-1, 1, -1, 1, 2, 3, 4}));
        QCOMPARE(restarts, 1);
        QCOMPARE(finished, QStringLiteral("v1"));
        QCOMPARE(fetcher.pagesDone(), 5);
    }

    // Found by tests/fuzz (fuzz_page_fetcher): abort() from the progress handler was followed by
    // finished() or by requests for the other pages.
    void abortFromProgressEndsEverything()
    {
        for (const int totalPages : {1, 4}) {
            Fake fake;
            fake.totalPages = totalPages;
            Outcome outcome;
            PageFetcher<int> *self = nullptr;
            PageFetcher<int>::Handlers h;
            h.page = [](const ApplePage<int> &) -> Result<void> { return {}; };
            h.finished = [&outcome](const QString &v) { outcome.finishedVersion = v; };
            h.failed = [&outcome](const VppError &e) { outcome.error = e; };
            h.progress = [&self] { self->abort(); };
            PageFetcher<int> fetcher(
                QStringLiteral("test"),
                [&fake](int i, AppleClient::Callback<ApplePage<int>> done) { fake.fetch(i, done); },
                std::move(h), 3);
            self = &fetcher;
            fetcher.start();
            fake.answer(0);
            QCOMPARE(fake.requested, QList<int>{-1});
            QVERIFY(outcome.finishedVersion.isEmpty());
            QVERIFY(!outcome.error.isError());
        }
    }
};

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
