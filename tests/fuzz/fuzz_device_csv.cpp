// Fuzz target: the device and group CSV reader (DeviceImporter::parseCsv, preview() of both kinds
// against an empty in-memory inventory). The input is a CSV file.
// Properties: records start on increasing lines within the file; a preview's errors name data lines
// and never outnumber its rows (csvLines); a message shows the file's text as it is (messageArgs).
#include "core/licensing/deviceimporter.h"
#include "core/store/database.h"

#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

Database *database = nullptr;

void checkPreview(const DeviceImporter &importer, DeviceImporter::Kind kind, const QByteArray &csv,
                  const QSet<int> &recordLines)
{
    const auto preview = importer.preview(kind, csv, 10);
    FuzzCheck::check("csvPreview", bool(preview),
                     QStringLiteral("preview failed: %1").arg(preview.error().code));
    if (!preview)
        return;
    FuzzCheck::check("csvLines",
                     preview->rows.size() <= 10 && preview->rows.size() <= preview->totalRows &&
                         preview->validRows() >= 0 && preview->totalRows <= recordLines.size(),
                     QStringLiteral("rows %1, total %2, errors %3")
                         .arg(preview->rows.size())
                         .arg(preview->totalRows)
                         .arg(preview->errors.size()));
    const QString input = QString::fromUtf8(csv);
    for (const DeviceImporter::RowError &error : preview->errors) {
        FuzzCheck::check("csvLines", recordLines.contains(error.line),
                         QStringLiteral("error on line %1, where no record starts").arg(error.line));
        FuzzCheck::check("messageArgs", !FuzzCheck::hasStrayPlaceholder(error.message, input),
                         QStringLiteral("message \"%1\"").arg(error.message));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The application and the database are never destroyed: Qt SQL's connection list may go before a
    // static Database would. The folder goes at exit.
    new QCoreApplication(*argc, *argv);
    static QTemporaryDir dir;
    database = new Database;
    if (const Result<void> opened = database->open(dir.filePath(QStringLiteral("fuzz.sqlite"))); !opened) {
        std::fprintf(stderr, "cannot open the inventory: %s\n", qUtf8Printable(opened.error().toLogString()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto records = DeviceImporter::parseCsv(csv);
    const int lines = int(QString::fromUtf8(csv).count(QLatin1Char('\n'))) + 1;
    QSet<int> recordLines;
    int previous = 0;
    for (const auto &[line, fields] : records) {
        FuzzCheck::check("csvLines", line > previous && line <= lines && !fields.isEmpty(),
                         QStringLiteral("record on line %1 after line %2 (file of %3 lines)")
                             .arg(line)
                             .arg(previous)
                             .arg(lines));
        previous = line;
        recordLines.insert(line);
    }
    const DeviceImporter importer(*database);
    checkPreview(importer, DeviceImporter::Kind::Devices, csv, recordLines);
    checkPreview(importer, DeviceImporter::Kind::Groups, csv, recordLines);
    return 0;
}
