#include "auditmodel.h"

#include "auditactions.h"

#include <QJsonDocument>
#include <QLocale>

namespace {

// Kept after the visible columns of a row.
enum Extra { ActionKeyField = AuditModel::ColumnCount, DetailsFullField };

} // namespace

AuditModel::AuditModel(Database &db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
{}

void AuditModel::setFilter(const AuditQuery::Filter &filter)
{
    m_filter = filter;
    reload();
}

qint64 AuditModel::entryIdAt(int row) const
{
    const Row *values = rowAt(row);
    return values ? values->at(IdColumn).toLongLong() : 0;
}

QStringList AuditModel::headers() const
{
    return {tr("#"), tr("Time"), tr("Actor"), tr("Action"), tr("Token"), tr("Details")};
}

Result<qint64> AuditModel::countRows() const
{
    return AuditQuery(m_db).count(m_filter);
}

Result<QList<PagedTableModel::Row>> AuditModel::fetchRows(qint64 offset, int limit) const
{
    const auto entries = AuditQuery(m_db).page(m_filter, offset, limit);
    if (!entries)
        return entries.error();
    QList<Row> rows;
    rows.reserve(entries->size());
    const QLocale locale;
    for (const AuditEntry &e : entries.value()) {
        const QJsonDocument details(e.details);
        rows.append(
            Row{e.id, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                AuditActions::displayName(e.action), e.tokenName,
                e.details.isEmpty() ? QString() : QString::fromUtf8(details.toJson(QJsonDocument::Compact)),
                e.action,
                e.details.isEmpty() ? QString()
                                    : QString::fromUtf8(details.toJson(QJsonDocument::Indented)).trimmed()});
    }
    return rows;
}

QVariant AuditModel::cellData(const Row &row, int column, int role) const
{
    switch (role) {
    case EntryIdRole:
        return row.at(IdColumn);
    case ActionKeyRole:
        return row.at(ActionKeyField);
    case Qt::ToolTipRole:
        if (column == DetailsColumn)
            return row.at(DetailsFullField);
        if (column == ActionColumn)
            return row.at(ActionKeyField);
        return PagedTableModel::cellData(row, column, role);
    default:
        return PagedTableModel::cellData(row, column, role);
    }
}
