// Tests of LicenseOperationDialog against the simulator's demo organization: the dry run comes
// first and words the counts, Run starts a job that changes the store, the license rules show as
// reasons, any change asks for a new review, and Run is blocked with its reason while offline.
#include "consolefixture.h"
#include "licensing/assetchecklistmodel.h"
#include "licensing/licenseoperationdialog.h"
#include "licensing/licenseplansummary.h"
#include "licensing/licensetargetswidget.h"
#include "licensing/plannotesmodel.h"

#include "app/jobcontroller.h"
#include "core/i18n/pluraltranslator.h"
#include "core/store/assetstore.h"
#include "core/store/assignmentstore.h"
#include "core/store/jobstore.h"
#include "core/store/userstore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString quillboard = u"1547730261"_s;   // London: 60 bought, 30 users hold it
const QString welcomeGuide = u"1645520093"_s; // a book, London: 150 bought

// Whether `text` contains `expected`, whose "(s)" plurals match the English forms ("3 users",
// "1 device") and the source form ("3 user(s)"), with or without translations/vppdesk_en.ts
// knowing the string yet.
bool hasText(const QString &text, const QString &expected)
{
    QString pattern = QRegularExpression::escape(expected);
    pattern.replace(u"\\(s\\)"_s, u"(?:\\(s\\)|s)?"_s);
    return QRegularExpression(pattern).match(text).hasMatch();
}

} // namespace

class TestLicenseOperationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void splitsPastedLists();
    void assignToUsersRunsAJob();
    void changingAFieldInvalidatesTheReview();
    void lowAppShowsTheShortfall();
    void bookToDeviceIsRefused();
    void pastedDevicesAndGroupsAreTargets();
    void unassignRemovesTheLicence();
    void revokeOfAUser();
    void offlineBlocksRun();
    void modelsPassTheTester();

private:
    QString london() const { return m_fixture->tokenId(0); }
    Database &db() { return m_fixture->console().database(); }
    // Active users of London who do not hold (adamId, STDQ/PLUS any), in a stable order.
    QStringList usersWithout(const QString &adamId, int count);
    QStringList holders(const QString &adamId, int count);
    bool holds(const QString &target, const QString &adamId);
    LicenseOperationDialog *makeDialog(LicenseOperationDialog::Mode mode);
    void review(LicenseOperationDialog &d);
    QString finalState(qint64 jobId, int timeoutMs = 20000);

    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<LicenseOperationDialog> m_dialog;
};

void TestLicenseOperationDialog::initTestCase()
{
    PluralTranslator::install(*QCoreApplication::instance());
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    QVERIFY(!london().isEmpty());
}

void TestLicenseOperationDialog::cleanupTestCase()
{
    m_dialog.reset();
    m_fixture.reset();
}

QStringList TestLicenseOperationDialog::usersWithout(const QString &adamId, int count)
{
    QStringList out;
    const auto users = UserStore(db()).page(london(), 0, 1000);
    if (!users)
        return out;
    for (const VppUserRecord &u : users.value()) {
        if (!u.isActive() || out.contains(u.clientUserId) || holds(u.clientUserId, adamId))
            continue;
        out.append(u.clientUserId);
        if (out.size() == count)
            break;
    }
    return out;
}

QStringList TestLicenseOperationDialog::holders(const QString &adamId, int count)
{
    AssignmentFilter filter;
    filter.adamId = adamId;
    filter.target = AssignmentFilter::Target::Users;
    QStringList out;
    const auto rows = AssignmentStore(db()).page(london(), 0, count, filter);
    if (rows)
        for (const AssignmentRecord &a : rows.value())
            out.append(a.clientUserId);
    return out;
}

bool TestLicenseOperationDialog::holds(const QString &target, const QString &adamId)
{
    const auto rows = AssignmentStore(db()).holdingsOf(target);
    return rows && std::any_of(rows->cbegin(), rows->cend(), [&](const AssignmentRecord &a) {
               return a.tokenId == london() && a.adamId == adamId;
           });
}

LicenseOperationDialog *TestLicenseOperationDialog::makeDialog(LicenseOperationDialog::Mode mode)
{
    m_dialog = std::make_unique<LicenseOperationDialog>(m_fixture->console(), mode);
    return m_dialog.get();
}

