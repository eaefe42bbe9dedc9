// Tests of AppleJsonReader: root parsing (errors first, broken bodies), ids, integers and dates.
#include "core/apple/applejsonreader.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(VppError::Kind)

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(TestSupport::dataDir() + QStringLiteral("/apple/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestAppleJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void parseRoot_data();
    void parseRoot();
    void invalidJsonReportsOffset();
    void bodyTooLarge();
    void manyByteOrderMarks();
    void ids_data();
    void ids();
    void integers();
    void typesAndPaths();
    void firstErrorWins();
    void dates_data();
    void dates();
};

void TestAppleJsonReader::parseRoot_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("http");
    QTest::addColumn<VppError::Kind>("kind"); // None: success
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("appleNumber");

    using K = VppError::Kind;
    QTest::newRow("object") << dataFile(QStringLiteral("assets.json")) << 200 << K::None << QString() << 0;
    QTest::newRow("object, unknown status") << QByteArray("{}") << 0 << K::None << QString() << 0;
    // Found by tests/fuzz (fuzz_apple_parser): one recursion per byte order mark overflowed the stack.
    // One mark is legitimate; a reply of many fails at once as invalid JSON, without recursion.
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << 200 << K::None << QString() << 0;
    QTest::newRow("a million byte order marks")
        << QByteArray("\xEF\xBB\xBF").repeated(1000000) + QByteArray("{}") << 200 << K::Parse
        << QStringLiteral("parse.invalidJson") << 0;
    QTest::newRow("error in 200") << dataFile(QStringLiteral("error_in_200_9646.json")) << 200 << K::Apple
                                  << QStringLiteral("apple.9646") << 9646;
    QTest::newRow("9622 in 200") << QByteArray(R"({"errorNumber":9622,"errorMessage":"Invalid token"})")
                                 << 200 << K::Apple << QStringLiteral("apple.9622") << 9622;
    QTest::newRow("error in 401") << dataFile(QStringLiteral("error_9621.json")) << 401 << K::Apple
                                  << QStringLiteral("apple.9621") << 9621;
    QTest::newRow("errorNumber as string") << QByteArray(R"({"errorNumber":"9603","errorMessage":"x"})")
                                           << 500 << K::Apple << QStringLiteral("apple.9603") << 9603;
    QTest::newRow("unknown error number") << dataFile(QStringLiteral("error_unknown.json")) << 400 << K::Apple
                                          << QStringLiteral("apple.9999") << 9999;
    QTest::newRow("errorNumber 0 is not an error")
        << QByteArray(R"({"errorNumber":0})") << 200 << K::None << QString() << 0;
    QTest::newRow("html 200") << dataFile(QStringLiteral("html_error.html")) << 200 << K::Parse
                              << QStringLiteral("parse.notJson") << 0;
    QTest::newRow("html 502") << dataFile(QStringLiteral("html_error.html")) << 502 << K::Network
                              << QStringLiteral("http.status") << 0;
    QTest::newRow("json 500 without error")
        << QByteArray(R"({"oops":1})") << 500 << K::Network << QStringLiteral("http.status") << 0;
    QTest::newRow("empty 429") << QByteArray() << 429 << K::Network << QStringLiteral("http.status") << 0;
    QTest::newRow("empty") << QByteArray() << 200 << K::Parse << QStringLiteral("parse.emptyBody") << 0;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << 200 << K::Parse
                                << QStringLiteral("parse.emptyBody") << 0;
    QTest::newRow("truncated") << dataFile(QStringLiteral("truncated.json")) << 200 << K::Parse
                               << QStringLiteral("parse.truncated") << 0;
    QTest::newRow("truncated after key")
        << QByteArray(R"({"a": 1, "b")") << 200 << K::Parse << QStringLiteral("parse.truncated") << 0;
    QTest::newRow("truncated in string")
        << QByteArray(R"({"a": "abc)") << 200 << K::Parse << QStringLiteral("parse.truncated") << 0;
    QTest::newRow("garbage in object") << dataFile(QStringLiteral("garbage.json")) << 200 << K::Parse
                                       << QStringLiteral("parse.invalidJson") << 0;
    QTest::newRow("garbage") << QByteArray("\x01\x02 binary") << 200 << K::Parse
                             << QStringLiteral("parse.invalidJson") << 0;
    QTest::newRow("array root") << dataFile(QStringLiteral("not_object.json")) << 200 << K::Parse
                                << QStringLiteral("parse.notObject") << 0;
    QTest::newRow("string root") << QByteArray(R"("hello")") << 200 << K::Parse
                                 << QStringLiteral("parse.notObject") << 0;
    QTest::newRow("number root") << QByteArray("42") << 200 << K::Parse << QStringLiteral("parse.notObject")
                                 << 0;
}

