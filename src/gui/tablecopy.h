// TableCopy: Copy (Ctrl+C, and the context menus' Copy) on a console table copies the selected rows,
// not only the current cell: the shown columns in their visual order, tab-separated, one line per row,
// ready to paste into a spreadsheet or a ticket.
#pragma once

#include <QCoreApplication>
#include <QString>

class QTableView;

class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    // Adds the Copy shortcut to `view` (styled tables get it from Page::styleTable).
    static void install(QTableView *view);
    // The selected rows as text (the current row when none is selected); empty when there is none.
    static QString selectedRowsText(const QTableView *view);
    // Puts selectedRowsText() on the clipboard; returns how many rows it copied.
    static int copySelectedRows(const QTableView *view);
};
