// TokenCommands: token add | update | remove | list | takeover, on the TokenManager of the
// Workspace. Each command is one small static function.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class CommandContext;
class CommandRegistry;
struct TokenRecord;
struct TokenStatus;

class TokenCommands
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommands)

public:
    static void registerIn(CommandRegistry &registry);

    // The JSON of one token in `token list --json` (also used by other commands' output).
    static QJsonObject statusJson(const TokenStatus &status);

private:
    static int add(CommandContext &ctx);
    static int update(CommandContext &ctx);
    static int remove(CommandContext &ctx);
    static int list(CommandContext &ctx);
    static int takeOver(CommandContext &ctx);

    static QString dayText(const QDateTime &when);
    static QString locationText(const TokenRecord &record);
    static void printStatusLine(CommandContext &ctx, const TokenStatus &status);
};
