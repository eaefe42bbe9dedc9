#include "syncrunmodel.h"

#include "statuscolours.h"

#include <QGuiApplication>

#include "core/sync/failurerecord.h"
#include "core/views/synchistoryquery.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

// Kept after the visible columns of a row.
enum Extra { RunIdField = SyncRunModel::ColumnCount, OutcomeKeyField, ErrorField };

} // namespace

SyncRunModel::SyncRunModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

void SyncRunModel::setTokenFilter(const QString &tokenId)
{
    m_tokenId = tokenId;
    reload();
}

qint64 SyncRunModel::runIdAt(int row) const
{
    const Row *values = rowAt(row);
    return values ? values->at(RunIdField).toLongLong() : 0;
}

QString SyncRunModel::kindText(const QString &kind)
{
    if (kind == u"full")
        return tr("Full");
    if (kind == u"incremental")
        return tr("Incremental");
    return kind;
}

QString SyncRunModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QStringList SyncRunModel::headers() const
{
    return {tr("Token"),   tr("Started"),   tr("Duration"),   tr("Kind"),
            tr("Outcome"), tr("Assets"),    tr("Users"),      tr("Licenses"),
            tr("+ Added"), tr("- Removed"), tr("New assets"), tr("Counts changed")};
}

Result<qint64> SyncRunModel::countRows() const
{
    return SyncHistoryQuery(m_db).countRuns(m_tokenId);
}

Result<QList<PagedTableModel::Row>> SyncRunModel::fetchRows(qint64 offset, int limit) const
{
    const auto runs = SyncHistoryQuery(m_db).runs(m_tokenId, offset, limit);
    if (!runs)
        return runs.error();
    QList<Row> rows;
    rows.reserve(runs->size());
    const QLocale locale;
    for (const SyncHistoryQuery::Run &run : runs.value()) {
        const SyncRunRecord &r = run.record;
        const qint64 ms =
            r.finishedAt.isValid() && r.startedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : -1;
        rows.append(Row{run.tokenName, locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                        durationText(ms), kindText(r.kind), RecordState::label(r.outcome), r.assets, r.users,
                        r.assignments, r.assignmentsAdded, r.assignmentsRemoved, r.newAssets, r.countsChanged,
                        r.id, RecordState::toText(r.outcome), FailureRecord::text(r.error)});
    }
    return rows;
}

QVariant SyncRunModel::cellData(const Row &row, int column, int role) const
{
    switch (role) {
    case RunIdRole:
        return row.at(RunIdField);
    case OutcomeKeyRole:
        return row.at(OutcomeKeyField);
    case Qt::DisplayRole:
        if (column >= AssetsColumn && column < ColumnCount)
            return QLocale().toString(row.at(column).toLongLong());
        return PagedTableModel::cellData(row, column, role);
    case Qt::ToolTipRole:
        if (column == OutcomeColumn && !row.at(ErrorField).toString().isEmpty())
            return row.at(ErrorField);
        return PagedTableModel::cellData(row, column, role);
    case Qt::ForegroundRole:
        if (column == OutcomeColumn) {
            switch (RecordState::syncRunFromText(row.at(OutcomeKeyField).toString())) {
            case RecordState::SyncRun::Ok:
                return QBrush(StatusColours::text(StatusColours::Tone::Success, QGuiApplication::palette(),
                                                  QPalette::Base));
            case RecordState::SyncRun::Failed:
                return QBrush(StatusColours::text(StatusColours::Tone::Error, QGuiApplication::palette(),
                                                  QPalette::Base));
            case RecordState::SyncRun::Cancelled:
            case RecordState::SyncRun::Interrupted:
                return QBrush(StatusColours::text(StatusColours::Tone::Warning, QGuiApplication::palette(),
                                                  QPalette::Base));
            case RecordState::SyncRun::Running:
                break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= AssetsColumn && column < ColumnCount)
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return PagedTableModel::cellData(row, column, role);
    }
}
