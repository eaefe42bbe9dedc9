// ReportPdfWriter: renders the inventory report (ReportData, gathered by the engine) as a PDF:
// an HTML document laid out by QTextDocument on a QPdfWriter (A4, Qt Gui only). The file is
// owner-only (PrivateFiles).
#pragma once

#include "core/common/result.h"
#include "core/export/reportdata.h"

#include <QCoreApplication>
#include <QString>

class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    static Result<void> write(const ReportData &data, const QString &path);
    // The report as HTML (what write() lays out).
    static QString html(const ReportData &data);
};
