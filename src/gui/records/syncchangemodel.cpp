#include "syncchangemodel.h"

#include "core/store/syncrunrecord.h"
#include "core/views/synchistoryquery.h"

SyncChangeModel::SyncChangeModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

void SyncChangeModel::setRun(qint64 runId)
{
    m_runId = runId;
    reload();
}

QString SyncChangeModel::kindText(const QString &kind)
{
    if (kind == SyncChangeRecord::assignmentAdded)
        return tr("License assigned");
    if (kind == SyncChangeRecord::assignmentRemoved)
        return tr("License removed");
    if (kind == SyncChangeRecord::assetAdded)
        return tr("Asset added");
    if (kind == SyncChangeRecord::assetRemoved)
        return tr("Asset removed");
    if (kind == SyncChangeRecord::countsChanged)
        return tr("Counts changed");
    return kind;
}

QStringList SyncChangeModel::headers() const
{
    return {tr("Change"), tr("Asset"), tr("Target"), tr("Old \u2192 new")};
}

Result<qint64> SyncChangeModel::countRows() const
{
    if (m_runId <= 0)
        return qint64(0);
    return SyncHistoryQuery(m_db).countChanges(m_runId);
}

Result<QList<PagedTableModel::Row>> SyncChangeModel::fetchRows(qint64 offset, int limit) const
{
    if (m_runId <= 0)
        return QList<Row>();
    const auto changes = SyncHistoryQuery(m_db).changes(m_runId, offset, limit);
    if (!changes)
        return changes.error();
    QList<Row> rows;
    rows.reserve(changes->size());
    const QString none = QStringLiteral("\u2014");
    for (const SyncHistoryQuery::Change &c : changes.value()) {
        const SyncChangeRecord &change = c.change;
        const QString asset =
            c.assetName.isEmpty() ? change.adamId : tr("%1 (%2)").arg(c.assetName, change.adamId);
        QString value;
        if (!change.oldValue.isEmpty() || !change.newValue.isEmpty())
            value = tr("%1 \u2192 %2")
                        .arg(change.oldValue.isEmpty() ? none : change.oldValue,
                             change.newValue.isEmpty() ? none : change.newValue);
        rows.append(Row{kindText(change.kind), asset, change.target, value});
    }
    return rows;
}
