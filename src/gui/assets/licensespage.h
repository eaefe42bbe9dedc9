// LicensesPage: the page listing every license assignment, by asset and target: a paged table of
// every licence on every location (a million rows), filtered by location and by users/devices,
// with a debounced prefix search on the holder (client user id or serial number). Only the holder
// columns sort; the others have no index to order by.
#pragma once

#include "page.h"

class LicenseTableModel;
class QComboBox;
class MessageLabel;
class QLabel;
class QLineEdit;
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

private:
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
    bool m_stale = false; // the inventory changed while the page was hidden
};
