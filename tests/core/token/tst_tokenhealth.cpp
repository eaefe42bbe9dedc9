// Tests of TokenHealth: every status, the expiry thresholds and their boundaries, the precedence
// between statuses, severity, usability for reads and writes, and the reason texts.
#include "core/i18n/pluraltranslator.h"
#include "core/token/tokenhealth.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
const QString OurId = QStringLiteral("vppdesk-3f2b9c1e");

using Status = TokenHealth::Status;
using Severity = TokenHealth::Severity;
using Access = TokenHealth::Access;

TokenHealth::Input baseInput()
{
    TokenHealth::Input input;
    input.now = Now;
    input.expiresAt = Now.addDays(200);
    input.ourMdmId = OurId;
    return input;
}

MdmInfo acme()
{
    return MdmInfo{QStringLiteral("acme-42"), QStringLiteral("Acme MDM"),
                   QStringLiteral("{\"host\":\"acme\"}")};
}

} // namespace

class TestTokenHealth : public QObject
{
    Q_OBJECT

private slots:
    void active();
    void activeWithoutExpiry();
    void thresholds_data();
    void thresholds();
    void expiringReasonInWords();
    void expiringReasonWithEnglishPlurals();
    void expiringWithinADay();
    void expiredByDate();
    void expiredByApple();
    void revoked();
    void invalid_data();
    void invalid();
    void otherAppleErrorsDoNotChangeHealth();
    void ownedElsewhere();
    void ownedElsewhereWithoutName();
    void ownedByUsOrUnclaimed();
    void duplicate();
    void precedence_data();
    void precedence();
    void usabilityAndSeverity_data();
    void usabilityAndSeverity();
    void labelsAndKeys();
    void keysConvertBack();
    void reasonStoredAsACode_data();
    void reasonStoredAsACode();
    void oldReasonSentenceShownAsItIs();
};

void TestTokenHealth::active()
{
    const TokenHealth health = TokenHealth::evaluate(baseInput());
    QVERIFY(health.status() == Status::Active);
    QVERIFY(health.severity() == Severity::Ok);
    QVERIFY(health.isUsable(Access::Read));
    QVERIFY(health.isUsable(Access::Write));
    QVERIFY(health.hasExpiry());
    QCOMPARE(health.daysLeft(), 200);
    QCOMPARE(health.expiringThreshold(), 0);
    QVERIFY(health.advice().isEmpty());
    QCOMPARE(health.reason(), QStringLiteral("Active until 2027-06-13."));

    QVERIFY(TokenHealth().status() == Status::Active);
}

void TestTokenHealth::activeWithoutExpiry()
{
    TokenHealth::Input input = baseInput();
    input.expiresAt = QDateTime();
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Active);
    QVERIFY(!health.hasExpiry());
    QCOMPARE(health.reason(), QStringLiteral("Active."));
}

void TestTokenHealth::thresholds_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<int>("threshold"); // 0 = Active
    QTest::addColumn<int>("daysLeft");

    constexpr qint64 day = 24 * 3600;
    QTest::newRow("200 days") << 200 * day << 0 << 200;
    QTest::newRow("exactly 60 days") << 60 * day << 0 << 60;
    QTest::newRow("60 days minus 1 s") << 60 * day - 1 << 60 << 59;
    QTest::newRow("45 days") << 45 * day << 60 << 45;
    QTest::newRow("exactly 30 days") << 30 * day << 60 << 30;
    QTest::newRow("30 days minus 1 s") << 30 * day - 1 << 30 << 29;
    QTest::newRow("14 days") << 14 * day << 30 << 14;
    QTest::newRow("13 days") << 13 * day << 14 << 13;
    QTest::newRow("12 days") << 12 * day << 14 << 12;
    QTest::newRow("7 days") << 7 * day << 14 << 7;
    QTest::newRow("6 days 23 h") << 7 * day - 3600 << 7 << 6;
    QTest::newRow("1 day") << 1 * day << 7 << 1;
    QTest::newRow("23 h") << day - 3600 << 1 << 0;
    QTest::newRow("1 s") << qint64(1) << 1 << 0;
}

