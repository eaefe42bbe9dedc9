#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "assets/assetspage.h"
#include "records/auditpage.h"
#include "bannerbar.h"
#include "consolestatusbar.h"
#include "people/devicespage.h"
#include "records/historypage.h"
#include "licensing/jobspage.h"
#include "assets/licensespage.h"
#include "locations/locationspage.h"
#include "settings.h"
#include "people/userspage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QWidget>

MainWindow::MainWindow(Console &console, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_console(console)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_statusBar = new ConsoleStatusBar(this);
    setStatusBar(m_statusBar);
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    // The order here is the order of the navigation, the View menu and the Ctrl+1..8 shortcuts.
    const QList<Page *> pages = {new LocationsPage(console, this), new AssetsPage(console, this),
                                 new LicensesPage(console, this),  new UsersPage(console, this),
                                 new DevicesPage(console, this),   new JobsPage(console, this),
                                 new HistoryPage(console, this),   new AuditPage(console, this)};
    for (Page *page : pages)
        addPage(page);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentPage);
    setUpSearchBox();
    setUpMenus();
    updateWindowTitle();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDemoMode(bool demo)
{
    m_demoMode = demo;
    updateWindowTitle();
}

int MainWindow::currentPage() const
{
    return m_ui->pageStack->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_ui->pageStack->setCurrentIndex(index);
    m_pages.at(index)->activate();
    m_ui->navigationList->setCurrentRow(index);
    m_pageActions->actions().at(index)->setChecked(true);
}

BannerBar *MainWindow::bannerBar() const
{
    return m_ui->bannerBar;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(Page *page)
{
    const int index = m_ui->pageStack->addWidget(page);
    m_pages.append(page);

    auto *item = new QListWidgetItem(page->icon(), page->title(), m_ui->navigationList);
    item->setSizeHint(QSize(0, 36));
    item->setToolTip(page->description());

    QAction *action = m_pageActions->addAction(page->icon(), page->title());
    action->setCheckable(true);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { setCurrentPage(index); });
}

void MainWindow::setUpSearchBox()
{
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("globalSearch"));
    m_searchBox->setPlaceholderText(tr("Find a user, email or serial number…"));
    m_searchBox->setAccessibleName(tr("Search"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(280);
    m_searchBox->setMaximumWidth(420);
    m_searchBox->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_searchBox, &QLineEdit::returnPressed, this,
            [this] { emit searchRequested(m_searchBox->text().trimmed()); });

    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    addAction(focusSearch);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_searchBox);
    m_ui->mainToolBar->setContentsMargins(4, 2, 8, 2);
}

void MainWindow::setUpMenus()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->menuView->addActions(m_pageActions->actions());
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_demoMode ? tr("VPP Desk — Demo") : tr("VPP Desk"));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 740);
    restoreState(m_settings.mainWindowState());
    setCurrentPage(qBound(0, m_settings.currentPage(), pageCount() - 1));
}

void MainWindow::saveWindowState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setCurrentPage(currentPage());
    m_settings.sync();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VPP Desk"),
                       tr("<h3>VPP Desk %1</h3>"
                          "<p>An admin console for Apple's Apps and Books licensing (VPP): content tokens, "
                          "apps and books, licenses, users and devices, across every location.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}
