// StatusColours: the colours that carry a status (error, warning, success, information) computed
// from the palette in use instead of fixed values, so that they read on a light theme, a dark theme
// and a high-contrast one alike: a text colour of the status's hue made dark or light enough for a
// contrast of at least 4.5:1 (WCAG AA) with the background it is drawn on, and a panel tinted with
// the hue for banners. In a high-contrast palette the palette's own text colour is used: the words
// carry the meaning there.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class StatusColours
{
public:
    enum class Tone { Error, Warning, Success, Info };

    // The tone as a text colour on `palette`'s `background` role.
    static QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
    // A panel background of the tone: the palette's Base with a little of the tone's hue.
    static QColor panel(Tone tone, const QPalette &palette);
    // The panel's border: the tone strong enough to stand out from panel().
    static QColor border(Tone tone, const QPalette &palette);

    // WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    static bool isDark(const QPalette &palette);
    // The palette's text on its base is near black on white or white on black (a high-contrast theme).
    static bool isHighContrast(const QPalette &palette);

    // The colour as a style sheet value ("#rrggbb").
    static QString css(const QColor &colour) { return colour.name(QColor::HexRgb); }

private:
    // A colour of the tone's hue at `lightness` (0-255).
    static QColor shade(Tone tone, int lightness);
};
