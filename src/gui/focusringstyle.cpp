#include "focusringstyle.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleOption>

FocusRingStyle::FocusRingStyle(QStyle *base)
    : QProxyStyle(base)
{}

void FocusRingStyle::drawRing(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight));
    pen.setWidth(2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // The focused cell of a table draws this too: whole rows are selected, so ring the row's cell.
        drawRing(painter, option->rect, option->palette);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const bool focused = option->state & State_HasFocus;
    if (element == CE_PushButton && focused) {
        drawRing(painter, option->rect, option->palette);
    } else if (element == CE_ShapedFrame && widget && widget->hasFocus() &&
               qobject_cast<const QAbstractItemView *>(widget)) {
        // A table or list with the focus: a ring around the whole view.
        drawRing(painter, option->rect, option->palette);
    }
}

void FocusRingStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_ScrollBar)
        return;
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (!bar || bar->minimum == bar->maximum)
        return;
    const QRect handle = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget).adjusted(2, 2, -2, -2);
    if (handle.isEmpty())
        return;
    const bool active = bar->activeSubControls & SC_ScrollBarSlider;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar->palette.color(active ? QPalette::Dark : QPalette::Mid));
    const qreal radius = qMin(handle.width(), handle.height()) / 2.0;
    painter->drawRoundedRect(QRectF(handle), radius, radius);
    painter->restore();
}
