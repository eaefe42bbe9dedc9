#include "core/views/userlistparser.h"

#include "core/licensing/deviceimporter.h"

#include <QHash>

namespace {

enum Column { ClientUserId, Email, ManagedAppleId, Unknown };

Column columnFor(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(QLatin1Char(' '));
    h.remove(QLatin1Char('_'));
    h.remove(QLatin1Char('-'));
    if (h == u"clientuserid" || h == u"userid")
        return ClientUserId;
    if (h == u"email" || h == u"mail" || h == u"emailaddress")
        return Email;
    if (h == u"managedappleid" || h == u"managedappleaccount" || h == u"appleid")
        return ManagedAppleId;
    return Unknown;
}

bool plausibleEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return at > 0 && at == email.lastIndexOf(QLatin1Char('@')) && at < email.size() - 1 &&
           !email.contains(QLatin1Char(' '));
}

} // namespace

UserListParser::Parsed UserListParser::parse(const QByteArray &text)
{
    Parsed parsed;
    auto records = DeviceImporter::parseCsv(text);
    QList<Column> columns{ClientUserId, Email, ManagedAppleId};
    if (!records.isEmpty()) {
        QList<Column> mapped;
        for (const QString &cell : records.first().second)
            mapped.append(columnFor(cell));
        if (mapped.contains(ClientUserId)) {
            parsed.hasHeader = true;
            columns = mapped;
            records.removeFirst();
        }
    }
    QHash<QString, int> seen;
    for (const auto &[line, fields] : std::as_const(records)) {
        RequestUser user;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString value = fields.at(i).trimmed();
            switch (i < columns.size() ? columns.at(i) : Unknown) {
            case ClientUserId:
                user.clientUserId = value;
                break;
            case Email:
                user.email = value;
                break;
            case ManagedAppleId:
                user.managedAppleId = value;
                break;
            case Unknown:
                break;
            }
        }
        if (user.clientUserId.isEmpty()) {
            parsed.errors.append({line, tr("Line %1: the clientUserId is missing.").arg(line)});
            continue;
        }
        if (user.clientUserId.contains(QLatin1Char(' '))) {
            parsed.errors.append(
                {line,
                 tr("Line %1: \"%2\" is not a clientUserId (no spaces).").arg(line).arg(user.clientUserId)});
            continue;
        }
        if (!user.email.isEmpty() && !plausibleEmail(user.email)) {
            parsed.errors.append(
                {line, tr("Line %1: \"%2\" is not an e-mail address.").arg(line).arg(user.email)});
            continue;
        }
        if (const int first = seen.value(user.clientUserId); first > 0) {
            parsed.errors.append(
                {line, tr("Line %1: %2 is a duplicate of line %3.")
                           .arg(QString::number(line), user.clientUserId, QString::number(first))});
            continue;
        }
        seen.insert(user.clientUserId, line);
        parsed.users.append(user);
    }
    return parsed;
}
