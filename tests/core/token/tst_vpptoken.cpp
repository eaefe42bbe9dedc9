// Tests of VppToken: parsing real .vpptoken files from tests/data/tokens, every error kind, Apple's
// date forms, and that the secret never reaches an error text or a log line.
#include "core/common/logging.h"
#include "core/token/vpptoken.h"
#include "testsupport.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

const QDateTime Now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
// The inner "token" value of every fake file written by make-tokens.py.
const QString FakeInnerToken = QStringLiteral("RkFLRS1WUFAtREVTSy1URVNULVRPS0VOLTAwMDEtZG8tbm90LXVzZQ==");

QString tokenPath(const QString &name)
{
    return TestSupport::dataDir() + QStringLiteral("/tokens/") + name;
}

QByteArray readFile(const QString &name)
{
    QFile file(tokenPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test file %s", qPrintable(file.fileName()));
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// Every message sent while a CapturedLog exists, with all vppdesk categories enabled.
QStringList *g_log = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_log)
        g_log->append(message);
}

class CapturedLog
{
public:
    CapturedLog()
    {
        g_log = &m_lines;
        m_previous = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("vppdesk.*=true"));
    }
    ~CapturedLog()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        g_log = nullptr;
    }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestVppToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFiles_data();
    void validFiles();
    void appleExampleKeepsFileContentsAsBearer();
    void invalidFiles_data();
    void invalidFiles();
    void missingFieldNamesTheField_data();
    void missingFieldNamesTheField();
    void expiredSaysWhen();
    void expiryIsExclusiveOfNow();
    void oversizeInMemory();
    void errorsNeverContainTheSecret_data();
    void errorsNeverContainTheSecret();
    void logAndDebugNeverContainTheSecret();
    void appleDates_data();
    void appleDates();
    void daysUntilExpiry_data();
    void daysUntilExpiry();
    void fingerprint();
    void fromFileMissing();
    void fromFileDirectory();
    void fromFileUnreadable();
};

void TestVppToken::initTestCase()
{
    QVERIFY2(QFile::exists(tokenPath(QStringLiteral("valid-pretty.vpptoken"))),
             "tests/data/tokens not found: is VPPDESK_SOURCE_DIR set (run through ctest)?");
}

void TestVppToken::validFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("orgName");
    QTest::addColumn<QDateTime>("expiresAt");

    QTest::newRow("pretty JSON (Apple's example)")
        << QStringLiteral("valid-pretty.vpptoken") << QStringLiteral("ORG12345")
        << utc(2030, 11, 8, 22, 33, 22);
    QTest::newRow("compact JSON, no final newline")
        << QStringLiteral("valid-compact.vpptoken") << QStringLiteral("Example School District")
        << utc(2031, 1, 2, 3, 4, 5);
    QTest::newRow("+HH:MM offset") << QStringLiteral("offset-colon.vpptoken")
                                   << QStringLiteral("Example School District") << utc(2030, 6, 15, 10, 0, 0);
    QTest::newRow("Z") << QStringLiteral("offset-z.vpptoken") << QStringLiteral("Example School District")
                       << utc(2030, 6, 15, 12, 0, 0);
    QTest::newRow("-0700 (v1 example)")
        << QStringLiteral("offset-minus0700.vpptoken") << QStringLiteral("Example School District")
        << utc(2030, 8, 16, 1, 13, 52);
    QTest::newRow("Windows line endings, leading spaces")
        << QStringLiteral("windows-crlf.vpptoken") << QStringLiteral("Example School District")
        << utc(2031, 1, 2, 3, 4, 5);
    QTest::newRow("UTF-8 byte order mark")
        << QStringLiteral("utf8-bom.vpptoken") << QStringLiteral("Example School District")
        << utc(2031, 1, 2, 3, 4, 5);
}

