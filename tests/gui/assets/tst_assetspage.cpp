// AssetsPage on the demo organization: nothing is read before the page is shown; the assets appear
// with their catalog names; each filter and the search narrow the table as expected; sorting by
// available is numeric; Ledgerly in London (2 of 50 left) is low until its own threshold says
// otherwise; Assign… asks for the selected asset. Every model passes QAbstractItemModelTester.
#include "assets/assetfilterproxymodel.h"
#include "assets/assetspage.h"
#include "assets/assettablemodel.h"
#include "assets/thresholddialog.h"
#include "consolefixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kLedgerly = u"1302558810"_s;
}

class TestAssetsPage : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;
    std::unique_ptr<AssetsPage> m_page;

    QList<const AssetViewRow *> shown() const
    {
        QList<const AssetViewRow *> rows;
        AssetFilterProxyModel *proxy = m_page->proxy();
        for (int i = 0; i < proxy->rowCount(); ++i)
            rows.append(m_page->model()->rowAt(proxy->mapToSource(proxy->index(i, 0)).row()));
        return rows;
    }
    int countIf(const std::function<bool(const AssetViewRow &)> &pred) const
    {
        int n = 0;
        for (const AssetViewRow &r : m_page->model()->rows())
            n += pred(r) ? 1 : 0;
        return n;
    }
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void init()
    {
        m_page = std::make_unique<AssetsPage>(m_fixture.console());
        m_page->resize(1200, 700);
        m_page->show();
    }
    void cleanup() { m_page.reset(); }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester modelTester(m_page->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(m_page->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->activate();
        QVERIFY(m_page->model()->rowCount() > 0);
        child<QCheckBox>("booksCheck")->setChecked(false);
        child<QLineEdit>("searchEdit")->setText(u"a"_s);
        m_page->tableView()->sortByColumn(AssetTableModel::Available, Qt::DescendingOrder);
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            for (int col = 0; col < AssetTableModel::ColumnCount; ++col)
                for (const int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                                       int(AssetTableModel::SortRole)})
                    m_page->proxy()->index(row, col).data(role);
        m_fixture.console().notifyInventoryChanged({});
    }

    void loadsOnActivateWithNames()
    {
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(!m_page->isLoaded());
        m_page->activate();
        // London 18 + Berlin 12 + Austin 11 holdings.
        QCOMPARE(m_page->model()->rowCount(), 41);
        int ledgerlys = 0;
        for (const AssetViewRow &r : m_page->model()->rows()) {
            if (r.adamId == kLedgerly) {
                ++ledgerlys;
                QCOMPARE(r.name, u"Ledgerly"_s);
            }
        }
        QCOMPARE(ledgerlys, 1);
        const int row = m_page->model()->find(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s);
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model()->index(row, AssetTableModel::Name).data().toString(), u"Ledgerly"_s);
        QCOMPARE(m_page->model()->index(row, AssetTableModel::Token).data().toString(),
                 m_fixture.tokenName(0));
        QVERIFY(!m_page->model()
                     ->index(row, AssetTableModel::Name)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }

    void filtersNarrow()
    {
        m_page->activate();
        const int all = m_page->proxy()->rowCount();
        QCOMPARE(all, 41);

        child<QCheckBox>("booksCheck")->setChecked(false);
        QCOMPARE(m_page->proxy()->rowCount(), countIf([](const AssetViewRow &r) { return !r.isBook(); }));
        for (const AssetViewRow *r : shown())
            QVERIFY(!r->isBook());
        child<QCheckBox>("booksCheck")->setChecked(true);
        child<QCheckBox>("appsCheck")->setChecked(false);
        const int books = countIf([](const AssetViewRow &r) { return r.isBook(); });
        QVERIFY(books > 0 && books < all);
        QCOMPARE(m_page->proxy()->rowCount(), books);
        child<QCheckBox>("appsCheck")->setChecked(true);

        auto *platforms = child<QComboBox>("platformCombo");
        const int mac = platforms->findData(u"macOS"_s);
        QVERIFY(mac > 0);
        platforms->setCurrentIndex(mac);
        const int macCount = countIf([](const AssetViewRow &r) { return r.platforms.contains(u"macOS"_s); });
        QVERIFY(macCount > 0 && macCount < all);
        QCOMPARE(m_page->proxy()->rowCount(), macCount);
        platforms->setCurrentIndex(0);

        auto *tokens = child<QComboBox>("tokenCombo");
        QCOMPARE(tokens->count(), 4);
        tokens->setCurrentIndex(tokens->findData(m_fixture.tokenId(1)));
        QCOMPARE(m_page->proxy()->rowCount(), 12); // Berlin
        for (const AssetViewRow *r : shown())
            QCOMPARE(r->tokenId, m_fixture.tokenId(1));
        tokens->setCurrentIndex(0);

        child<QCheckBox>("lowCheck")->setChecked(true);
        const int low = countIf([](const AssetViewRow &r) { return r.low; });
        QVERIFY(low > 0 && low < all);
        QCOMPARE(m_page->proxy()->rowCount(), low);
        child<QCheckBox>("lowCheck")->setChecked(false);

        child<QCheckBox>("catalogCheck")->setChecked(true);
        QCOMPARE(m_page->proxy()->rowCount(), countIf([](const AssetViewRow &r) { return r.inCatalog(); }));
        for (const AssetViewRow *r : shown())
            QVERIFY(r->inCatalog());
        child<QCheckBox>("catalogCheck")->setChecked(false);
        QCOMPARE(m_page->proxy()->rowCount(), all);
    }

    void search()
    {
        m_page->activate();
        auto *search = child<QLineEdit>("searchEdit");
        QTest::keyClicks(search, u"ledg"_s); // Ledgerly and The Quiet Ledger, as you type
        QCOMPARE(m_page->proxy()->rowCount(), 2);
        QTest::keyClicks(search, u"erly"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(shown().first()->adamId, kLedgerly);
        search->setText(u"com.copperleaf"_s); // bundle id
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        search->setText(kLedgerly.left(6)); // adamId prefix
        for (const AssetViewRow *r : shown())
            QVERIFY(r->adamId.startsWith(kLedgerly.left(6)));
        QVERIFY(m_page->proxy()->rowCount() >= 1);
        search->setText(u"Finch Field"_s); // on three locations
        QCOMPARE(m_page->proxy()->rowCount(), 3);
        search->setText(u"no such thing"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        search->clear();
        QCOMPARE(m_page->proxy()->rowCount(), 41);
    }

    void sortsByAvailableNumerically()
    {
        m_page->activate();
        QTableView *view = m_page->tableView();
        view->sortByColumn(AssetTableModel::Available, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int i = 0; i < m_page->proxy()->rowCount(); ++i) {
            const qint64 value = m_page->proxy()
                                     ->index(i, AssetTableModel::Available)
                                     .data(AssetTableModel::SortRole)
                                     .toLongLong();
            QVERIFY2(value >= previous, qPrintable(u"row %1: %2 after %3"_s.arg(i).arg(value).arg(previous)));
            previous = value;
        }
        // Unlimited assets sort after every number.
        const QModelIndex last =
            m_page->proxy()->index(m_page->proxy()->rowCount() - 1, AssetTableModel::Available);
        QCOMPARE(last.data().toString(), u"Unlimited"_s);
        view->sortByColumn(AssetTableModel::Total, Qt::DescendingOrder);
        QCOMPARE(m_page->proxy()->index(0, AssetTableModel::Total).data().toString(), u"Unlimited"_s);
        // Every column sorts.
        for (int c = 0; c < AssetTableModel::ColumnCount; ++c) {
            view->sortByColumn(c, Qt::AscendingOrder);
            QCOMPARE(m_page->proxy()->sortColumn(), c);
        }
    }

    void lowAvailability()
    {
        child<QLineEdit>("searchEdit")->setText(u"Harbor"_s);
        m_page->showLowOnly(); // the banner's action
        QVERIFY(child<QCheckBox>("lowCheck")->isChecked());
        QVERIFY(child<QLineEdit>("searchEdit")->text().isEmpty());
        QCOMPARE(m_page->proxy()->rowCount(), countIf([](const AssetViewRow &r) { return r.low; }));
        bool ledgerly = false;
        for (const AssetViewRow *r : shown()) {
            if (r->adamId == kLedgerly && r->tokenId == m_fixture.tokenId(0)) {
                ledgerly = true;
                QCOMPARE(r->totalCount, 50);
                QCOMPARE(r->availableCount, 2);
            }
        }
        QVERIFY(ledgerly);
        const int row = m_page->model()->find(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s);
        QVERIFY(m_page->model()
                    ->index(row, AssetTableModel::Utilisation)
                    .data(AssetTableModel::LowRole)
                    .toBool());
        QCOMPARE(m_page->model()
                     ->index(row, AssetTableModel::Utilisation)
                     .data(AssetTableModel::UtilisationRole)
                     .toDouble(),
                 0.96);

        // Its own threshold of 3 % makes it not low (4 % left); clearing it brings the global one back.
        child<QCheckBox>("lowCheck")->setChecked(false);
        QVERIFY(m_page->selectAsset(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s));
        QCOMPARE(m_page->currentAsset()->adamId, kLedgerly);
        m_page->setThreshold(3);
        QTRY_VERIFY(
            !m_page->model()->rowAt(m_page->model()->find(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s))->low);
        QVERIFY(m_page->errorText().isEmpty());
        QCOMPARE(*m_page->model()
                      ->rowAt(m_page->model()->find(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s))
                      ->lowThresholdPct,
                 3);
        m_page->setThreshold(std::nullopt);
        QTRY_VERIFY(
            m_page->model()->rowAt(m_page->model()->find(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s))->low);

        // A higher global threshold makes more assets low.
        const int before = countIf([](const AssetViewRow &r) { return r.low; });
        m_fixture.console().setLowLicenseThresholdPct(60);
        QTRY_VERIFY(countIf([](const AssetViewRow &r) { return r.low; }) > before);
        m_fixture.console().setLowLicenseThresholdPct(Console::defaultLowLicenseThresholdPct);
        QTRY_COMPARE(countIf([](const AssetViewRow &r) { return r.low; }), before);
    }

    void thresholdDialogFromTheButton()
    {
        m_page->activate();
        QVERIFY(m_page->selectAsset(m_fixture.tokenId(1), u"1480225301"_s, u"STDQ"_s));
        child<QPushButton>("thresholdButton")->click();
        auto *dialog = m_page->findChild<ThresholdDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->threshold().has_value()); // the global one so far
        dialog->findChild<QCheckBox *>(u"useGlobalThreshold"_s)->setChecked(false);
        dialog->findChild<QSpinBox *>(u"thresholdPercent"_s)->setValue(80);
        QCOMPARE(dialog->threshold(), std::optional<int>(80));
        dialog->accept();
        const auto row = [this] {
            return m_page->model()->rowAt(
                m_page->model()->find(m_fixture.tokenId(1), u"1480225301"_s, u"STDQ"_s));
        };
        QTRY_COMPARE(row()->lowThresholdPct, std::optional<int>(80));
        QVERIFY(row()->low); // 18 of 40 left: 45 % < 80 %
        QVERIFY(m_page->selectAsset(m_fixture.tokenId(1), u"1480225301"_s, u"STDQ"_s));
        m_page->setThreshold(std::nullopt);
        QTRY_VERIFY(!row()->lowThresholdPct.has_value());
        QVERIFY(!row()->low);
    }

    void assignRequestsTheSelectedAsset()
    {
        m_page->activate();
        auto *assign = child<QPushButton>("assignButton");
        QVERIFY(!assign->isEnabled()); // nothing selected
        QSignalSpy assigned(m_page.get(), &AssetsPage::assignRequested);
        QSignalSpy unassigned(m_page.get(), &AssetsPage::unassignRequested);
        QVERIFY(m_page->selectAsset(m_fixture.tokenId(0), kLedgerly, u"STDQ"_s));
        QVERIFY(assign->isEnabled());
        assign->click();
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned.first(), QVariantList({m_fixture.tokenId(0), kLedgerly, u"STDQ"_s}));
        child<QPushButton>("unassignButton")->click();
        QCOMPARE(unassigned.size(), 1);

        // Working offline disables them, with the reason as tool tip.
        m_fixture.console().setWorkOffline(true);
        QTRY_VERIFY(!assign->isEnabled());
        QVERIFY(!assign->toolTip().isEmpty());
        m_fixture.console().setWorkOffline(false);
        QTRY_VERIFY(assign->isEnabled());
    }
};

QTEST_MAIN(TestAssetsPage)
#include "tst_assetspage.moc"
