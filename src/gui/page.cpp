#include "page.h"

#include "tablecopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

Page::Page(Console &console, const QString &title, const QString &description, const QIcon &icon,
           QWidget *parent)
    : QWidget(parent)
    , m_console(console)
    , m_title(title)
    , m_description(description)
    , m_icon(icon)
    , m_actionsLayout(new QHBoxLayout)
    , m_bodyLayout(new QVBoxLayout)
{
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto *descriptionLabel = new QLabel(description, this);
    descriptionLabel->setObjectName(QStringLiteral("pageDescription"));
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setForegroundRole(QPalette::PlaceholderText);

    m_actionsLayout->setSpacing(6);
    m_bodyLayout->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(titleLabel);
    layout->addWidget(descriptionLabel);
    layout->addSpacing(6);
    layout->addLayout(m_actionsLayout);
    layout->addLayout(m_bodyLayout, 1);
}

void Page::styleTable(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    // Sortable, but in the order the model gives until the user picks a column.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    // Uniform rows: the view does not measure every row of a big model.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    // Cells are not edited: Tab moves on to the next widget instead of the next cell.
    view->setTabKeyNavigation(false);
    // Sideways by pixels, not by whole columns: the scroll bar's handle follows what is in sight.
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Ctrl+C copies the selected rows, not just the current cell.
    TableCopy::install(view);
}

void Page::followSelection(QAbstractItemView *view, QObject *context, const std::function<void()> &update)
{
    QItemSelectionModel *selection = view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, context, [update] { update(); });
    connect(selection, &QItemSelectionModel::currentChanged, context, [update] { update(); });
}

void Page::onRowActivated(QAbstractItemView *view, QObject *context,
                          const std::function<void(const QModelIndex &)> &open)
{
    // activated: a double-click, or Enter/Return on the current row (the platforms' own gestures).
    connect(view, &QAbstractItemView::activated, context, [open](const QModelIndex &index) {
        if (index.isValid())
            open(index);
    });
}

QTableView *Page::addTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    styleTable(view);
    view->setModel(model);
    m_bodyLayout->addWidget(view, 1);
    if (!m_tableView)
        m_tableView = view;
    return view;
}
