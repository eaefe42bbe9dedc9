// Page: the frame every console page shares: a title, a one-line purpose, a row for the page's
// actions and filters, and a body (usually one main table over a model). Subclasses fill the
// action row and the body; MainWindow calls activate() when the page is shown, so a page loads
// its data when it is first looked at, not at start-up.
#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

#include <functional>

class Console;
class QAbstractItemView;
class QAbstractItemModel;
class QHBoxLayout;
class QModelIndex;
class QLabel;
class QTableView;
class QVBoxLayout;

class Page : public QWidget
{
    Q_OBJECT

public:
    QString title() const { return m_title; }
    QString description() const { return m_description; }
    QIcon icon() const { return m_icon; }
    // The page's main table (nullptr while it has none).
    QTableView *tableView() const { return m_tableView; }

    // The page became the visible one. The first call loads the page's models; later calls may
    // refresh what is cheap to refresh.
    virtual void activate() {}

    // The console look of a table: whole rows selected, no grid, sortable, header left aligned.
    static void styleTable(QTableView *view);

protected:
    Page(Console &console, const QString &title, const QString &description, const QIcon &icon,
         QWidget *parent);

    Console &console() const { return m_console; }
    // The row under the description: buttons on the left, filters on the right (add a stretch).
    QHBoxLayout *actionsLayout() const { return m_actionsLayout; }
    // Everything below the action row.
    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }
    // Creates a styled table over `model`, adds it to the body (stretching) and makes it the
    // page's main table if it has none yet.
    QTableView *addTable(QAbstractItemModel *model, const QString &objectName = QStringLiteral("pageTable"));
    // Calls `update` whenever the rows selected in `view` or its current row change. A mouse click
    // moves the current row before it selects it: currentChanged alone comes too early.
    static void followSelection(QAbstractItemView *view, QObject *context,
                                const std::function<void()> &update);
    // Calls `open` on a double-click or Enter on a row of `view` (QAbstractItemView::activated).
    static void onRowActivated(QAbstractItemView *view, QObject *context,
                               const std::function<void(const QModelIndex &)> &open);
    // Names the page's main table when the page lays out its tables itself.
    void setTableView(QTableView *view) { m_tableView = view; }

private:
    Console &m_console;
    QString m_title;
    QString m_description;
    QIcon m_icon;
    QHBoxLayout *m_actionsLayout = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QTableView *m_tableView = nullptr;
};
