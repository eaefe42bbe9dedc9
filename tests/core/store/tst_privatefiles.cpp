// PrivateFiles on Unix: the database, its -wal and -shm, and the request trace are created 0600,
// in folders VPP Desk creates 0700; an existing database left readable by others is tightened.
#include "core/apple/appletrace.h"
#include "core/common/privatefiles.h"
#include "core/store/database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("new/nested"));
        const QString path = folder + QStringLiteral("/vppdesk.sqlite");
        const mode_t old = ::umask(022); // a usual umask would give 0644 and 0755
        Database db;
        const Result<void> opened = db.open(path);
        ::umask(old);
        QVERIFY2(opened, qPrintable(opened.error().toLogString()));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), 0700);
        QCOMPARE(modeOf(dir.path()), 0700); // QTemporaryDir's own; existing folders are left alone
    }

    void existingDatabaseIsTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(modeOf(path), 0600);
    }

    void traceFileIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trace.jsonl"));
        const mode_t old = ::umask(022);
        AppleTrace trace;
        QString error;
        const bool ok = trace.setFile(path, &error);
        ::umask(old);
        QVERIFY2(ok, qPrintable(error));
        trace.record({QDateTime::currentDateTimeUtc(), QStringLiteral("GET"), QStringLiteral("/x"), 200, 0, 1,
                      1, 1, QStringLiteral("ok")});
        QCOMPARE(modeOf(path), 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
