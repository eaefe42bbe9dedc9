// DeviceImporter: reads CSV exports of devices (serial, name, owner, last seen) and of groups
// (group, member, optional kind) into devices / groups / group_members. Detects a header row,
// handles quoted fields, previews the first rows, and reports every bad row by line number. Nothing
// is written when a row is invalid unless bad rows are to be skipped; the import is one transaction.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

class DeviceImporter
{
    Q_DECLARE_TR_FUNCTIONS(DeviceImporter)

public:
    enum class Kind { Devices, Groups };

    struct RowError
    {
        int line = 0; // 1-based line of the file where the row starts
        QString message;
    };

    struct Preview
    {
        bool hasHeader = false;
        QStringList
            columns; // the columns as understood (serial, name, owner, lastSeen / group, member, kind)
        QList<QStringList> rows; // the first rows, as parsed
        int totalRows = 0;       // data rows (header excluded)
        QList<RowError> errors;  // every bad row
        int validRows() const { return totalRows - int(errors.size()); }
    };

    struct Outcome
    {
        int imported = 0; // devices or group memberships written
        int skipped = 0;  // bad rows left out (skipBadRows)
        int groups = 0;   // groups created or extended
        QList<RowError> errors;
    };

    explicit DeviceImporter(Database &db);

    Result<Preview> preview(Kind kind, const QByteArray &csv, int maxRows = 10) const;
    // Error Kind::Parse listing the bad rows when any row is invalid and skipBadRows is false.
    Result<Outcome> import(Kind kind, const QByteArray &csv, const QString &source, bool skipBadRows = false);
    Result<Outcome> importFile(Kind kind, const QString &path, bool skipBadRows = false);

    // CSV records with the line each starts on (RFC 4180 quoting; "," or ";" detected from the first line).
    static QList<std::pair<int, QStringList>> parseCsv(const QByteArray &csv);

private:
    struct Parsed;
    Parsed parse(Kind kind, const QByteArray &csv) const;

    Database &m_db;
};
