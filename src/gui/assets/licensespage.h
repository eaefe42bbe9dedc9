// LicensesPage: the page listing every license assignment, by asset and target: a paged table of
// every license on every location (a million rows), filtered by location and by users/devices,
// with a debounced prefix search on the holder (client user id or serial number). Only the holder
// columns sort; the others have no index to order by. A context menu on the selected rows (right
// click, the Menu key or Shift+F10) unassigns them, revokes their holders, shows a holder's licenses
// elsewhere or copies the rows.
#pragma once

#include "core/licensing/licenserequest.h"
#include "page.h"

class LicenseTableModel;
class QComboBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;

class LicensesPage : public Page
{
    Q_OBJECT

public:
    explicit LicensesPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    LicenseTableModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    static constexpr int searchDelayMs = 150;

Q_SIGNALS:
    // A row was double-clicked: show that asset (MainWindow: AssetsPage::selectAsset + openDetails).
    void assetRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam);
    // The context menu's entries, for the selected rows of one location.
    void unassignRequested(const QString &tokenId, const QList<AssetRef> &assets,
                           const QStringList &clientUserIds, const QStringList &serialNumbers);
    void revokeRequested(const QString &tokenId, const QStringList &clientUserIds,
                         const QStringList &serialNumbers);
    // Show holder: the help-desk view of everything this user or device holds.
    void holderRequested(const QString &holder);

public:
    // The context menu for the selected rows (shown by a right click; tests trigger its actions).
    QMenu *createContextMenu(QWidget *parent);
    // The context menu acts on this many selected rows at most: more (a Ctrl+A over a million licenses)
    // would read every block of the table on the GUI thread. Filters and Export Table serve those.
    int maxActedRows() const { return m_maxActedRows; }
    void setMaxActedRows(int rows) { m_maxActedRows = rows; }

private:
    // What the selected rows hold, in the table's order.
    struct Selection
    {
        QString tokenId; // empty when the rows span several locations
        QList<AssetRef> assets;
        QStringList clientUserIds;
        QStringList serialNumbers;
        int rows = 0;
        int tooMany = 0; // the rows selected when more than maxActedRows(): none of them is read
    };
    Selection selection() const;
    void showContextMenu(const QPoint &pos);
    void reload();
    void refreshTokens();
    void applySearch();
    void updateSummary();

    LicenseTableModel *m_model = nullptr;
    QComboBox *m_tokenCombo = nullptr;
    QComboBox *m_holdersCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_summaryLabel = nullptr;
    MessageLabel *m_errorLabel = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
    int m_maxActedRows = 5000;
    bool m_stale = false; // the inventory changed while the page was hidden
};
