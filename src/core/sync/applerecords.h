// How the lists Apple returns become store rows, shared by the sync engine (full and delta passes)
// and the job runner (reading users back after a write).
#pragma once

#include "core/apple/appletypes.h"
#include "core/store/vppuserrecord.h"

#include <QList>

namespace AppleRecords {

inline VppUserRecord userRecord(const QString &tokenId, const VppUser &u)
{
    VppUserRecord r;
    r.tokenId = tokenId;
    r.clientUserId = u.clientUserId;
    r.email = u.email;
    r.idHash = u.idHash;
    r.inviteCode = u.inviteCode;
    r.status = u.status;
    return r;
}

inline QList<VppUserRecord> userRecords(const QString &tokenId, const QList<VppUser> &users)
{
    QList<VppUserRecord> rows;
    rows.reserve(users.size());
    for (const VppUser &u : users)
        rows.append(userRecord(tokenId, u));
    return rows;
}

} // namespace AppleRecords
