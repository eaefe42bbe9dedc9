// StatusColours on a light, a dark and a high-contrast palette: every status's text colour reads on
// the window and on table cells (contrast 4.5:1 or more), a high-contrast theme keeps its own text
// colour, banner panels stay close to the theme's base; a message label and a banner follow a theme
// changed while they are shown.
#include "banner.h"
#include "messagelabel.h"
#include "statuscolours.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Tone = StatusColours::Tone;

namespace {

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, Qt::white);
    return p;
}

} // namespace

class TestStatusColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textReadsOnEveryTheme_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("high contrast") << highContrastPalette();
    }
    void textReadsOnEveryTheme()
    {
        QFETCH(QPalette, palette);
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Info}) {
            for (QPalette::ColorRole behind : {QPalette::Window, QPalette::Base}) {
                const QColor text = StatusColours::text(tone, palette, behind);
                const double ratio = StatusColours::contrast(text, palette.color(behind));
                QVERIFY2(ratio >= 4.5, qPrintable(u"tone %1 on role %2: %3 on %4 is %5:1"_s.arg(int(tone))
                                                      .arg(int(behind))
                                                      .arg(text.name(), palette.color(behind).name())
                                                      .arg(ratio)));
            }
            // The banner's text (the theme's) reads on the tinted panel too.
            QVERIFY(StatusColours::contrast(palette.color(QPalette::Text),
                                            StatusColours::panel(tone, palette)) >= 4.5);
        }
    }

    void tonesDifferAndKeepTheirHue()
    {
        const QPalette light = lightPalette();
        const QColor error = StatusColours::text(Tone::Error, light);
        const QColor success = StatusColours::text(Tone::Success, light);
        QVERIFY(error != success);
        QVERIFY(error.red() > error.green());
        QVERIFY(success.green() > success.red());
        // Dark theme: lighter than on the light one.
        QVERIFY(StatusColours::text(Tone::Error, darkPalette()).lightness() > error.lightness());
    }

    void highContrastKeepsTheThemesOwnColours()
    {
        const QPalette hc = highContrastPalette();
        QVERIFY(StatusColours::isHighContrast(hc));
        QVERIFY(!StatusColours::isHighContrast(lightPalette()));
        QCOMPARE(StatusColours::text(Tone::Warning, hc), QColor(Qt::white));
        QCOMPARE(StatusColours::panel(Tone::Error, hc), QColor(Qt::black));
    }

    void widgetsFollowAThemeChange()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(lightPalette());
        MessageLabel label;
        label.showError(u"Could not open the file."_s);
        Banner banner(u"b"_s, BannerSeverity::Error, u"Token expired"_s, {});
        const QString lightLabel = label.styleSheet();
        const QString lightBanner = banner.styleSheet();
        QVERIFY(lightLabel.contains(StatusColours::css(StatusColours::text(Tone::Error, lightPalette()))));

        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QVERIFY(label.styleSheet() != lightLabel);
        QVERIFY(
            label.styleSheet().contains(StatusColours::css(StatusColours::text(Tone::Error, darkPalette()))));
        QVERIFY(banner.styleSheet() != lightBanner);
        QVERIFY(banner.styleSheet().contains(
            StatusColours::css(StatusColours::panel(Tone::Error, darkPalette()))));
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"
