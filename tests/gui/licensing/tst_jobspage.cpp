// Tests of the Jobs page against the simulator: a job that fails for some targets shows them with
// Apple's error, Retry failed starts a new job with only those targets, a running job can be
// cancelled, and the page's models pass QAbstractItemModelTester.
#include "consolefixture.h"
#include "licensing/jobbatchesmodel.h"
#include "licensing/jobfailuresmodel.h"
#include "licensing/jobspage.h"
#include "licensing/jobtablemodel.h"

#include "app/jobcontroller.h"
#include "core/i18n/pluraltranslator.h"
#include "core/licensing/jobrunner.h"
#include "core/store/assignmentstore.h"
#include "core/store/jobstore.h"
#include "core/store/userstore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString quillboard = u"1547730261"_s; // London: 60 bought, 30 users hold it

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void showsFailuresAndRetriesThem();
    void cancelsARunningJob();
    void modelsPassTheTester();
    void needsCheckingSaysWhatToDo();

private:
    QString london() const { return m_fixture->tokenId(0); }
    Database &db() { return m_fixture->console().database(); }
    QString activeUserWithout(const QString &adamId);
    // Plans and starts an assign of Quillboard; returns the job id (0 on failure).
    qint64 startAssign(const QStringList &users);
    QString finalState(qint64 jobId);

    std::unique_ptr<ConsoleFixture> m_fixture;
};

void TestJobsPage::initTestCase()
{
    PluralTranslator::install(*QCoreApplication::instance());
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void TestJobsPage::cleanupTestCase()
{
    m_fixture.reset();
}

QString TestJobsPage::activeUserWithout(const QString &adamId)
{
    const auto users = UserStore(db()).page(london(), 0, 1000);
    if (!users)
        return {};
    for (const VppUserRecord &u : users.value()) {
        if (!u.isActive())
            continue;
        const auto rows = AssignmentStore(db()).holdingsOf(u.clientUserId);
        if (rows && std::none_of(rows->cbegin(), rows->cend(), [&](const AssignmentRecord &a) {
                return a.tokenId == london() && a.adamId == adamId;
            }))
            return u.clientUserId;
    }
    return {};
}

qint64 TestJobsPage::startAssign(const QStringList &users)
{
    LicenseRequest request;
    request.kind = LicenseRequest::Kind::Assign;
    request.tokenId = london();
    request.assets = {{quillboard, u"STDQ"_s}};
    request.clientUserIds = users;
    const auto plan = m_fixture->console().jobs().plan(request);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error().toLogString()));
        return 0;
    }
    qint64 jobId = 0;
    bool done = false;
    m_fixture->console().jobs().start(plan.value(), [&](Result<qint64> started) {
        jobId = started.valueOr(0);
        done = true;
    });
    ConsoleFixture::waitFor([&] { return done; });
    return jobId;
}

QString TestJobsPage::finalState(qint64 jobId)
{
    QString state;
    ConsoleFixture::waitFor([&] {
        const auto job = JobStore(db()).find(jobId);
        state = job && job->has_value() ? RecordState::toText(job->value().state) : QString();
        return !state.isEmpty() && state != u"running" && !m_fixture->console().jobs().isActive(jobId);
    });
    return state;
}

