// OutputFormatter: CSV cells never start a formula, terminal tables carry no control characters.
#include "cli/outputformatter.h"

#include <QJsonObject>
#include <QTest>

class TestOutputFormatter : public QObject
{
    Q_OBJECT

private slots:
    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyperlink after a digit") << QStringLiteral("=1+HYPERLINK(\"http://x\")")
                                                 << QStringLiteral("\"'=1+HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("sum") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus digit") << QStringLiteral("+1-2") << QStringLiteral("'+1-2");
        QTest::newRow("minus digit") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("lone equals") << QStringLiteral("=") << QStringLiteral("'=");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("negative decimal") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
        QTest::newRow("exponent") << QStringLiteral("+1e5") << QStringLiteral("+1e5");
        QTest::newRow("plain text") << QStringLiteral("Pages") << QStringLiteral("Pages");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("empty") << QString() << QString();
    }
    void csvNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(OutputFormatter::csvField(cell), expected);
    }

    void csvRowsNeverStartAFormula()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        OutputFormatter formatter(outStream, errStream);
        formatter.setFormat(OutputFormatter::Format::Csv);
        formatter.beginList({{QStringLiteral("name"), QStringLiteral("Name")}});
        formatter.row({{QStringLiteral("name"), QStringLiteral("=1+HYPERLINK(\"evil\")")}});
        formatter.endList();
        const QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(!lines[1].startsWith(u'=') && !lines[1].startsWith(QStringLiteral("\"=")),
                 qPrintable(lines[1]));
    }

    void tableStripsControlCharacters()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        OutputFormatter formatter(outStream, errStream);
        formatter.beginList({{QStringLiteral("name"), QStringLiteral("Name")}});
        formatter.row(
            {{QStringLiteral("name"), QStringLiteral("Evil\x1b[2J\x1b]0;title\x07\bApp\u202Egnp.exe\nx")}});
        formatter.endList();
        for (const QChar c : std::as_const(out)) {
            if (c == u'\n')
                continue;
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
            QVERIFY(c.unicode() != 0x202E);
        }
        QVERIFY(out.contains(QStringLiteral("Evil[2J]0;titleAppgnp.exe x")));
        // The one-object form and the error line too.
        out.clear();
        formatter.object({{QStringLiteral("name"), QStringLiteral("Name")}},
                         {{QStringLiteral("name"), QStringLiteral("a\x1b[31mb")}});
        QVERIFY(!out.contains(QChar(0x1b)));
        formatter.error(QStringLiteral("bad \x1b[31mname"));
        QVERIFY(!err.contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestOutputFormatter)
#include "tst_outputformatter.moc"
