// UserListParser: the users typed or loaded for registration: plain lines with optional e-mail and
// Managed Apple Account, a header naming the columns in any order, ";" separators and quotes, blank
// lines ignored, and every bad line reported with its number while the good ones are kept.
#include "core/views/userlistparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUserListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainLines()
    {
        const auto parsed =
            UserListParser::parse(u"emp-1\n emp-2 , two@example.com \n\nemp-3,,m3@appleid.example\n"_s);
        QVERIFY(parsed.errors.isEmpty());
        QVERIFY(!parsed.hasHeader);
        QCOMPARE(parsed.users.size(), 3);
        QCOMPARE(parsed.users[0].clientUserId, u"emp-1"_s);
        QVERIFY(parsed.users[0].email.isEmpty());
        QCOMPARE(parsed.users[1].clientUserId, u"emp-2"_s);
        QCOMPARE(parsed.users[1].email, u"two@example.com"_s);
        QCOMPARE(parsed.users[2].managedAppleId, u"m3@appleid.example"_s);
    }

    void headerInAnyOrder()
    {
        const auto parsed = UserListParser::parse(
            QByteArray("E-mail;Client User ID;Department\r\n\"a@x.example\";a1;Sales\r\n"
                       "b@x.example;b2;\"R;D\"\r\n"));
        QVERIFY(parsed.hasHeader);
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.users.size(), 2);
        QCOMPARE(parsed.users[0].clientUserId, u"a1"_s);
        QCOMPARE(parsed.users[0].email, u"a@x.example"_s);
        QCOMPARE(parsed.users[1].clientUserId, u"b2"_s);
    }

    void badLinesReportedWithNumbers()
    {
        const auto parsed = UserListParser::parse(
            u"good-1,g1@example.com\n,nobody@example.com\nbad id\ngood-2,not-an-email\ngood-1\ngood-3\n"_s);
        QCOMPARE(parsed.users.size(), 2);
        QCOMPARE(parsed.users[0].clientUserId, u"good-1"_s);
        QCOMPARE(parsed.users[1].clientUserId, u"good-3"_s);
        QCOMPARE(parsed.errors.size(), 4);
        QCOMPARE(parsed.errors[0].line, 2);
        QVERIFY(parsed.errors[0].message.contains(u"Line 2"_s));
        QCOMPARE(parsed.errors[1].line, 3);
        QCOMPARE(parsed.errors[2].line, 4);
        QVERIFY(parsed.errors[2].message.contains(u"not-an-email"_s));
        QCOMPARE(parsed.errors[3].line, 5);
        QVERIFY(parsed.errors[3].message.contains(u"line 1"_s)); // the duplicate names the first
    }

    void emptyText()
    {
        const auto parsed = UserListParser::parse(u"\n  \n"_s);
        QVERIFY(parsed.users.isEmpty());
        QVERIFY(parsed.errors.isEmpty());
    }

    // Found by tests/fuzz (fuzz_user_list): chained arg() calls put the line number into the id's "%1".
    void percentSignsStayText()
    {
        const auto parsed = UserListParser::parse(u"50%1off\n50%1off\n"_s);
        QCOMPARE(parsed.errors.size(), 1);
        QCOMPARE(parsed.errors[0].message, u"Line 2: 50%1off is a duplicate of line 1."_s);
    }
};

QTEST_GUILESS_MAIN(TestUserListParser)
#include "tst_userlistparser.moc"
