// HoldingsView: the help desk's answer to "what does this person or device hold?". A non-modal
// window: for a clientUserId, an e-mail address or a serial number it lists the VPP users that
// matched (status, e-mail, token) and every licence held on every token (asset, type, pricing,
// token), from the local store only, so it works offline. Double-clicking a licence asks
// MainWindow to open its asset (assetRequested).
#pragma once

#include <QDialog>
#include <QString>

class Console;
class HoldingsLicenceModel;
class HoldingsUserModel;
class MessageLabel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

class HoldingsView : public QDialog
{
    Q_OBJECT

public:
    explicit HoldingsView(Console &console, QWidget *parent = nullptr);

    // Searches at once (synchronously) and shows the outcome; the text goes into the search field.
    void search(const QString &text);
    QString lastQuery() const { return m_lastQuery; }

    HoldingsLicenceModel *licenceModel() const { return m_licences; }
    HoldingsUserModel *userModel() const { return m_users; }
    QTableView *licenceView() const { return m_licenceView; }

Q_SIGNALS:
    void assetRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam);

private:
    void openLicence(const QModelIndex &index);

    Console &m_console;
    HoldingsLicenceModel *m_licences = nullptr;
    HoldingsUserModel *m_users = nullptr;
    QSortFilterProxyModel *m_licenceProxy = nullptr;
    QSortFilterProxyModel *m_userProxy = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_error = nullptr;
    QWidget *m_results = nullptr;
    QLabel *m_usersTitle = nullptr;
    QLabel *m_licencesTitle = nullptr;
    QTableView *m_userView = nullptr;
    QTableView *m_licenceView = nullptr;
    QString m_lastQuery;
};
