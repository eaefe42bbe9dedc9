#include "core/workspace/settingsstore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

SettingsStore::SettingsStore(Database &db)
    : m_db(db)
{}

Result<std::optional<QString>> SettingsStore::value(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("read setting"));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<void> SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(SqlValues::nowText());
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("write setting"));
    return {};
}
