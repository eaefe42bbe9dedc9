// Fuzz target: every parser of Apple's replies (AppleParser::parse*, checkReply) and
// AppleJsonReader::parseRoot. The input is a reply body; each parser reads it with HTTP 200 and with
// a status picked from the body's length (0, 2xx, 4xx, 5xx).
// Properties: no crash, no sanitizer report; a failure is always a real error with a code, and a
// parser that succeeds never does so for a body parseRoot refuses (parseAgree).
#include "core/apple/applejsonreader.h"
#include "core/apple/appleparser.h"

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace {

template<typename T>
void checkResult(const char *parser, const Result<T> &result, bool rootOk)
{
    if (!result) {
        FuzzCheck::check("parseError", result.error().isError() && !result.error().code.isEmpty(),
                         QStringLiteral("%1 failed without an error code").arg(QLatin1String(parser)));
        return;
    }
    FuzzCheck::check("parseAgree", rootOk,
                     QStringLiteral("%1 succeeded on a body parseRoot refuses").arg(QLatin1String(parser)));
}

void parseAll(const QByteArray &body, int status)
{
    const Result<QJsonObject> root = AppleJsonReader::parseRoot(body, status);
    const bool rootOk = bool(root);
    if (!root)
        FuzzCheck::check("parseError", root.error().isError() && !root.error().code.isEmpty(),
                         QStringLiteral("parseRoot failed without an error code"));
    checkResult("parseServiceConfig", AppleParser::parseServiceConfig(body, status), rootOk);
    checkResult("parseClientConfig", AppleParser::parseClientConfig(body, status), rootOk);
    checkResult("parseAssetsPage", AppleParser::parseAssetsPage(body, status), rootOk);
    checkResult("parseAssignmentsPage", AppleParser::parseAssignmentsPage(body, status), rootOk);
    checkResult("parseUsersPage", AppleParser::parseUsersPage(body, status), rootOk);
    checkResult("parseEventResponse", AppleParser::parseEventResponse(body, status), rootOk);
    checkResult("parseEventStatus", AppleParser::parseEventStatus(body, status), rootOk);
    checkResult("parseMetadataLookup", AppleParser::parseMetadataLookup(body, status), rootOk);
    const Result<void> reply = AppleParser::checkReply(body, status);
    if (!reply)
        FuzzCheck::check("parseError", reply.error().isError() && !reply.error().code.isEmpty(),
                         QStringLiteral("checkReply failed without an error code"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr int statuses[] = {0, 200, 204, 400, 401, 403, 404, 429, 500, 503};
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    parseAll(body, 200);
    parseAll(body, statuses[size % std::size(statuses)]);
    return 0;
}
