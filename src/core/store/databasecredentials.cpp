#include "core/store/databasecredentials.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {

struct Vault
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

Vault &vault()
{
    static Vault instance;
    return instance;
}

} // namespace

void DatabaseCredentials::setPassword(const QString &key, const QString &password)
{
    QMutexLocker lock(&vault().mutex);
    vault().passwords.insert(key, password);
}

QString DatabaseCredentials::password(const QString &key)
{
    QMutexLocker lock(&vault().mutex);
    return vault().passwords.value(key);
}

void DatabaseCredentials::forget(const QString &key)
{
    QMutexLocker lock(&vault().mutex);
    vault().passwords.remove(key);
}
