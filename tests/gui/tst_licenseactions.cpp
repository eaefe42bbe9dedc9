// The license actions offered where licenses are shown, driven as a person drives them on the demo
// organization: the Licenses page's context menu (a right click on a row: Unassign, Revoke, Show
// Holder, Copy; Ctrl+C), a double-click that opens the license's asset, an asset's details whose
// Unassign starts with the holders selected there, a revoke review that names the licenses that go,
// and a new review that clears the last job's progress.
#include "app/console.h"
#include "app/jobcontroller.h"
#include "assets/assetdetaildialog.h"
#include "assets/assetholdermodel.h"
#include "assets/licensetablemodel.h"
#include "consolefixture.h"
#include "licensing/licenseoperationdialog.h"
#include "mainwindow.h"
#include "page.h"
#include "persondriver.h"
#include "records/holdingsview.h"
#include "settings.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLicenseActions : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QTableView *licensesTable()
    {
        Page *page = PersonDriver::showPage(m_window.get(), u"licenses"_s);
        if (!page || !PersonDriver::waitForRows(page->tableView()))
            return nullptr;
        return page->tableView();
    }
    static const PagedTableModel::Row *rowOf(QTableView *view, int row)
    {
        return static_cast<LicenseTableModel *>(view->model())->rowAt(row);
    }
    // The license dialog the last action opened.
    static LicenseOperationDialog *licenseDialog()
    {
        LicenseOperationDialog *dialog = nullptr;
        ConsoleFixture::waitFor([&] { return (dialog = PersonDriver::topLevel<LicenseOperationDialog>()); });
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    }
    void init()
    {
        m_window = PersonDriver::openWindow(m_fixture.console(), *m_settings);
        QVERIFY(m_window);
    }
    void cleanup() { PersonDriver::closeAll(m_window); }

    void aRightClickUnassignsThatLicense()
    {
        QTableView *view = licensesTable();
        QVERIFY(view);
        PersonDriver::clickRow(view, 0);
        // The right click lands on another row: the menu acts on that one.
        PersonDriver::rightClickRow(view, 2, LicenseTableModel::Holder);
        QVERIFY(view->selectionModel()->isRowSelected(2, {}));
        QVERIFY(!view->selectionModel()->isRowSelected(0, {}));
        const PagedTableModel::Row row = *rowOf(view, 2);
        QVERIFY(PersonDriver::clickMenuEntry(u"licenseContextMenu"_s, u"Unassign"_s));

        LicenseOperationDialog *dialog = licenseDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), LicenseOperationDialog::Mode::Unassign);
        const LicenseRequest asked = dialog->request();
        QCOMPARE(asked.tokenId, row.at(LicenseTableModel::TokenIdValue).toString());
        QCOMPARE(asked.assets, QList<AssetRef>({{row.at(LicenseTableModel::AdamIdValue).toString(),
                                                 row.at(LicenseTableModel::PricingValue).toString()}}));
        const QString holder = row.at(LicenseTableModel::Holder).toString();
        QCOMPARE(row.at(LicenseTableModel::IsDeviceValue).toBool() ? asked.serialNumbers
                                                                   : asked.clientUserIds,
                 QStringList{holder});

        // Review, Run: the job starts and its progress shows; a new review clears it.
        auto *review = dialog->findChild<QPushButton *>(u"reviewButton"_s);
        auto *run = dialog->findChild<QPushButton *>(u"runButton"_s);
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 15000);
        QTest::mouseClick(run, Qt::LeftButton);
        auto *jobLabel = dialog->findChild<QLabel *>(u"jobLabel"_s);
        auto *progress = dialog->findChild<QProgressBar *>(u"jobProgress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->jobId() > 0, 15000);
        QVERIFY(jobLabel->text().contains(QString::number(dialog->jobId())));
        QVERIFY(progress->isVisibleTo(dialog));
        QTest::mouseClick(review, Qt::LeftButton);
        QVERIFY(jobLabel->text().isEmpty());
        QVERIFY(!progress->isVisibleTo(dialog));
        QCOMPARE(dialog->jobId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), 15000); // the review answered
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.console().jobs().hasActiveJobs(), 30000);
    }

    void licensesOfSeveralLocationsCannotBeUnassignedTogether()
    {
        QTableView *view = licensesTable();
        QVERIFY(view);
        const int last = view->model()->rowCount() - 1;
        view->scrollToBottom();
        QTRY_VERIFY(rowOf(view, last));
        QVERIFY(rowOf(view, 0));
        QVERIFY(rowOf(view, 0)->at(LicenseTableModel::TokenIdValue) !=
                rowOf(view, last)->at(LicenseTableModel::TokenIdValue));
        PersonDriver::clickRow(view, 0);
        PersonDriver::clickRow(view, last, Qt::ControlModifier);
        PersonDriver::rightClickRow(view, last);
        QMenu *menu = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (menu = PersonDriver::topLevelNamed<QMenu>(u"licenseContextMenu"_s)); }));
        for (const char *name : {"unassignAction", "revokeAction"}) {
            QAction *action = menu->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY(action->toolTip().contains(u"several locations"_s));
        }
        QVERIFY(!menu->findChild<QAction *>(u"showHolderAction"_s)->isEnabled()); // two holders
        // English plural forms, not "License(s)".
        QCOMPARE(menu->findChild<QAction *>(u"unassignAction"_s)->text(), u"&Unassign 2 Licenses\u2026"_s);
        QVERIFY(menu->findChild<QAction *>(u"copyAction"_s)->isEnabled());
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!PersonDriver::topLevelNamed<QMenu>(u"licenseContextMenu"_s));
    }

    void showHolderOpensWhoHoldsWhat()
    {
        QTableView *view = licensesTable();
        QVERIFY(view);
        PersonDriver::rightClickRow(view, 1);
        const QString holder = rowOf(view, 1)->at(LicenseTableModel::Holder).toString();
        QVERIFY(PersonDriver::clickMenuEntry(u"licenseContextMenu"_s, u"Show Holder"_s));
        HoldingsView *holdings = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] { return (holdings = PersonDriver::topLevel<HoldingsView>()); }));
        QCOMPARE(holdings->findChild<QLineEdit *>(u"queryEdit"_s)->text(), holder);
    }

    void ctrlCCopiesTheSelectedRows()
    {
        QTableView *view = licensesTable();
        QVERIFY(view);
        PersonDriver::clickRow(view, 1);
        PersonDriver::clickRow(view, 3, Qt::ShiftModifier);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList first = lines.first().split(u'\t');
        QCOMPARE(first.size(), int(LicenseTableModel::ColumnCount));
        QCOMPARE(first.at(LicenseTableModel::Holder),
                 rowOf(view, 1)->at(LicenseTableModel::Holder).toString());
        // Pricing in words, as the table shows it.
        QVERIFY(first.at(LicenseTableModel::Pricing) == u"Standard"_s ||
                first.at(LicenseTableModel::Pricing) == u"High quality"_s);
    }

    void aDoubleClickOpensTheLicensesAsset()
    {
        QTableView *view = licensesTable();
        QVERIFY(view);
        const QString adamId = rowOf(view, 0)->at(LicenseTableModel::AdamIdValue).toString();
        PersonDriver::doubleClickRow(view, 0);
        AssetDetailDialog *details = nullptr;
        QVERIFY(
            ConsoleFixture::waitFor([&] { return (details = PersonDriver::topLevel<AssetDetailDialog>()); }));
        QCOMPARE(details->asset().adamId, adamId);
        auto *stack = m_window->findChild<QStackedWidget *>(u"pageStack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"assetsPage"_s);
    }

    void unassignFromAnAssetStartsWithItsSelectedHolders()
    {
        Page *assets = PersonDriver::showPage(m_window.get(), u"assets"_s);
        QVERIFY(assets && PersonDriver::waitForRows(assets->tableView()));
        AssetDetailDialog *details = nullptr;
        for (int row = 0; row < assets->tableView()->model()->rowCount(); ++row) {
            PersonDriver::doubleClickRow(assets->tableView(), row);
            QVERIFY(ConsoleFixture::waitFor(
                [&] { return (details = PersonDriver::topLevel<AssetDetailDialog>()); }));
            if (details->userModel()->rowCount() >= 3)
                break;
            details->close();
            QTRY_VERIFY(!PersonDriver::topLevel<AssetDetailDialog>());
            details = nullptr;
        }
        QVERIFY2(details, "no asset with three user licenses in the demo organization");
        auto *users = details->findChild<QTableView *>(u"userTable"_s);
        PersonDriver::clickRow(users, 0);
        PersonDriver::clickRow(users, 2, Qt::ControlModifier);
        const QStringList chosen = {users->model()->index(0, AssetHolderModel::Holder).data().toString(),
                                    users->model()->index(2, AssetHolderModel::Holder).data().toString()};
        QCOMPARE(details->selectedHolders(false), chosen);
        QTest::mouseClick(details->findChild<QPushButton *>(u"unassignButton"_s), Qt::LeftButton);

        LicenseOperationDialog *dialog = licenseDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), LicenseOperationDialog::Mode::Unassign);
        QCOMPARE(dialog->request().clientUserIds, chosen);
        QCOMPARE(dialog->request().assets,
                 QList<AssetRef>({{details->asset().adamId, details->asset().pricingParam}}));
    }

    void theRevokeReviewNamesTheLicensesThatGo()
    {
        QTableView *view = licensesTable();
        QVERIFY(view);
        int row = 0;
        while (rowOf(view, row) && rowOf(view, row)->at(LicenseTableModel::IsDeviceValue).toBool())
            ++row;
        QVERIFY(rowOf(view, row));
        const QString app = view->model()->index(row, LicenseTableModel::App).data().toString();
        PersonDriver::rightClickRow(view, row);
        QVERIFY(PersonDriver::clickMenuEntry(u"licenseContextMenu"_s, u"Revoke"_s));
        LicenseOperationDialog *dialog = licenseDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), LicenseOperationDialog::Mode::Revoke);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
        auto *summary = dialog->findChild<QLabel *>(u"summaryLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"Licenses that go:"_s), 15000);
        QVERIFY2(summary->text().contains(app), qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestLicenseActions)
#include "tst_licenseactions.moc"
