// TokenStatus: one stored token with its health as TokenHealth computes it, and what went wrong
// when it was last checked against Apple. What `token list` and the Locations page show.
#pragma once

#include "core/store/tokenrecord.h"
#include "core/token/tokenhealth.h"

#include <QString>

struct TokenStatus
{
    TokenRecord record;
    TokenHealth health;
    QString duplicateOf; // name of another token of the same location, if any
    QString checkError;  // translated, when the last check could not reach Apple or the keychain
};
