// FocusRingStyle: the application style with a focus ring that can be seen: a 2 px ring in the palette's
// highlight colour around the focused button, check box, cell, and around a focused table or list, so a
// keyboard user always knows where Tab has gone; scroll bar handles that stand out from their groove.
// Everything else is drawn by the platform's style.
#pragma once

#include <QProxyStyle>

class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // On the default style of the platform (nullptr) or on `base` (the style takes it over).
    explicit FocusRingStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    // A scroll bar's handle in the palette's mid colour: Fusion's light handle on a grey groove reads as
    // the groove, so the bar seemed to start at the wrong end.
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    // The ring, in `palette`'s highlight colour, just inside `rect`.
    static void drawRing(QPainter *painter, const QRect &rect, const QPalette &palette);
};
