// AppleParser: turns Apple's reply bodies into typed values. Every function first looks for an Apple
// error body (also inside HTTP 200) and returns it as a Kind::Apple VppError; malformed data gives a
// Kind::Parse VppError naming the field. Stateless; the transport calls one function per endpoint.
#pragma once

#include "core/apple/appletypes.h"
#include "core/common/result.h"

#include <QByteArray>

class AppleParser
{
public:
    // httpStatus: the status of the reply (0 = unknown, treated like 200); it ends up in errors.
    static Result<ServiceConfig> parseServiceConfig(const QByteArray &body, int httpStatus = 200);
    static Result<ClientConfig> parseClientConfig(const QByteArray &body, int httpStatus = 200);
    // GET /assets. unlimitedAssets (with unlimited=true) are appended to items with unlimited set.
    static Result<ApplePage<Asset>> parseAssetsPage(const QByteArray &body, int httpStatus = 200);
    static Result<ApplePage<Assignment>> parseAssignmentsPage(const QByteArray &body, int httpStatus = 200);
    static Result<ApplePage<VppUser>> parseUsersPage(const QByteArray &body, int httpStatus = 200);
    static Result<EventResponse> parseEventResponse(const QByteArray &body, int httpStatus = 200);
    static Result<EventStatus> parseEventStatus(const QByteArray &body, int httpStatus = 200);
    // Legacy metadata lookup (uclient-api ... /lookup).
    static Result<StoreMetadataLookup> parseMetadataLookup(const QByteArray &body, int httpStatus = 200);

    // For a reply whose body does not matter (e.g. POST /client/config when only success counts): the
    // Apple error, an HTTP error or a parse error, or success.
    static Result<void> checkReply(const QByteArray &body, int httpStatus = 200);
};
