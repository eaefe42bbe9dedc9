// The Reclaim page as an admin uses it: on a synced demo organization with one device imported as
// last seen 200 days ago, the page (opened from the navigation) lists that device's licenses with
// the reason and the totals per app; a click on a license's check box ticks it, "Review Revoke…"
// opens the revoke dialog for that location with the device filled in, and its Review is the dry
// run naming the licenses that will go. Changing the days and Find searches again.
#include "consolefixture.h"
#include "licensing/licenseoperationdialog.h"
#include "mainwindow.h"
#include "reports/reclaimcandidatemodel.h"
#include "reports/reclaimpage.h"
#include "reports/reclaimtotalsmodel.h"
#include "settings.h"

#include "core/store/database.h"
#include "core/store/devicestore.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReclaimPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_serial;
    QString m_tokenId;

    ReclaimPage *page() const { return m_window->findChild<ReclaimPage *>(u"reclaimPage"_s); }
    QTableView *candidates() const { return page()->findChild<QTableView *>(u"candidateTable"_s); }

    int rowOfHolder(const QString &holder) const
    {
        const QAbstractItemModel *model = candidates()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ReclaimCandidateModel::HolderColumn).data().toString() == holder)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        // A serial holding a revocable license (an app) on London; imported as seen 200 days ago.
        Database &db = m_fixture->console().database();
        m_tokenId = m_fixture->tokenId(ConsoleFixture::London);
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(
            u"SELECT a.serial_number FROM assignments a JOIN assets s ON s.token_id = a.token_id "
            "AND s.adam_id = a.adam_id AND s.pricing_param = a.pricing_param WHERE a.token_id = ? "
            "AND a.serial_number IS NOT NULL AND s.revocable = 1 ORDER BY a.serial_number LIMIT 1"_s));
        q.addBindValue(m_tokenId);
        QVERIFY(q.exec());
        QVERIFY2(q.next(), "the demo organization has a device license on London");
        m_serial = q.value(0).toString();
        DeviceRecord device;
        device.serialNumber = m_serial;
        device.name = u"Lost iPad"_s;
        device.lastSeen = QDateTime::currentDateTimeUtc().addDays(-200);
        QVERIFY(DeviceStore(db).upsert({device}));

        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(m_fixture->console(), *m_settings);
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
        m_fixture.reset();
    }

    void listsTheDeviceWithReasonAndTotals()
    {
        auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
        const int index = m_window->pageCount() - 1;
        QCOMPARE(navigation->item(index)->text(), u"Reclaim"_s);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(index)).center());
        QCOMPARE(m_window->currentPage(), index);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isSearching(), 30000);
        const int row = rowOfHolder(m_serial);
        QVERIFY2(row >= 0, qPrintable(m_serial));
        const QAbstractItemModel *model = candidates()->model();
        QVERIFY(model->index(row, ReclaimCandidateModel::ReasonColumn)
                    .data()
                    .toString()
                    .startsWith(u"device not seen since"_s));
        QCOMPARE(model->index(row, ReclaimCandidateModel::KindColumn).data().toString(), u"Device"_s);
        QVERIFY(page()->totalsModel()->rowCount() > 0);
        auto *summary = page()->findChild<QLabel *>(u"summaryLabel"_s);
        QVERIFY2(summary->text().contains(u"could be reclaimed"_s), qPrintable(summary->text()));
        // Nothing chosen yet: nothing to review.
        QVERIFY(!page()->findChild<QPushButton *>(u"reviewRevokeButton"_s)->isEnabled());
    }

    void tickAndReviewRevoke()
    {
        QTableView *view = candidates();
        const int row = rowOfHolder(m_serial);
        QVERIFY(row >= 0);
        const QModelIndex cell = view->model()->index(row, ReclaimCandidateModel::LocationColumn);
        view->scrollTo(cell);
        const QRect rect = view->visualRect(cell);
        // The check box sits at the start of the cell.
        const int indicator = view->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, view);
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() + margin + indicator / 2, rect.center().y()));
        QCOMPARE(cell.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        auto *review = page()->findChild<QPushButton *>(u"reviewRevokeButton"_s);
        QVERIFY(review->isEnabled());
        QTest::mouseClick(review, Qt::LeftButton);
        LicenseOperationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<LicenseOperationDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), LicenseOperationDialog::Mode::Revoke);
        const LicenseRequest request = dialog->request();
        QCOMPARE(request.tokenId, m_tokenId);
        QVERIFY(request.serialNumbers.contains(m_serial));
        // The dry run first: nothing is sent until Run.
        QVERIFY(!dialog->plan());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), 30000);
        bool sent = false;
        for (const PlanBatch &batch : dialog->plan()->batches)
            sent = sent || batch.serialNumbers.contains(m_serial);
        QVERIFY(sent);
        dialog->close();
    }

    void fewerDaysFindsMore()
    {
        auto *days = page()->findChild<QSpinBox *>(u"notSeenDays"_s);
        days->selectAll();
        QTest::keyClicks(days, u"300"_s);
        QCOMPARE(days->value(), 300);
        QTest::mouseClick(page()->findChild<QPushButton *>(u"findButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isSearching(), 30000);
        // Seen 200 days ago: not a candidate at 300 days.
        QCOMPARE(rowOfHolder(m_serial), -1);
    }
};

QTEST_MAIN(TestReclaimPage)
#include "tst_reclaimpage.moc"
