// TokenTableModel: the Locations page's table, one row per content token: its name, health (with
// the reason in words), days to expiry, location, country, which MDM manages it, last sync and how its latest
// run ended, and, live, the phase and pages of the sync in progress or "Queued". Small (one row per
// location), so it is loaded whole from TokenManager::list() and reloads on Console::tokensChanged and on the
// SyncController's signals; a reload that keeps the same tokens updates the rows in place so the
// view keeps its selection.
#pragma once

#include "core/store/syncrunrecord.h"
#include "core/workspace/tokenstatus.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class Console;

class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ReasonColumn,
        ExpiryColumn,
        LocationColumn,
        CountryColumn,
        ManagedByColumn,
        LastSyncColumn,
        SyncColumn,
        ColumnCount
    };
    enum Role {
        TokenIdRole = Qt::UserRole + 1, // the token's id (every column)
        TokenNameRole,                  // the token's name (every column)
        SortRole,                       // a value that sorts the column sensibly (days as a number, ...)
    };

    explicit TokenTableModel(Console &console, QObject *parent = nullptr);

    // Reads the tokens and their last runs. The first call loads the model; until then it is empty
    // and ignores the signals.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Empty, or the translated reason the last reload failed.
    QString errorString() const { return m_error; }

    // The row of a token, -1 when it is not shown.
    int rowOf(const QString &tokenId) const;
    // The stored token and its health at `row` (0 <= row < rowCount()).
    const TokenStatus &status(int row) const { return m_rows.at(row).status; }
    // The live sync state of the token or, when idle, how its latest run ended.
    QString syncText(const QString &tokenId) const;
    // Re-reads the live sync state (queued, running) of every row.
    void refreshSyncState();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A sync phase ("assets", "commit"...) in words.
    static QString phaseText(const QString &phase);

private:
    struct Row
    {
        TokenStatus status;
        std::optional<SyncRunRecord> lastRun; // newest row of the sync history
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString lastOutcomeText(const Row &row) const;
    // Which MDM Apple has on record for the location: this console, another one by name, or none.
    QString managedByText(const TokenRecord &record) const;
    QString managedByTip(const TokenRecord &record) const;

    Console &m_console;
    QList<Row> m_rows;
    QString m_error;
    bool m_loaded = false;
};
