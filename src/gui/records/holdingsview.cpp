#include "holdingsview.h"

#include "app/console.h"
#include "core/store/database.h"
#include "core/views/holdersearch.h"
#include "core/views/holdingsquery.h"
#include "holdingslicencemodel.h"
#include "holdingsusermodel.h"
#include "messagelabel.h"
#include "page.h"
#include "screenfit.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

HoldingsView::HoldingsView(Console &console, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
{
    setObjectName(QStringLiteral("holdingsView"));
    setWindowTitle(tr("Who Holds What"));
    setModal(false);
    ScreenFit::resize(this, QSize(900, 560));

    m_licences = new HoldingsLicenceModel(this);
    m_users = new HoldingsUserModel(this);
    m_licenceProxy = new QSortFilterProxyModel(this);
    m_licenceProxy->setSourceModel(m_licences);
    m_licenceProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_userProxy = new QSortFilterProxyModel(this);
    m_userProxy->setSourceModel(m_users);
    m_userProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("queryEdit"));
    m_query->setPlaceholderText(
        tr("Client user ID, e-mail address, serial number or device name; part of one is enough"));
    // Suggestions as the help desk types: the best matches of HolderSearch, best first.
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setObjectName(QStringLiteral("queryCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_query->setCompleter(m_completer);
    m_query->setClearButtonEnabled(true);
    auto *queryLabel = new QLabel(tr("&Find:"), this);
    queryLabel->setBuddy(m_query);
    auto *searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setDefault(true);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(queryLabel);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(searchButton);

    m_summary = new QLabel(tr("Type a client user ID, an e-mail address or a serial number."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_error = new MessageLabel(this, QStringLiteral("errorLabel"));

    m_results = new QWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    auto *results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    m_usersTitle = new QLabel(m_results);
    m_usersTitle->setObjectName(QStringLiteral("usersTitle"));
    m_userView = new QTableView(m_results);
    m_userView->setObjectName(QStringLiteral("userTable"));
    Page::styleTable(m_userView);
    m_userView->setModel(m_userProxy);
    m_userView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_licencesTitle = new QLabel(m_results);
    m_licencesTitle->setObjectName(QStringLiteral("licensesTitle"));
    m_licenceView = new QTableView(m_results);
    m_licenceView->setObjectName(QStringLiteral("licenseTable"));
    Page::styleTable(m_licenceView);
    m_licenceView->setModel(m_licenceProxy);
    m_licenceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_licenceView->setToolTip(tr("Double-click a license to open its asset."));
    results->addWidget(m_usersTitle);
    results->addWidget(m_userView, 1);
    m_userView->setMaximumHeight(160);
    results->addWidget(m_licencesTitle);
    results->addWidget(m_licenceView, 2);
    m_results->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_results, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);
    setTabOrder(m_query, searchButton);
    setTabOrder(searchButton, m_userView);
    setTabOrder(m_userView, m_licenceView);

    const auto runSearch = [this] { search(m_query->text()); };
    connect(searchButton, &QPushButton::clicked, this, runSearch);
    connect(m_query, &QLineEdit::returnPressed, this, runSearch);
    // A double-click or Enter on a license opens its asset.
    connect(m_licenceView, &QAbstractItemView::activated, this, &HoldingsView::openLicence);
    connect(m_query, &QLineEdit::textEdited, this, &HoldingsView::suggest);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { search(text); });
    connect(&m_console, &Console::inventoryChanged, this, &HoldingsView::buildSearch);
    buildSearch();
}

void HoldingsView::buildSearch()
{
    // Every user, device and serial, read on a connection of its own off the GUI thread; only the
    // newest build is kept.
    const quint64 serial = ++m_searchSerial;
    const QString path = m_console.database().path();
    m_loader.run<Result<std::shared_ptr<const HolderSearch>>>(
        [path]() -> Result<std::shared_ptr<const HolderSearch>> {
            Database db;
            if (const Result<void> opened = db.open(path); !opened)
                return opened.error();
            Result<HolderSearch> built = HolderSearch::build(db);
            if (!built)
                return built.error();
            return std::make_shared<const HolderSearch>(std::move(built.value()));
        },
        [this, serial](const Result<std::shared_ptr<const HolderSearch>> &built) {
            if (serial != m_searchSerial)
                return;
            if (built) {
                m_search = built.value();
                // A search asked before the index was ready (from the toolbar, say) looked for whole
                // values only, and one shown before a sync or a job finished shows what was: look again,
                // unless the admin is typing another one.
                if (!m_lastQuery.isEmpty() && m_query->text().trimmed() == m_lastQuery)
                    search(m_lastQuery);
            } else
                m_error->showError(
                    tr("The search of names could not be prepared: %1").arg(built.error().toDisplayString()));
        });
}

void HoldingsView::suggest(const QString &text)
{
    if (!m_search)
        return;
    QStringList labels;
    for (const HolderSearch::Match &m : m_search->suggest(text, 10))
        labels.append(m.label);
    m_suggestions->setStringList(labels);
}

void HoldingsView::search(const QString &text)
{
    const QString query = text.trimmed();
    if (m_query->text() != text)
        m_query->setText(text);
    m_lastQuery = query;
    m_error->clearMessage();
    if (query.isEmpty()) {
        m_licences->setLicences({});
        m_users->setUsers({});
        m_results->hide();
        m_summary->setText(tr("Type a client user ID, an e-mail address or a serial number."));
        return;
    }

    const Result<HoldingsQuery::Holdings> found =
        HoldingsQuery(m_console.database()).find(query, m_search.get());
    if (!found) {
        m_licences->setLicences({});
        m_users->setUsers({});
        m_results->hide();
        m_summary->clear();
        m_error->showError(tr("The search failed: %1").arg(found.error().toDisplayString()));
        return;
    }
    const HoldingsQuery::Holdings &holdings = found.value();
    m_users->setUsers(holdings.users);
    m_licences->setLicences(holdings.licences);
    if (holdings.isEmpty()) {
        m_results->hide();
        m_summary->setText(tr("Nothing found for \u201c%1\u201d: no user, e-mail address or device with "
                              "licenses on any token.")
                               .arg(query));
        return;
    }

    QSet<QString> tokens;
    for (const HoldingsQuery::Licence &licence : holdings.licences)
        tokens.insert(licence.row.assignment.tokenId);
    const QString licences = tr("%Ln license(s)", nullptr, int(holdings.licences.size()));
    const QString onTokens = tr("on %Ln token(s)", nullptr, int(tokens.size()));
    // Parts of values: say which users and devices the text found.
    QString who = query;
    if (!holdings.matches.isEmpty() && holdings.matches.constFirst().rank != HolderSearch::Rank::Exact) {
        QStringList labels;
        for (const HolderSearch::Match &m : holdings.matches)
            labels.append(m.label);
        who = labels.join(QStringLiteral(", "));
    }
    m_summary->setText(
        holdings.licences.isEmpty()
            ? tr("\u201c%1\u201d holds no license.").arg(who)
            : tr("\u201c%1\u201d holds %2 %3.", "query, licenses, tokens").arg(who, licences, onTokens));
    m_usersTitle->setText(tr("Matching users: %Ln", nullptr, int(holdings.users.size())));
    m_usersTitle->setVisible(!holdings.users.isEmpty());
    m_userView->setVisible(!holdings.users.isEmpty());
    m_licencesTitle->setText(tr("Licenses: %Ln", nullptr, int(holdings.licences.size())));
    m_results->show();
    m_userView->scrollToTop();
    m_licenceView->scrollToTop();
}

void HoldingsView::openLicence(const QModelIndex &index)
{
    const QModelIndex source = m_licenceProxy->mapToSource(index);
    const HoldingsQuery::Licence *licence = m_licences->licenceAt(source.row());
    if (!licence)
        return;
    const AssignmentRecord &a = licence->row.assignment;
    Q_EMIT assetRequested(a.tokenId, a.adamId, a.pricingParam);
}
