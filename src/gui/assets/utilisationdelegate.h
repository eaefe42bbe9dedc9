// UtilisationDelegate: draws the utilisation column of the Apps & Books table as a bar (assigned
// of total), red when the asset is low on licenses; unlimited assets show no bar.
#pragma once

#include <QStyledItemDelegate>

class UtilisationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
