// MainWindow: assembles the console (navigation, pages, banners, search, status bar) and routes its actions.
// It holds no business logic: pages show data, the engine acts.
#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <memory>
#include <optional>

#include "app/writegate.h"

class AttentionMonitor;
class HoldingsView;
class LicenseOperationDialog;
class BannerBar;
class Console;
class QAction;
class ConsoleStatusBar;
class Page;
class QActionGroup;
class QLineEdit;
class ReportActions;
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
    // By the page's short name ("licenses" shows licensesPage); false when there is none.
    bool showPage(const QString &name);
    // Keyboard focus on the current page's main table (the console opened on a page: arrows work at once).
    void focusPageTable();
    // Who Holds What on `text` (a user, e-mail address or serial number).
    void findHolder(const QString &text) { showHoldings(text); }

    BannerBar *bannerBar() const;
    AttentionMonitor *attentionMonitor() const { return m_attention; }
    QAction *workOfflineAction() const { return m_workOfflineAction; }
    QAction *syncAllAction() const { return m_syncAllAction; }
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }
    QLineEdit *searchBox() const { return m_searchBox; }
    // The help desk's results window (nullptr until the first search).
    HoldingsView *holdingsView() const { return m_holdings; }
    // File > Export and File > Report.
    ReportActions *reportActions() const { return m_reports; }

    // Opens the Preferences dialog (modal; returns when it closes).
    void showPreferences();

signals:
    void searchRequested(const QString &text);
    // A banner asked for a token action (Attention::Action as int) on the Locations page.
    void tokenActionRequested(int action, const QString &tokenId);
    // A banner asked to show the assets low on licenses.
    void lowAssetsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void setUpReports();
    void setUpSearchBox();
    void setUpMenus();
    void updateWindowTitle();
    void restoreWindowState();
    void saveWindowState();
    void showAbout();
    void connectConsole();
    // Connects the areas' requests for each other (an asset's Assign…, a search result's asset...).
    void connectAreas();
    void setUpLicenseMenu();
    LicenseOperationDialog *openLicenseDialog(int mode, const QString &tokenId = {},
                                              const QString &adamId = {}, const QString &pricingParam = {},
                                              const QStringList &users = {}, const QStringList &serials = {});
    void showHoldings(const QString &text);
    void showAsset(const QString &tokenId, const QString &adamId, const QString &pricingParam);
    void updateBanners();
    // The reach of a banner's action (Attention::Action) when it writes; nothing when it does not.
    static std::optional<WriteGate::Reach> writeReachOf(int action);
    void bannerAction(const QString &id);
    void updateProgress();
    void updateInventoryAge();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Console &m_console;
    Settings &m_settings;
    QList<Page *> m_pages;
    QActionGroup *m_pageActions = nullptr;
    QLineEdit *m_searchBox = nullptr;
    ConsoleStatusBar *m_statusBar = nullptr;
    AttentionMonitor *m_attention = nullptr;
    HoldingsView *m_holdings = nullptr;
    ReportActions *m_reports = nullptr;
    QAction *m_workOfflineAction = nullptr;
    QAction *m_syncAllAction = nullptr;
    // Progress of the running jobs: id -> (completed, requested).
    QHash<qint64, std::pair<qint64, qint64>> m_jobProgress;
    bool m_demoMode = false;
};
