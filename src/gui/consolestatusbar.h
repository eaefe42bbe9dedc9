// ConsoleStatusBar: the window's status bar: connection state, age of the inventory, and running jobs.
#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

class ConsoleStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // The time of the last complete sync; an invalid time means nothing was synced yet.
    void setInventoryTime(const QDateTime &lastSync);

    // Shows the progress area while work runs; total 0 means "busy, size unknown".
    void setJobProgress(const QString &text, int done, int total);
    void clearJobProgress();
    // Shows a Cancel button next to the progress (emits cancelRequested).
    void setCancellable(bool cancellable);

signals:
    void cancelRequested();

private:
    void updateInventoryAge();

    bool m_online = false;
    QDateTime m_lastSync;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_inventoryAgeLabel = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
};