void TestTokenHealth::thresholds()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(int, threshold);
    QFETCH(int, daysLeft);

    TokenHealth::Input input = baseInput();
    input.expiresAt = Now.addSecs(secondsLeft);
    const TokenHealth health = TokenHealth::evaluate(input);
    QCOMPARE(health.expiringThreshold(), threshold);
    QCOMPARE(health.daysLeft(), daysLeft);
    QVERIFY(health.status() == (threshold == 0 ? Status::Active : Status::Expiring));
    // Within 30 days it is time to act: a warning; within 60, a note.
    if (threshold > 30)
        QVERIFY(health.severity() == Severity::Notice);
    else if (threshold > 0)
        QVERIFY(health.severity() == Severity::Warning);
    QVERIFY(health.isUsable(Access::Write));
    QVERIFY(TokenHealth::expiryThresholds().contains(threshold) || threshold == 0);
}

void TestTokenHealth::expiringReasonInWords()
{
    TokenHealth::Input input = baseInput();
    input.expiresAt = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Expiring);
    QCOMPARE(health.daysLeft(), 12);
    QCOMPARE(health.expiringThreshold(), 14);
    // Without a translation loaded, %n keeps the source form "day(s)".
    QVERIFY2(health.summary().startsWith(QLatin1String("Expires in 12 day")), qPrintable(health.summary()));
    QVERIFY2(health.summary().endsWith(QLatin1String("(on 2026-12-07).")), qPrintable(health.summary()));
    QCOMPARE(health.advice(),
             QStringLiteral("Download a new token from Apple Business Manager and use Update."));
    QCOMPARE(health.reason(), health.summary() + QLatin1Char(' ') + health.advice());
}

void TestTokenHealth::expiringReasonWithEnglishPlurals()
{
    // The English plural forms the CLI and the GUI install: the .qm must be in the resources.
    QTranslator english;
    QVERIFY2(english.load(PluralTranslator::resourcePath()), qPrintable(PluralTranslator::resourcePath()));
    QVERIFY(QCoreApplication::installTranslator(&english));
    const auto removeEnglish = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });

    TokenHealth::Input input = baseInput();
    input.expiresAt = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    TokenHealth health = TokenHealth::evaluate(input);
    QCOMPARE(health.daysLeft(), 12);
    QCOMPARE(health.summary(), QStringLiteral("Expires in 12 days (on 2026-12-07)."));
    QVERIFY2(health.reason().startsWith(QLatin1String("Expires in 12 days (on")),
             qPrintable(health.reason()));

    input.expiresAt = Now.addDays(1).addSecs(3600);
    health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Expiring);
    QCOMPARE(health.daysLeft(), 1);
    QCOMPARE(health.summary(), QStringLiteral("Expires in 1 day (on 2026-11-26)."));
}

void TestTokenHealth::expiringWithinADay()
{
    TokenHealth::Input input = baseInput();
    input.expiresAt = Now.addSecs(5 * 3600); // 17:00 UTC
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Expiring);
    QCOMPARE(health.expiringThreshold(), 1);
    QCOMPARE(health.summary(), QStringLiteral("Expires within a day (on 2026-11-25 at 17:00 UTC)."));
}

void TestTokenHealth::expiredByDate()
{
    TokenHealth::Input input = baseInput();
    input.expiresAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Expired);
    QVERIFY(health.daysLeft() < 0);
    QCOMPARE(health.expiringThreshold(), 0);
    QCOMPARE(health.summary(), QStringLiteral("Expired on 2026-11-01."));
    QVERIFY(!health.advice().isEmpty());

    // The very second of expiry counts as expired.
    input.expiresAt = Now;
    health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Expired);
}