void TestLicenseOperationDialog::review(LicenseOperationDialog &d)
{
    auto *button = d.findChild<QPushButton *>(u"reviewButton"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    // The plan is made off the GUI thread; the button comes back with its result.
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
}

QString TestLicenseOperationDialog::finalState(qint64 jobId, int timeoutMs)
{
    QString state;
    ConsoleFixture::waitFor(
        [&] {
            const auto job = JobStore(db()).find(jobId);
            state = job && job->has_value() ? RecordState::toText(job->value().state) : QString();
            return !state.isEmpty() && state != u"running" && state != u"planned" &&
                   !m_fixture->console().jobs().isActive(jobId);
        },
        timeoutMs);
    return state;
}

void TestLicenseOperationDialog::splitsPastedLists()
{
    QCOMPARE(LicenseTargetsWidget::splitList(u" a, b\nc;;d\r\n\n a "_s),
             (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QVERIFY(LicenseTargetsWidget::splitList(u" ,\n"_s).isEmpty());
}

void TestLicenseOperationDialog::assignToUsersRunsAJob()
{
    const QStringList users = usersWithout(quillboard, 3);
    QCOMPARE(users.size(), 3);
    const auto before = AssetStore(db()).find(london(), quillboard, u"STDQ"_s);
    QVERIFY(before && before->has_value());
    const qint64 available = before->value().availableCount;
    QVERIFY(available >= 3);

    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Assign);
    d->setPreselection(london(), quillboard);
    QCOMPARE(d->request().assets.size(), 1);
    auto *run = d->findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(!run->isEnabled()); // the dry run comes first
    d->findChild<QLineEdit *>(u"usersEdit"_s)->setText(users.join(u", "_s));
    review(*d);

    QVERIFY(d->plan().has_value());
    const QString text = d->findChild<QPlainTextEdit *>(u"planText"_s)->toPlainText();
    QVERIFY2(text.contains(u"needs 3, %1 available"_s.arg(available)), qPrintable(text));
    const QString summary = d->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"Quillboard needs 3, %1 available."_s.arg(available)), qPrintable(summary));
    QVERIFY2(hasText(summary, u"1 request(s) to Apple, 3 task(s) in all."_s), qPrintable(summary));
    QVERIFY(run->isEnabled());

    QSignalSpy started(d, &LicenseOperationDialog::jobStarted);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    const qint64 jobId = d->jobId();
    QVERIFY(jobId > 0);
    QVERIFY(!run->isEnabled()); // running it twice needs a new review
    QVERIFY(d->findChild<QProgressBar *>(u"jobProgress"_s)->isVisible() ||
            !d->isVisible()); // shown in the dialog (the dialog itself is not shown in this test)
    QCOMPARE(finalState(jobId), u"done"_s);
    QTRY_VERIFY(d->findChild<QLabel *>(u"jobLabel"_s)->text().contains(u"is done"_s));
    for (const QString &u : users)
        QVERIFY2(holds(u, quillboard), qPrintable(u));
    const auto after = AssetStore(db()).find(london(), quillboard, u"STDQ"_s);
    QCOMPARE(after->value().availableCount, available - 3);
}

void TestLicenseOperationDialog::changingAFieldInvalidatesTheReview()
{
    const QStringList users = usersWithout(quillboard, 2);
    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Assign);
    d->setPreselection(london(), quillboard, u"STDQ"_s);
    auto *usersEdit = d->findChild<QLineEdit *>(u"usersEdit"_s);
    auto *run = d->findChild<QPushButton *>(u"runButton"_s);
    usersEdit->setText(users.first());
    review(*d);
    QVERIFY(run->isEnabled());

    usersEdit->setText(users.join(u','));
    QVERIFY(!d->plan());
    QVERIFY(!run->isEnabled());
    QVERIFY(d->findChild<QPlainTextEdit *>(u"planText"_s)->toPlainText().isEmpty());
    review(*d);
    QVERIFY(run->isEnabled());

    d->findChild<QCheckBox *>(u"forceCheck"_s)->setChecked(true);
    QVERIFY(!run->isEnabled());
    review(*d);
    QVERIFY(d->plan()->request.force);
    QVERIFY(run->isEnabled());

    // A change of token empties the asset choice: the review says so in place.
    auto *tokens = d->findChild<QComboBox *>(u"tokenCombo"_s);
    tokens->setCurrentIndex(tokens->findData(m_fixture->tokenId(2)));
    QVERIFY(!run->isEnabled());
    review(*d);
    QVERIFY(!d->plan());
    auto *error = d->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"app or book"_s), qPrintable(error->text()));
}

