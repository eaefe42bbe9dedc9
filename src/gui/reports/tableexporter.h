// TableExporter: writes what a table shows (its visible columns, in the view's order, with the
// header titles and the displayed text of each cell) to a CSV file through the engine's
// formula-safe CsvWriter. Rows a lazy model has not fetched yet are fetched block by block; the
// caller is told the progress and may cancel. The file is owner-only (PrivateFiles).
#pragma once

#include "core/common/result.h"

#include <QString>

#include <functional>

class QTableView;

class TableExporter
{
public:
    // Called every few hundred rows with (rows written, rows known so far); answer false to cancel
    // (the partial file is removed).
    using Progress = std::function<bool(qint64 written, qint64 known)>;

    // The number of data rows written.
    static Result<qint64> writeCsv(const QTableView &view, const QString &path,
                                   const Progress &progress = {});
};
