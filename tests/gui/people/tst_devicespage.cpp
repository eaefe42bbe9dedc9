// DevicesPage and the Import CSV dialog on the demo organization. A devices CSV with a header and
// one bad row: the preview shows the detected columns, the first rows, the total and the bad row
// with its line and reason; Import stays disabled until "Skip bad rows" is checked; then the
// devices appear on the page (with the licenses a demo serial holds) and can be searched. A groups
// CSV creates groups with their members; selecting a group shows its members and the tokens it is
// a Distribution group of. Every model passes QAbstractItemModelTester.
#include "app/console.h"
#include "consolefixture.h"
#include "core/i18n/pluraltranslator.h"
#include "core/store/auditlog.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"
#include "core/views/licensequery.h"
#include "core/workspace/inventoryreader.h"
#include "core/workspace/workspace.h"
#include "people/csvpreviewmodel.h"
#include "people/devicespage.h"
#include "people/devicetablemodel.h"
#include "people/groupmembermodel.h"
#include "people/grouptablemodel.h"
#include "people/importcsvdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

class TestDevicesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<DevicesPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QTemporaryDir m_dir;

    Console &console() { return m_fixture->console(); }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(contents);
        return path;
    }
    ImportCsvDialog *openImport()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        auto *dialog = m_page->findChild<ImportCsvDialog *>();
        if (dialog)
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        return dialog;
    }
    // A serial number holding licenses in the demo, and how many (all tokens).
    std::pair<QString, int> licensedSerial()
    {
        QHash<QString, int> counts;
        // A read that fails leaves no counts, and the test using them fails on its own.
        std::ignore = InventoryReader(console().database())
                          .forEachAssignment({}, {}, [&](const InventoryReader::AssignmentRow &r) {
                              if (!r.assignment.serialNumber.isEmpty())
                                  ++counts[r.assignment.serialNumber];
                          });
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (best.isEmpty() || it.value() > counts.value(best) ||
                (it.value() == counts.value(best) && it.key() < best))
                best = it.key();
        return {best, counts.value(best)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        PluralTranslator::install(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_page = std::make_unique<DevicesPage>(console());
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_page->deviceModel(), m_page->groupModel(), m_page->memberModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_page->resize(1200, 700);
        m_page->show();
        m_page->activate();
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_page.reset();
        m_fixture.reset();
    }

    void importsDevicesSkippingTheBadRow()
    {
        const int before = m_page->deviceModel()->rowCount();
        const auto [serial, licences] = licensedSerial();
        QVERIFY(!serial.isEmpty());
        const QString path =
            writeFile(u"devices.csv"_s, "Serial Number,Device Name,Owner,Last Seen\n"
                                        "c02gui000001,Front desk iPad,ff-emp-10001,2026-01-31\n"
                                        "C02GUI000002,\"Cart 2, Room 4\",,2026-02-01T08:00:00Z\n"
                                        "!!,Broken,,\n" +
                                            serial.toUtf8() + ",Warehouse Mac,ff-emp-10002,\n");
        ImportCsvDialog *dialog = openImport();
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(path));

        // The preview: columns, first rows, total, the bad row with its line and reason.
        QVERIFY(dialog->preview().has_value());
        QCOMPARE(dialog->preview()->totalRows, 4);
        const QString columns = dialog->findChild<QLabel *>(u"columnsLabel"_s)->text();
        QVERIFY2(columns.contains(u"Serial number"_s) && columns.contains(u"Last seen"_s),
                 qPrintable(columns));
        CsvPreviewModel *preview = dialog->previewModel();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->columnCount(), 4);
        QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), u"Serial number"_s);
        QCOMPARE(preview->index(1, 1).data().toString(), u"Cart 2, Room 4"_s);
        // Each row is headed by its line in the file; the bad one is red with its reason.
        QCOMPARE(preview->headerData(0, Qt::Vertical).toInt(), 2);
        QCOMPARE(preview->headerData(2, Qt::Vertical).toInt(), 4);
        QVERIFY(preview->index(2, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!preview->index(1, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(preview->index(2, 0).data(Qt::ToolTipRole).toString().contains(u"Line 4"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"4 row"_s));
        auto *errors = dialog->findChild<QListWidget *>(u"errorList"_s);
        QVERIFY(!errors->isHidden());
        QCOMPARE(errors->count(), 1);
        QCOMPARE(errors->item(0)->data(Qt::UserRole).toInt(), 4);
        QVERIFY2(errors->item(0)->text().contains(u"Line 4"_s) && errors->item(0)->text().contains(u"!!"_s),
                 qPrintable(errors->item(0)->text()));

        // Blocked until the bad rows are to be skipped.
        auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
        auto *skip = dialog->findChild<QCheckBox *>(u"skipBadRows"_s);
        QVERIFY(!import->isEnabled());
        QVERIFY(!import->toolTip().isEmpty());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(m_page->deviceModel()->rowCount(), before);
        skip->setChecked(true);
        QVERIFY(import->isEnabled());
        QSignalSpy imported(dialog, &ImportCsvDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        const QString result = dialog->findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"3 device"_s) && result.contains(u"1 bad row"_s), qPrintable(result));
        QVERIFY(!import->isEnabled()); // imported once

        // The page reloaded on its own.
        DeviceTableModel *devices = m_page->deviceModel();
        QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), before + 3, 5000);
        auto *search = m_page->findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"c02gui"_s);
        QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), 2, 2000);
        QCOMPARE(devices->serialAt(0), u"C02GUI000001"_s);
        QCOMPARE(devices->index(0, DeviceTableModel::NameColumn).data().toString(), u"Front desk iPad"_s);
        QCOMPARE(devices->index(0, DeviceTableModel::OwnerColumn).data().toString(), u"ff-emp-10001"_s);
        QVERIFY(!devices->index(0, DeviceTableModel::LastSeenColumn).data().toString().isEmpty());
        QCOMPARE(devices->index(0, DeviceTableModel::LicensesColumn).data().toLongLong(), 0);
        QCOMPARE(devices->index(0, DeviceTableModel::SourceColumn).data().toString(), u"csv:devices.csv"_s);
        search->clear();
        QTest::keyClicks(search, u"warehouse"_s);
        QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), 1, 2000);
        QCOMPARE(devices->serialAt(0), serial);
        QCOMPARE(devices->index(0, DeviceTableModel::LicensesColumn).data().toLongLong(), licences);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), before + 3, 2000);
        dialog->close();
    }

    void enterInTheFileFieldPreviewsAndTheImportIsAudited()
    {
        const QString path =
            writeFile(u"enter.csv"_s, "serial,name,owner\nC02ENTER0001,Lab iMac,ff-emp-10003\n");
        ImportCsvDialog *dialog = openImport();
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy imported(dialog, &ImportCsvDialog::imported);
        auto *field = dialog->findChild<QLineEdit *>(u"filePathEdit"_s);
        field->setFocus();
        QTest::keyClicks(field, path);
        QTest::keyClick(field, Qt::Key_Return);
        // The preview is shown, and nothing is imported until Import is clicked.
        QVERIFY(dialog->preview().has_value());
        QCOMPARE(dialog->preview()->totalRows, 1);
        QTest::qWait(100);
        QCOMPARE(imported.size(), 0);
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter in the preview: nothing
        QTest::qWait(100);
        QCOMPARE(imported.size(), 0);
        QVERIFY(dialog->isVisible());

        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        const auto last = console().workspace().auditLog().page(0, 1);
        QVERIFY(last && !last->isEmpty());
        QCOMPARE(last->constFirst().action, u"import.devices"_s);
        QCOMPARE(last->constFirst().details.value(u"file"_s).toString(), u"enter.csv"_s);
        QCOMPARE(last->constFirst().details.value(u"imported"_s).toInt(), 1);
        dialog->close();
    }

    void importsGroupsWithMembers()
    {
        const QString path = writeFile(u"groups.csv"_s, "group;member;kind\n"
                                                        "GUI Sales;ff-emp-10001;user\n"
                                                        "GUI Sales;ff-emp-10002;\n"
                                                        "GUI Sales;C02GUI000001;device\n"
                                                        "GUI Carts;C02GUI000002;\n");
        ImportCsvDialog *dialog = openImport();
        QVERIFY(dialog);
        dialog->setKind(DeviceImporter::Kind::Groups);
        QVERIFY(dialog->loadFile(path));
        QCOMPARE(dialog->preview()->totalRows, 4);
        QVERIFY(dialog->preview()->errors.isEmpty());
        QVERIFY(dialog->findChild<QListWidget *>(u"errorList"_s)->isHidden());
        QCOMPARE(dialog->previewModel()->headerData(1, Qt::Horizontal).toString(), u"Member"_s);
        auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(import->isEnabled());
        QSignalSpy imported(dialog, &ImportCsvDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        const QString result = dialog->findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"4 membership"_s) && result.contains(u"2 group"_s), qPrintable(result));
        dialog->close();

        GroupTableModel *groups = m_page->groupModel();
        QTRY_VERIFY_WITH_TIMEOUT(groups->rowCount() >= 2, 5000);
        int sales = -1;
        for (int row = 0; row < groups->rowCount(); ++row)
            if (groups->groupAt(row)->group.name == u"GUI Sales"_s)
                sales = row;
        QVERIFY(sales >= 0);
        QCOMPARE(groups->index(sales, GroupTableModel::UsersColumn).data().toLongLong(), 2);
        QCOMPARE(groups->index(sales, GroupTableModel::DevicesColumn).data().toLongLong(), 1);

        // Selecting the group shows its members: users first, the known device with its name.
        m_page->selectGroup(sales);
        GroupMemberModel *members = m_page->memberModel();
        QCOMPARE(members->rowCount(), 3);
        QCOMPARE(members->index(0, GroupMemberModel::MemberColumn).data().toString(), u"ff-emp-10001"_s);
        QCOMPARE(members->index(2, GroupMemberModel::MemberColumn).data().toString(), u"C02GUI000001"_s);
        QCOMPARE(members->index(2, GroupMemberModel::DeviceNameColumn).data().toString(),
                 u"Front desk iPad"_s);
        auto *detail = m_page->findChild<QLabel *>(u"groupDetailLabel"_s);
        QVERIFY2(detail->text().contains(u"Not a Distribution group"_s), qPrintable(detail->text()));

        // Made a Distribution group of London: the page shows it after the inventory changed.
        const qint64 salesId = groups->groupAt(sales)->group.id;
        QVERIFY(GroupStore(console().database()).setTokenGroups(m_fixture->tokenId(0), {salesId}));
        console().notifyInventoryChanged(m_fixture->tokenId(0));
        QCOMPARE(members->groupId(), salesId); // the selection survives the reload
        QVERIFY2(detail->text().contains(m_fixture->tokenName(0)), qPrintable(detail->text()));
        QCOMPARE(groups->index(groups->rowOf(salesId), GroupTableModel::DistributionColumn).data().toString(),
                 m_fixture->tokenName(0));
        QVERIFY(GroupStore(console().database()).setTokenGroups(m_fixture->tokenId(0), {}));
    }

    void devicesAndGroupsAreDeletedAfterConfirmation()
    {
        QStringList asked;
        bool answer = false;
        m_page->setConfirmHook([&](const QString &title, const QString &) {
            asked.append(title);
            return answer;
        });
        auto *deleteDevices = m_page->findChild<QPushButton *>(u"deleteDevicesButton"_s);
        auto *deleteGroup = m_page->findChild<QPushButton *>(u"deleteGroupButton"_s);
        auto *devices = m_page->findChild<QTableView *>(u"devicesTable"_s);
        QTRY_VERIFY(devices->model()->rowCount() > 0);
        devices->clearSelection();
        QVERIFY(!deleteDevices->isEnabled());

        // A click on a device's row, Delete, No: nothing goes; Yes: it goes, audited.
        const QModelIndex first = devices->model()->index(0, 0);
        const QString serial = first.data().toString();
        const int before = devices->model()->rowCount();
        QTest::mouseClick(devices->viewport(), Qt::LeftButton, {}, devices->visualRect(first).center());
        QVERIFY(deleteDevices->isEnabled());
        QTest::mouseClick(deleteDevices, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(devices->model()->rowCount(), before);
        answer = true;
        QTest::mouseClick(deleteDevices, Qt::LeftButton);
        QTRY_COMPARE(devices->model()->rowCount(), before - 1);
        auto last = console().workspace().auditLog().page(0, 1);
        QVERIFY(last && !last->isEmpty());
        QCOMPARE(last->constFirst().action, u"devices.delete"_s);
        QVERIFY(last->constFirst().details.value(u"serials"_s).toArray().contains(serial));

        // A group, clicked and deleted.
        auto *groups = m_page->findChild<QTableView *>(u"groupsTable"_s);
        QTRY_VERIFY(groups->model()->rowCount() > 0);
        const int groupsBefore = groups->model()->rowCount();
        const QModelIndex group = groups->model()->index(0, 0);
        const QString name = group.data().toString();
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(group).center());
        QVERIFY(deleteGroup->isEnabled());
        QTest::mouseClick(deleteGroup, Qt::LeftButton);
        QTRY_COMPARE(groups->model()->rowCount(), groupsBefore - 1);
        last = console().workspace().auditLog().page(0, 1);
        QCOMPARE(last->constFirst().action, u"group.delete"_s);
        QCOMPARE(last->constFirst().details.value(u"group"_s).toString(), name);
        m_page->setConfirmHook({});
    }

    void theDemoInventoryNamesTheLicensedDevices()
    {
        const auto [serial, licences] = licensedSerial();
        QVERIFY(!serial.isEmpty());
        const Result<int> imported = m_fixture->session().importInventory(console());
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toDisplayString()));
        QVERIFY(imported.value() >= 60); // London 30, Berlin 16, Austin 20 licensed devices
        // Every serial that holds a license is a known device, with a name and an owner.
        QHash<QString, int> held;
        const Result<qint64> read =
            InventoryReader(console().database())
                .forEachAssignment({}, {}, [&](const InventoryReader::AssignmentRow &r) {
                    if (!r.assignment.serialNumber.isEmpty())
                        ++held[r.assignment.serialNumber];
                });
        QVERIFY(read);
        const auto known = DeviceStore(console().database()).known(held.keys());
        QVERIFY(known);
        QCOMPARE(known->size(), held.size());
        const auto device = DeviceStore(console().database()).find(serial);
        QVERIFY(device && device->has_value());
        QVERIFY(!device->value().name.isEmpty());
        QVERIFY(device->value().owner.startsWith(u"ff-emp-"_s));
        // And the asset's device licenses show them (LicenseQuery's holder details).
        LicenseQuery query(console().database());
        LicenseQuery::Filter filter;
        filter.holders = LicenseQuery::Holders::Devices;
        query.setFilter(filter);
        query.setHolderDetails(true);
        const auto page = query.page(0, 20);
        QVERIFY(page && !page->isEmpty());
        for (const LicenseViewRow &row : page.value())
            QVERIFY2(!row.deviceName.isEmpty() && !row.deviceOwner.isEmpty(), qPrintable(row.serialNumber));
        const auto last = console().workspace().auditLog().page(0, 1);
        QCOMPARE(last->constFirst().action, u"import.groups"_s);
    }

    void importNeedsNoAppleButWaitsForNothingOffline()
    {
        // Local writes are allowed offline.
        console().setWorkOffline(true);
        const QString path = writeFile(u"offline.csv"_s, "C02OFF000001,Offline iPad\n");
        ImportCsvDialog *dialog = openImport();
        QVERIFY(dialog->loadFile(path));
        QVERIFY(!dialog->preview()->hasHeader);
        QVERIFY(m_page->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        QSignalSpy imported(dialog, &ImportCsvDialog::imported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        console().setWorkOffline(false);
        dialog->close();
        // A file that cannot be read says so in place.
        dialog = openImport();
        QVERIFY(!dialog->loadFile(m_dir.filePath(u"missing.csv"_s)));
        QVERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"missing.csv"_s));
        QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
