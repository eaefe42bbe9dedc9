#include "importcsvdialog.h"

#include "statuscolours.h"

#include <QApplication>

#include "app/console.h"
#include "core/common/logging.h"
#include "core/workspace/workspace.h"
#include "csvpreviewmodel.h"
#include "messagelabel.h"
#include "page.h"
#include "screenfit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const int kPreviewRows = 10;

} // namespace

ImportCsvDialog::ImportCsvDialog(Console &console, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
{
    setObjectName(QStringLiteral("importCsvDialog"));
    setWindowTitle(tr("Import CSV"));
    ScreenFit::resize(this, QSize(720, 600));

    m_devices = new QRadioButton(tr("&Devices (serial, name, owner, last seen)"), this);
    m_devices->setObjectName(QStringLiteral("devicesRadio"));
    m_groups = new QRadioButton(tr("&Groups (group, member, kind)"), this);
    m_groups->setObjectName(QStringLiteral("groupsRadio"));
    m_devices->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_devices);
    kinds->addButton(m_groups);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("A CSV file exported from your MDM or HR system"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));

    m_columns = new QLabel(this);
    m_columns->setObjectName(QStringLiteral("columnsLabel"));
    m_columns->setWordWrap(true);
    m_previewModel = new CsvPreviewModel(this);
    m_previewTable = new QTableView(this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    Page::styleTable(m_previewTable);
    m_previewTable->setSortingEnabled(false);
    m_previewTable->verticalHeader()->show(); // the file's line numbers
    m_previewTable->setModel(m_previewModel);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("errorList"));
    m_errors->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(StatusColours::css(StatusColours::text(StatusColours::Tone::Error,
                                                        QApplication::palette(m_errors), QPalette::Base))));
    m_errors->hide();
    m_skip = new QCheckBox(tr("&Skip bad rows"), this);
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    m_skip->setToolTip(tr("Import the valid rows and leave the bad ones out."));
    m_result = new MessageLabel(this, QStringLiteral("resultLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    // Never the default button: Enter in the file field shows the preview, it does not import.
    // No button is the default one (a shown dialog would make the first "auto default" one so, Close
    // included): Enter never closes the dialog or imports behind the admin's back.
    m_import->setAutoDefault(false);
    m_browse->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_path->installEventFilter(this);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_devices);
    kindColumn->addWidget(m_groups);
    auto *form = new QFormLayout;
    form->addRow(tr("Import:"), kindColumn);
    form->addRow(fileLabel, fileRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columns);
    layout->addWidget(m_previewTable, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportCsvDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_fileName && !m_path->text().isEmpty())
            loadFile(m_path->text());
    });
    connect(kinds, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            refreshPreview();
    });
    connect(m_skip, &QCheckBox::toggled, this, &ImportCsvDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &ImportCsvDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool ImportCsvDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Read the file and show its preview; the dialog does not see the key (no button fires).
            if (!m_path->text().isEmpty() && m_path->text() != m_fileName)
                loadFile(m_path->text());
            if (m_preview)
                m_previewTable->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportCsvDialog::setKind(DeviceImporter::Kind kind)
{
    (kind == DeviceImporter::Kind::Devices ? m_devices : m_groups)->setChecked(true);
}

DeviceImporter::Kind ImportCsvDialog::kind() const
{
    return m_groups->isChecked() ? DeviceImporter::Kind::Groups : DeviceImporter::Kind::Devices;
}

void ImportCsvDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportCsvDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_fileName.clear();
    m_data.clear();
    m_preview.reset();
    m_done = false;
    m_result->clearMessage();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_previewModel->clear();
        m_columns->clear();
        m_summary->clear();
        m_errors->hide();
        m_result->showError(tr("Cannot open %1: %2").arg(path, file.errorString()));
        updateButtons();
        return false;
    }
    m_data = file.readAll();
    m_fileName = path;
    refreshPreview();
    return true;
}