void TestLicenseOperationDialog::lowAppShowsTheShortfall()
{
    // The app with 2 of 50 licenses left, found through the store.
    const auto assets = AssetStore(db()).list(london());
    QVERIFY(assets);
    const auto low = std::find_if(assets->cbegin(), assets->cend(), [](const AssetRecord &a) {
        return a.totalCount == 50 && a.availableCount == 2 && !a.unlimited;
    });
    QVERIFY(low != assets->cend());
    const QStringList users = usersWithout(low->adamId, 5);
    QCOMPARE(users.size(), 5);

    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Assign);
    d->setPreselection(london(), low->adamId, low->pricingParam);
    d->findChild<QPlainTextEdit *>(u"pasteEdit"_s)->setPlainText(users.join(u'\n'));
    review(*d);

    const QString summary = d->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(hasText(summary, u"needs 5, 2 available: 3 user(s) will not be licensed."_s),
             qPrintable(summary));
    QVERIFY2(hasText(d->findChild<QPlainTextEdit *>(u"planText"_s)->toPlainText(),
                     u"3 target(s) will not be licensed"_s),
             qPrintable(d->findChild<QPlainTextEdit *>(u"planText"_s)->toPlainText()));
    auto *notes = d->findChild<QTableView *>(u"notesView"_s)->model();
    QCOMPARE(notes->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(notes->index(row, PlanNotesModel::OutcomeColumn).data().toString(),
                 u"Will not be licensed"_s);
        QCOMPARE(notes->index(row, PlanNotesModel::ReasonColumn).data().toString(),
                 u"not enough licenses available"_s);
        QVERIFY(users.mid(2).contains(
            notes->index(row, PlanNotesModel::TargetColumn).data().toString().section(u' ', 1)));
    }
    QCOMPARE(d->plan()->taskCount(), 2);
    d->show();
    QTest::qWait(200);
    QVERIFY(d->findChild<QPushButton *>(u"runButton"_s)->isEnabled());

    // Oversubscribe sends all five, with the warning shown.
    auto *oversubscribe = d->findChild<QCheckBox *>(u"oversubscribeCheck"_s);
    oversubscribe->setChecked(true);
    review(*d);
    QCOMPARE(d->plan()->taskCount(), 5);
    QVERIFY2(d->findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"9709"_s),
             qPrintable(d->findChild<QLabel *>(u"summaryLabel"_s)->text()));
}

