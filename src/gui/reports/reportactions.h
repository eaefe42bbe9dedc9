// ReportActions: File > Export (the current page's table as CSV) and File > Report (the inventory
// report as PDF), with their toolbar buttons. Each asks where to save in a file dialog, shows its
// progress with Cancel, writes an owner-only file and says so in the status bar; the report opens
// in the system's viewer. The report's data is gathered off the GUI thread with its own database
// connection (InventoryReport); the PDF is laid out here.
#pragma once

#include "core/common/threadhandoff.h"

#include <QFileDialog>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <memory>

class Console;
class QAction;
class QTableView;
class QWidget;

class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(Console &console, QWidget *window);
    ~ReportActions() override;

    QAction *exportAction() const { return m_exportAction; }
    QAction *reportAction() const { return m_reportAction; }

    // The table File > Export writes and the name it suggests ("licenses.csv"); nullptr disables it.
    void setTable(QTableView *view, const QString &baseName);
    // Whether a written report is opened in the system's viewer (tests turn it off).
    void setOpensViewer(bool opens) { m_opensViewer = opens; }
    // The file dialog on screen (nullptr when none).
    QFileDialog *fileDialog() const { return m_fileDialog; }
    QString lastWrittenPath() const { return m_lastPath; }

public Q_SLOTS:
    void exportTable();
    void makeReport();
    // Writes without asking (what the dialogs end in).
    void exportTableTo(const QString &path);
    void makeReportAt(const QString &path);

Q_SIGNALS:
    // A translated line for the status bar.
    void statusMessage(const QString &text);
    // A CSV or PDF file was written.
    void written(const QString &path);
    void failed(const QString &text);

private:
    void askPath(const QString &title, const QString &suggested, const QString &filter, const QString &suffix,
                 void (ReportActions::*then)(const QString &));
    void showError(const QString &text);

    Console &m_console;
    QWidget *m_window;
    QAction *m_exportAction = nullptr;
    QAction *m_reportAction = nullptr;
    QPointer<QTableView> m_table;
    QString m_baseName;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QProgressDialog> m_reportProgress;
    std::shared_ptr<std::atomic_bool> m_reportCancel;
    QString m_lastPath;
    bool m_opensViewer = true;
    ThreadHandoff m_gatherer{this};
};