void ImportCsvDialog::refreshPreview()
{
    m_preview.reset();
    m_errors->clear();
    m_done = false;
    if (m_fileName.isEmpty()) { // no file read
        updateButtons();
        return;
    }
    const Result<DeviceImporter::Preview> preview =
        DeviceImporter(m_console.database()).preview(kind(), m_data, kPreviewRows);
    if (!preview) {
        m_previewModel->clear();
        m_result->showError(preview.error().toDisplayString());
        updateButtons();
        return;
    }
    m_preview = preview.value();
    const DeviceImporter::Preview &p = m_preview.value();
    // The file's line of each previewed row, so a bad row reads as the error list names it.
    QList<int> lines;
    const auto records = DeviceImporter::parseCsv(m_data);
    for (qsizetype i = p.hasHeader ? 1 : 0; i < records.size() && lines.size() < p.rows.size(); ++i)
        lines.append(records.at(i).first);
    QHash<int, QString> problems;
    for (const DeviceImporter::RowError &e : p.errors)
        problems.insert(e.line, e.message);
    m_previewModel->setPreview(p.columns, p.rows, lines, problems);
    QStringList labels;
    for (const QString &column : p.columns)
        labels.append(column.isEmpty() ? tr("(ignored)") : CsvPreviewModel::columnLabel(column));
    m_columns->setText(p.hasHeader
                           ? tr("Columns from the header row: %1").arg(labels.join(QStringLiteral(", ")))
                           : tr("No header row; columns taken in the usual order: %1")
                                 .arg(labels.join(QStringLiteral(", "))));
    const int bad = int(p.errors.size());
    m_summary->setText(bad == 0
                           ? tr("%n row(s), all valid.", nullptr, p.totalRows)
                           : tr("%n row(s): ", nullptr, p.totalRows) + tr("%n bad row(s).", nullptr, bad));
    for (const DeviceImporter::RowError &e : p.errors) {
        auto *item = new QListWidgetItem(e.message, m_errors);
        item->setData(Qt::UserRole, e.line);
    }
    m_errors->setVisible(bad > 0);
    updateButtons();
}

bool ImportCsvDialog::canImport() const
{
    if (!m_preview || m_importing || m_done || m_preview->totalRows == 0)
        return false;
    if (m_preview->errors.isEmpty())
        return true;
    return m_skip->isChecked() && m_preview->validRows() > 0;
}

void ImportCsvDialog::import()
{
    if (!canImport())
        return;
    m_importing = true;
    updateButtons();
    m_result->showNote(tr("Importing…"));
    const DeviceImporter::Kind importKind = kind();
    const QByteArray csv = m_data;
    const QString source = QStringLiteral("csv:") + QFileInfo(m_fileName).fileName();
    const bool skip = m_skip->isChecked();
    QPointer<ImportCsvDialog> self(this);
    Console *console = &m_console;
    m_console.whenWritable([self, console, importKind, csv, source, skip](Console::WriteLock lock) {
        const Result<DeviceImporter::Outcome> outcome =
            DeviceImporter(console->database()).import(importKind, csv, source, skip);
        if (outcome) {
            // In the audit log like every other change (an entry that cannot be written is logged).
            const bool devices = importKind == DeviceImporter::Kind::Devices;
            QJsonObject details{{QStringLiteral("file"), source.mid(4)},
                                {QStringLiteral("imported"), outcome->imported},
                                {QStringLiteral("skipped"), outcome->skipped}};
            if (!devices)
                details.insert(QStringLiteral("groups"), outcome->groups);
            const auto audited = console->workspace().audit(devices ? QStringLiteral("import.devices")
                                                                    : QStringLiteral("import.groups"),
                                                            QString(), details);
            if (!audited)
                qCWarning(lcStore) << "the import could not be audited:" << audited.error().toLogString();
        }
        lock.reset();
        if (outcome)
            console->notifyInventoryChanged({});
        if (!self)
            return;
        self->m_importing = false;
        self->showOutcome(outcome);
        if (outcome)
            Q_EMIT self->imported(outcome.value());
    });
}

void ImportCsvDialog::showOutcome(const Result<DeviceImporter::Outcome> &outcome)
{
    if (!outcome) {
        m_result->showError(outcome.error().toDisplayString());
        updateButtons();
        return;
    }
    const DeviceImporter::Outcome &o = outcome.value();
    m_done = true;
    QString text = kind() == DeviceImporter::Kind::Devices
                       ? tr("Imported %n device(s).", nullptr, o.imported)
                       : QString(tr("Imported %n membership(s)", nullptr, o.imported) + u' ' +
                                 tr("in %n group(s).", nullptr, o.groups));
    if (o.skipped > 0)
        text += u' ' + tr("%n bad row(s) skipped.", nullptr, o.skipped);
    m_result->showNote(text);
    updateButtons();
}

void ImportCsvDialog::updateButtons()
{
    m_import->setEnabled(canImport());
    if (m_preview && !m_preview->errors.isEmpty() && !m_skip->isChecked())
        m_import->setToolTip(tr("Fix the bad rows, or check \"Skip bad rows\"."));
    else
        m_import->setToolTip(QString());
    m_skip->setEnabled(m_preview && !m_preview->errors.isEmpty());
}
