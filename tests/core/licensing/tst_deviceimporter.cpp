// DeviceImporter: header detection, quoting, preview, per-row errors and all-or-nothing imports.
#include "core/licensing/deviceimporter.h"
#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestDeviceImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"))
                    .isOk());
    }
    void cleanup() { m_db.reset(); }

    void quotedFieldsAndLines()
    {
        const auto rows = DeviceImporter::parseCsv("a,\"b, \"\"c\"\"\",d\r\n\r\n\"multi\nline\",x\nlast,y");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].second,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b, \"c\""), QStringLiteral("d")}));
        QCOMPARE(rows[1].first, 3);
        QCOMPARE(rows[1].second.first(), QStringLiteral("multi\nline"));
        QCOMPARE(rows[2].first, 5);
    }

    void goodDevicesWithHeader()
    {
        DeviceImporter importer(*m_db);
        const QByteArray csv = "Owner;Serial Number;Name;Last Seen\n"
                               "u1;C02AAA0001;\"Anna's iPad; 2\";2026-01-31\n"
                               "u2;c02aaa0002;Lab Mac;2026-02-01T08:00:00Z\n";
        const auto preview = importer.preview(DeviceImporter::Kind::Devices, csv, 1);
        QVERIFY(preview);
        QVERIFY(preview->hasHeader);
        QCOMPARE(preview->totalRows, 2);
        QCOMPARE(preview->rows.size(), 1);
        QVERIFY(preview->errors.isEmpty());
        const auto outcome = importer.import(DeviceImporter::Kind::Devices, csv, QStringLiteral("test"));
        QVERIFY2(outcome, qPrintable(outcome.error().toLogString()));
        QCOMPARE(outcome->imported, 2);
        const auto d = DeviceStore(*m_db).find(QStringLiteral("C02AAA0002"));
        QVERIFY(d && d->has_value());
        QCOMPARE(d->value().name, QStringLiteral("Lab Mac"));
        QCOMPARE(d->value().lastSeen, QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(DeviceStore(*m_db).find(QStringLiteral("C02AAA0001"))->value().name,
                 QStringLiteral("Anna's iPad; 2"));
    }

    void badRowsWriteNothing()
    {
        DeviceImporter importer(*m_db);
        const QByteArray csv = "C02AAA0001,iPad,u1,2026-01-31\n"
                               ",iPad,u2,\n"
                               "C02AAA0003,iPad,u3,yesterday\n"
                               "C02AAA0001,dup,u4,\n"
                               "C02AAA0005,ok,u5,\n";
        const auto preview = importer.preview(DeviceImporter::Kind::Devices, csv);
        QVERIFY(!preview->hasHeader);
        QCOMPARE(preview->errors.size(), 3);
        QCOMPARE(preview->errors[0].line, 2);
        QVERIFY(preview->errors[0].message.contains(QStringLiteral("missing")));
        QCOMPARE(preview->errors[1].line, 3);
        QVERIFY(preview->errors[1].message.contains(QStringLiteral("yesterday")));
        QCOMPARE(preview->errors[2].line, 4);
        QVERIFY(preview->errors[2].message.contains(QStringLiteral("duplicate")));

        const auto refused = importer.import(DeviceImporter::Kind::Devices, csv, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("import.badRows"));
        QCOMPARE(DeviceStore(*m_db).count().value(), 0);

        const auto skipped = importer.import(DeviceImporter::Kind::Devices, csv, {}, true);
        QVERIFY(skipped);
        QCOMPARE(skipped->imported, 2);
        QCOMPARE(skipped->skipped, 3);
        QCOMPARE(DeviceStore(*m_db).count().value(), 2);
    }

    void groupsWithUsersAndDevices()
    {
        DeviceImporter importer(*m_db);
        QVERIFY(importer.import(DeviceImporter::Kind::Devices, "C02AAA0001,iPad,,\n", {}));
        const QByteArray csv = "group,member,kind\n"
                               "Teachers,u1,\n"
                               "Teachers,C02AAA0001,\n"
                               "Lab,C02XYZ9999,device\n"
                               "Lab,u2,robot\n"
                               "Teachers,u1,\n";
        const auto bad = importer.import(DeviceImporter::Kind::Groups, csv, {});
        QVERIFY(!bad);
        QVERIFY(bad.error().detail.contains(QStringLiteral("Line 5")));
        QVERIFY(bad.error().detail.contains(QStringLiteral("Line 6")));
        QVERIFY(GroupStore(*m_db).list()->isEmpty());
        const auto ok = importer.import(DeviceImporter::Kind::Groups, csv, {}, true);
        QVERIFY(ok);
        QCOMPARE(ok->groups, 2);
        GroupStore groups(*m_db);
        const auto members = groups.members(groups.findByName(QStringLiteral("Teachers"))->value().id);
        QCOMPARE(members->size(), 2);
        QVERIFY(members->contains(GroupMember{GroupMember::Kind::Device, QStringLiteral("C02AAA0001")}));
        QVERIFY(members->contains(GroupMember{GroupMember::Kind::User, QStringLiteral("u1")}));
    }

    // Found by tests/fuzz (fuzz_device_csv): chained arg() calls put the line number into a "%1" of the
    // member or the group.
    void percentSignsStayText()
    {
        DeviceImporter importer(*m_db);
        const auto preview =
            importer.preview(DeviceImporter::Kind::Groups, "Sales %1,u%2,user\nSales %1,u%2,user\n");
        QVERIFY(preview);
        QCOMPARE(preview->errors.size(), 1);
        QCOMPARE(preview->errors[0].message,
                 QStringLiteral("Line 2: u%2 is listed twice in group Sales %1 (first on line 1)."));
    }
};

QTEST_GUILESS_MAIN(TestDeviceImporter)
#include "tst_deviceimporter.moc"