void TestVppToken::validFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, orgName);
    QFETCH(QDateTime, expiresAt);

    const Result<VppToken> result = VppToken::fromFile(tokenPath(file), Now);
    QVERIFY2(result.isOk(), qPrintable(result.error().toLogString()));
    const VppToken &token = result.value();
    QVERIFY(!token.isNull());
    QCOMPARE(token.orgName(), orgName);
    QCOMPARE(token.expiresAt(), expiresAt);
    QCOMPARE(token.expiresAt().timeSpec(), Qt::UTC);

    // The bearer value is the file contents without surrounding whitespace or BOM: no re-encoding.
    QByteArray expected = readFile(file);
    if (expected.startsWith("\xEF\xBB\xBF"))
        expected.remove(0, 3);
    QCOMPARE(token.sToken(), QString::fromLatin1(expected.trimmed()));
    QVERIFY(!token.sToken().contains(QLatin1Char('\n')));
    QVERIFY(!token.sToken().contains(QLatin1Char('\r')));
    QVERIFY(!token.sToken().contains(QLatin1Char(' ')));

    // parse() of the same bytes gives the same token.
    const Result<VppToken> again = VppToken::parse(readFile(file), Now);
    QVERIFY(again.isOk());
    QVERIFY(again.value() == token);
}

void TestVppToken::appleExampleKeepsFileContentsAsBearer()
{
    const QString appleBase64 = QStringLiteral("ewogICAgInRva2VuIjogIlZGZHdRbVZWTVZSUldGSktVbGRTTlZkc1pHcGpNR"
                                               "3hIVTI1Q2FrMXRhRzlhUjJ3eldqRkdkVk50ZUd0VFJr"
                                               "WjZVMVZhVDJGSFRuUlNiVGxOVVRCS1ExcEdhRTlOUjBaWVRrUXdQUT09IiwKI"
                                               "CAgICJleHBEYXRlIjogIjIwMzAtMTEtMDhUMjI6MzM6"
                                               "MjIrMDAwMCIsCiAgICAib3JnTmFtZSI6ICJPUkcxMjM0NSIKfQ==");
    const Result<VppToken> result = VppToken::parse(appleBase64.toLatin1() + "\r\n", Now);
    QVERIFY(result.isOk());
    QCOMPARE(result->sToken(), appleBase64);
    QCOMPARE(result->orgName(), QStringLiteral("ORG12345"));
}

void TestVppToken::invalidFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<VppError::Kind>("kind");
    QTest::addColumn<QString>("code");

    const auto token = VppError::Kind::Token;
    QTest::newRow("empty") << QStringLiteral("empty.vpptoken") << token << QStringLiteral("token.empty");
    QTest::newRow("whitespace only") << QStringLiteral("whitespace-only.vpptoken") << token
                                     << QStringLiteral("token.empty");
    QTest::newRow("over 64 KiB") << QStringLiteral("oversize.vpptoken") << token
                                 << QStringLiteral("token.tooLarge");
    QTest::newRow("not Base64 (a plist)")
        << QStringLiteral("not-base64.vpptoken") << token << QStringLiteral("token.notBase64");
    QTest::newRow("Base64 wrapped over lines")
        << QStringLiteral("wrapped-lines.vpptoken") << token << QStringLiteral("token.notBase64");
    QTest::newRow("Base64 of binary garbage")
        << QStringLiteral("base64-garbage.vpptoken") << token << QStringLiteral("token.notJson");
    QTest::newRow("JSON array") << QStringLiteral("json-array.vpptoken") << token
                                << QStringLiteral("token.notObject");
    QTest::newRow("missing token") << QStringLiteral("missing-token.vpptoken") << token
                                   << QStringLiteral("token.missingField");
    QTest::newRow("missing expDate") << QStringLiteral("missing-expdate.vpptoken") << token
                                     << QStringLiteral("token.missingField");
    QTest::newRow("missing orgName") << QStringLiteral("missing-orgname.vpptoken") << token
                                     << QStringLiteral("token.missingField");
    QTest::newRow("expDate is a number")
        << QStringLiteral("wrong-type-expdate.vpptoken") << token << QStringLiteral("token.wrongFieldType");
    QTest::newRow("empty token field")
        << QStringLiteral("empty-token-field.vpptoken") << token << QStringLiteral("token.emptyField");
    QTest::newRow("expDate in words")
        << QStringLiteral("bad-expdate.vpptoken") << token << QStringLiteral("token.badExpDate");
    QTest::newRow("expDate month 13")
        << QStringLiteral("bad-expdate-month13.vpptoken") << token << QStringLiteral("token.badExpDate");
    QTest::newRow("expired") << QStringLiteral("expired.vpptoken") << token
                             << QStringLiteral("token.expired");
}

