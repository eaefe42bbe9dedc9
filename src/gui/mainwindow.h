// MainWindow: assembles the console (navigation, pages, banners, search, status bar) and routes its actions.
// It holds no business logic: pages show data, the engine acts.
#pragma once

#include <QList>
#include <QMainWindow>
#include <memory>

class BannerBar;
class Console;
class ConsoleStatusBar;
class Page;
class QActionGroup;
class QLineEdit;
class Settings;

namespace Ui {
class MainWindow;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Console &console, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Marks the window as running against the built-in simulator.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demoMode; }

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    Page *page(int index) const { return m_pages.value(index); }
    int currentPage() const;
    void setCurrentPage(int index);

    BannerBar *bannerBar() const;
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }
    QLineEdit *searchBox() const { return m_searchBox; }

signals:
    void searchRequested(const QString &text);
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void setUpSearchBox();
    void setUpMenus();
    void updateWindowTitle();
    void restoreWindowState();
    void saveWindowState();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Console &m_console;
    Settings &m_settings;
    QList<Page *> m_pages;
    QActionGroup *m_pageActions = nullptr;
    QLineEdit *m_searchBox = nullptr;
    ConsoleStatusBar *m_statusBar = nullptr;
    bool m_demoMode = false;
};
