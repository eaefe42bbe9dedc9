// SqlSearch: the pieces the read models share to search a column and to bind a built query:
// a prefix as an index range, a text as a LIKE pattern, and positional values.
#pragma once

#include <QString>
#include <QVariantList>

#include <utility>

class QSqlQuery;

namespace SqlSearch {

// [low, high) of the strings that start with `prefix`: "col >= low AND col < high" is a range
// scan of col's index (LIKE would not use it).
std::pair<QString, QString> prefixRange(const QString &prefix);
// `text` with the LIKE wildcards and the escape character escaped, for "LIKE ? ESCAPE '\'".
QString likeEscaped(const QString &text);
// Binds `values` to the placeholders of a prepared query, in order.
void bindAll(QSqlQuery &query, const QVariantList &values);

} // namespace SqlSearch
