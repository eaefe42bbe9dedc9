#include "reportactions.h"

#include "reportpdfwriter.h"
#include "tableexporter.h"

#include "app/console.h"
#include "plainmessagebox.h"

#include "core/export/inventoryreport.h"
#include "core/store/database.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>

#include <climits>

ReportActions::ReportActions(Console &console, QWidget *window)
    : QObject(window)
    , m_console(console)
    , m_window(window)
{
    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export Table…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the table of this page as a CSV file"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &ReportActions::exportTable);

    m_reportAction = new QAction(QIcon::fromTheme(QStringLiteral("x-office-document")), tr("&Report…"), this);
    m_reportAction->setObjectName(QStringLiteral("actionReport"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportAction->setToolTip(tr("Save a PDF report: license use by location and app, low and over-assigned "
                                  "assets, licenses to reclaim, token expiries and runway"));
    connect(m_reportAction, &QAction::triggered, this, &ReportActions::makeReport);
}

ReportActions::~ReportActions()
{
    if (m_reportCancel)
        m_reportCancel->store(true);
}

void ReportActions::setTable(QTableView *view, const QString &baseName)
{
    m_table = view;
    m_baseName = baseName;
    m_exportAction->setEnabled(view != nullptr);
}

void ReportActions::askPath(const QString &title, const QString &suggested, const QString &filter,
                            const QString &suffix, void (ReportActions::*then)(const QString &))
{
    if (m_fileDialog)
        m_fileDialog->close();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(m_window, title, QDir(folder).filePath(suggested), filter);
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setFileMode(QFileDialog::AnyFile);
    m_fileDialog = dialog;
    connect(dialog, &QFileDialog::fileSelected, this, [this, then](const QString &path) {
        if (!path.isEmpty())
            (this->*then)(path);
    });
    dialog->open();
}

void ReportActions::exportTable()
{
    if (!m_table)
        return;
    askPath(tr("Export Table"), m_baseName + QStringLiteral(".csv"), tr("CSV files (*.csv)"),
            QStringLiteral("csv"), &ReportActions::exportTableTo);
}

void ReportActions::exportTableTo(const QString &path)
{
    if (!m_table)
        return;
    QProgressDialog progress(tr("Exporting the table…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<qint64> rows =
        TableExporter::writeCsv(*m_table, path, [&progress](qint64 written, qint64 known) {
            progress.setMaximum(int(qMin<qint64>(known, INT_MAX)));
            progress.setValue(int(qMin<qint64>(written, INT_MAX)));
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!rows) {
        if (rows.error().kind == VppError::Kind::Cancelled)
            emit statusMessage(rows.error().message);
        else
            showError(rows.error().toDisplayString());
        return;
    }
    m_lastPath = path;
    emit statusMessage(
        tr("%n row(s) exported to %1.", nullptr, int(rows.value())).arg(QDir::toNativeSeparators(path)));
    emit written(path);
}

void ReportActions::makeReport()
{
    askPath(tr("Save Report"), tr("license-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("PDF files (*.pdf)"), QStringLiteral("pdf"), &ReportActions::makeReportAt);
}

void ReportActions::makeReportAt(const QString &path)
{
    if (m_reportProgress)
        return; // one report at a time
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_reportCancel = cancel;
    auto *progress = new QProgressDialog(tr("Gathering the report…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    m_reportProgress = progress;
    m_reportAction->setEnabled(false);

    InventoryReport::Options options;
    options.lowThresholdPct = m_console.lowLicenseThresholdPct();
    const QString database = m_console.database().path();
    m_gatherer.run<Result<ReportData>>(
        [database, options, cancel]() -> Result<ReportData> {
            Database db;
            if (const Result<void> opened = db.open(database); !opened)
                return opened.error();
            return InventoryReport(db).gather(options, [cancel] { return cancel->load(); });
        },
        [this, path, cancel](const Result<ReportData> &data) {
            m_reportAction->setEnabled(true);
            const bool cancelled =
                cancel->load() || (!data && data.error().kind == VppError::Kind::Cancelled);
            if (m_reportProgress) {
                // Closing the dialog emits canceled(): it no longer means anything.
                m_reportProgress->disconnect(this);
                m_reportProgress->close();
            }
            if (cancelled) {
                emit statusMessage(tr("The report was cancelled."));
                return;
            }
            if (!data) {
                showError(data.error().toDisplayString());
                return;
            }
            if (const Result<void> done = ReportPdfWriter::write(data.value(), path); !done) {
                showError(done.error().toDisplayString());
                return;
            }
            m_lastPath = path;
            emit statusMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
            emit written(path);
            if (m_opensViewer)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
}

void ReportActions::showError(const QString &text)
{
    emit failed(text);
    QMessageBox *box = PlainMessageBox::create(QMessageBox::Warning, m_window, tr("Export"), text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
