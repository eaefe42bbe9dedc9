#include "tokentablemodel.h"

#include "app/console.h"
#include "app/synccontroller.h"
#include "core/store/synchistory.h"
#include "core/sync/failurerecord.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"

#include <QIcon>
#include <QLocale>

#include <limits>

TokenTableModel::TokenTableModel(Console &console, QObject *parent)
    : QAbstractTableModel(parent)
    , m_console(console)
{
    connect(&console, &Console::tokensChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    SyncController *sync = &console.sync();
    connect(sync, &SyncController::runStarted, this, [this](const QString &tokenId) {
        if (const int row = rowOf(tokenId); row >= 0)
            Q_EMIT dataChanged(index(row, SyncColumn), index(row, SyncColumn));
    });
    connect(sync, &SyncController::progressChanged, this, [this](const SyncController::RunState &state) {
        if (const int row = rowOf(state.tokenId); row >= 0)
            Q_EMIT dataChanged(index(row, SyncColumn), index(row, SyncColumn));
    });
    // A finished run changed the last sync time, perhaps the status, and the history.
    connect(sync, &SyncController::runFinished, this, [this] {
        if (m_loaded)
            reload();
    });
    connect(sync, &SyncController::busyChanged, this, &TokenTableModel::refreshSyncState);
}

void TokenTableModel::reload()
{
    m_loaded = true;
    m_error.clear();
    QList<Row> rows;
    const Result<QList<TokenStatus>> statuses = m_console.tokenManager().list();
    if (!statuses) {
        m_error = statuses.error().toDisplayString();
    } else {
        SyncHistory history(m_console.database());
        for (const TokenStatus &status : statuses.value()) {
            Row row;
            row.status = status;
            const auto runs = history.runs(status.record.id, 1);
            if (runs && !runs->isEmpty())
                row.lastRun = runs->constFirst();
            rows.append(row);
        }
    }

    bool sameTokens = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameTokens && i < rows.size(); ++i)
        sameTokens = rows.at(i).status.record.id == m_rows.at(i).status.record.id;
    if (sameTokens) {
        // Same tokens in the same order: update in place so that views keep their selection.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TokenTableModel::rowOf(const QString &tokenId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status.record.id == tokenId)
            return int(i);
    }
    return -1;
}

void TokenTableModel::refreshSyncState()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SyncColumn), index(rowCount() - 1, SyncColumn));
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::phaseText(const QString &phase)
{
    if (phase == QLatin1String("config"))
        return tr("checking the token");
    if (phase == QLatin1String("assets"))
        return tr("apps and books");
    if (phase == QLatin1String("users"))
        return tr("users");
    if (phase == QLatin1String("assignments"))
        return tr("licenses");
    if (phase == QLatin1String("metadata"))
        return tr("app details");
    if (phase == QLatin1String("commit"))
        return tr("saving");
    return phase;
}

QString TokenTableModel::syncText(const QString &tokenId) const
{
    const SyncController &sync = m_console.sync();
    if (const auto current = sync.state(tokenId)) {
        if (current->phase.isEmpty())
            return tr("Syncing\u2026");
        if (current->pagesKnown > 0)
            return tr("Syncing: %1, page %2 of %3")
                .arg(phaseText(current->phase))
                .arg(current->pagesDone)
                .arg(current->pagesKnown);
        if (current->pagesDone > 0)
            return tr("Syncing: %1, page %2").arg(phaseText(current->phase)).arg(current->pagesDone);
        return tr("Syncing: %1\u2026").arg(phaseText(current->phase));
    }
    if (sync.isQueued(tokenId))
        return tr("Queued");
    const int row = rowOf(tokenId);
    return row < 0 ? QString() : lastOutcomeText(m_rows.at(row));
}

QString TokenTableModel::lastOutcomeText(const Row &row) const
{
    if (const auto report = m_console.sync().lastReport(row.status.record.id)) {
        switch (report->outcome) {
        case SyncReport::Outcome::Ok:
            return tr("Succeeded");
        case SyncReport::Outcome::Failed:
            return tr("Failed: %1").arg(report->error.toDisplayString());
        case SyncReport::Outcome::Cancelled:
            return tr("Cancelled");
        case SyncReport::Outcome::Running:
            return tr("Syncing\u2026");
        case SyncReport::Outcome::Interrupted:
            return RecordState::label(report->outcome);
        }
    }
    if (!row.lastRun)
        return tr("Never synced");
    switch (row.lastRun->outcome) {
    case RecordState::SyncRun::Ok:
        return tr("Succeeded");
    case RecordState::SyncRun::Failed:
        return row.lastRun->error.isEmpty() ? tr("Failed")
                                            : tr("Failed: %1").arg(FailureRecord::text(row.lastRun->error));
    case RecordState::SyncRun::Running:
        return tr("Syncing\u2026");
    case RecordState::SyncRun::Cancelled:
    case RecordState::SyncRun::Interrupted:
        break;
    }
    return RecordState::label(row.lastRun->outcome);
}