void TestAppleJsonReader::parseRoot()
{
    QFETCH(QByteArray, body);
    QFETCH(int, http);
    QFETCH(VppError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(int, appleNumber);

    const Result<QJsonObject> root = AppleJsonReader::parseRoot(body, http);
    if (kind == VppError::Kind::None) {
        QVERIFY2(root.isOk(), qPrintable(root.error().toLogString()));
        return;
    }
    QVERIFY(root.hasError());
    QCOMPARE(root.error().kind, kind);
    QCOMPARE(root.error().code, code);
    QCOMPARE(root.error().appleErrorNumber, appleNumber);
    QCOMPARE(root.error().httpStatus, http);
    QVERIFY(!root.error().message.isEmpty());
}

void TestAppleJsonReader::invalidJsonReportsOffset()
{
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(QByteArray(R"({"a": 1, "b": nope})"));
    QVERIFY(root.hasError());
    QCOMPARE(root.error().code, QStringLiteral("parse.invalidJson"));
    QVERIFY2(root.error().detail.contains(QLatin1String("at offset 16 of 19 bytes")),
             qPrintable(root.error().detail));
    QVERIFY2(root.error().message.contains(QLatin1String("byte 16")), qPrintable(root.error().message));
}

void TestAppleJsonReader::bodyTooLarge()
{
    QByteArray body(AppleJsonReader::maxBodySize + 1, ' ');
    body[0] = '{';
    body[body.size() - 1] = '}';
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(body);
    QVERIFY(root.hasError());
    QCOMPARE(root.error().code, QStringLiteral("parse.bodyTooLarge"));
}

// A hostile reply of byte order marks: one is skipped, the rest is an error, quickly and without
// recursion (the old code stripped them one call deep each and copied the rest every time).
void TestAppleJsonReader::manyByteOrderMarks()
{
    QByteArray body;
    for (int i = 0; i < 200000; ++i)
        body += "\xEF\xBB\xBF";
    body += "{}";
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(body);
    QVERIFY(root.hasError());
    QCOMPARE(root.error().kind, VppError::Kind::Parse);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    // One mark is still fine.
    const Result<QJsonObject> one = AppleJsonReader::parseRoot(QByteArray("\xEF\xBB\xBF{\"a\":1}"));
    QVERIFY2(!one.hasError(), qPrintable(one.hasError() ? one.error().toLogString() : QString()));
}

void TestAppleJsonReader::ids_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // empty with ok=false: error
    QTest::addColumn<bool>("ok");

    QTest::newRow("string") << QByteArray(R"({"id":"408709785"})") << QStringLiteral("408709785") << true;
    QTest::newRow("number") << QByteArray(R"({"id":408709785})") << QStringLiteral("408709785") << true;
    QTest::newRow("uId number") << QByteArray(R"({"id":2049025000431439})")
                                << QStringLiteral("2049025000431439") << true;
    QTest::newRow("beyond 2^53 exact")
        << QByteArray(R"({"id":9007199254740993})") << QStringLiteral("9007199254740993") << true;
    QTest::newRow("int64 max") << QByteArray(R"({"id":9223372036854775807})")
                               << QStringLiteral("9223372036854775807") << true;
    QTest::newRow("huge string kept") << QByteArray(R"({"id":"123456789012345678901234567890"})")
                                      << QStringLiteral("123456789012345678901234567890") << true;
    QTest::newRow("beyond int64") << QByteArray(R"({"id":123456789012345678901234})") << QString() << false;
    QTest::newRow("fraction") << QByteArray(R"({"id":1.5})") << QString() << false;
    QTest::newRow("negative") << QByteArray(R"({"id":-4})") << QString() << false;
    QTest::newRow("bool") << QByteArray(R"({"id":true})") << QString() << false;
    QTest::newRow("object") << QByteArray(R"({"id":{}})") << QString() << false;
    QTest::newRow("missing") << QByteArray(R"({})") << QString() << false;
    QTest::newRow("empty string") << QByteArray(R"({"id":""})") << QString() << false;
}

void TestAppleJsonReader::ids()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(json);
    QVERIFY(root.isOk());
    AppleJsonReader reader;
    const QString id = reader.id(*root, QStringLiteral("asset"), QLatin1String("id"), true);
    QCOMPARE(!reader.hasError(), ok);
    QCOMPARE(id, expected);
    if (!ok) {
        QCOMPARE(reader.error().kind, VppError::Kind::Parse);
        QVERIFY2(reader.error().message.contains(QLatin1String("asset.id")),
                 qPrintable(reader.error().message));
    }
}