void TestLicenseOperationDialog::bookToDeviceIsRefused()
{
    const auto book = AssetStore(db()).find(london(), welcomeGuide, u"STDQ"_s);
    QVERIFY(book && book->has_value());
    QCOMPARE(book->value().productType, u"Book"_s);

    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Assign);
    d->setPreselection(london(), welcomeGuide);
    d->setTargets({}, {u"C02TESTDEVICE1"_s});
    review(*d);

    const QString summary = d->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(hasText(summary, u"Books go to users only: 1 device(s) left out."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Nothing will be sent"_s), qPrintable(summary));
    auto *notes = d->findChild<QTableView *>(u"notesView"_s)->model();
    QCOMPARE(notes->rowCount(), 1);
    QCOMPARE(notes->index(0, PlanNotesModel::ReasonColumn).data().toString(),
             u"books can be assigned to users only"_s);
    QCOMPARE(notes->index(0, PlanNotesModel::TargetColumn).data().toString(), u"Device C02TESTDEVICE1"_s);
    auto *run = d->findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(!run->isEnabled());
    QVERIFY2(run->toolTip().contains(u"Nothing to send"_s), qPrintable(run->toolTip()));
    QVERIFY(!d->findChild<QLabel *>(u"runBlockedLabel"_s)->isHidden());
}

void TestLicenseOperationDialog::pastedDevicesAndGroupsAreTargets()
{
    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Assign);
    d->setPreselection(london(), quillboard);
    d->findChild<QPlainTextEdit *>(u"pasteEdit"_s)->setPlainText(u"SERIAL1\nSERIAL2, SERIAL3"_s);
    d->findChild<QRadioButton *>(u"pasteDevicesRadio"_s)->setChecked(true);
    d->findChild<QLineEdit *>(u"usersEdit"_s)->setText(u"ff-emp-10002"_s);
    const LicenseRequest r = d->request();
    QCOMPARE(r.serialNumbers, (QStringList{u"SERIAL1"_s, u"SERIAL2"_s, u"SERIAL3"_s}));
    QCOMPARE(r.clientUserIds, QStringList{u"ff-emp-10002"_s});
    QVERIFY(r.groupName.isEmpty());
    QVERIFY(hasText(d->findChild<QLabel *>(u"targetsSummary"_s)->text(), u"1 user(s) and 3 device(s)"_s));
    // The demo has no groups until one is imported: the choice is there but disabled.
    auto *groups = d->findChild<QComboBox *>(u"groupCombo"_s);
    QCOMPARE(groups->count(), 1);
    QVERIFY(!groups->isEnabled());
}

void TestLicenseOperationDialog::unassignRemovesTheLicence()
{
    const QStringList users = holders(quillboard, 2);
    QCOMPARE(users.size(), 2);
    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Unassign);
    QVERIFY(d->windowTitle().contains(u"Unassign"_s));
    auto *operation = d->findChild<QComboBox *>(u"operationCombo"_s);
    QCOMPARE(operation->currentData().toInt(), int(LicenseOperationDialog::Mode::Unassign));
    d->setPreselection(london(), quillboard);
    d->setTargets(users, {});
    review(*d);
    QVERIFY(d->plan().has_value());
    QCOMPARE(d->plan()->taskCount(), 2);
    QCOMPARE(d->plan()->request.kind, LicenseRequest::Kind::Unassign);
    auto *run = d->findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->jobId() > 0, 10000);
    QCOMPARE(finalState(d->jobId()), u"done"_s);
    for (const QString &u : users)
        QVERIFY2(!holds(u, quillboard), qPrintable(u));
}

void TestLicenseOperationDialog::revokeOfAUser()
{
    // A user holding Quillboard (revocable) and nothing else matters: every revocable license goes.
    const QString user = holders(quillboard, 1).value(0);
    QVERIFY(!user.isEmpty());
    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Revoke);
    d->setPreselection(london());
    QVERIFY(d->findChild<QGroupBox *>(u"assetsBox"_s)->isHidden());
    QVERIFY(d->findChild<QCheckBox *>(u"oversubscribeCheck"_s)->isHidden());
    // The operation can change in the dialog: the assets come back for an assign.
    auto *operation = d->findChild<QComboBox *>(u"operationCombo"_s);
    QCOMPARE(operation->currentData().toInt(), int(LicenseOperationDialog::Mode::Revoke));
    operation->setCurrentIndex(operation->findData(int(LicenseOperationDialog::Mode::Assign)));
    QCOMPARE(d->mode(), LicenseOperationDialog::Mode::Assign);
    QVERIFY(!d->findChild<QGroupBox *>(u"assetsBox"_s)->isHidden());
    d->setMode(LicenseOperationDialog::Mode::Revoke);
    QCOMPARE(operation->currentData().toInt(), int(LicenseOperationDialog::Mode::Revoke));
    QVERIFY(d->findChild<QGroupBox *>(u"assetsBox"_s)->isHidden());
    d->setTargets({user}, {});
    review(*d);
    QVERIFY(d->plan().has_value());
    QVERIFY(d->plan()->request.assets.isEmpty());
    QVERIFY(d->plan()->revokeAssignments >= 1);
    const QString summary = d->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(hasText(summary, u"revocable license(s)"_s) && summary.contains(u"will be removed"_s),
             qPrintable(summary));
    auto *run = d->findChild<QPushButton *>(u"runButton"_s);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->jobId() > 0, 10000);
    QCOMPARE(finalState(d->jobId()), u"done"_s);
    QVERIFY(!holds(user, quillboard));
    const auto assets = AssetStore(db()).list(london());
    const auto rows = AssignmentStore(db()).holdingsOf(user);
    QVERIFY(rows);
    for (const AssignmentRecord &a : rows.value()) {
        if (a.tokenId != london())
            continue;
        const auto asset = AssetStore(db()).find(london(), a.adamId, a.pricingParam);
        QVERIFY(asset && asset->has_value());
        QVERIFY2(!asset->value().revocable, qPrintable(a.adamId)); // only books stay
    }
}

