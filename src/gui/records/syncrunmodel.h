// SyncRunModel: the History page's list of sync runs (every token or one), newest first, paged
// from the store through SyncHistoryQuery. The outcome is coloured, with the error as its tool tip.
#pragma once

#include "models/pagedtablemodel.h"

class Database;

class SyncRunModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        TokenColumn,
        StartedColumn,
        DurationColumn,
        KindColumn,
        OutcomeColumn,
        AssetsColumn,
        UsersColumn,
        AssignmentsColumn,
        AddedColumn,
        RemovedColumn,
        NewAssetsColumn,
        CountsChangedColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1, // the run's id (any column)
        OutcomeKeyRole,               // "ok", "failed", ... (any column)
    };

    explicit SyncRunModel(Database &db, QObject *parent = nullptr);

    // Empty = every token. Reloads.
    void setTokenFilter(const QString &tokenId);
    QString tokenFilter() const { return m_tokenId; }

    // The run shown in `row`, 0 when none.
    qint64 runIdAt(int row) const;

    static QString kindText(const QString &kind);
    static QString durationText(qint64 ms);

protected:
    QStringList headers() const override;
    Result<qint64> countRows() const override;
    Result<QList<Row>> fetchRows(qint64 offset, int limit) const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    Database &m_db;
    QString m_tokenId;
};
