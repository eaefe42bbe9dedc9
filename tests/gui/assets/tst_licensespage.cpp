// LicensesPage on the demo organization: the count is every license of every location; the
// location and users/devices filters and the debounced holder search narrow it to what the store
// has; pages beyond the first block hold the right, distinct rows; only the holder columns sort.
// The model passes QAbstractItemModelTester.
#include "assets/licensespage.h"
#include "assets/licensetablemodel.h"
#include "consolefixture.h"
#include "core/store/assignmentstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLicensesPage : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;
    std::unique_ptr<LicensesPage> m_page;

    qint64 storeCount(int location, AssignmentFilter::Target target = AssignmentFilter::Target::Any,
                      const QString &search = {})
    {
        AssignmentFilter f;
        f.target = target;
        f.search = search;
        return AssignmentStore(m_fixture.console().database())
            .countForToken(m_fixture.tokenId(location), f)
            .value();
    }
    qint64 storeTotal(AssignmentFilter::Target target = AssignmentFilter::Target::Any,
                      const QString &search = {})
    {
        qint64 n = 0;
        for (int i = 0; i < 3; ++i)
            n += storeCount(i, target, search);
        return n;
    }
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    QString cell(int row, int column) const { return m_page->model()->index(row, column).data().toString(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void init()
    {
        m_page = std::make_unique<LicensesPage>(m_fixture.console());
        m_page->model()->setBlockSize(16); // many blocks on the demo organization
        m_page->model()->setMaxBlocks(4);
        m_page->resize(1200, 700);
        m_page->show();
    }
    void cleanup() { m_page.reset(); }

    void countsEveryLicence()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->model()->rowCount(), 0);
        m_page->activate();
        const qint64 total = storeTotal();
        QVERIFY(total > 500);
        QCOMPARE(m_page->model()->rowCount(), total);
        QVERIFY(child<QLabel>("summaryLabel")->text().contains(QLocale().toString(total)) ||
                child<QLabel>("summaryLabel")->text().contains(QString::number(total)));
        QCOMPARE(m_page->model()->columnCount(), int(LicenseTableModel::ColumnCount));
        // Every row once, beyond the first block and across the users/devices boundary.
        QSet<QString> seen;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            const PagedTableModel::Row *r = m_page->model()->rowAt(row);
            QVERIFY2(r, qPrintable(u"row %1: %2"_s.arg(row).arg(m_page->model()->lastError())));
            seen.insert(u"%1|%2|%3|%4"_s.arg(r->at(LicenseTableModel::TokenIdValue).toString(),
                                             r->at(LicenseTableModel::AdamIdValue).toString(),
                                             r->at(LicenseTableModel::PricingValue).toString(),
                                             r->at(LicenseTableModel::Holder).toString()));
        }
        QCOMPARE(seen.size(), total);
        QVERIFY(m_page->model()->loadedBlocks() <= 4);
        // Names and kinds.
        QVERIFY(!cell(0, LicenseTableModel::App).isEmpty());
        QCOMPARE(cell(0, LicenseTableModel::HolderKind), u"User"_s);
        QCOMPARE(cell(int(total) - 1, LicenseTableModel::HolderKind), u"Device"_s);
        const QSet<QString> tokenNames{m_fixture.tokenName(0), m_fixture.tokenName(1),
                                       m_fixture.tokenName(2)};
        QVERIFY(tokenNames.contains(cell(100, LicenseTableModel::Token)));
    }

    void filters()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->activate();
        auto *tokens = child<QComboBox>("tokenCombo");
        QCOMPARE(tokens->count(), 4);
        tokens->setCurrentIndex(tokens->findData(m_fixture.tokenId(2)));
        QCOMPARE(m_page->model()->rowCount(), storeCount(2));
        for (int row = 0; row < m_page->model()->rowCount(); row += 7)
            QCOMPARE(cell(row, LicenseTableModel::Token), m_fixture.tokenName(2));

        auto *holders = child<QComboBox>("holdersCombo");
        holders->setCurrentIndex(holders->findData(int(LicenseQuery::Holders::Devices)));
        QCOMPARE(m_page->model()->rowCount(), storeCount(2, AssignmentFilter::Target::Devices));
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(cell(row, LicenseTableModel::HolderKind), u"Device"_s);
        tokens->setCurrentIndex(0);
        QCOMPARE(m_page->model()->rowCount(), storeTotal(AssignmentFilter::Target::Devices));
        holders->setCurrentIndex(holders->findData(int(LicenseQuery::Holders::Users)));
        QCOMPARE(m_page->model()->rowCount(), storeTotal(AssignmentFilter::Target::Users));
        holders->setCurrentIndex(0);
        QCOMPARE(m_page->model()->rowCount(), storeTotal());
    }

    void holderSearch()
    {
        m_page->activate();
        const qint64 total = m_page->model()->rowCount();
        // A user id of the first row, and a serial of the last.
        const QString user = cell(0, LicenseTableModel::Holder);
        const QString serial = cell(int(total) - 1, LicenseTableModel::Holder);
        auto *search = child<QLineEdit>("searchEdit");

        const QString prefix = user.left(user.size() - 1);
        QTest::keyClicks(search, prefix);
        QCOMPARE(m_page->model()->rowCount(), total); // debounced: not yet
        QTRY_COMPARE(m_page->model()->rowCount(), storeTotal(AssignmentFilter::Target::Any, prefix));
        QVERIFY(m_page->model()->rowCount() < total);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(cell(row, LicenseTableModel::Holder).startsWith(prefix));

        search->setText(serial);
        QTRY_COMPARE(m_page->model()->rowCount(), storeTotal(AssignmentFilter::Target::Any, serial));
        QVERIFY(m_page->model()->rowCount() >= 1);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(cell(row, LicenseTableModel::Holder), serial);

        // With a location.
        auto *tokens = child<QComboBox>("tokenCombo");
        tokens->setCurrentIndex(tokens->findData(m_fixture.tokenId(0)));
        QCOMPARE(m_page->model()->rowCount(), storeCount(0, AssignmentFilter::Target::Any, serial));

        search->setText(u"zz-nobody"_s);
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(m_page->model()->rowCount(), storeCount(0));
    }

    void sortsOnlyHolderColumns()
    {
        m_page->activate();
        QTableView *view = m_page->tableView();
        QHeaderView *header = view->horizontalHeader();
        const QString first = cell(0, LicenseTableModel::Holder);

        // App has no index: the click changes nothing, not even the indicator.
        header->setSortIndicator(LicenseTableModel::App, Qt::DescendingOrder);
        QCOMPARE(cell(0, LicenseTableModel::Holder), first);
        QVERIFY(header->sortIndicatorSection() != LicenseTableModel::App);

        header->setSortIndicator(LicenseTableModel::Holder, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(LicenseTableModel::Holder));
        QStringList users;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (cell(row, LicenseTableModel::HolderKind) != u"User"_s)
                break;
            users.append(cell(row, LicenseTableModel::Holder));
        }
        QVERIFY(users.size() > 100);
        QStringList sorted = users;
        sorted.sort();
        QCOMPARE(users, sorted);

        header->setSortIndicator(LicenseTableModel::Holder, Qt::DescendingOrder);
        QCOMPARE(cell(0, LicenseTableModel::HolderKind), u"Device"_s);
        QCOMPARE(cell(m_page->model()->rowCount() - 1, LicenseTableModel::Holder), sorted.first());

        header->setSortIndicator(LicenseTableModel::HolderKind, Qt::DescendingOrder);
        QCOMPARE(cell(0, LicenseTableModel::HolderKind), u"Device"_s);
        header->setSortIndicator(LicenseTableModel::Token, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(LicenseTableModel::HolderKind));

        // The header says which columns sort.
        const auto tip = [&](int column) {
            return view->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        };
        QVERIFY2(tip(LicenseTableModel::App).contains(u"does not sort"_s),
                 qPrintable(tip(LicenseTableModel::App)));
        QVERIFY(tip(LicenseTableModel::Token).contains(u"does not sort"_s));
        QVERIFY(!tip(LicenseTableModel::Holder).contains(u"does not sort"_s));
        QVERIFY(!tip(LicenseTableModel::Holder).isEmpty());
    }

    void doubleClickAsksForTheAsset()
    {
        m_page->activate();
        QSignalSpy requested(m_page.get(), &LicensesPage::assetRequested);
        QTableView *view = m_page->tableView();
        const QModelIndex index = m_page->model()->index(3, LicenseTableModel::App);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.size(), 1);
        const PagedTableModel::Row *row = m_page->model()->rowAt(3);
        QCOMPARE(requested.first(), QVariantList({row->at(LicenseTableModel::TokenIdValue),
                                                  row->at(LicenseTableModel::AdamIdValue),
                                                  row->at(LicenseTableModel::PricingValue)}));
    }

    void reloadsWhenTheInventoryChanges()
    {
        m_page->activate();
        QSignalSpy reloaded(m_page->model(), &PagedTableModel::reloaded);
        m_fixture.console().notifyInventoryChanged(m_fixture.tokenId(0));
        QCOMPARE(reloaded.size(), 1);
        // Hidden: reloads when shown again.
        m_page->hide();
        m_fixture.console().notifyInventoryChanged(m_fixture.tokenId(0));
        QCOMPARE(reloaded.size(), 1);
        m_page->show();
        m_page->activate();
        QCOMPARE(reloaded.size(), 2);
    }

    void aHugeSelectionIsNotReadByTheMenu()
    {
        m_page->activate();
        QTableView *view = m_page->tableView();
        QTRY_VERIFY(m_page->model()->rowCount() > 100);
        m_page->setMaxActedRows(100);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier); // every row: more than the 4 blocks read
        std::unique_ptr<QMenu> menu(m_page->createContextMenu(nullptr));
        for (const char *name : {"unassignAction", "revokeAction"}) {
            QAction *action = menu->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(action->toolTip().contains(u"acts on 100 at most"_s), qPrintable(action->toolTip()));
        }
    }
};

QTEST_MAIN(TestLicensesPage)
#include "tst_licensespage.moc"
