#include "core/export/csvwriter.h"

#include <QRegularExpression>

bool CsvWriter::isPlainNumber(const QString &text)
{
    // A decimal number as a spreadsheet reads it: sign, digits, an optional fraction and exponent.
    static const QRegularExpression number(
        QStringLiteral(R"(\A[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\z)"));
    return number.match(text).hasMatch();
}

QString CsvWriter::field(const QString &text)
{
    // RFC 4180. A cell a spreadsheet could run as a formula (it starts with = + - @, a tab or a
    // carriage return) gets a leading ' unless the whole cell is a plain number: "=1+HYPERLINK(...)"
    // starts with a character and a digit, and is still a formula.
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()) && !isPlainNumber(field))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString CsvWriter::row(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &f : fields)
        cells.append(field(f));
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
