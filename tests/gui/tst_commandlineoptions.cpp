// Tests of CommandLineOptions: what vppdesk makes of its arguments.
#include "commandlineoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

private slots:
    void noArgumentsRuns()
    {
        const auto options = CommandLineOptions::parse({u"vppdesk"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(!options.demo);
        QVERIFY(options.databasePath.isEmpty());
    }

    void demoAndDatabase()
    {
        const auto options =
            CommandLineOptions::parse({u"vppdesk"_s, u"--demo"_s, u"--database"_s, u"/tmp/inventory.db"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(options.demo);
        QCOMPARE(options.databasePath, u"/tmp/inventory.db"_s);
    }

    void helpIsNotAnError()
    {
        const auto options = CommandLineOptions::parse({u"vppdesk"_s, u"--help"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::ShowHelp);
        QVERIFY(options.helpText.contains(u"--database"_s));
        QVERIFY(options.helpText.contains(u"--demo"_s));
    }

    void unknownOptionIsAnError()
    {
        const auto options = CommandLineOptions::parse({u"vppdesk"_s, u"--bogus"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Error);
        QVERIFY(options.errorText.contains(u"bogus"_s));
    }

    void databaseNeedsAValue()
    {
        const auto options = CommandLineOptions::parse({u"vppdesk"_s, u"--database"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Error);
    }

    void demoOrganizationImpliesDemo()
    {
        const auto options =
            CommandLineOptions::parse({u"vppdesk"_s, u"--demo-org"_s, u"assets=50,users=2000"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(options.demo);
        QCOMPARE(options.demoOrganization, u"assets=50,users=2000"_s);
    }

    void pageByName()
    {
        const auto options = CommandLineOptions::parse({u"vppdesk"_s, u"--page"_s, u"Licenses"_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
        QCOMPARE(options.page, u"licenses"_s);
        const auto unknown = CommandLineOptions::parse({u"vppdesk"_s, u"--page"_s, u"settings"_s});
        QCOMPARE(unknown.outcome, CommandLineOptions::Outcome::Error);
        QVERIFY(unknown.errorText.contains(u"settings"_s));
        QVERIFY(unknown.errorText.contains(u"audit"_s));
    }

    void qtsOwnOptionsAreLeftToQt()
    {
        // Read before QApplication exists (which removes them): they are no usage error.
        const QStringList arguments = {
            u"vppdesk"_s,  u"-qwindowgeometry"_s, u"1280x800+0+0"_s, u"--demo"_s,    u"-style=fusion"_s,
            u"-reverse"_s, u"--page"_s,           u"assets"_s,       u"-platform"_s, u"offscreen"_s};
        QCOMPARE(CommandLineOptions::withoutQtOptions(arguments),
                 QStringList({u"vppdesk"_s, u"--demo"_s, u"--page"_s, u"assets"_s}));
        const auto options = CommandLineOptions::parse(CommandLineOptions::withoutQtOptions(arguments));
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
        QCOMPARE(options.page, u"assets"_s);
        // Ours still fail when wrong.
        QCOMPARE(CommandLineOptions::parse(CommandLineOptions::withoutQtOptions({u"vppdesk"_s, u"--bogus"_s}))
                     .outcome,
                 CommandLineOptions::Outcome::Error);
    }

    void searchOpensWhoHoldsWhat()
    {
        const auto options =
            CommandLineOptions::parse({u"vppdesk"_s, u"--search"_s, u" amelia@fjordfinch.example "_s});
        QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
        QCOMPARE(options.search, u"amelia@fjordfinch.example"_s);
        QVERIFY(options.helpText.contains(u"--search"_s));
        QCOMPARE(CommandLineOptions::parse({u"vppdesk"_s, u"--search"_s}).outcome,
                 CommandLineOptions::Outcome::Error);
    }
};

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