void TestVppToken::invalidFiles()
{
    QFETCH(QString, file);
    QFETCH(VppError::Kind, kind);
    QFETCH(QString, code);

    const Result<VppToken> result = VppToken::fromFile(tokenPath(file), Now);
    QVERIFY(!result.isOk());
    QVERIFY(result.hasError());
    const VppError &error = result.error();
    QCOMPARE(error.code, code);
    QVERIFY(error.kind == kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.advice.isEmpty());
    QVERIFY(error.message.endsWith(QLatin1Char('.')));
    QCOMPARE(error.appleErrorNumber, 0);
    QCOMPARE(error.httpStatus, 0);
}

void TestVppToken::missingFieldNamesTheField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::newRow("token") << QStringLiteral("missing-token.vpptoken") << QStringLiteral("token");
    QTest::newRow("expDate") << QStringLiteral("missing-expdate.vpptoken") << QStringLiteral("expDate");
    QTest::newRow("orgName") << QStringLiteral("missing-orgname.vpptoken") << QStringLiteral("orgName");
    QTest::newRow("wrong type") << QStringLiteral("wrong-type-expdate.vpptoken") << QStringLiteral("expDate");
    QTest::newRow("empty") << QStringLiteral("empty-token-field.vpptoken") << QStringLiteral("token");
}

void TestVppToken::missingFieldNamesTheField()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    const Result<VppToken> result = VppToken::parse(readFile(file), Now);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("\u201c") + field + QStringLiteral("\u201d")),
             qPrintable(result.error().message));
    if (result.error().code == QLatin1String("token.wrongFieldType"))
        QVERIFY2(result.error().message.contains(QLatin1String("number")),
                 qPrintable(result.error().message));
}

void TestVppToken::expiredSaysWhen()
{
    const Result<VppToken> result = VppToken::parse(readFile(QStringLiteral("expired.vpptoken")), Now);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("token.expired"));
    QVERIFY2(result.error().message.contains(QLatin1String("2020-03-01 10:00 UTC")),
             qPrintable(result.error().message));

    // The same file was fine before its expiry date.
    const Result<VppToken> before =
        VppToken::parse(readFile(QStringLiteral("expired.vpptoken")), utc(2020, 2, 1, 0, 0, 0));
    QVERIFY(before.isOk());
    QCOMPARE(before->daysUntilExpiry(utc(2020, 2, 1, 0, 0, 0)), 29);
}

void TestVppToken::expiryIsExclusiveOfNow()
{
    const QByteArray contents = readFile(QStringLiteral("offset-z.vpptoken")); // 2030-06-15T12:00:00Z
    QVERIFY(VppToken::parse(contents, utc(2030, 6, 15, 11, 59, 59)).isOk());
    QCOMPARE(VppToken::parse(contents, utc(2030, 6, 15, 12, 0, 0)).error().code,
             QStringLiteral("token.expired"));
}

void TestVppToken::oversizeInMemory()
{
    const QByteArray justFits = QByteArray(VppToken::MaxFileSize, 'A');
    QVERIFY(VppToken::parse(justFits, Now).error().code != QLatin1String("token.tooLarge"));
    const Result<VppToken> tooBig = VppToken::parse(justFits + 'A', Now);
    QCOMPARE(tooBig.error().code, QStringLiteral("token.tooLarge"));
    QVERIFY2(tooBig.error().message.contains(QLatin1String("65 KiB")), qPrintable(tooBig.error().message));
}

void TestVppToken::errorsNeverContainTheSecret_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDateTime>("now");
    const QStringList files = QDir(TestSupport::dataDir() + QStringLiteral("/tokens"))
                                  .entryList({QStringLiteral("*.vpptoken")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &file : files) {
        if (file == QLatin1String("oversize.vpptoken"))
            continue; // its contents are just "QUFB..." and would match by accident; covered elsewhere
        // A far-future "now" makes every otherwise valid file fail as expired, after full parsing.
        QTest::newRow(qPrintable(file)) << file << utc(2099, 1, 1, 0, 0, 0);
    }
}

