// AssetDetailDialog on the demo organization: an asset's user and device licenses are exactly the
// store's assignments of that asset (token, adamId, pricing), with the user's e-mail and status;
// the search narrows them; the Token Details tab says how the asset came in and what it allows.
// Both holder models pass QAbstractItemModelTester.
#include "assets/assetdetaildialog.h"
#include "assets/assetholdermodel.h"
#include "consolefixture.h"
#include "core/store/assignmentstore.h"
#include "core/store/userstore.h"
#include "core/views/assetquery.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kLedgerly = u"1302558810"_s;
}

class TestAssetDetail : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;

    AssetViewRow asset(int location, const QString &adamId)
    {
        const auto rows = AssetQuery(m_fixture.console().database()).load(10);
        if (rows) {
            for (const AssetViewRow &r : rows.value())
                if (r.tokenId == m_fixture.tokenId(location) && r.adamId == adamId)
                    return r;
        }
        return {};
    }
    QSet<QString> storeHolders(const AssetViewRow &a, AssignmentFilter::Target target)
    {
        AssignmentFilter filter;
        filter.adamId = a.adamId;
        filter.pricingParam = a.pricingParam;
        filter.target = target;
        const auto rows = AssignmentStore(m_fixture.console().database()).page(a.tokenId, 0, 100000, filter);
        QSet<QString> out;
        if (rows)
            for (const AssignmentRecord &r : rows.value())
                out.insert(r.target());
        return out;
    }
    static QSet<QString> modelHolders(AssetHolderModel *model)
    {
        QSet<QString> out;
        for (int i = 0; i < model->rowCount(); ++i)
            out.insert(model->index(i, AssetHolderModel::Holder).data().toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void holdersMatchTheStore()
    {
        const AssetViewRow ledgerly = asset(0, kLedgerly);
        QCOMPARE(ledgerly.name, u"Ledgerly"_s);
        AssetDetailDialog dialog(m_fixture.console(), ledgerly);
        QAbstractItemModelTester users(dialog.userModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester devices(dialog.deviceModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

        // London: 40 users and 8 devices hold Ledgerly.
        const QSet<QString> storeUsers = storeHolders(ledgerly, AssignmentFilter::Target::Users);
        const QSet<QString> storeDevices = storeHolders(ledgerly, AssignmentFilter::Target::Devices);
        QCOMPARE(storeUsers.size(), 40);
        QCOMPARE(storeDevices.size(), 8);
        QCOMPARE(modelHolders(dialog.userModel()), storeUsers);
        QCOMPARE(modelHolders(dialog.deviceModel()), storeDevices);
        QVERIFY(dialog.tabs()->tabText(0).contains(u"40"_s));
        QVERIFY(dialog.tabs()->tabText(1).contains(u"8"_s));

        // The user's e-mail and status come from the user list.
        const QString first = dialog.userModel()->index(0, AssetHolderModel::Holder).data().toString();
        const auto known = UserStore(m_fixture.console().database()).find(first);
        QVERIFY(known);
        QVERIFY(!known->isEmpty());
        VppUserRecord active = known->first();
        for (const VppUserRecord &u : known.value())
            if (u.tokenId == ledgerly.tokenId && u.isActive())
                active = u;
        QCOMPARE(dialog.userModel()->index(0, AssetHolderModel::Detail).data().toString(), active.email);
        QCOMPARE(dialog.userModel()->index(0, AssetHolderModel::Extra).data().toString(), active.status);

        // Synced once: every holder had it at the first sync.
        const auto history = AssetQuery(m_fixture.console().database())
                                 .assignmentHistory(ledgerly.tokenId, ledgerly.adamId, ledgerly.pricingParam);
        QVERIFY2(history, qPrintable(history.error().toLogString()));
        QVERIFY(history->complete);
        QVERIFY(history->firstSyncAt.isValid());
        QVERIFY2(
            dialog.userModel()->index(0, AssetHolderModel::Since).data().toString().contains(u"first sync"_s),
            qPrintable(dialog.userModel()->index(0, AssetHolderModel::Since).data().toString()));
        QVERIFY(dialog.deviceModel()
                    ->index(0, AssetHolderModel::Since)
                    .data()
                    .toString()
                    .contains(u"first sync"_s));

        // Sorted by holder; the other columns do not sort.
        QStringList order;
        for (int i = 0; i < dialog.userModel()->rowCount(); ++i)
            order.append(dialog.userModel()->index(i, 0).data().toString());
        QStringList sorted = order;
        sorted.sort();
        QCOMPARE(order, sorted);
        dialog.userModel()->sort(AssetHolderModel::Holder, Qt::DescendingOrder);
        QCOMPARE(dialog.userModel()->index(0, 0).data().toString(), sorted.last());
        dialog.userModel()->sort(AssetHolderModel::Detail, Qt::AscendingOrder);
        QCOMPARE(dialog.userModel()->index(0, 0).data().toString(), sorted.last());
        dialog.userModel()->sort(AssetHolderModel::Holder, Qt::AscendingOrder);

        // The search narrows the holders to a prefix.
        auto *search = dialog.findChild<QLineEdit *>(u"userSearch"_s);
        QVERIFY(search);
        search->setText(first);
        QTRY_COMPARE(dialog.userModel()->rowCount(), 1);
        QCOMPARE(dialog.userModel()->index(0, 0).data().toString(), first);
        search->clear();
        QTRY_COMPARE(dialog.userModel()->rowCount(), 40);

        const QString serial = dialog.deviceModel()->index(0, 0).data().toString();
        auto *deviceSearch = dialog.findChild<QLineEdit *>(u"deviceSearch"_s);
        deviceSearch->setText(serial.left(serial.size() - 1).toLower());
        QTRY_VERIFY(dialog.deviceModel()->rowCount() < 8);
        QVERIFY(modelHolders(dialog.deviceModel()).contains(serial));
    }

    void tokenDetails()
    {
        const AssetViewRow ledgerly = asset(0, kLedgerly);
        AssetDetailDialog dialog(m_fixture.console(), ledgerly);
        const auto label = [&dialog](const char *name) {
            auto *l = dialog.findChild<QLabel *>(QString::fromLatin1(name));
            return l ? l->text() : u"<missing>"_s;
        };
        // Synced once: it was there at the first sync.
        QVERIFY2(label("originLabel").contains(u"first sync"_s), qPrintable(label("originLabel")));
        QCOMPARE(label("catalogLabel"), u"Found in Apple's catalog"_s);
        QCOMPARE(label("deviceAssignableLabel"), ledgerly.deviceAssignable ? u"Yes"_s : u"No"_s);
        QCOMPARE(label("revocableLabel"), ledgerly.revocable ? u"Yes"_s : u"No"_s);
        QCOMPARE(label("platformsLabel"), u"iOS"_s);
        QCOMPARE(label("bundleIdLabel"), u"com.copperleaf.ledgerly"_s);
        QCOMPARE(label("adamIdLabel"), kLedgerly);
        QCOMPARE(label("tokenLabel"), m_fixture.tokenName(0));
        QVERIFY(label("thresholdLabel").contains(u"global"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"assetCounts"_s)->text().contains(u"2 available"_s));

        // A book: no device licenses, and its own tab still works.
        const AssetViewRow book = asset(0, u"1622340011"_s);
        QVERIFY(book.isBook());
        AssetDetailDialog bookDialog(m_fixture.console(), book);
        QCOMPARE(bookDialog.deviceModel()->rowCount(), 0);
        QCOMPARE(modelHolders(bookDialog.userModel()), storeHolders(book, AssignmentFilter::Target::Users));
    }
};

QTEST_MAIN(TestAssetDetail)
#include "tst_assetdetail.moc"