void TestJobsPage::showsFailuresAndRetriesThem()
{
    JobsPage page(m_fixture->console());
    page.activate();
    QCOMPARE(page.jobModel()->rowCount(), 0);
    auto *retry = page.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(!retry->isEnabled());

    // Two ids the simulator does not know (9609 each) and one real user.
    const QString real = activeUserWithout(quillboard);
    QVERIFY(!real.isEmpty());
    const QStringList ghosts{u"ghost-user-1"_s, u"ghost-user-2"_s};
    const qint64 jobId = startAssign(QStringList{real} + ghosts);
    QVERIFY(jobId > 0);
    QTRY_VERIFY(page.jobModel()->rowOf(jobId) >= 0); // listed as soon as it starts
    QCOMPARE(finalState(jobId), u"partial"_s);

    // The page reloaded on jobFinished: state and failures in the table.
    const int row = page.jobModel()->rowOf(jobId);
    QVERIFY(row >= 0);
    QTRY_COMPARE(page.jobModel()->jobAt(row).record.state, RecordState::Job::Partial);
    QCOMPARE(page.jobModel()->jobAt(row).failedTargets, 2);
    QCOMPARE(page.jobModel()->index(row, JobTableModel::FailuresColumn).data().toString(), u"2"_s);
    QCOMPARE(page.jobModel()->index(row, JobTableModel::StateColumn).data().toString(), u"Partly failed"_s);
    QCOMPARE(page.jobModel()->index(row, JobTableModel::KindColumn).data().toString(), u"Assign"_s);
    QCOMPARE(page.jobModel()->index(row, JobTableModel::TokenColumn).data().toString(),
             m_fixture->tokenName(0));
    QCOMPARE(page.jobModel()->jobAt(row).numCompleted, 1);
    QCOMPARE(page.jobModel()->jobAt(row).numRequested, 3);

    page.selectJob(jobId);
    QCOMPARE(page.selectedJobId(), jobId);
    auto *failures = page.findChild<QTableView *>(u"failuresView"_s)->model();
    QTRY_COMPARE(failures->rowCount(), 2); // read off the GUI thread
    QStringList failedTargets;
    for (int r = 0; r < failures->rowCount(); ++r) {
        failedTargets.append(failures->index(r, JobFailuresModel::TargetColumn).data().toString());
        QCOMPARE(failures->index(r, JobFailuresModel::ErrorColumn).data().toString(), u"9609"_s);
        QCOMPARE(failures->index(r, JobFailuresModel::AssetColumn).data().toString(), u"Quillboard (STDQ)"_s);
        QVERIFY(!failures->index(r, JobFailuresModel::MessageColumn).data().toString().isEmpty());
    }
    failedTargets.sort();
    QCOMPARE(failedTargets, (QStringList{u"User ghost-user-1"_s, u"User ghost-user-2"_s}));
    auto *batches = page.findChild<QTableView *>(u"batchesView"_s)->model();
    QCOMPARE(batches->rowCount(), 1);
    QCOMPARE(batches->index(0, JobBatchesModel::TasksColumn).data().toString(), u"1 of 3"_s);
    QVERIFY(!batches->index(0, JobBatchesModel::EventColumn).data().toString().isEmpty());
    QVERIFY(page.findChild<QLabel *>(u"jobDetailTitle"_s)->text().contains(u"Job %1"_s.arg(jobId)));

    page.resize(1100, 700);
    page.show();
    QTest::qWait(200);
    // Retry failed: a new job with the two failed targets only.
    QVERIFY(retry->isEnabled());
    QSignalSpy started(&page, &JobsPage::jobStarted);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    const qint64 retryId = started.at(0).at(0).toLongLong();
    QVERIFY(retryId != jobId);
    QCOMPARE(page.selectedJobId(), retryId);
    const auto record = JobStore(db()).find(retryId);
    QVERIFY(record && record->has_value());
    QStringList retried = LicensePlan::fromJournal(record->value().payload).request.clientUserIds;
    retried.sort();
    QCOMPARE(retried, ghosts);
    QCOMPARE(finalState(retryId), u"failed"_s); // the simulator still does not know them
    QTRY_COMPARE(page.jobModel()->jobAt(page.jobModel()->rowOf(retryId)).failedTargets, 2);
    QVERIFY(page.findChild<QLabel *>(u"messageLabel"_s)->text().contains(QString::number(retryId)));

    // Offline: Retry failed is disabled with the reason.
    m_fixture->console().setWorkOffline(true);
    QVERIFY(!retry->isEnabled());
    QCOMPARE(retry->toolTip(), m_fixture->console().writeBlockedReason());
    m_fixture->console().setWorkOffline(false);
    QVERIFY(retry->isEnabled());
}

