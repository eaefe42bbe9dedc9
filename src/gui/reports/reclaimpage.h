// ReclaimPage: the reclaim advisor. Lists the licenses held by devices not seen for N days, by
// retired or unregistered users and outside a location's Distribution groups (ReclaimAdvisor, run
// off the GUI thread with Cancel), with the totals per app. The admin ticks licenses (or selects
// rows) and "Review Revoke…" asks MainWindow for the usual revoke dialog, whose dry run comes
// first; one dialog per location.
#pragma once

#include "page.h"

#include "core/common/threadhandoff.h"

#include <QStringList>

#include <atomic>
#include <memory>

class MessageLabel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class ReclaimCandidateModel;
class ReclaimTotalsModel;

class ReclaimPage : public Page
{
    Q_OBJECT

public:
    explicit ReclaimPage(Console &console, QWidget *parent = nullptr);
    ~ReclaimPage() override;

    void activate() override;

    ReclaimCandidateModel *candidateModel() const { return m_candidates; }
    ReclaimTotalsModel *totalsModel() const { return m_totals; }
    bool isSearching() const { return m_cancel != nullptr; }

public Q_SLOTS:
    // Runs the advisor again with the number of days chosen.
    void refresh();
    void cancelSearch();
    // Asks for the revoke dialog of the ticked licenses (else the selected rows).
    void reviewRevoke();

Q_SIGNALS:
    // The revoke dialog of one location, its targets filled in.
    void revokeRequested(const QString &tokenId, const QStringList &clientUserIds,
                         const QStringList &serialNumbers);
    // A search ended (tests wait for it).
    void searched();

private:
    QList<int> chosenRows() const;
    void updateButtons();

    bool m_loaded = false;
    quint64 m_serial = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ReclaimCandidateModel *m_candidates = nullptr;
    ReclaimTotalsModel *m_totals = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QSpinBox *m_days = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_error = nullptr;
    ThreadHandoff m_search{this};
};