void TestTokenHealth::expiredByApple()
{
    TokenHealth::Input input = baseInput(); // date still in the future
    input.lastAppleErrorNumber = 9621;
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Expired);
    QVERIFY(health.summary().contains(QLatin1String("9621")));
}

void TestTokenHealth::revoked()
{
    TokenHealth::Input input = baseInput();
    input.lastAppleErrorNumber = 9625;
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Revoked);
    QVERIFY(health.summary().contains(QLatin1String("Revoked")));
    QVERIFY(health.summary().contains(QLatin1String("9625")));
    QVERIFY(!health.isUsable(Access::Read));
}

void TestTokenHealth::invalid_data()
{
    QTest::addColumn<int>("appleError");
    QTest::newRow("9601 login required") << 9601;
    QTest::newRow("9622 invalid token (also inside HTTP 200)") << 9622;
}

void TestTokenHealth::invalid()
{
    QFETCH(int, appleError);
    TokenHealth::Input input = baseInput();
    input.lastAppleErrorNumber = appleError;
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Invalid);
    QVERIFY(health.summary().contains(QString::number(appleError)));
    QVERIFY(!health.isUsable(Access::Read));
}

void TestTokenHealth::otherAppleErrorsDoNotChangeHealth()
{
    for (int number : {9603, 9637, 9644, 9709, 9722}) {
        TokenHealth::Input input = baseInput();
        input.lastAppleErrorNumber = number;
        QVERIFY2(TokenHealth::evaluate(input).status() == Status::Active,
                 qPrintable(QString::number(number)));
    }
}

void TestTokenHealth::ownedElsewhere()
{
    TokenHealth::Input input = baseInput();
    input.mdmInfo = acme();
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::OwnedElsewhere);
    QCOMPARE(health.otherMdmName(), QStringLiteral("Acme MDM"));
    QVERIFY2(health.summary().startsWith(QLatin1String("Owned by another MDM: Acme MDM.")),
             qPrintable(health.summary()));
    QVERIFY(!health.advice().isEmpty());
    QVERIFY(health.isUsable(Access::Read));
    QVERIFY(!health.isUsable(Access::Write));
    QVERIFY(health.severity() == Severity::Warning);

    // We never claimed the location, someone else did.
    input.ourMdmId.clear();
    QVERIFY(TokenHealth::evaluate(input).status() == Status::OwnedElsewhere);
}

void TestTokenHealth::ownedElsewhereWithoutName()
{
    TokenHealth::Input input = baseInput();
    input.mdmInfo = MdmInfo{QStringLiteral("acme-42"), QString(), QString()};
    const TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::OwnedElsewhere);
    QCOMPARE(health.otherMdmName(), QStringLiteral("acme-42"));
}

void TestTokenHealth::ownedByUsOrUnclaimed()
{
    TokenHealth::Input input = baseInput();
    input.mdmInfo = MdmInfo{OurId, QStringLiteral("VPP Desk"), QString()};
    QVERIFY(TokenHealth::evaluate(input).status() == Status::Active);

    input.mdmInfo = MdmInfo{}; // cleared
    QVERIFY(TokenHealth::evaluate(input).status() == Status::Active);

    input.mdmInfo.reset(); // never set
    QVERIFY(TokenHealth::evaluate(input).status() == Status::Active);
    QVERIFY(TokenHealth::evaluate(input).otherMdmName().isEmpty());
}

void TestTokenHealth::duplicate()
{
    TokenHealth::Input input = baseInput();
    input.duplicate = true;
    input.duplicateOf = QStringLiteral("Main campus");
    TokenHealth health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Duplicate);
    QVERIFY2(health.summary().contains(QStringLiteral("\u201cMain campus\u201d")),
             qPrintable(health.summary()));
    QVERIFY(health.isUsable(Access::Read));
    QVERIFY(!health.isUsable(Access::Write));

    input.duplicateOf.clear();
    health = TokenHealth::evaluate(input);
    QVERIFY(health.status() == Status::Duplicate);
    QVERIFY(health.summary().contains(QLatin1String("another token")));
}