void TestVppToken::errorsNeverContainTheSecret()
{
    QFETCH(QString, file);
    QFETCH(QDateTime, now);
    const QByteArray contents = readFile(file);
    QByteArray withoutBom = contents;
    if (withoutBom.startsWith("\xEF\xBB\xBF"))
        withoutBom.remove(0, 3);
    const QString trimmed = QString::fromLatin1(withoutBom.trimmed());

    const Result<VppToken> result = VppToken::parse(contents, now);
    QVERIFY(!result);
    const VppError &error = result.error();
    const QString everything = error.code + error.message + error.advice + error.detail +
                               error.toLogString() + error.toDisplayString();
    if (!trimmed.isEmpty())
        QVERIFY2(!everything.contains(trimmed), qPrintable(file));
    QVERIFY2(!everything.contains(FakeInnerToken), qPrintable(file));
    // Apple's example inner token, in valid-pretty.vpptoken.
    QVERIFY2(!everything.contains(QLatin1String("VFdwQmVVMVRRWFJK")), qPrintable(file));
    // Not even a long piece of the file.
    if (trimmed.size() > 40)
        QVERIFY2(!everything.contains(trimmed.mid(10, 24)), qPrintable(file));
}

void TestVppToken::logAndDebugNeverContainTheSecret()
{
    const QByteArray contents = readFile(QStringLiteral("valid-compact.vpptoken"));
    QString debugText;
    {
        CapturedLog log;
        const Result<VppToken> result = VppToken::parse(contents, Now);
        QVERIFY(result.isOk());
        QDebug(&debugText) << result.value();
        qCDebug(lcToken) << "after parse";
        QVERIFY2(log.text().contains(QLatin1String("after parse")), "the log capture does not work");
        QVERIFY2(log.text().contains(QLatin1String("Example School District")), qPrintable(log.text()));
        QVERIFY(!log.text().contains(QString::fromLatin1(contents)));
        QVERIFY(!log.text().contains(FakeInnerToken));
    }
    QVERIFY2(debugText.contains(QLatin1String("redacted")), qPrintable(debugText));
    QVERIFY(!debugText.contains(QString::fromLatin1(contents)));
    QVERIFY(!debugText.contains(FakeInnerToken));
}

void TestVppToken::appleDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = must be rejected

    QTest::newRow("+0000") << QStringLiteral("2030-11-08T22:33:22+0000") << utc(2030, 11, 8, 22, 33, 22);
    QTest::newRow("-0700") << QStringLiteral("2014-08-15T18:13:52-0700") << utc(2014, 8, 16, 1, 13, 52);
    QTest::newRow("+02:00") << QStringLiteral("2030-06-15T12:00:00+02:00") << utc(2030, 6, 15, 10, 0, 0);
    QTest::newRow("+0530") << QStringLiteral("2030-01-01T05:30:00+0530") << utc(2030, 1, 1, 0, 0, 0);
    QTest::newRow("Z") << QStringLiteral("2030-06-15T12:00:00Z") << utc(2030, 6, 15, 12, 0, 0);
    QTest::newRow("crosses new year")
        << QStringLiteral("2030-12-31T23:00:00-0200") << utc(2031, 1, 1, 1, 0, 0);
    QTest::newRow("fraction") << QStringLiteral("2030-06-15T12:00:00.250Z")
                              << QDateTime(QDate(2030, 6, 15), QTime(12, 0, 0, 250), Qt::UTC);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00+0000") << utc(2028, 2, 29, 0, 0, 0);

    QTest::newRow("no offset") << QStringLiteral("2030-11-08T22:33:22") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2030-11-08") << QDateTime();
    QTest::newRow("space for T") << QStringLiteral("2030-11-08 22:33:22+0000") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2030-13-08T22:33:22+0000") << QDateTime();
    QTest::newRow("Feb 30") << QStringLiteral("2030-02-30T00:00:00+0000") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("2030-11-08T24:00:00+0000") << QDateTime();
    QTest::newRow("offset minutes 60") << QStringLiteral("2030-11-08T22:33:22+0060") << QDateTime();
    QTest::newRow("offset 3 digits") << QStringLiteral("2030-11-08T22:33:22+000") << QDateTime();
    QTest::newRow("words") << QStringLiteral("next Tuesday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestVppToken::appleDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = VppToken::parseAppleDate(text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestVppToken::daysUntilExpiry_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("days");
    // offset-z.vpptoken expires 2030-06-15T12:00:00Z.
    QTest::newRow("12 days") << utc(2030, 6, 3, 12, 0, 0) << 12;
    QTest::newRow("12 days minus 1 s") << utc(2030, 6, 3, 12, 0, 1) << 11;
    QTest::newRow("1 day") << utc(2030, 6, 14, 12, 0, 0) << 1;
    QTest::newRow("1 s left") << utc(2030, 6, 15, 11, 59, 59) << 0;
    QTest::newRow("at expiry") << utc(2030, 6, 15, 12, 0, 0) << 0;
    QTest::newRow("1 s after") << utc(2030, 6, 15, 12, 0, 1) << -1;
    QTest::newRow("1 day after") << utc(2030, 6, 16, 12, 0, 0) << -1;
    QTest::newRow("1 day 1 s after") << utc(2030, 6, 16, 12, 0, 1) << -2;
}

