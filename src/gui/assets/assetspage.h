// AssetsPage: the page listing the purchased apps and books and how many licenses of each are left:
// filters (apps, books, platform, location, low availability, in the catalog), an instant search,
// every column sortable, a utilisation bar; an asset's details, its low-license threshold, and
// the requests to assign or unassign it (which MainWindow routes to the licensing dialogs).
#pragma once

#include "core/views/assetquery.h"
#include "page.h"

#include <optional>

class AssetDetailDialog;
class AssetFilterProxyModel;
class AssetTableModel;
class QCheckBox;
class QComboBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;

class AssetsPage : public Page
{
    Q_OBJECT

public:
    explicit AssetsPage(Console &console, QWidget *parent = nullptr);

    void activate() override;

    AssetTableModel *model() const { return m_model; }
    AssetFilterProxyModel *proxy() const { return m_proxy; }
    bool isLoaded() const { return m_loaded; }
    // The asset of the current row of the table; nullptr when none is selected.
    const AssetViewRow *currentAsset() const;
    // Selects an asset's row (clearing filters that hide it); false when it is not in the table.
    bool selectAsset(const QString &tokenId, const QString &adamId, const QString &pricingParam);
    // Shows only the assets low on licenses (the low-license banner's action): every other filter
    // and the search cleared.
    void showLowOnly();
    // Shows only the over-assigned assets (the banner's Show).
    void showOverAssignedOnly();
    // Opens the current asset's detail (non-modal, deleted on close); nullptr when none is selected.
    AssetDetailDialog *openDetails();
    // Sets the current asset's own threshold (nullopt: the global one again) once no sync is
    // writing (at once when none is), then tells the console the inventory changed. A failure
    // is shown on the page.
    void setThreshold(std::optional<int> percent);
    QString errorText() const;

Q_SIGNALS:
    void assignRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam);
    // Holders named when the asset's details had some selected (empty from the page's own button).
    void unassignRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam,
                           const QStringList &clientUserIds, const QStringList &serialNumbers);

private:
    // Every filter back to showing everything.
    void clearFilters();
    void reload();
    void refreshCombos();
    void updateButtons();
    void updateSummary();
    void askThreshold();
    void showError(const QString &text);

    AssetTableModel *m_model = nullptr;
    AssetFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_unassignButton = nullptr;
    QPushButton *m_thresholdButton = nullptr;
    QCheckBox *m_appsCheck = nullptr;
    QCheckBox *m_booksCheck = nullptr;
    QComboBox *m_platformCombo = nullptr;
    QComboBox *m_tokenCombo = nullptr;
    QCheckBox *m_lowCheck = nullptr;
    QCheckBox *m_overCheck = nullptr;
    QCheckBox *m_catalogCheck = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    MessageLabel *m_errorLabel = nullptr;
    bool m_loaded = false;
};
