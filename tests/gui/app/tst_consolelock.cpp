// One console per database: the lock beside the database, who holds it, a lock left by a dead
// process taken over, and a console opened read-only (no syncs, no job resumes, no writes to
// Apple, and the reason in the disabled buttons' tips). Message boxes show names as plain text.
#include "app/console.h"
#include "app/consolelock.h"
#include "core/store/database.h"
#include "plainmessagebox.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QLabel>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestConsoleLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLockSaysWhoHoldsIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("inventory/vppdesk.sqlite"));
        ConsoleLock first(db);
        QVERIFY2(first.tryLock(), qPrintable(first.errorText()));
        QVERIFY(QFile::exists(ConsoleLock::lockPathFor(db)));

        ConsoleLock second(db);
        QVERIFY(!second.tryLock());
        QCOMPARE(second.holder().pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder().appName, QCoreApplication::applicationName());
        QVERIFY(!second.holder().hostName.isEmpty());
        QVERIFY2(second.holderText().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.holderText()));
        QVERIFY2(second.errorText().contains(second.holderText()), qPrintable(second.errorText()));
    }

    void lockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("vppdesk.sqlite"));
        // A process that has ended: its pid is free, so the lock it left is stale.
        QProcess done;
        done.start(QStringLiteral("sleep"), {QStringLiteral("0.2")});
        QVERIFY(done.waitForStarted());
        const qint64 deadPid = done.processId(); // 0 once it has finished
        QVERIFY(deadPid > 0);
        QVERIFY(done.waitForFinished());
        // QLockFile's own format (pid, application, host, machine id...), with the dead pid.
        QByteArray contents;
        {
            const QString sample = dir.filePath(QStringLiteral("sample.lock"));
            QLockFile own(sample);
            QVERIFY(own.tryLock(0));
            QFile written(sample);
            QVERIFY(written.open(QIODevice::ReadOnly));
            contents = written.readAll();
        }
        const qsizetype firstLine = contents.indexOf('\n');
        QVERIFY(firstLine > 0);
        contents = QByteArray::number(deadPid) + contents.mid(firstLine);
        QFile lockFile(ConsoleLock::lockPathFor(db));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(contents);
        lockFile.close();
        ConsoleLock lock(db);
        QVERIFY2(lock.tryLock(), qPrintable(lock.errorText()));
    }

    void readOnlyConsoleOnlyLooks()
    {
        QTemporaryDir dir;
        Console::Options options;
        options.databasePath = dir.filePath(QStringLiteral("vppdesk.sqlite"));
        options.memoryVault = true;
        options.readOnly = true;
        options.readOnlyReason =
            QStringLiteral("Another VPP Desk has this database open: VPP Desk (process 7).");
        Console console;
        const Result<void> opened = console.open(options);
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
        QVERIFY(console.isReadOnly());
        QVERIFY(console.isWorkingOffline());
        QVERIFY(!console.canWrite());
        QVERIFY2(console.writeBlockedReason().contains(QStringLiteral("process 7")),
                 qPrintable(console.writeBlockedReason()));
        console.setWorkOffline(false); // File > Work Offline cannot turn it back on
        QVERIFY(console.isWorkingOffline());
        QVERIFY(!console.canWrite());
    }

    void messageBoxesShowNamesAsPlainText()
    {
        const QString name = QStringLiteral("<a href=\"https://evil.example\">London</a><img src=x>");
        const std::unique_ptr<QMessageBox> box(
            PlainMessageBox::create(QMessageBox::Question, nullptr, QStringLiteral("Remove"), name));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), name);
        const auto labels = box->findChildren<QLabel *>();
        bool shown = false;
        for (const QLabel *label : labels) {
            if (label->text() == name) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                shown = true;
            }
        }
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestConsoleLock)
#include "tst_consolelock.moc"
