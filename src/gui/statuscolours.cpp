#include "statuscolours.h"

#include <cmath>

namespace {

constexpr double minimumContrast = 4.5; // WCAG AA for normal text

double channel(double value)
{
    value /= 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    const auto mix = [amount](int a, int b) { return int(std::lround(a + (b - a) * amount)); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

} // namespace

QColor StatusColours::shade(Tone tone, int lightness)
{
    int hue = 0;
    int saturation = 190;
    switch (tone) {
    case Tone::Error:
        hue = 2;
        break;
    case Tone::Warning:
        hue = 34;
        saturation = 220;
        break;
    case Tone::Success:
        hue = 128;
        saturation = 150;
        break;
    case Tone::Info:
        hue = 210;
        saturation = 160;
        break;
    }
    return QColor::fromHsl(hue, saturation, qBound(0, lightness, 255));
}

double StatusColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool StatusColours::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.25;
}

bool StatusColours::isHighContrast(const QPalette &palette)
{
    return contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 19.0 &&
           contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 19.0;
}

QColor StatusColours::text(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    const QColor plain = palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    if (isHighContrast(palette))
        return plain;
    // From a mid shade towards the far end of the lightness scale until it reads on the background.
    const bool darkBehind = luminance(behind) < 0.25;
    for (int lightness = darkBehind ? 150 : 110; lightness >= 0 && lightness <= 255;
         lightness += darkBehind ? 6 : -6) {
        const QColor candidate = shade(tone, lightness);
        if (contrast(candidate, behind) >= minimumContrast)
            return candidate;
    }
    return plain;
}

QColor StatusColours::panel(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (isHighContrast(palette))
        return base;
    return blend(base, shade(tone, 128), isDark(palette) ? 0.22 : 0.12);
}

QColor StatusColours::border(Tone tone, const QPalette &palette)
{
    if (isHighContrast(palette))
        return palette.color(QPalette::Text);
    return shade(tone, isDark(palette) ? 150 : 100);
}