void TestJobsPage::cancelsARunningJob()
{
    JobsPage page(m_fixture->console());
    page.activate();
    const QString user = activeUserWithout(quillboard);
    QVERIFY(!user.isEmpty());
    // Cancelled as soon as it is announced, before its first request goes out.
    bool cancelEnabled = false;
    QObject context;
    connect(&m_fixture->console().jobs(), &JobController::jobStarted, &context, [&](qint64 id) {
        page.selectJob(id);
        cancelEnabled = page.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled();
        QTest::mouseClick(page.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    });
    const qint64 jobId = startAssign({user});
    QVERIFY(jobId > 0);
    QVERIFY(cancelEnabled);
    QCOMPARE(finalState(jobId), u"cancelled"_s);
    const int row = page.jobModel()->rowOf(jobId);
    QVERIFY(row >= 0);
    // The list is read again off the GUI thread when the job ends.
    QTRY_COMPARE(
        page.jobModel()->index(page.jobModel()->rowOf(jobId), JobTableModel::StateColumn).data().toString(),
        u"Cancelled"_s);
    QTRY_VERIFY(!page.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
}

void TestJobsPage::modelsPassTheTester()
{
    JobTableModel jobs;
    QAbstractItemModelTester jobsTester(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(jobs.reload(db()));
    QVERIFY(jobs.rowCount() >= 2); // the jobs of the tests before
    const qint64 newest = jobs.jobAt(0).record.id;
    QCOMPARE(jobs.index(0, 0).data(JobTableModel::JobIdRole).toLongLong(), newest);
    QVERIFY(jobs.jobAt(0).record.createdAt >= jobs.jobAt(jobs.rowCount() - 1).record.createdAt);
    QSignalSpy changed(&jobs, &QAbstractItemModel::dataChanged);
    jobs.setProgress(newest, 1, 2, 5, 10);
    QCOMPARE(changed.size(), 1);
    QVERIFY(jobs.index(0, JobTableModel::ProgressColumn).data().toString().contains(u"5 of 10"_s));
    jobs.setProgress(-1, 1, 1, 1, 1); // not listed: ignored
    QCOMPARE(changed.size(), 1);
    QVERIFY(jobs.reload(db(), 1));
    QCOMPARE(jobs.rowCount(), 1);

    const auto events = JobStore(db()).events(newest);
    QVERIFY(events);
    JobBatchesModel batches;
    QAbstractItemModelTester batchesTester(&batches, QAbstractItemModelTester::FailureReportingMode::QtTest);
    batches.setEvents(events.value());
    QCOMPARE(batches.rowCount(), events->size());
    batches.setEvents({});
    QCOMPARE(batches.rowCount(), 0);

    JobFailuresModel failures;
    QAbstractItemModelTester failuresTester(&failures,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobFailure f;
    f.errorNumber = 9609;
    f.errorMessage = u"Unknown user"_s;
    f.serialNumber = u"C02X"_s;
    f.assets = {{quillboard, u"STDQ"_s}};
    failures.setFailures({f, f});
    QCOMPARE(failures.rowCount(), 2);
    QCOMPARE(failures.index(0, JobFailuresModel::TargetColumn).data().toString(), u"Device C02X"_s);
    failures.setFailures({});
    QCOMPARE(failures.rowCount(), 0);
}

void TestJobsPage::needsCheckingSaysWhatToDo()
{
    // A job whose request may have reached Apple, as the journal keeps it.
    JobStore store(db());
    const auto id = store.create(london(), u"assign"_s, {}, u"Assign Quillboard"_s, 1);
    QVERIFY(id);
    QVERIFY(store.finishBatch(id.value(), 0, RecordState::Batch::OutcomeUnknown, 0, 2, {}));
    QVERIFY(store.setState(id.value(), RecordState::Job::NeedsChecking));
    JobTableModel jobs;
    QVERIFY(jobs.reload(db()));
    const int row = jobs.rowOf(id.value());
    QVERIFY(row >= 0);
    QCOMPARE(jobs.index(row, JobTableModel::StateColumn).data().toString(), u"Needs checking"_s);
    QCOMPARE(jobs.index(row, JobTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
             u"Apple may have received this request; check the assignments before retrying."_s);
    JobBatchesModel batches;
    batches.setEvents(store.events(id.value()).value());
    QCOMPARE(batches.index(0, JobBatchesModel::StatusColumn).data().toString(), u"Needs checking"_s);
}

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
