#include "outputformatter.h"

#include "core/export/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

OutputFormatter::OutputFormatter(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString OutputFormatter::cellText(const QJsonValue &value, bool forTable)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        if (forTable)
            return value.toBool() ? tr("yes") : tr("no");
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        return double(whole) == number ? QString::number(whole) : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool OutputFormatter::isPlainNumber(const QString &text)
{
    return CsvWriter::isPlainNumber(text);
}

QString OutputFormatter::csvField(const QString &text)
{
    return CsvWriter::field(text);
}

QString OutputFormatter::terminalText(const QString &text)
{
    // Names come from Apple and from imported files: a control character (an escape sequence, a
    // backspace) or a bidirectional override could rewrite what the terminal shows. Line breaks and
    // tabs become spaces so a row stays one line; the rest is dropped.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t') {
            clean.append(QLatin1Char(' '));
            continue;
        }
        const bool bidiControl = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) ||
                                 u == 0x200E || u == 0x200F || u == 0x061C;
        if (c.category() == QChar::Other_Control || bidiControl)
            continue;
        clean.append(c);
    }
    return clean;
}

void OutputFormatter::beginList(const QList<Column> &columns)
{
    m_columns = columns;
    m_rows = 0;
    m_pending.clear();
    m_widths.clear();
    m_widthsFixed = false;
    switch (m_format) {
    case Format::Json:
        m_out << "[";
        break;
    case Format::Csv: {
        QStringList header;
        for (const Column &c : columns)
            header.append(csvField(c.key));
        m_out << header.join(QLatin1Char(',')) << "\r\n";
        break;
    }
    case Format::Table:
        for (const Column &c : columns)
            m_widths.append(int(c.title.size()));
        break;
    }
}

void OutputFormatter::row(const QJsonObject &values)
{
    switch (m_format) {
    case Format::Json:
        m_out << (m_rows == 0 ? "\n" : ",\n")
              << QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
        break;
    case Format::Csv: {
        QStringList cells;
        for (const Column &c : std::as_const(m_columns))
            cells.append(csvField(cellText(values.value(c.key), false)));
        m_out << cells.join(QLatin1Char(',')) << "\r\n";
        break;
    }
    case Format::Table: {
        QStringList cells;
        for (const Column &c : std::as_const(m_columns))
            cells.append(terminalText(cellText(values.value(c.key), true)));
        if (m_widthsFixed) {
            printTableRow(cells);
        } else {
            for (qsizetype i = 0; i < cells.size(); ++i)
                m_widths[i] = qMax(m_widths[i], int(cells[i].size()));
            m_pending.append(cells);
            if (m_pending.size() >= TableSizingRows)
                flushPending();
        }
        break;
    }
    }
    ++m_rows;
}

void OutputFormatter::flushPending()
{
    if (m_widthsFixed)
        return;
    m_widthsFixed = true;
    QStringList titles;
    QStringList rules;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        titles.append(m_columns[i].title);
        rules.append(QString(m_widths[i], QLatin1Char('-')));
    }
    printTableRow(titles);
    printTableRow(rules);
    for (const QStringList &cells : std::as_const(m_pending))
        printTableRow(cells);
    m_pending.clear();
}

void OutputFormatter::printTableRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QStringLiteral("  ");
        line += i + 1 < cells.size() ? cells[i].leftJustified(m_widths.value(i)) : cells[i];
    }
    m_out << line << "\n";
}

void OutputFormatter::endList()
{
    switch (m_format) {
    case Format::Json:
        m_out << (m_rows == 0 ? "]\n" : "\n]\n");
        break;
    case Format::Csv:
        break;
    case Format::Table:
        flushPending();
        if (m_rows == 0)
            m_out << tr("(no rows)") << "\n";
        break;
    }
    m_out.flush();
}

void OutputFormatter::object(const QList<Column> &columns, const QJsonObject &values)
{
    switch (m_format) {
    case Format::Json:
        json(values);
        return;
    case Format::Csv:
        beginList(columns);
        row(values);
        endList();
        return;
    case Format::Table: {
        int width = 0;
        for (const Column &c : columns)
            width = qMax(width, int(c.title.size()));
        for (const Column &c : columns)
            m_out << QString(c.title + QLatin1Char(':')).leftJustified(width + 2)
                  << terminalText(cellText(values.value(c.key), true)) << "\n";
        m_out.flush();
        return;
    }
    }
}

void OutputFormatter::json(const QJsonObject &document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void OutputFormatter::message(const QString &text)
{
    if (m_format != Format::Table)
        return;
    m_out << text << "\n";
    m_out.flush();
}

void OutputFormatter::note(const QString &text)
{
    m_err << text << "\n";
    m_err.flush();
}

void OutputFormatter::error(const VppError &error)
{
    this->error(error.toDisplayString());
}

void OutputFormatter::error(const QString &text)
{
    m_out.flush();
    const QString line = terminalText(text);
    m_err << tr("error: %1").arg(line) << "\n";
    m_err.flush();
}

void OutputFormatter::flush()
{
    m_out.flush();
    m_err.flush();
}