void TestTokenHealth::precedence_data()
{
    QTest::addColumn<bool>("datePassed");
    QTest::addColumn<int>("appleError");
    QTest::addColumn<bool>("otherOwner");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<bool>("expiring");
    QTest::addColumn<int>("expected"); // Status

    const auto row = [](const char *name, bool datePassed, int apple, bool other, bool dup, bool expiring,
                        Status expected) {
        QTest::newRow(name) << datePassed << apple << other << dup << expiring << static_cast<int>(expected);
    };
    row("revoked beats everything", true, 9625, true, true, false, Status::Revoked);
    row("revoked beats expiring", false, 9625, false, false, true, Status::Revoked);
    row("expired date beats invalid", true, 9622, false, false, false, Status::Expired);
    row("expired date beats owned elsewhere", true, 0, true, true, false, Status::Expired);
    row("9621 beats owned elsewhere", false, 9621, true, false, true, Status::Expired);
    row("invalid beats owned elsewhere", false, 9601, true, true, true, Status::Invalid);
    row("owned elsewhere beats duplicate", false, 0, true, true, true, Status::OwnedElsewhere);
    row("duplicate beats expiring", false, 0, false, true, true, Status::Duplicate);
    row("expiring beats active", false, 0, false, false, true, Status::Expiring);
    row("active", false, 0, false, false, false, Status::Active);
}

void TestTokenHealth::precedence()
{
    QFETCH(bool, datePassed);
    QFETCH(int, appleError);
    QFETCH(bool, otherOwner);
    QFETCH(bool, duplicate);
    QFETCH(bool, expiring);
    QFETCH(int, expected);

    TokenHealth::Input input = baseInput();
    if (datePassed)
        input.expiresAt = Now.addDays(-3);
    else if (expiring)
        input.expiresAt = Now.addDays(5);
    input.lastAppleErrorNumber = appleError;
    if (otherOwner)
        input.mdmInfo = acme();
    input.duplicate = duplicate;
    const TokenHealth health = TokenHealth::evaluate(input);
    QCOMPARE(static_cast<int>(health.status()), expected);
    // The enum order documents the precedence.
    QVERIFY(static_cast<int>(Status::Revoked) < static_cast<int>(Status::Expired));
    QVERIFY(static_cast<int>(Status::Duplicate) < static_cast<int>(Status::Expiring));
}

void TestTokenHealth::usabilityAndSeverity_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("canRead");
    QTest::addColumn<bool>("canWrite");
    QTest::addColumn<int>("severity");

    const auto row = [](Status status, bool read, bool write, Severity severity) {
        QTest::newRow(qPrintable(TokenHealth::statusKey(status)))
            << static_cast<int>(status) << read << write << static_cast<int>(severity);
    };
    row(Status::Revoked, false, false, Severity::Critical);
    row(Status::Expired, false, false, Severity::Critical);
    row(Status::Invalid, false, false, Severity::Critical);
    row(Status::OwnedElsewhere, true, false, Severity::Warning);
    row(Status::Duplicate, true, false, Severity::Warning);
    row(Status::Expiring, true, true, Severity::Warning); // 5 days left
    row(Status::Active, true, true, Severity::Ok);
}

void TestTokenHealth::usabilityAndSeverity()
{
    QFETCH(int, status);
    QFETCH(bool, canRead);
    QFETCH(bool, canWrite);
    QFETCH(int, severity);

    TokenHealth::Input input = baseInput();
    switch (static_cast<Status>(status)) {
    case Status::Revoked:
        input.lastAppleErrorNumber = 9625;
        break;
    case Status::Expired:
        input.expiresAt = Now.addDays(-1);
        break;
    case Status::Invalid:
        input.lastAppleErrorNumber = 9622;
        break;
    case Status::OwnedElsewhere:
        input.mdmInfo = acme();
        break;
    case Status::Duplicate:
        input.duplicate = true;
        break;
    case Status::Expiring:
        input.expiresAt = Now.addDays(5);
        break;
    case Status::Active:
        break;
    }
    const TokenHealth health = TokenHealth::evaluate(input);
    QCOMPARE(static_cast<int>(health.status()), status);
    QCOMPARE(health.isUsable(), canRead);
    QCOMPARE(health.isUsable(Access::Read), canRead);
    QCOMPARE(health.isUsable(Access::Write), canWrite);
    QCOMPARE(static_cast<int>(health.severity()), severity);
    QVERIFY(!health.reason().isEmpty());
    QVERIFY(health.reason().endsWith(QLatin1Char('.')));
}

