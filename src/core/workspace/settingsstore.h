// SettingsStore: the small key/value table of this installation (migration 4), for values that
// belong to the database rather than to one user's QSettings, such as our MDM identity. Never a
// secret.
#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database &db);

    Result<std::optional<QString>> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};
