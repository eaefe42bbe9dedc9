// File > Export and File > Report as an admin uses them: on a synced demo organization, the
// toolbar's Export button on Apps & Books asks for a file (the file dialog, typed into), writes the
// table as it shows (header, every row) to an owner-only CSV; Report writes an owner-only PDF.
#include "consolefixture.h"
#include "mainwindow.h"
#include "page.h"
#include "reports/reportactions.h"
#include "settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestReportActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QToolButton *toolButton(const QString &actionName) const
    {
        auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        auto *action = m_window->findChild<QAction *>(actionName);
        return toolBar && action ? qobject_cast<QToolButton *>(toolBar->widgetForAction(action)) : nullptr;
    }

    // Fills the file name of the save dialog on screen and clicks its Save button. (Typing the path
    // would open the file name completer's list, which takes the click, as it would from a person.)
    static bool answerFileDialog(ReportActions *actions, const QString &path)
    {
        if (!ConsoleFixture::waitFor(
                [actions] { return actions->fileDialog() && actions->fileDialog()->isVisible(); }))
            return false;
        QFileDialog *dialog = actions->fileDialog();
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        if (!buttons || !buttons->button(QDialogButtonBox::Save))
            return false;
        QTest::qWait(100);
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        return ConsoleFixture::waitFor(
            [actions] { return !actions->fileDialog() || !actions->fileDialog()->isVisible(); });
    }

    void showPage(int index)
    {
        auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(index)).center());
        QCOMPARE(m_window->currentPage(), index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(m_fixture->console(), *m_settings);
        m_window->reportActions()->setOpensViewer(false);
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

    void exportWritesTheTableAsShown()
    {
        showPage(1); // Apps & Books
        QTableView *table = m_window->page(1)->tableView();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QToolButton *button = toolButton(u"actionExport"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());

        QSignalSpy written(m_window->reportActions(), &ReportActions::written);
        const QString path = m_dir.filePath(u"assets.csv"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(answerFileDialog(m_window->reportActions(), path));
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toString(), path);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->model()->rowCount() + 1);
        const QString firstHeader = table->model()->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(lines.first().startsWith(firstHeader), qPrintable(lines.first()));
        const QString firstName = table->model()->index(0, 1).data().toString();
        QVERIFY2(lines.at(1).contains(firstName), qPrintable(lines.at(1)));
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
#endif
        // The status bar says where it went.
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"assets.csv"_s));
    }

    void exportFollowsThePage()
    {
        showPage(2); // Licenses: a lazy model, fetched block by block
        QTableView *table = m_window->page(2)->tableView();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QSignalSpy written(m_window->reportActions(), &ReportActions::written);
        const QString path = m_dir.filePath(u"licenses.csv"_s);
        QTest::mouseClick(toolButton(u"actionExport"_s), Qt::LeftButton);
        QVERIFY(answerFileDialog(m_window->reportActions(), path));
        QTRY_COMPARE(written.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qsizetype lines = QString::fromUtf8(file.readAll()).count(u"\r\n"_s);
        // Every license, not only the rows fetched so far.
        QVERIFY(!table->model()->canFetchMore({}));
        QCOMPARE(lines, table->model()->rowCount() + 1);
    }

    void reportWritesAPdf()
    {
        QToolButton *button = toolButton(u"actionReport"_s);
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QSignalSpy written(m_window->reportActions(), &ReportActions::written);
        QSignalSpy failed(m_window->reportActions(), &ReportActions::failed);
        QSignalSpy status(m_window->reportActions(), &ReportActions::statusMessage);
        const QString path = m_dir.filePath(u"report.pdf"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(answerFileDialog(m_window->reportActions(), path));
        QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() + status.size() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(written.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(5).startsWith("%PDF"));
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
#endif
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
