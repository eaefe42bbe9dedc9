// OutputFormatter: the one place that turns command results into text: an aligned table for
// people, JSON (Apple's field names) or CSV for scripts, and the one-line error on stderr. Lists
// are streamed row by row, so a million rows never sit in memory at once.
#pragma once

#include "core/common/vpperror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormatter)

public:
    enum class Format { Table, Json, Csv };

    // One field of a row: its JSON key (also the CSV header) and its translated table title.
    struct Column
    {
        QString key;
        QString title;
    };

    OutputFormatter(QTextStream &out, QTextStream &err);

    Format format() const { return m_format; }
    void setFormat(Format format) { m_format = format; }
    bool isMachineReadable() const { return m_format != Format::Table; }

    // A streamed list: beginList(), row() per item, endList(). JSON writes every key of each row
    // object; the table and CSV show the columns, in order.
    void beginList(const QList<Column> &columns);
    void row(const QJsonObject &values);
    void endList();

    // One object: "Title: value" lines, a JSON object, or a header and one CSV line.
    void object(const QList<Column> &columns, const QJsonObject &values);
    // A JSON document as is (in table mode too: commands with nested results choose it).
    void json(const QJsonObject &document);

    // Human text on stdout (left out in JSON and CSV, so they stay parseable).
    void message(const QString &text);
    // Warnings and progress on stderr, one line each.
    void note(const QString &text);
    // The one-line error of a failed command, on stderr.
    void error(const VppError &error);
    void error(const QString &text);

    void flush();

    // The text of a value in a table or a CSV cell.
    static QString cellText(const QJsonValue &value, bool forTable);
    // One CSV cell: quoted when needed, and never a formula (CsvWriter, shared with the console).
    static QString csvField(const QString &text);
    // A table cell for a terminal: control characters and bidirectional overrides removed.
    static QString terminalText(const QString &text);
    // The whole text is a decimal number (sign, fraction and exponent allowed).
    static bool isPlainNumber(const QString &text);

private:
    void printTableRow(const QStringList &cells);
    void flushPending();

    QTextStream &m_out;
    QTextStream &m_err;
    Format m_format = Format::Table;
    QList<Column> m_columns;
    QList<int> m_widths;
    QList<QStringList> m_pending; // first table rows, held back to size the columns
    bool m_widthsFixed = false;
    qint64 m_rows = 0;

    // Rows looked at to size table columns before streaming the rest with those widths.
    static constexpr int TableSizingRows = 500;
};
