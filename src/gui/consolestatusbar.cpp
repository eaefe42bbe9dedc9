#include "consolestatusbar.h"

#include "statuscolours.h"

#include <QApplication>

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_connectionLabel(new QLabel(this))
    , m_inventoryAgeLabel(new QLabel(this))
    , m_jobLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel the sync in progress"));
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, &ConsoleStatusBar::cancelRequested);
    setObjectName(QStringLiteral("statusBar"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_inventoryAgeLabel->setObjectName(QStringLiteral("inventoryAgeLabel"));
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_progressBar->setObjectName(QStringLiteral("jobProgressBar"));
    m_progressBar->setMaximumWidth(180);
    m_progressBar->setTextVisible(false);
    // Room between the fields: a bare status bar runs its labels together.
    for (QLabel *label : {m_connectionLabel, m_inventoryAgeLabel, m_jobLabel})
        label->setContentsMargins(6, 0, 10, 0);

    // Permanent: a temporary message (a sync's summary) never hides the connection state or the age.
    addPermanentWidget(m_jobLabel);
    addPermanentWidget(m_progressBar);
    addPermanentWidget(m_cancelButton);
    addPermanentWidget(m_connectionLabel);
    addPermanentWidget(m_inventoryAgeLabel);

    setOnline(false);
    updateInventoryAge();
    clearJobProgress();
}

void ConsoleStatusBar::setOnline(bool online)
{
    m_online = online;
    // The dot's colour follows the theme; the word says the same for those who do not see colour.
    const QPalette palette = QApplication::palette(m_connectionLabel);
    const QString colour =
        StatusColours::css(online ? StatusColours::text(StatusColours::Tone::Success, palette)
                                  : palette.color(QPalette::Disabled, QPalette::WindowText));
    const QString word = online ? tr("Online") : tr("Offline");
    m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2").arg(colour, word));
    m_connectionLabel->setToolTip(online
                                      ? tr("Connected to Apple's Apps and Books service")
                                      : tr("Not connected: showing the inventory stored on this computer"));
}

void ConsoleStatusBar::setInventoryTime(const QDateTime &lastSync)
{
    m_lastSync = lastSync;
    updateInventoryAge();
}

void ConsoleStatusBar::setJobProgress(const QString &text, int done, int total)
{
    m_jobLabel->setText(text);
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    m_jobLabel->show();
    m_progressBar->show();
}

void ConsoleStatusBar::clearJobProgress()
{
    m_jobLabel->clear();
    m_jobLabel->hide();
    m_progressBar->reset();
    m_progressBar->hide();
    m_cancelButton->hide();
}

void ConsoleStatusBar::setCancellable(bool cancellable)
{
    m_cancelButton->setVisible(cancellable);
}

void ConsoleStatusBar::updateInventoryAge()
{
    if (!m_lastSync.isValid()) {
        m_inventoryAgeLabel->setText(tr("Inventory: never synced"));
        m_inventoryAgeLabel->setToolTip(QString());
        return;
    }
    m_inventoryAgeLabel->setText(
        tr("Inventory as of %1").arg(QLocale().toString(m_lastSync, QLocale::ShortFormat)));
    m_inventoryAgeLabel->setToolTip(
        tr("Last complete sync: %1").arg(QLocale().toString(m_lastSync, QLocale::LongFormat)));
}
