// Fuzz target: the CSV field writer of the CLI (OutputFormatter::csvField). The input is a cell's
// text in UTF-8.
// Properties: the field is RFC 4180 (quoted when it holds , " CR or LF, with quotes doubled) and
// holds the text, at most behind a neutralising prefix (csvRoundTrip); the cell a spreadsheet reads
// never starts a formula: = + - @ TAB CR at its start are neutralised unless the whole cell is a
// number (csvFormula). On the current code csvFormula is known to fail: see CMakeLists.txt.
#include "outputformatter.h"

#include "fuzzcheck.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

namespace {

// A plain number a spreadsheet reads as such: "-12", "+3.5", "1e-3", ".5".
bool isNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}

// The cell content of one RFC 4180 field, or nothing when the field is malformed.
std::optional<QString> unquote(const QString &field)
{
    const bool special = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                         field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!field.startsWith(QLatin1Char('"')))
        return special ? std::nullopt : std::optional<QString>(field);
    if (field.size() < 2 || !field.endsWith(QLatin1Char('"')))
        return std::nullopt;
    const QString inner = field.mid(1, field.size() - 2);
    QString cell;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == QLatin1Char('"')) {
            if (i + 1 >= inner.size() || inner.at(i + 1) != QLatin1Char('"'))
                return std::nullopt;
            ++i;
        }
        cell.append(inner.at(i));
    }
    return cell;
}

bool startsFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString field = OutputFormatter::csvField(text);
    const std::optional<QString> cell = unquote(field);
    FuzzCheck::check("csvRoundTrip", cell && cell->endsWith(text),
                     QStringLiteral("text \"%1\" written as %2").arg(text, field));
    if (!cell)
        return 0;
    FuzzCheck::check("csvFormula", !startsFormula(*cell) || (*cell == text && isNumber(text)),
                     QStringLiteral("text \"%1\" written as %2 starts a formula").arg(text, field));
    return 0;
}