void TestTokenHealth::labelsAndKeys()
{
    QSet<QString> keys;
    for (Status status : {Status::Revoked, Status::Expired, Status::Invalid, Status::OwnedElsewhere,
                          Status::Duplicate, Status::Expiring, Status::Active}) {
        QVERIFY(!TokenHealth::statusLabel(status).isEmpty());
        keys.insert(TokenHealth::statusKey(status));
    }
    QCOMPARE(keys.size(), 7);
    QCOMPARE(TokenHealth::statusLabel(Status::OwnedElsewhere), QStringLiteral("Owned by another MDM"));
}

void TestTokenHealth::keysConvertBack()
{
    for (Status status : {Status::Revoked, Status::Expired, Status::Invalid, Status::OwnedElsewhere,
                          Status::Duplicate, Status::Expiring, Status::Active})
        QCOMPARE(TokenHealth::statusFromKey(TokenHealth::statusKey(status)), std::optional<Status>(status));
    QCOMPARE(TokenHealth::statusKey(std::nullopt), QStringLiteral("unknown"));
    QCOMPARE(TokenHealth::statusFromKey(QStringLiteral("unknown")), std::nullopt);
}

void TestTokenHealth::reasonStoredAsACode_data()
{
    QTest::addColumn<int>("appleError");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("otherMdm");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("revoked") << int(TokenHealth::AppleTokenRevoked) << 200 << false << false;
    QTest::newRow("expired by date") << 0 << -3 << false << false;
    QTest::newRow("invalid") << int(TokenHealth::AppleInvalidToken) << 200 << false << false;
    QTest::newRow("owned elsewhere") << 0 << 200 << true << false;
    QTest::newRow("duplicate") << 0 << 200 << false << true;
    QTest::newRow("expiring") << 0 << 12 << false << false;
    QTest::newRow("active") << 0 << 200 << false << false;
}

void TestTokenHealth::reasonStoredAsACode()
{
    QFETCH(int, appleError);
    QFETCH(int, daysLeft);
    QFETCH(bool, otherMdm);
    QFETCH(bool, duplicate);
    TokenHealth::Input input = baseInput();
    input.expiresAt = Now.addDays(daysLeft);
    input.lastAppleErrorNumber = appleError;
    if (otherMdm)
        input.mdmInfo = acme();
    input.duplicate = duplicate;
    input.duplicateOf = duplicate ? QStringLiteral("Branch B") : QString();
    const TokenHealth health = TokenHealth::evaluate(input);
    const QString stored = health.reasonCode();
    // A code and facts, no sentence: the words are made when shown, in the reader's language.
    QVERIFY2(stored.contains(QString(u"\"code\":\"token." + TokenHealth::statusKey(health.status()) + u'"')),
             qPrintable(stored));
    QVERIFY2(!stored.contains(health.summary()), qPrintable(stored));
    QCOMPARE(TokenHealth::reasonText(stored), health.reason());
}

void TestTokenHealth::oldReasonSentenceShownAsItIs()
{
    const QString old = QStringLiteral("Revoked by Apple (error 9625): the token was revoked.");
    QCOMPARE(TokenHealth::reasonText(old), old);
    QCOMPARE(TokenHealth::reasonText(QString()), QString());
}

QTEST_GUILESS_MAIN(TestTokenHealth)
#include "tst_tokenhealth.moc"
