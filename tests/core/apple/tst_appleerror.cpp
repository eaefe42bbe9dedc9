// Tests of AppleError: the catalog covers every documented number and classifies them as specified.
#include "core/apple/appleerror.h"

#include <QTest>

#include <algorithm>

using Category = AppleError::Category;
Q_DECLARE_METATYPE(AppleError::Category)

class TestAppleError : public QObject
{
    Q_OBJECT

private slots:
    void catalogIsComplete();
    void catalogIsSortedAndFilled();
    void classification_data();
    void classification();
    void tokenFatalSetIsExact();
    void retryableSetIsExact();
    void unknownNumberUsesServerMessage();
    void toVppError();
    void serverMessageIsSanitized();
};

void TestAppleError::catalogIsComplete()
{
    // apple-api.md 4.1, 4.2 and 4.3.
    const QList<int> documented = {
        9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 9609, 9610, 9611, 9612, 9613, 9614, 9615, 9616,
        9618, 9619, 9620, 9621, 9622, 9623, 9624, 9625, 9626, 9628, 9630, 9631, 9632, 9633, 9634, 9635, 9636,
        9637, 9638, 9641, 9642, 9643, 9644, 9645, 9646, 9647, 9650, 9700, 9701, 9702, 9703, 9704, 9705, 9706,
        9707, 9708, 9709, 9710, 9711, 9712, 9713, 9714, 9715, 9716, 9717, 9718, 9719, 9720, 9721, 9722, 9723,
        9724, 9725, 9726, 9727, 9728, 9729, 9811, 9812, 9813, 9814, 9815, 9816, 9817, 9818};
    QCOMPARE(AppleError::knownNumbers(), documented);
    for (int undocumented : {9617, 9627, 9629, 9639, 9640, 9999, 0, -1})
        QVERIFY2(!AppleError::isKnown(undocumented), qPrintable(QString::number(undocumented)));
}

void TestAppleError::catalogIsSortedAndFilled()
{
    const QList<int> numbers = AppleError::knownNumbers();
    QVERIFY(std::is_sorted(numbers.begin(), numbers.end()));
    QVERIFY(std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end());
    for (int number : numbers) {
        const AppleError::Info info = AppleError::info(number);
        QCOMPARE(info.number, number);
        QVERIFY2(!AppleError::explanation(number).isEmpty(), qPrintable(QString::number(number)));
        QVERIFY2(!AppleError::advice(number).isEmpty(), qPrintable(QString::number(number)));
        // ServerTemporary means "retryable", and nothing token-fatal may be retried.
        if (info.category == Category::ServerTemporary)
            QVERIFY2(info.retryable, qPrintable(QString::number(number)));
        if (info.category == Category::TokenFatal)
            QVERIFY2(!info.retryable, qPrintable(QString::number(number)));
    }
}

void TestAppleError::classification_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<Category>("category");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("tokenFatal");
    QTest::addColumn<bool>("clientBug");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("9601 login required") << 9601 << Category::TokenFatal << false << true << false << 401;
    QTest::newRow("9621 expired") << 9621 << Category::TokenFatal << false << true << false << 401;
    QTest::newRow("9622 invalid") << 9622 << Category::TokenFatal << false << true << false << 401;
    QTest::newRow("9625 revoked") << 9625 << Category::TokenFatal << false << true << false << 401;
    QTest::newRow("9722 bad header") << 9722 << Category::Validation << false << false << true << 401;
    QTest::newRow("9646 too many") << 9646 << Category::RateLimited << true << false << false << 429;
    QTest::newRow("9603 internal") << 9603 << Category::ServerTemporary << true << false << false << 500;
    QTest::newRow("9729 unavailable") << 9729 << Category::ServerTemporary << true << false << false << 503;
    QTest::newRow("9644 maintenance") << 9644 << Category::ServerTemporary << true << false << false << 503;
    QTest::newRow("9637 not allowed") << 9637 << Category::Permission << false << false << false << 403;
    QTest::newRow("9647 legacy token") << 9647 << Category::Permission << false << false << false << 403;
    QTest::newRow("9609 user not found") << 9609 << Category::NotFound << false << false << false << 400;
    QTest::newRow("9708 event not found") << 9708 << Category::NotFound << false << false << false << 400;
    QTest::newRow("9634 removed") << 9634 << Category::NotFound << false << false << false << 410;
    QTest::newRow("9709 no licenses") << 9709 << Category::AsyncTarget << false << false << false << 0;
    QTest::newRow("9716 user exists") << 9716 << Category::AsyncTarget << false << false << false << 0;
    QTest::newRow("9700 too many assets") << 9700 << Category::Validation << false << false << false << 400;
    QTest::newRow("9726 method") << 9726 << Category::Validation << false << false << true << 405;
    QTest::newRow("9727 content type") << 9727 << Category::Validation << false << false << true << 415;
    QTest::newRow("9610 license not found") << 9610 << Category::NotFound << false << false << false << 400;
    QTest::newRow("9818 subscriptions") << 9818 << Category::Validation << false << false << false << 400;
    QTest::newRow("unknown 9999") << 9999 << Category::Unknown << false << false << false << 0;
}

