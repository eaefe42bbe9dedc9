// PersonDriver: what GUI tests do as a person does: click a row's visual rect, double-click it, click a
// menu entry with the mouse, find the window that a click opened, show a page of the main window.
#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>

#include <Qt>

#include <memory>

class Console;
class MainWindow;
class Page;
class Settings;
class QTableView;

class PersonDriver
{
public:
    // A main window at 1024x700, shown and exposed (nullptr if it never was).
    static std::unique_ptr<MainWindow> openWindow(Console &console, Settings &settings);
    // Closes every other visible window (dialogs, menus) and then the main window.
    static void closeAll(std::unique_ptr<MainWindow> &window);
    // Shows the main window's page by its short name ("licenses") and returns it (nullptr if none).
    static Page *showPage(MainWindow *window, const QString &name);
    // Clicks the row's first visible cell with the mouse (scrolled into sight first).
    static void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {});
    // A press, a release, then a double-click event on the row: what the platform sends.
    static void doubleClickRow(QTableView *view, int row);
    // Opens the context menu of a row as a right click does.
    static void rightClickRow(QTableView *view, int row, int column = 0);
    // Waits until the view's model has rows.
    static bool waitForRows(QTableView *view);
    // Clicks the entry of the visible menu `menuName` whose text contains `text`.
    static bool clickMenuEntry(const QString &menuName, const QString &text);

    // The first visible top-level widget of type T (and the given object name).
    template<typename T>
    static T *topLevel()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
                return t;
        return nullptr;
    }
    template<typename T>
    static T *topLevelNamed(const QString &name)
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible() && t->objectName() == name)
                return t;
        return nullptr;
    }
};