void TestAppleJsonReader::integers()
{
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(QByteArray(
        R"({"a": 15000, "b": 2147483647, "c": 4e3, "d": 1.25, "e": "12", "big": 9007199254740993})"));
    QVERIFY(root.isOk());
    AppleJsonReader reader;
    QCOMPARE(reader.integer(*root, QString(), QLatin1String("a")), 15000);
    QCOMPARE(reader.integer(*root, QString(), QLatin1String("b")), 2147483647);
    QCOMPARE(reader.integer(*root, QString(), QLatin1String("c")), 4000);
    QCOMPARE(reader.integer(*root, QString(), QLatin1String("big")), Q_INT64_C(9007199254740993));
    QCOMPARE(reader.integer(*root, QString(), QLatin1String("absent"), false, 7), 7);
    QVERIFY(!reader.optionalInteger(*root, QString(), QLatin1String("absent")).has_value());
    QVERIFY(!reader.hasError());
    reader.integer(*root, QString(), QLatin1String("d"));
    QCOMPARE(reader.error().code, QStringLiteral("parse.invalidValue"));

    AppleJsonReader strict;
    strict.integer(*root, QString(), QLatin1String("e")); // counts are numbers, not strings
    QCOMPARE(strict.error().code, QStringLiteral("parse.wrongType"));
    AppleJsonReader required;
    required.integer(*root, QStringLiteral("page"), QLatin1String("absent"), true);
    QCOMPARE(required.error().code, QStringLiteral("parse.missingField"));
    QVERIFY(required.error().message.contains(QLatin1String("page.absent")));
}

void TestAppleJsonReader::typesAndPaths()
{
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(
        QByteArray(R"({"s": "x", "b": true, "l": ["a", "b"], "bad": ["a", 1], "n": null, "o": {"k": 1}})"));
    QVERIFY(root.isOk());
    AppleJsonReader reader;
    QCOMPARE(reader.string(*root, QString(), QLatin1String("s")), QStringLiteral("x"));
    QCOMPARE(reader.boolean(*root, QString(), QLatin1String("b")), true);
    QCOMPARE(reader.stringList(*root, QString(), QLatin1String("l")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(reader.string(*root, QString(), QLatin1String("n")), QString()); // null = absent
    QVERIFY(reader.object(*root, QString(), QLatin1String("o")).has_value());
    QVERIFY(!reader.object(*root, QString(), QLatin1String("n")).has_value());
    QVERIFY(!reader.hasError());

    reader.stringList(*root, QStringLiteral("root"), QLatin1String("bad"));
    QCOMPARE(reader.error().code, QStringLiteral("parse.wrongType"));
    QVERIFY2(reader.error().message.contains(QLatin1String("root.bad[1]")),
             qPrintable(reader.error().message));

    AppleJsonReader other;
    other.boolean(*root, QString(), QLatin1String("s"));
    QCOMPARE(other.error().code, QStringLiteral("parse.wrongType"));
}

void TestAppleJsonReader::firstErrorWins()
{
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(QByteArray(R"({"a": 1, "b": "x"})"));
    AppleJsonReader reader;
    reader.string(*root, QString(), QLatin1String("a"));
    reader.integer(*root, QString(), QLatin1String("b"));
    reader.string(*root, QString(), QLatin1String("missing"), true);
    QCOMPARE(reader.error().code, QStringLiteral("parse.wrongType"));
    QVERIFY(reader.error().message.contains(QLatin1String("\"a\"")));
}

void TestAppleJsonReader::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    const QDateTime base(QDate(2030, 11, 8), QTime(22, 33, 22), QTimeZone::utc());
    QTest::newRow("+0000") << QStringLiteral("2030-11-08T22:33:22+0000") << base;
    QTest::newRow("Z") << QStringLiteral("2030-11-08T22:33:22Z") << base;
    QTest::newRow("+02:00") << QStringLiteral("2030-11-09T00:33:22+02:00") << base;
    QTest::newRow("-0700") << QStringLiteral("2014-08-15T18:13:52-0700")
                           << QDateTime(QDate(2014, 8, 16), QTime(1, 13, 52), QTimeZone::utc());
    QTest::newRow("fraction") << QStringLiteral("2030-11-08T22:33:22.5Z") << base.addMSecs(500);
    // Found by tests/fuzz (fuzz_token): an offset beyond QTimeZone's +-14 h was read as UTC.
    QTest::newRow("+2000") << QStringLiteral("2030-11-09T18:33:22+2000") << base;
    QTest::newRow("-23:59") << QStringLiteral("2030-11-07T22:34:22-23:59") << base;
    QTest::newRow("no zone") << QStringLiteral("2030-11-08T22:33:22") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("tomorrow") << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2030-13-08T22:33:22Z") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestAppleJsonReader::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = AppleJsonReader::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestAppleJsonReader)
#include "tst_applejsonreader.moc"
