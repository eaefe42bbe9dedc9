// AuditModel: the audit log, newest first, paged from the store through AuditQuery (the log can
// hold years of actions): when, who, what (in human words), which token, and the details as one
// line of readable "key: value" pairs (one per line in the tool tip).
#pragma once

#include "core/views/auditquery.h"
#include "models/pagedtablemodel.h"

class Database;

class AuditModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, TokenColumn, DetailsColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // the entry's id (any column)
        ActionKeyRole,                  // the stable action name (any column)
    };

    explicit AuditModel(Database &db, QObject *parent = nullptr);

    // Reloads.
    void setFilter(const AuditQuery::Filter &filter);
    const AuditQuery::Filter &filter() const { return m_filter; }

    qint64 entryIdAt(int row) const;
    // An entry's details as "key: value" lines ("num completed: 12", "targets: a, b").
    static QStringList detailLines(const QJsonObject &details);

protected:
    QStringList headers() const override;
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    Database &m_db;
    AuditQuery::Filter m_filter;
};
