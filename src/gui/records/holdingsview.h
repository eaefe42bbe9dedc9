// HoldingsView: the help desk's answer to "what does this person or device hold?". A non-modal
// window: for a clientUserId, an e-mail address or a serial number it lists the VPP users that
// matched (status, e-mail, token) and every license held on every token (asset, type, pricing,
// token), from the local store only, so it works offline. Double-clicking a license asks
// MainWindow to open its asset (assetRequested).
#pragma once

#include "core/common/threadhandoff.h"

#include <QDialog>
#include <QString>

#include <memory>

class Console;
class HolderSearch;
class HoldingsLicenceModel;
class HoldingsUserModel;
class MessageLabel;
class QLabel;
class QLineEdit;
class QCompleter;
class QModelIndex;
class QStringListModel;
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
    // Whether the search of parts of names, e-mails, ids and serials is ready (it is read off the
    // GUI thread when the view opens and again when the inventory changes).
    bool isSearchReady() const { return m_search != nullptr; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void assetRequested(const QString &tokenId, const QString &adamId, const QString &pricingParam);

private:
    void openLicence(const QModelIndex &index);
    void buildSearch();
    void suggest(const QString &text);

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
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
    std::shared_ptr<const HolderSearch> m_search;
    quint64 m_searchSerial = 0;
    ThreadHandoff m_loader{this};
};