void TestVppToken::daysUntilExpiry()
{
    QFETCH(QDateTime, now);
    QFETCH(int, days);
    const Result<VppToken> token = VppToken::fromFile(tokenPath(QStringLiteral("offset-z.vpptoken")), Now);
    QVERIFY(token.isOk());
    QCOMPARE(token->daysUntilExpiry(now), days);
    QCOMPARE(token->isExpired(now), now >= token->expiresAt());
}

void TestVppToken::fingerprint()
{
    const auto a = VppToken::fromFile(tokenPath(QStringLiteral("valid-compact.vpptoken")), Now);
    const auto b = VppToken::fromFile(tokenPath(QStringLiteral("windows-crlf.vpptoken")), Now);
    const auto a2 =
        VppToken::fromFile(tokenPath(QStringLiteral("utf8-bom.vpptoken")), Now); // same Base64 as a
    QVERIFY(a && b && a2);
    QCOMPARE(a->fingerprint().size(), 16);
    QCOMPARE(a->fingerprint(), a2->fingerprint());
    QVERIFY(a->fingerprint() != b->fingerprint());
    QVERIFY(!a->sToken().contains(a->fingerprint()));
    QVERIFY(VppToken().fingerprint().isEmpty());
}

void TestVppToken::fromFileMissing()
{
    const Result<VppToken> result =
        VppToken::fromFile(tokenPath(QStringLiteral("no-such-file.vpptoken")), Now);
    QVERIFY(!result);
    QVERIFY(result.error().kind == VppError::Kind::Io);
    QCOMPARE(result.error().code, QStringLiteral("token.fileNotFound"));
    QVERIFY(result.error().message.contains(QLatin1String("no-such-file.vpptoken")));
}

void TestVppToken::fromFileDirectory()
{
    const Result<VppToken> result = VppToken::fromFile(TestSupport::dataDir(), Now);
    QVERIFY(!result);
    QVERIFY(result.error().kind == VppError::Kind::Io);
    QCOMPARE(result.error().code, QStringLiteral("token.fileUnreadable"));
}

void TestVppToken::fromFileUnreadable()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop reading");
#else
    QSKIP("file permissions are tested on Unix only");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.vpptoken"));
    QVERIFY(QFile::copy(tokenPath(QStringLiteral("valid-compact.vpptoken")), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const Result<VppToken> result = VppToken::fromFile(path, Now);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("token.fileUnreadable"));
    QVERIFY(result.error().message.contains(QLatin1String("locked.vpptoken")));
}

QTEST_GUILESS_MAIN(TestVppToken)
#include "tst_vpptoken.moc"