void TestLicenseOperationDialog::offlineBlocksRun()
{
    Console &console = m_fixture->console();
    const QStringList users = usersWithout(quillboard, 1);
    LicenseOperationDialog *d = makeDialog(LicenseOperationDialog::Mode::Assign);
    d->setPreselection(london(), quillboard);
    d->setTargets(users, {});
    console.setWorkOffline(true);
    review(*d); // the dry run needs no network
    QVERIFY(d->plan().has_value());
    auto *run = d->findChild<QPushButton *>(u"runButton"_s);
    const QString reason = console.writeBlockedReason();
    QVERIFY(!reason.isEmpty());
    QVERIFY(!run->isEnabled());
    QVERIFY2(run->toolTip().contains(reason), qPrintable(run->toolTip()));
    auto *label = d->findChild<QLabel *>(u"runBlockedLabel"_s);
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(reason));
    d->run(); // refused without a job
    QCOMPARE(d->jobId(), 0);

    console.setWorkOffline(false);
    QVERIFY(run->isEnabled());
    QVERIFY(label->isHidden());
}

void TestLicenseOperationDialog::modelsPassTheTester()
{
    AssetChecklistModel assets;
    QAbstractItemModelTester assetTester(&assets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(assets.load(db(), london()));
    QVERIFY(assets.rowCount() > 10);
    const int row = assets.rowOf(quillboard, u"STDQ"_s);
    QVERIFY(row >= 0);
    QCOMPARE(assets.index(row, AssetChecklistModel::NameColumn).data().toString(), u"Quillboard"_s);
    QVERIFY(assets.setData(assets.index(row, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(assets.checkedAssets().size(), 1);
    QVERIFY(assets.load(db(), london())); // checks survive a reload
    QCOMPARE(assets.checkedCount(), 1);
    QVERIFY(assets.load(db(), m_fixture->tokenId(2))); // Austin has no Quillboard
    QCOMPARE(assets.checkedCount(), 0);
    assets.clear();
    QCOMPARE(assets.rowCount(), 0);

    PlanNotesModel notes;
    QAbstractItemModelTester notesTester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanNote excluded;
    excluded.reason = PlanNote::Reason::NotEnoughLicenses;
    excluded.adamId = quillboard;
    excluded.pricingParam = u"STDQ"_s;
    excluded.clientUserId = u"ff-emp-10001"_s;
    PlanNote skipped;
    skipped.reason = PlanNote::Reason::AlreadyAssigned;
    skipped.serialNumber = u"C02X"_s;
    notes.setNotes({excluded, skipped}, {{quillboard, u"Quillboard"_s}});
    QCOMPARE(notes.rowCount(), 2);
    QCOMPARE(notes.index(0, PlanNotesModel::AssetColumn).data().toString(), u"Quillboard (STDQ)"_s);
    QCOMPARE(notes.index(1, PlanNotesModel::OutcomeColumn).data().toString(), u"Skipped"_s);
    notes.clear();
    QCOMPARE(notes.rowCount(), 0);

    QVERIFY(hasText(LicensePlanSummary::targetsText(3, 0), u"3 user(s)"_s));
    QVERIFY(hasText(LicensePlanSummary::targetsText(1, 2), u"1 user(s) and 2 device(s)"_s));
}

QTEST_MAIN(TestLicenseOperationDialog)
#include "tst_licenseoperationdialog.moc"
