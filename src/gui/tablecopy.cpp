#include "tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace {

QList<int> selectedRows(const QTableView *view)
{
    QList<int> rows;
    if (const QItemSelectionModel *selection = view->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            rows.append(index.row());
        if (rows.isEmpty() && selection->currentIndex().isValid())
            rows.append(selection->currentIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// A cell as one field: tabs and line breaks would split the row when pasted.
QString field(const QVariant &value)
{
    QString text = value.toString();
    for (QChar &c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

} // namespace

void TableCopy::install(QTableView *view)
{
    auto *copy = new QAction(tr("&Copy"), view);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copySelectedRows(view); });
    view->addAction(copy);
}

QString TableCopy::selectedRowsText(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return {};
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    for (const int row : selectedRows(view)) {
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells.append(field(model->index(row, column).data()));
        lines.append(cells.join(u'\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

int TableCopy::copySelectedRows(const QTableView *view)
{
    const QString text = selectedRowsText(view);
    if (text.isEmpty())
        return 0;
    QApplication::clipboard()->setText(text);
    return int(text.count(u'\n'));
}
