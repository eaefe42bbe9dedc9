// HoldingsView: a user of the demo organization shows exactly the licenses the store holds for it,
// on every token; an e-mail address (in another case) finds its user; a serial number finds its
// device's licenses; an unknown text shows "Nothing found"; all of it offline. Double-clicking a
// license asks for its asset. Both models pass QAbstractItemModelTester.
#include "app/console.h"
#include "consolefixture.h"
#include "core/store/database.h"
#include "records/holdingslicencemodel.h"
#include "records/holdingsusermodel.h"
#include "records/holdingsview.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHoldingsView : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;

    // (token id, adam id, pricing, target) of each license the store holds for `sql`'s bound value.
    QStringList storeLicences(const QString &where, const QString &value)
    {
        QSqlQuery q(m_fixture.console().database().connection());
        q.prepare(u"SELECT token_id, adam_id, pricing_param, COALESCE(client_user_id, serial_number) "
                  "FROM assignments WHERE "_s +
                  where);
        q.addBindValue(value);
        if (!q.exec())
            return {u"query failed"_s};
        QStringList rows;
        while (q.next())
            rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString()}
                            .join(u'|'));
        rows.sort();
        return rows;
    }

    static QStringList shownLicences(const HoldingsLicenceModel *model)
    {
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            const HoldingsQuery::Licence *l = model->licenceAt(row);
            rows.append(QStringList{l->row.assignment.tokenId, l->row.assignment.adamId,
                                    l->row.assignment.pricingParam, l->row.assignment.target()}
                            .join(u'|'));
        }
        rows.sort();
        return rows;
    }

    QString scalar(const QString &sql)
    {
        QSqlQuery q(m_fixture.console().database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        // The store only: no contact with Apple is needed.
        m_fixture.console().setWorkOffline(true);
    }

    void userShowsTheStoresLicences()
    {
        HoldingsView view(m_fixture.console());
        QAbstractItemModelTester licenceTester(view.licenceModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester userTester(view.userModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The user holding the most licenses, whichever tokens they are on.
        const QString user =
            scalar(u"SELECT client_user_id FROM assignments WHERE client_user_id IS NOT NULL "
                   "GROUP BY client_user_id ORDER BY COUNT(*) DESC, client_user_id LIMIT 1"_s);
        QVERIFY(!user.isEmpty());
        view.search(user);
        const QStringList expected = storeLicences(u"client_user_id = ?"_s, user);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownLicences(view.licenceModel()), expected);
        QVERIFY(view.userModel()->rowCount() >= 1);
        for (int row = 0; row < view.userModel()->rowCount(); ++row)
            QCOMPARE(view.userModel()->index(row, HoldingsUserModel::ClientUserIdColumn).data().toString(),
                     user);
        const HoldingsLicenceModel *licences = view.licenceModel();
        for (int row = 0; row < licences->rowCount(); ++row) {
            QVERIFY(!licences->index(row, HoldingsLicenceModel::AssetColumn).data().toString().isEmpty());
            QVERIFY(!licences->index(row, HoldingsLicenceModel::TypeColumn).data().toString().isEmpty());
            QVERIFY(!licences->index(row, HoldingsLicenceModel::TokenColumn).data().toString().isEmpty());
            QVERIFY(!licences->index(row, HoldingsLicenceModel::PricingColumn).data().toString().isEmpty());
        }
        QVERIFY(!view.findChild<QWidget *>(u"results"_s)->isHidden());
        QVERIFY(view.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(user));
    }

    void emailFindsTheUser()
    {
        HoldingsView view(m_fixture.console());
        QAbstractItemModelTester userTester(view.userModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString email =
            scalar(u"SELECT email FROM vpp_users WHERE email IS NOT NULL ORDER BY id LIMIT 1"_s);
        QVERIFY(!email.isEmpty());
        QSqlQuery q(m_fixture.console().database().connection());
        q.prepare(u"SELECT client_user_id FROM vpp_users WHERE lower(email) = lower(?)"_s);
        q.addBindValue(email);
        QVERIFY(q.exec() && q.next());
        const QString user = q.value(0).toString();

        view.search(u"  "_s + email.toUpper());
        QVERIFY(view.userModel()->rowCount() >= 1);
        QCOMPARE(view.userModel()->index(0, HoldingsUserModel::ClientUserIdColumn).data().toString(), user);
        QCOMPARE(view.userModel()->index(0, HoldingsUserModel::EmailColumn).data().toString().toLower(),
                 email.toLower());
        QVERIFY(!view.userModel()->index(0, HoldingsUserModel::StatusColumn).data().toString().isEmpty());
        QCOMPARE(shownLicences(view.licenceModel()), storeLicences(u"client_user_id = ?"_s, user));
    }

    void serialFindsDeviceLicences()
    {
        HoldingsView view(m_fixture.console());
        QAbstractItemModelTester licenceTester(view.licenceModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString serial =
            scalar(u"SELECT serial_number FROM assignments WHERE serial_number IS NOT NULL "
                   "ORDER BY id LIMIT 1"_s);
        QVERIFY(!serial.isEmpty());
        view.search(serial);
        const QStringList expected = storeLicences(u"serial_number = ?"_s, serial);
        QCOMPARE(shownLicences(view.licenceModel()), expected);
        QCOMPARE(view.userModel()->rowCount(), 0);
        QVERIFY(view.licenceModel()
                    ->index(0, HoldingsLicenceModel::HolderColumn)
                    .data()
                    .toString()
                    .contains(serial));
    }

    void unknownShowsTheEmptyState()
    {
        HoldingsView view(m_fixture.console());
        view.search(u"nobody-at-all@nowhere.example"_s);
        QCOMPARE(view.licenceModel()->rowCount(), 0);
        QCOMPARE(view.userModel()->rowCount(), 0);
        QVERIFY(view.findChild<QWidget *>(u"results"_s)->isHidden());
        const QString summary = view.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.startsWith(u"Nothing found for \u201cnobody-at-all@nowhere.example\u201d"_s),
                 qPrintable(summary));
        QCOMPARE(view.findChild<QLineEdit *>(u"queryEdit"_s)->text(), u"nobody-at-all@nowhere.example"_s);
    }

    void typingAndDoubleClick()
    {
        HoldingsView view(m_fixture.console());
        const QString serial =
            scalar(u"SELECT serial_number FROM assignments WHERE serial_number IS NOT NULL "
                   "ORDER BY id LIMIT 1"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *edit = view.findChild<QLineEdit *>(u"queryEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, serial);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view.lastQuery(), serial);
        QVERIFY(view.licenceModel()->rowCount() >= 1);

        QSignalSpy requested(&view, &HoldingsView::assetRequested);
        QTableView *table = view.licenceView();
        const QModelIndex first = table->model()->index(0, 0);
        const QPoint where = table->visualRect(first).center();
        // A double click follows the press of a first click (QAbstractItemView checks it).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(requested.size(), 1);
        const HoldingsQuery::Licence *licence = view.licenceModel()->licenceAt(0);
        QCOMPARE(requested.at(0).at(0).toString(), licence->row.assignment.tokenId);
        QCOMPARE(requested.at(0).at(1).toString(), licence->row.assignment.adamId);
        QCOMPARE(requested.at(0).at(2).toString(), licence->row.assignment.pricingParam);
    }

    void aSearchBeforeTheIndexIsReadyIsRunAgainWithIt()
    {
        // The toolbar's search opens the view and searches at once, before the index is read.
        HoldingsView view(m_fixture.console());
        const QString email =
            scalar(u"SELECT email FROM vpp_users WHERE email LIKE '%@%' ORDER BY id LIMIT 1"_s);
        const QString part = email.section(u'@', 0, 0).right(4).toUpper();
        QVERIFY(!view.isSearchReady());
        view.search(part);
        QTRY_VERIFY_WITH_TIMEOUT(view.isSearchReady(), 10000);
        QTRY_VERIFY(view.userModel()->rowCount() >= 1);
        QCOMPARE(view.lastQuery(), part);
    }

    void suggestionsAsTheHelpDeskTypes()
    {
        HoldingsView view(m_fixture.console());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isSearchReady(), 10000); // read off the GUI thread
        const QString email =
            scalar(u"SELECT email FROM vpp_users WHERE email LIKE '%@%' ORDER BY id LIMIT 1"_s);
        QVERIFY(!email.isEmpty());
        // Part of the address, in the wrong case, typed key by key.
        const QString part = email.section(u'@', 0, 0).right(4).toUpper();
        auto *edit = view.findChild<QLineEdit *>(u"queryEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, part);
        QCompleter *completer = view.completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionModel()->rowCount() >= 1);
        QStringList offered;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            offered << completer->completionModel()->index(row, 0).data().toString();
        QVERIFY2(std::any_of(offered.cbegin(), offered.cend(),
                             [&](const QString &s) { return s.contains(part, Qt::CaseInsensitive); }),
                 qPrintable(offered.join(u", ")));
        // Picking the first suggestion with the keyboard searches for it.
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(view.lastQuery(), offered.constFirst());
        QVERIFY(!view.findChild<QWidget *>(u"results"_s)->isHidden());
        QVERIFY(view.userModel()->rowCount() + view.licenceModel()->rowCount() >= 1);

        // Enter on the part itself shows the holdings of every match, and says who they are.
        edit->clear();
        QTest::keyClicks(edit, part);
        QTRY_VERIFY(completer->popup()->isVisible());
        completer->popup()->hide();
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view.lastQuery(), part);
        const QString summary = view.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(offered.constFirst()), qPrintable(summary));
        QVERIFY(view.userModel()->rowCount() >= 1);
    }

    // Last: it changes the store.
    void aShownSearchFollowsTheInventory()
    {
        HoldingsView view(m_fixture.console());
        QTRY_VERIFY_WITH_TIMEOUT(view.isSearchReady(), 10000);
        const QString user =
            scalar(u"SELECT client_user_id FROM assignments WHERE client_user_id IS NOT NULL "
                   "ORDER BY id LIMIT 1"_s);
        view.search(user);
        QVERIFY(view.licenceModel()->rowCount() > 0);
        // A sync or a job takes the user's licenses away while the help desk looks at them.
        QSqlQuery remove(m_fixture.console().database().connection());
        remove.prepare(u"DELETE FROM assignments WHERE client_user_id = ?"_s);
        remove.addBindValue(user);
        QVERIFY(remove.exec());
        m_fixture.console().notifyInventoryChanged({});
        QTRY_COMPARE_WITH_TIMEOUT(view.licenceModel()->rowCount(), 0, 10000);
        QCOMPARE(view.lastQuery(), user);
    }
};

QTEST_MAIN(TestHoldingsView)
#include "tst_holdingsview.moc"
