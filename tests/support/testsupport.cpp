#include "testsupport.h"

#include "core/store/database.h"
#include "core/store/tokenstore.h"
#include "testengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

QString binaryDir()
{
    const QString fromEnv = qEnvironmentVariable("VPPDESK_BINARY_DIR");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../..") : fromEnv;
}

QString dataDir()
{
    return qEnvironmentVariable("VPPDESK_SOURCE_DIR") + QStringLiteral("/tests/data");
}

QString executable(const QString &name)
{
#ifdef Q_OS_WIN
    const QString suffix = QStringLiteral(".exe");
#else
    const QString suffix;
#endif
    for (const QString &sub :
         {QStringLiteral("/src/sim/"), QStringLiteral("/src/cli/"), QStringLiteral("/src/gui/")}) {
        const QString path = binaryDir() + sub + name + suffix;
        if (QFile::exists(path))
            return QDir::cleanPath(path);
    }
    return QString();
}

QByteArray filesBytes(const QString &path, const QStringList &suffixes)
{
    QByteArray bytes;
    for (const QString &suffix : suffixes) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

bool openTestDatabase(std::unique_ptr<Database> &db, const QTemporaryDir &dir, const QString &prefix,
                      const QList<std::pair<QString, QString *>> &tokens)
{
    db = std::make_unique<Database>();
    const QString name = prefix + QLatin1Char('-') + QLatin1String(QTest::currentTestFunction());
    if (!db->open(TestEngine::newLocation(dir, name)))
        return false;
    TokenStore store(*db);
    for (const auto &[tokenName, id] : tokens) {
        TokenRecord token;
        token.name = tokenName;
        const Result<TokenRecord> inserted = store.insert(token);
        if (!inserted)
            return false;
        *id = inserted->id;
    }
    return true;
}

} // namespace TestSupport
