// AssetDetailDialog: one asset of one location: a header (icon, name, type, location, counts),
// who holds its licenses (User licenses and Device licenses tabs, each searchable) and how it came
// into the inventory (Token Details: added by a sync or there from the first one, found in the
// catalog or not, device assignable, revocable, platforms). Unassign starts with the selected holders.
#pragma once

#include "core/views/assetquery.h"

#include <QDialog>

class AssetHolderModel;
class Console;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

class AssetDetailDialog : public QDialog
{
    Q_OBJECT

public:
    AssetDetailDialog(Console &console, const AssetViewRow &asset, QWidget *parent = nullptr);

    const AssetViewRow &asset() const { return m_asset; }
    AssetHolderModel *userModel() const { return m_userModel; }
    AssetHolderModel *deviceModel() const { return m_deviceModel; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void assignRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam);
    // Unassign starts with the holders selected in the User licenses and Device licenses tabs.
    void unassignRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam,
                           const QStringList &clientUserIds, const QStringList &serialNumbers);

public:
    // The holders selected in a tab (user or device licenses), in the table's order.
    QStringList selectedHolders(bool devices) const;

private:
    QWidget *holdersTab(AssetHolderModel *model, const QString &name, const QString &placeholder);
    QWidget *detailsTab();
    void updateTabTitles();

    Console &m_console;
    AssetViewRow m_asset;
    QTabWidget *m_tabs = nullptr;
    AssetHolderModel *m_userModel = nullptr;
    AssetHolderModel *m_deviceModel = nullptr;
    QTableView *m_userView = nullptr;
    QTableView *m_deviceView = nullptr;
};
