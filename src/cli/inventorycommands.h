// InventoryCommands: the offline read commands over the synced inventory: assets, assignments,
// users, find (help desk: every license of a user, e-mail or serial on every token) and history.
// They read the store only and stream their rows.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class CommandContext;
class QCommandLineParser;
class CommandRegistry;
class Workspace;

class InventoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCommands)

public:
    static void registerIn(CommandRegistry &registry);

private:
    static int assets(CommandContext &ctx);
    static int assignments(CommandContext &ctx);
    static int users(CommandContext &ctx);
    static int find(CommandContext &ctx);
    static int history(CommandContext &ctx);

    // What a list command works on: the open workspace and the token filter (empty: every token).
    struct Scope
    {
        Workspace *ws = nullptr;
        QString tokenId;
    };

    // Applies the output format, opens the workspace and resolves the token named `tokenName`;
    // nullopt after an error (already reported through ctx).
    static std::optional<Scope> openScope(CommandContext &ctx, const QCommandLineParser &parser,
                                          const QString &tokenName);
    // The id of the token named `name` (empty name: every token, empty id); nullopt after an error.
    static std::optional<QString> tokenIdOf(CommandContext &ctx, Workspace &ws, const QString &name);
};
