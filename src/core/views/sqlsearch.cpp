#include "core/views/sqlsearch.h"

#include <QSqlQuery>

namespace SqlSearch {

std::pair<QString, QString> prefixRange(const QString &prefix)
{
    // U+10FFFF sorts after every character in UTF-8 and UTF-16 byte order alike.
    return {prefix, QString(prefix + QString::fromUcs4(U"\U0010FFFF", 1))};
}

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace SqlSearch