QVariant TokenTableModel::displayData(const Row &row, int column) const
{
    const TokenRecord &r = row.status.record;
    const TokenHealth &health = row.status.health;
    switch (column) {
    case NameColumn:
        return r.name;
    case StatusColumn:
        return TokenHealth::statusLabel(health.status());
    case ReasonColumn:
        return row.status.checkError.isEmpty()
                   ? health.summary()
                   : QString(health.summary() + QLatin1Char(' ') + row.status.checkError);
    case ExpiryColumn:
        if (!health.hasExpiry())
            return tr("Unknown");
        if (health.daysLeft() < 0 || health.status() == TokenHealth::Status::Expired)
            return tr("Expired");
        return tr("%n day(s)", nullptr, health.daysLeft());
    case LocationColumn:
        return r.locationName;
    case CountryColumn:
        return r.countryCode;
    case ManagedByColumn:
        return managedByText(r);
    case LastSyncColumn:
        return r.lastSyncAt.isValid() ? QLocale().toString(r.lastSyncAt.toLocalTime(), QLocale::ShortFormat)
                                      : tr("Never");
    case SyncColumn:
        return syncText(r.id);
    default:
        return {};
    }
}

QVariant TokenTableModel::sortData(const Row &row, int column) const
{
    const TokenRecord &r = row.status.record;
    switch (column) {
    case StatusColumn:
        return int(row.status.health.status());
    case ExpiryColumn:
        return r.expiresAt.isValid() ? r.expiresAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case LastSyncColumn:
        return r.lastSyncAt.isValid() ? r.lastSyncAt.toSecsSinceEpoch() : qint64(0);
    default:
        return displayData(row, column).toString().toLower();
    }
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TokenHealth &health = row.status.health;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == ReasonColumn)
            return health.reason();
        if (index.column() == ExpiryColumn && row.status.record.expiresAt.isValid())
            return tr("Expires on %1")
                .arg(QLocale().toString(row.status.record.expiresAt.toLocalTime(), QLocale::LongFormat));
        if (index.column() == SyncColumn)
            return syncText(row.status.record.id);
        if (index.column() == ManagedByColumn)
            return managedByTip(row.status.record);
        return {};
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        switch (health.severity()) {
        case TokenHealth::Severity::Critical:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        case TokenHealth::Severity::Warning:
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        case TokenHealth::Severity::Notice:
            return QIcon(QStringLiteral(":/icons/info.svg"));
        case TokenHealth::Severity::Ok:
            return {};
        }
        return {};
    case TokenIdRole:
        return row.status.record.id;
    case TokenNameRole:
        return row.status.record.name;
    case SortRole:
        return sortData(row, index.column());
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Details");
    case ExpiryColumn:
        return tr("Expires in");
    case LocationColumn:
        return tr("Location");
    case CountryColumn:
        return tr("Country");
    case ManagedByColumn:
        return tr("Managed by");
    case LastSyncColumn:
        return tr("Last sync");
    case SyncColumn:
        return tr("Sync");
    default:
        return {};
    }
}

QString TokenTableModel::managedByText(const TokenRecord &record) const
{
    if (record.mdmInfoId.isEmpty() && record.mdmInfoName.isEmpty())
        return tr("Nobody");
    const MdmInfo &ours = m_console.workspace().mdmInfo();
    if (!ours.id.isEmpty() && record.mdmInfoId == ours.id)
        return tr("This console");
    return record.mdmInfoName.isEmpty() ? tr("Another MDM (%1)").arg(record.mdmInfoId) : record.mdmInfoName;
}

QString TokenTableModel::managedByTip(const TokenRecord &record) const
{
    if (record.mdmInfoId.isEmpty() && record.mdmInfoName.isEmpty())
        return tr("No MDM has claimed this location at Apple yet: Take Over claims it for VPP Desk.");
    const MdmInfo &ours = m_console.workspace().mdmInfo();
    if (!ours.id.isEmpty() && record.mdmInfoId == ours.id)
        return tr("Apple has VPP Desk on record as the MDM of this location.");
    return tr("Apple has another MDM on record for this location (%1, id %2): licenses assigned here may be "
              "reclaimed by it. Take Over makes VPP Desk the MDM.")
        .arg(record.mdmInfoName, record.mdmInfoId);
}
