#include "utilisationdelegate.h"

#include "statuscolours.h"

#include "assettablemodel.h"

#include <QApplication>
#include <QPainter>

void UtilisationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // The cell's background (selection, alternate rows) without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double ratio = index.data(AssetTableModel::UtilisationRole).toDouble();
    if (ratio < 0)
        return;
    const bool low = index.data(AssetTableModel::LowRole).toBool();
    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    if (bar.width() <= 0 || bar.height() <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QRectF filled = QRectF(bar).adjusted(1, 1, -1, -1);
    filled.setWidth(filled.width() * qBound(0.0, ratio, 1.0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(low ? StatusColours::border(StatusColours::Tone::Error, option.palette)
                          : option.palette.color(QPalette::Highlight));
    painter->drawRoundedRect(filled, 2, 2);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize UtilisationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 110));
    return size;
}
