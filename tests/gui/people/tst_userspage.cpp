// UsersPage on the demo organization: every token's users are listed (the count per token is the
// store's and the demo's), the e-mail prefix search waits for a pause in typing, the status filter
// keeps only that status; Copy invitation link puts a registered user's link (with its invite code)
// on the clipboard and explains in place why an associated user or an offline console gets none;
// two users registered through the dialog (dry run, then a job) appear, and one of them is retired.
// The writes are disabled with the reason while offline. The users model passes
// QAbstractItemModelTester.
#include "app/console.h"
#include "app/jobcontroller.h"
#include "consolefixture.h"
#include "core/i18n/pluraltranslator.h"
#include "core/store/userstore.h"
#include "core/workspace/inventoryreader.h"
#include "messagelabel.h"
#include "people/registerusersdialog.h"
#include "people/retireusersdialog.h"
#include "people/userspage.h"
#include "people/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

class TestUsersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<UsersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Console &console() { return m_fixture->console(); }
    UserTableModel *model() { return m_page->model(); }
    QComboBox *combo(const char *name) { return m_page->findChild<QComboBox *>(QLatin1String(name)); }
    QPushButton *button(const char *name) { return m_page->findChild<QPushButton *>(QLatin1String(name)); }
    MessageLabel *message() { return m_page->findChild<MessageLabel *>(u"messageLabel"_s); }

    void setFilters(const QString &tokenId, const QString &status, const QString &search)
    {
        combo("tokenFilter")->setCurrentIndex(combo("tokenFilter")->findData(tokenId));
        combo("statusFilter")->setCurrentIndex(combo("statusFilter")->findData(status));
        auto *edit = m_page->findChild<QLineEdit *>(u"searchEdit"_s);
        edit->setText(search);
        Q_EMIT edit->returnPressed(); // no need to wait for the pause here
    }
    // Every user row of the store, read independently of the page's query.
    QList<VppUserRecord> allUsers()
    {
        QList<VppUserRecord> users;
        // A read that fails leaves no users, and the test using them fails on its own.
        std::ignore =
            InventoryReader(console().database()).forEachUser({}, [&](const InventoryReader::UserRow &row) {
                users.append(row.user);
            });
        return users;
    }
    int rowOf(const QString &clientUserId, const QString &status = {})
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const auto user = model()->userAt(row);
            if (user.clientUserId == clientUserId && (status.isEmpty() || user.status == status))
                return row;
        }
        return -1;
    }
    void selectRow(int row)
    {
        QTableView *view = m_page->tableView();
        view->clearSelection();
        view->selectRow(row);
    }
    // Waits for a started job to end; its final state.
    QString waitForJob(qint64 jobId)
    {
        QString state;
        QObject context;
        connect(&console().jobs(), &JobController::jobFinished, &context, [&](qint64 id, RecordState::Job s) {
            if (id == jobId)
                state = RecordState::toText(s);
        });
        if (!console().jobs().isActive(jobId))
            return u"not active"_s;
        ConsoleFixture::waitFor([&] { return !state.isEmpty(); }, 30000);
        return state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PluralTranslator::install(*QCoreApplication::instance());
        m_fixture = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_page = std::make_unique<UsersPage>(console());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1200, 700);
        m_page->show();
        m_page->activate();
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_fixture.reset();
    }

    void init() { setFilters({}, {}, {}); }

    void listsEveryTokensUsers()
    {
        // The demo: London 50 people (one came back: 51 rows), Berlin 30 (+1 came back, +1 retired
        // twice), Austin 24 (+1 came back).
        const int expected[] = {51, 32, 25};
        QCOMPARE(model()->rowCount(), 51 + 32 + 25);
        QVERIFY(m_page->findChild<QLabel *>(u"countLabel"_s)->text().startsWith(u"108 user"_s));
        for (int location = 0; location < 3; ++location) {
            const QString tokenId = m_fixture->tokenId(location);
            setFilters(tokenId, {}, {});
            QCOMPARE(model()->rowCount(), expected[location]);
            QCOMPARE(qint64(model()->rowCount()),
                     UserStore(console().database()).countForToken(tokenId).value());
            for (int row = 0; row < model()->rowCount(); ++row) {
                QCOMPARE(model()->userAt(row).tokenId, tokenId);
                QCOMPARE(model()->index(row, UserTableModel::TokenColumn).data().toString(),
                         m_fixture->tokenName(location));
            }
        }
        // Every row carries the licenses of its (token, user): some demo users hold several.
        setFilters({}, u"Associated"_s, {});
        qint64 licences = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            licences += model()->index(row, UserTableModel::LicensesColumn).data().toLongLong();
        QVERIFY(licences > 100);
    }

    void searchesByEmailPrefixAfterAPause()
    {
        const QString prefix = u"amelia."_s;
        int expected = 0;
        for (const VppUserRecord &u : allUsers())
            expected += u.email.startsWith(prefix) || u.clientUserId.startsWith(prefix) ? 1 : 0;
        QVERIFY(expected > 0);
        QVERIFY(expected < 108);

        auto *edit = m_page->findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(edit, u"AMELIA."_s); // any case
        QCOMPARE(model()->rowCount(), 108);   // not yet: the search waits for a pause in typing
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), expected, 2000);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->index(row, UserTableModel::EmailColumn).data().toString().startsWith(prefix));
        // A clientUserId prefix works too (Berlin's ff-emp-20001 ... 20009, with their second rows).
        int byId = 0;
        for (const VppUserRecord &u : allUsers())
            byId += u.clientUserId.startsWith(u"ff-emp-2000"_s) ? 1 : 0;
        setFilters({}, {}, u"ff-emp-2000"_s);
        QVERIFY(byId >= 9);
        QCOMPARE(model()->rowCount(), byId);
    }

    void filtersByStatus()
    {
        for (const QString &status : {u"Registered"_s, u"Associated"_s, u"Retired"_s}) {
            int expected = 0;
            for (const VppUserRecord &u : allUsers())
                expected += u.status == status ? 1 : 0;
            setFilters({}, status, {});
            QVERIFY(expected > 0);
            QCOMPARE(model()->rowCount(), expected);
            for (int row = 0; row < model()->rowCount(); ++row)
                QCOMPARE(model()->index(row, 0).data(UserTableModel::StatusRole).toString(), status);
        }
        // Status and token together.
        setFilters(m_fixture->tokenId(1), u"Retired"_s, {});
        QVERIFY(model()->rowCount() >= 3);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->userAt(row).tokenName, m_fixture->tokenName(1));
    }

    void copiesTheInvitationLinkOfARegisteredUser()
    {
        setFilters(m_fixture->tokenId(0), u"Registered"_s, {});
        QVERIFY(model()->rowCount() > 0);
        const auto user = model()->userAt(0);
        QCOMPARE(model()->index(0, UserTableModel::InvitationColumn).data().toString(), u"Yes"_s);
        const auto rows = UserStore(console().database()).find(user.clientUserId);
        QString inviteCode;
        for (const VppUserRecord &r : rows.value())
            if (r.tokenId == user.tokenId && r.status == u"Registered"_s)
                inviteCode = r.inviteCode;
        QVERIFY(!inviteCode.isEmpty());

        QGuiApplication::clipboard()->clear();
        selectRow(0);
        QVERIFY(button("copyLinkButton")->isEnabled());
        QSignalSpy copied(m_page.get(), &UsersPage::invitationLinkCopied);
        QTest::mouseClick(button("copyLinkButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 10000);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(inviteCode), qPrintable(text));
        QVERIFY(QUrl(text).isValid());
        QVERIFY(text.startsWith(u"http"_s));
        QVERIFY(message()->isVisible());
        QVERIFY(message()->text().contains(user.clientUserId));
    }

    void explainsWhyThereIsNoLink()
    {
        QGuiApplication::clipboard()->setText(u"untouched"_s);
        setFilters(m_fixture->tokenId(0), u"Associated"_s, {});
        selectRow(0);
        QTest::mouseClick(button("copyLinkButton"), Qt::LeftButton);
        QVERIFY(message()->isVisible());
        QVERIFY2(message()->text().contains(u"only a registered user"_s), qPrintable(message()->text()));
        QVERIFY(message()->isError());

        setFilters(m_fixture->tokenId(0), u"Registered"_s, {});
        selectRow(0);
        console().setWorkOffline(true);
        QTest::mouseClick(button("copyLinkButton"), Qt::LeftButton);
        console().setWorkOffline(false);
        QVERIFY2(message()->text().contains(u"offline"_s), qPrintable(message()->text()));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"untouched"_s);
    }

    void writesAreDisabledOffline()
    {
        setFilters({}, {}, {});
        selectRow(0);
        QVERIFY(button("registerButton")->isEnabled());
        QVERIFY(button("retireButton")->isEnabled());
        console().setWorkOffline(true);
        QVERIFY(!button("registerButton")->isEnabled());
        QVERIFY(!button("retireButton")->isEnabled());
        QCOMPARE(button("registerButton")->toolTip(), console().writeBlockedReason());
        console().setWorkOffline(false);
        QVERIFY(button("registerButton")->isEnabled());
    }

    void registersTwoUsersThenRetiresOne()
    {
        const QString london = m_fixture->tokenId(0);
        setFilters(london, {}, {});
        QTest::mouseClick(button("registerButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<RegisterUsersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tokenId(), london); // the page's token filter
        auto *registerButton = dialog->findChild<QPushButton *>(u"registerButton"_s);
        QVERIFY(!registerButton->isEnabled()); // dry run first

        // A bad line is shown in place, with its number.
        dialog->setUsersText(u"gui-new-1,new.one@fjordfinch.example\ngui new 2\n"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"dryRunButton"_s), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"Line 2"_s), qPrintable(error->text()));
        QVERIFY(!registerButton->isEnabled());

        dialog->setUsersText(
            u"gui-new-1,new.one@fjordfinch.example\ngui-new-2,new.two@fjordfinch.example\n"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"dryRunButton"_s), Qt::LeftButton);
        QVERIFY(!registerButton->isEnabled()); // planned off the GUI thread: not before it is ready
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), 10000);
        QVERIFY(error->isHidden());
        QCOMPARE(dialog->plan()->request.kind, LicenseRequest::Kind::CreateUsers);
        QCOMPARE(dialog->plan()->taskCount(), 2);
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(u"planText"_s)->toPlainText().isEmpty());
        QVERIFY(registerButton->isEnabled());

        QSignalSpy started(m_page.get(), &UsersPage::jobStarted);
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        const qint64 jobId = started.first().first().toLongLong();
        auto *message = m_page->findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY2(message->text().contains(u"started"_s), qPrintable(message->text()));
        QCOMPARE(waitForJob(jobId), u"done"_s);
        // The message line follows the job to its end instead of saying "started" for ever.
        QTRY_VERIFY2(message->text() == u"Job %1 finished: done."_s.arg(jobId), qPrintable(message->text()));

        // The users were read back into the store and the page reloaded on its own.
        setFilters(london, {}, u"gui-new-"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, 10000);
        QCOMPARE(model()->userAt(0).clientUserId, u"gui-new-1"_s);
        QCOMPARE(model()->userAt(0).status, u"Registered"_s);
        QCOMPARE(model()->index(1, UserTableModel::EmailColumn).data().toString(),
                 u"new.two@fjordfinch.example"_s);

        // Retire gui-new-1: the dialog shows the dry run, the job retires it.
        selectRow(rowOf(u"gui-new-1"_s));
        QTest::mouseClick(button("retireButton"), Qt::LeftButton);
        auto *retire = m_page->findChild<RetireUsersDialog *>();
        QVERIFY(retire);
        QVERIFY(!retire->findChild<QPushButton *>(u"retireButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!retire->isPlanning(), 10000);
        QCOMPARE(retire->plans().size(), 1);
        QCOMPARE(retire->plans().first().request.kind, LicenseRequest::Kind::RetireUsers);
        QCOMPARE(retire->plans().first().taskCount(), 1);
        QVERIFY(!retire->findChild<QPlainTextEdit *>(u"planText"_s)->toPlainText().isEmpty());
        QTest::mouseClick(retire->findChild<QPushButton *>(u"retireButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10000);
        QCOMPARE(waitForJob(started.last().first().toLongLong()), u"done"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"gui-new-1"_s, u"Retired"_s) >= 0, 10000);
        QVERIFY(rowOf(u"gui-new-1"_s, u"Registered"_s) < 0);
        QVERIFY(rowOf(u"gui-new-2"_s, u"Registered"_s) >= 0);
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