void TestAppleError::classification()
{
    QFETCH(int, number);
    QFETCH(Category, category);
    QFETCH(bool, retryable);
    QFETCH(bool, tokenFatal);
    QFETCH(bool, clientBug);
    QFETCH(int, httpStatus);

    QCOMPARE(AppleError::category(number), category);
    QCOMPARE(AppleError::isRetryable(number), retryable);
    QCOMPARE(AppleError::isTokenFatal(number), tokenFatal);
    QCOMPARE(AppleError::isClientBug(number), clientBug);
    QCOMPARE(AppleError::info(number).httpStatus, httpStatus);
}

void TestAppleError::tokenFatalSetIsExact()
{
    QList<int> fatal;
    for (int number : AppleError::knownNumbers()) {
        if (AppleError::isTokenFatal(number))
            fatal.append(number);
    }
    QCOMPARE(fatal, (QList<int>{9601, 9621, 9622, 9625}));
}

void TestAppleError::retryableSetIsExact()
{
    QList<int> retryable;
    for (int number : AppleError::knownNumbers()) {
        if (AppleError::isRetryable(number))
            retryable.append(number);
    }
    QCOMPARE(retryable, (QList<int>{9603, 9644, 9646, 9729}));
}

void TestAppleError::unknownNumberUsesServerMessage()
{
    const QString text = AppleError::explanation(9999, QStringLiteral("Brand new failure."));
    QVERIFY2(text.contains(QLatin1String("9999")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Brand new failure.")), qPrintable(text));
    QVERIFY(!AppleError::explanation(9999).isEmpty());
    QVERIFY(!AppleError::advice(9999).isEmpty());

    // Known numbers key on the number: the server's text does not change the explanation.
    QCOMPARE(AppleError::explanation(9621, QStringLiteral("whatever")), AppleError::explanation(9621));
}

void TestAppleError::toVppError()
{
    const VppError error =
        AppleError::toVppError(9625, QStringLiteral("The server has revoked the sToken."), 401);
    QCOMPARE(error.kind, VppError::Kind::Apple);
    QCOMPARE(error.appleErrorNumber, 9625);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, QStringLiteral("apple.9625"));
    QCOMPARE(error.message, AppleError::explanation(9625));
    QCOMPARE(error.advice, AppleError::advice(9625));
    QVERIFY2(error.detail.contains(QLatin1String("The server has revoked the sToken.")),
             qPrintable(error.detail));
    QVERIFY2(error.detail.contains(QLatin1String("tokenFatal")), qPrintable(error.detail));

    const VppError in200 = AppleError::toVppError(9646, QString(), 200);
    QCOMPARE(in200.httpStatus, 200);
    QCOMPARE(in200.code, QStringLiteral("apple.9646"));

    const VppError unknown = AppleError::toVppError(9999, QStringLiteral("Odd."), 400);
    QCOMPARE(unknown.kind, VppError::Kind::Apple);
    QVERIFY(unknown.message.contains(QLatin1String("Odd.")));
}

void TestAppleError::serverMessageIsSanitized()
{
    QCOMPARE(AppleError::sanitizeServerMessage(QStringLiteral("  line one\nline\ttwo \r\n")),
             QStringLiteral("line one line two"));
    const QString longText(5000, QLatin1Char('x'));
    const QString sanitized = AppleError::sanitizeServerMessage(longText);
    QVERIFY(sanitized.size() <= 501);
    QVERIFY(sanitized.size() >= 500);
}

QTEST_GUILESS_MAIN(TestAppleError)
#include "tst_appleerror.moc"
