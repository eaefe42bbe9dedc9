// HistoryPage: the page listing past syncs (every token, newest first, or one token's) and, for the
// selected run, what it changed. Reloads when a sync finishes or the inventory changes.
#pragma once

#include "page.h"

class QComboBox;
class MessageLabel;
class QLabel;
class QTableView;
class SyncChangeModel;
class SyncRunModel;

class HistoryPage : public Page
{
    Q_OBJECT

public:
    explicit HistoryPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    SyncRunModel *runModel() const { return m_runs; }
    SyncChangeModel *changeModel() const { return m_changes; }
    // Shows the tokens' runs (empty = every token).
    void setTokenFilter(const QString &tokenId);
    // Selects the run with this id if it is among the rows loaded first; false when not found.
    bool selectRun(qint64 runId);

private:
    void reloadTokens();
    void reloadRuns();
    void showRun(qint64 runId);

    SyncRunModel *m_runs = nullptr;
    SyncChangeModel *m_changes = nullptr;
    QComboBox *m_tokenFilter = nullptr;
    QTableView *m_runView = nullptr;
    QTableView *m_changeView = nullptr;
    QLabel *m_changesTitle = nullptr;
    QLabel *m_notKept = nullptr;
    MessageLabel *m_error = nullptr;
    bool m_loaded = false;
};
