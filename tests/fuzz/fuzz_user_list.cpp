// Fuzz target: the user list reader (UserListParser::parse), typed or from a CSV file.
// Properties: every user kept has a clientUserId without spaces, an e-mail with one @ or none, and
// appears once; every line is either a user or an error, never both (userList); a message shows the
// input's text as it is (messageArgs).
#include "core/licensing/deviceimporter.h"
#include "core/views/userlistparser.h"

#include "fuzzcheck.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const UserListParser::Parsed parsed = UserListParser::parse(text);
    QSet<QString> ids;
    for (const RequestUser &user : parsed.users) {
        FuzzCheck::check("userList",
                         !user.clientUserId.isEmpty() && !user.clientUserId.contains(QLatin1Char(' ')) &&
                             user.clientUserId == user.clientUserId.trimmed(),
                         QStringLiteral("clientUserId \"%1\"").arg(user.clientUserId));
        FuzzCheck::check("userList", user.email.isEmpty() || user.email.count(QLatin1Char('@')) == 1,
                         QStringLiteral("e-mail \"%1\"").arg(user.email));
        FuzzCheck::check("userList", !ids.contains(user.clientUserId),
                         QStringLiteral("duplicate %1").arg(user.clientUserId));
        ids.insert(user.clientUserId);
    }
    const qsizetype records = DeviceImporter::parseCsv(text).size() - (parsed.hasHeader ? 1 : 0);
    FuzzCheck::check("userList", parsed.users.size() + parsed.errors.size() == records,
                     QStringLiteral("%1 users + %2 errors for %3 records")
                         .arg(parsed.users.size())
                         .arg(parsed.errors.size())
                         .arg(records));
    const QString input = QString::fromUtf8(text);
    for (const UserListParser::LineError &error : parsed.errors) {
        FuzzCheck::check("userList", error.line >= 1 && !error.message.isEmpty(),
                         QStringLiteral("error on line %1").arg(error.line));
        FuzzCheck::check("messageArgs", !FuzzCheck::hasStrayPlaceholder(error.message, input),
                         QStringLiteral("message \"%1\"").arg(error.message));
    }
    return 0;
}
