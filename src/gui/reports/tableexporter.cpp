#include "tableexporter.h"

#include "core/common/privatefiles.h"
#include "core/export/csvwriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QHeaderView>
#include <QTableView>

namespace {

VppError ioError(const QString &path, const QString &detail)
{
    return VppError::make(VppError::Kind::Io, QStringLiteral("export.write"),
                          QCoreApplication::translate("TableExporter", "Could not write %1.").arg(path),
                          QCoreApplication::translate("TableExporter", "Choose another folder or file name."),
                          detail);
}

} // namespace

Result<qint64> TableExporter::writeCsv(const QTableView &view, const QString &path, const Progress &progress)
{
    QAbstractItemModel *model = view.model();
    if (!model)
        return qint64(0);
    // The columns as the admin sees them: visual order, hidden ones left out.
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view.isColumnHidden(logical))
            columns.append(logical);
    }

    QFile file(path);
    if (!PrivateFiles::open(file, QIODevice::WriteOnly | QIODevice::Truncate))
        return ioError(path, file.errorString());
    const auto abandon = [&file](const VppError &error) -> Result<qint64> {
        file.close();
        file.remove();
        return error;
    };

    QStringList titles;
    for (const int c : std::as_const(columns))
        titles.append(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QByteArray chunk = CsvWriter::row(titles).toUtf8();

    qint64 written = 0;
    for (int row = 0;; ++row) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore(QModelIndex()))
                break;
            model->fetchMore(QModelIndex());
            if (row >= model->rowCount())
                break;
        }
        QStringList cells;
        cells.reserve(columns.size());
        for (const int c : std::as_const(columns))
            cells.append(model->index(row, c).data(Qt::DisplayRole).toString());
        chunk += CsvWriter::row(cells).toUtf8();
        ++written;
        if (written % 500 == 0) {
            if (file.write(chunk) != chunk.size())
                return abandon(ioError(path, file.errorString()));
            chunk.clear();
            if (progress && !progress(written, model->rowCount()))
                return abandon(VppError::make(
                    VppError::Kind::Cancelled, QStringLiteral("export.cancelled"),
                    QCoreApplication::translate("TableExporter", "The export was cancelled.")));
        }
    }
    if (file.write(chunk) != chunk.size() || !file.flush())
        return abandon(ioError(path, file.errorString()));
    file.close();
    return written;
}
