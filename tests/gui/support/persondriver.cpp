#include "persondriver.h"

#include "consolefixture.h"
#include "mainwindow.h"
#include "page.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

std::unique_ptr<MainWindow> PersonDriver::openWindow(Console &console, Settings &settings)
{
    auto window = std::make_unique<MainWindow>(console, settings);
    window->resize(1024, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void PersonDriver::closeAll(std::unique_ptr<MainWindow> &window)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != window.get() && w->isVisible() && w->isWindow())
            w->close();
    QCoreApplication::processEvents();
    window.reset();
}

Page *PersonDriver::showPage(MainWindow *window, const QString &name)
{
    if (!window->showPage(name))
        return nullptr;
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    return qobject_cast<Page *>(stack->currentWidget());
}

void PersonDriver::clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

void PersonDriver::doubleClickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

void PersonDriver::rightClickRow(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    // A right click: the press (which may select), then the platform's context menu event.
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
}

bool PersonDriver::waitForRows(QTableView *view)
{
    return ConsoleFixture::waitFor([view] { return view->model()->rowCount() > 0; });
}

bool PersonDriver::clickMenuEntry(const QString &menuName, const QString &text)
{
    QMenu *menu = nullptr;
    if (!ConsoleFixture::waitFor([&] {
            menu = topLevelNamed<QMenu>(menuName);
            return menu != nullptr;
        }))
        return false;
    for (QAction *action : menu->actions()) {
        if (QString(action->text()).remove(u'&').contains(text)) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    }
    return false;
}
