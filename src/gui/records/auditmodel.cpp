#include "auditmodel.h"

#include "auditactions.h"

#include <QJsonArray>
#include <QJsonObject>
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

namespace {

// "numCompleted" -> "num completed", "tokenName" -> "token name".
QString keyText(const QString &key)
{
    QString text;
    text.reserve(key.size() + 4);
    for (const QChar c : key) {
        if (c.isUpper() && !text.isEmpty()) {
            text += QLatin1Char(' ');
            text += c.toLower();
        } else {
            text += c;
        }
    }
    return text;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? AuditModel::tr("yes") : AuditModel::tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QLocale().toString(qint64(d)) : QLocale().toString(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(valueText(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList pairs;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            pairs.append(keyText(it.key()) + QStringLiteral(": ") + valueText(it.value()));
        return QLatin1Char('(') + pairs.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("\u2014");
}

} // namespace

QStringList AuditModel::detailLines(const QJsonObject &details)
{
    QStringList lines;
    for (auto it = details.begin(); it != details.end(); ++it)
        lines.append(keyText(it.key()) + QStringLiteral(": ") + valueText(it.value()));
    return lines;
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
        const QStringList lines = detailLines(e.details);
        rows.append(Row{e.id, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                        AuditActions::displayName(e.action), e.tokenName,
                        lines.join(QStringLiteral(" \u00b7 ")), e.action, lines.join(QLatin1Char('\n'))});
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
