// CsvWriter: RFC 4180 CSV that a spreadsheet never runs as a formula, for every export (the CLI's
// --csv, the console's File > Export). Fields are escaped one by one; rows end in CRLF.
#pragma once

#include <QString>
#include <QStringList>

class CsvWriter
{
public:
    // One CSV cell: quoted when needed, and never a formula (see the .cpp).
    static QString field(const QString &text);
    // A whole row, each field escaped, ending in "\r\n".
    static QString row(const QStringList &fields);
    // The whole text is a decimal number (sign, fraction and exponent allowed).
    static bool isPlainNumber(const QString &text);
};
