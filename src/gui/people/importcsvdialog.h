// ImportCsvDialog: imports a CSV export of devices (serial, name, owner, last seen) or of groups
// (group, member, kind). Choosing a file shows DeviceImporter's preview: the columns it understood,
// the first rows, the number of rows and every bad row with its line number. Import is refused
// while bad rows remain unless they are to be skipped; it runs as one transaction (no Apple needed,
// but never during a sync's write) and ends with a result line.
#pragma once

#include "core/licensing/deviceimporter.h"

#include <QDialog>

#include <optional>

class Console;
class CsvPreviewModel;
class QCheckBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

class ImportCsvDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportCsvDialog(Console &console, QWidget *parent = nullptr);

    void setKind(DeviceImporter::Kind kind);
    DeviceImporter::Kind kind() const;
    // Reads the file and previews it; false (and the reason in place) when it cannot be read.
    bool loadFile(const QString &path);
    const std::optional<DeviceImporter::Preview> &preview() const { return m_preview; }
    bool canImport() const;
    // Imports the previewed file (once no sync is writing); the result line tells how it went.
    void import();

    CsvPreviewModel *previewModel() const { return m_previewModel; }

Q_SIGNALS:
    // The import committed (the inventory was notified).
    void imported(const DeviceImporter::Outcome &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void refreshPreview();
    void showOutcome(const Result<DeviceImporter::Outcome> &outcome);
    void updateButtons();

    Console &m_console;
    QRadioButton *m_devices = nullptr;
    QRadioButton *m_groups = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_columns = nullptr;
    CsvPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_errors = nullptr;
    QCheckBox *m_skip = nullptr;
    MessageLabel *m_result = nullptr;
    QPushButton *m_import = nullptr;
    QByteArray m_data;
    QString m_fileName;
    std::optional<DeviceImporter::Preview> m_preview;
    bool m_importing = false;
    bool m_done = false; // this file was imported
};
