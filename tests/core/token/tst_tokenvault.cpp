// Tests of TokenVault against a real Secret Service (gnome-keyring on a private D-Bus session, see
// tests/support/with-keyring.sh): write, read, overwrite, remove, missing entries, timeouts, and the
// error when no keychain exists at all (checked in a child process whose D-Bus address leads nowhere,
// which must fail with a clear Kind::Keychain error and leave no plain-text copy anywhere).
#include "core/token/tokenvault.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <tuple>

namespace {

const QString TestService = QStringLiteral("VPP Desk Test");
const QString ProbeEnv = QStringLiteral("VPPDESK_TOKENVAULT_PROBE");
const QString ProbeSecret = QStringLiteral("UFJPQkUtU0VDUkVULWRvLW5vdC1zdG9yZS1pbi1wbGFpbi10ZXh0");

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject errorJson(const VppError &error)
{
    return QJsonObject{{QStringLiteral("kind"), VppError::kindName(error.kind)},
                       {QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("advice"), error.advice},
                       {QStringLiteral("detail"), error.detail}};
}

// Child-process mode: try to store and read a secret, print what happened as JSON, exit.
int runProbe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TokenVault vault(TestService);
    const QString key = newKey();
    const Result<void> written = vault.writeBlocking(key, ProbeSecret, std::chrono::seconds(15));
    const Result<QString> read = vault.readBlocking(key, std::chrono::seconds(15));
    QJsonObject out{{QStringLiteral("writeOk"), written.isOk()}, {QStringLiteral("readOk"), read.isOk()}};
    if (!written)
        out.insert(QStringLiteral("writeError"), errorJson(written.error()));
    if (!read)
        out.insert(QStringLiteral("readError"), errorJson(read.error()));
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void writeAndRead();
    void storesRealTokenFileContents();
    void overwrite();
    void removeThenReadIsNotFound();
    void missingEntry();
    void removeMissingEntryIsFine();
    void servicesAndKeysAreSeparate();
    void asynchronousCallsAnswerLater();
    void emptyKeyOrSecretIsUsageError();
    void timeoutThenRecover();
    void vaultDestroyedWhileJobRuns();
    void noKeychainIsAClearError();

private:
    bool m_keychainAvailable = false;
    QStringList m_keysToRemove;
};

void TestTokenVault::initTestCase()
{
    TokenVault vault(TestService);
    const QString key = newKey();
    const Result<void> probe = vault.writeBlocking(key, QStringLiteral("probe"), std::chrono::seconds(10));
    if (probe) {
        m_keychainAvailable = true;
        QVERIFY(vault.removeBlocking(key));
        return;
    }
    const QString why = probe.error().toLogString();
    if (qEnvironmentVariable("VPPDESK_NO_KEYCHAIN") == QLatin1String("1")) {
        qWarning("No Secret Service; VPPDESK_NO_KEYCHAIN=1 so the keychain cases are skipped: %s",
                 qPrintable(why));
        return;
    }
    QFAIL(qPrintable(
        QStringLiteral("No Secret Service is reachable, so the keychain tests cannot run. Run them "
                       "through tests/support/with-keyring.sh (private D-Bus and unlocked "
                       "gnome-keyring), or set VPPDESK_NO_KEYCHAIN=1 to skip them. Error: ") +
        why));
}

void TestTokenVault::cleanup()
{
    if (!m_keychainAvailable)
        return;
    TokenVault vault(TestService);
    for (const QString &key : std::as_const(m_keysToRemove))
        std::ignore = vault.removeBlocking(key); // a test that failed may never have written it
    m_keysToRemove.clear();
}

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!m_keychainAvailable)                                                                            \
            QSKIP("no Secret Service (VPPDESK_NO_KEYCHAIN=1)");                                              \
    } while (false)

void TestTokenVault::writeAndRead()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    QCOMPARE(vault.serviceName(), TestService);
    const QString key = newKey();
    m_keysToRemove << key;
    const Result<void> written = vault.writeBlocking(key, ProbeSecret);
    QVERIFY2(written, qPrintable(written.error().toLogString()));
    const Result<QString> read = vault.readBlocking(key);
    QVERIFY2(read, qPrintable(read.error().toLogString()));
    QCOMPARE(read.value(), ProbeSecret);
}

void TestTokenVault::storesRealTokenFileContents()
{
    REQUIRE_KEYCHAIN();
    QFile file(TestSupport::dataDir() + QStringLiteral("/tokens/valid-pretty.vpptoken"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sToken = QString::fromLatin1(file.readAll().trimmed());
    const QString longSecret = sToken.repeated(20); // ~5 KB, larger than any real token

    TokenVault vault(TestService);
    const QString key = newKey();
    m_keysToRemove << key;
    QVERIFY(vault.writeBlocking(key, sToken));
    QCOMPARE(vault.readBlocking(key).value(), sToken);
    QVERIFY(vault.writeBlocking(key, longSecret));
    QCOMPARE(vault.readBlocking(key).value(), longSecret);
}

void TestTokenVault::overwrite()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    const QString key = newKey();
    m_keysToRemove << key;
    QVERIFY(vault.writeBlocking(key, QStringLiteral("first")));
    QVERIFY(vault.writeBlocking(key, QStringLiteral("second")));
    QCOMPARE(vault.readBlocking(key).value(), QStringLiteral("second"));
}

void TestTokenVault::removeThenReadIsNotFound()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    const QString key = newKey();
    QVERIFY(vault.writeBlocking(key, ProbeSecret));
    const Result<void> removed = vault.removeBlocking(key);
    QVERIFY2(removed, qPrintable(removed.error().toLogString()));
    const Result<QString> read = vault.readBlocking(key);
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("keychain.notFound"));
}

void TestTokenVault::missingEntry()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    const Result<QString> read = vault.readBlocking(newKey());
    QVERIFY(!read);
    QVERIFY(read.error().kind == VppError::Kind::Keychain);
    QCOMPARE(read.error().code, QStringLiteral("keychain.notFound"));
    QVERIFY(!read.error().message.isEmpty());
    QVERIFY(!read.error().advice.isEmpty());
}

void TestTokenVault::removeMissingEntryIsFine()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    const Result<void> removed = vault.removeBlocking(newKey());
    QVERIFY2(removed, qPrintable(removed.error().toLogString()));
}

void TestTokenVault::servicesAndKeysAreSeparate()
{
    REQUIRE_KEYCHAIN();
    TokenVault first(TestService);
    TokenVault second(TestService + QStringLiteral(" 2"));
    const QString key = newKey();
    const QString otherKey = newKey();
    m_keysToRemove << key << otherKey;
    QVERIFY(first.writeBlocking(key, QStringLiteral("in first")));
    QVERIFY(first.writeBlocking(otherKey, QStringLiteral("other key")));
    QVERIFY(second.writeBlocking(key, QStringLiteral("in second")));

    QCOMPARE(first.readBlocking(key).value(), QStringLiteral("in first"));
    QCOMPARE(first.readBlocking(otherKey).value(), QStringLiteral("other key"));
    QCOMPARE(second.readBlocking(key).value(), QStringLiteral("in second"));
    QCOMPARE(second.readBlocking(otherKey).error().code, QStringLiteral("keychain.notFound"));

    QVERIFY(second.removeBlocking(key));
    QCOMPARE(first.readBlocking(key).value(), QStringLiteral("in first"));
}

void TestTokenVault::asynchronousCallsAnswerLater()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    QCOMPARE(vault.timeout(), TokenVault::DefaultTimeout);
    const QString key = newKey();
    m_keysToRemove << key;

    int writes = 0;
    std::optional<Result<QString>> read;
    vault.write(key, ProbeSecret, [&](const Result<void> &result) {
        QVERIFY(result.isOk());
        ++writes;
        vault.read(key, [&](const Result<QString> &value) { read = value; });
    });
    QCOMPARE(writes, 0); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
    QCOMPARE(writes, 1);
    QVERIFY(read->isOk());
    QCOMPARE(read->value(), ProbeSecret);

    bool removed = false;
    vault.remove(key, [&](const Result<void> &result) { removed = result.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
}

void TestTokenVault::emptyKeyOrSecretIsUsageError()
{
    // Checked before the keychain is touched: runs without one too.
    TokenVault vault(TestService);
    const Result<void> noKey = vault.writeBlocking(QStringLiteral("  "), ProbeSecret);
    QVERIFY(!noKey);
    QVERIFY(noKey.error().kind == VppError::Kind::Usage);
    QCOMPARE(noKey.error().code, QStringLiteral("keychain.emptyKey"));
    QCOMPARE(vault.readBlocking(QString()).error().code, QStringLiteral("keychain.emptyKey"));
    QCOMPARE(vault.removeBlocking(QString()).error().code, QStringLiteral("keychain.emptyKey"));
    const Result<void> noSecret = vault.writeBlocking(newKey(), QString());
    QCOMPARE(noSecret.error().code, QStringLiteral("keychain.emptySecret"));

    bool called = false;
    vault.read(QString(), [&](const Result<QString> &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestTokenVault::timeoutThenRecover()
{
    REQUIRE_KEYCHAIN();
    TokenVault vault(TestService);
    const QString key = newKey();
    m_keysToRemove << key;
    // A zero timeout expires before any D-Bus answer can arrive: the same path as a keychain prompt
    // that nobody answers.
    const Result<void> timedOut =
        vault.writeBlocking(key, QStringLiteral("late"), std::chrono::milliseconds(0));
    QVERIFY(!timedOut);
    QVERIFY(timedOut.error().kind == VppError::Kind::Keychain);
    QCOMPARE(timedOut.error().code, QStringLiteral("keychain.timeout"));
    QVERIFY(!timedOut.error().advice.isEmpty());

    // The abandoned job still finishes in the background; later calls work normally.
    QVERIFY(vault.writeBlocking(key, QStringLiteral("on time")));
    QCOMPARE(vault.readBlocking(key).value(), QStringLiteral("on time"));
}

void TestTokenVault::vaultDestroyedWhileJobRuns()
{
    REQUIRE_KEYCHAIN();
    const QString key = newKey();
    m_keysToRemove << key;
    bool called = false;
    {
        TokenVault vault(TestService);
        vault.write(key, QStringLiteral("orphan"), [&](const Result<void> &) { called = true; });
    } // the job outlives the vault; its callback must not run
    TokenVault later(TestService);
    const Result<QString> read = later.readBlocking(key); // queued behind the orphan job
    QVERIFY(!called);
    QVERIFY2(read, qPrintable(read.error().toLogString()));
    QCOMPARE(read.value(), QStringLiteral("orphan"));
}

void TestTokenVault::noKeychainIsAClearError()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(ProbeEnv, QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-such-bus"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(60000), "the no-keychain probe hung");
    const QByteArray output = child.readAllStandardOutput();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);

    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(output, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, output.constData());
    QVERIFY2(!result.value(QStringLiteral("writeOk")).toBool(), "stored a secret without any keychain");
    QVERIFY2(!result.value(QStringLiteral("readOk")).toBool(), "read a secret without any keychain");

    const QJsonObject writeError = result.value(QStringLiteral("writeError")).toObject();
    QCOMPARE(writeError.value(QStringLiteral("kind")).toString(), QStringLiteral("keychain"));
    QCOMPARE(writeError.value(QStringLiteral("code")).toString(), QStringLiteral("keychain.unavailable"));
    const QString message = writeError.value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QLatin1String("No OS keychain is available")), qPrintable(message));
    QVERIFY2(writeError.value(QStringLiteral("advice")).toString().contains(QLatin1String("gnome-keyring")),
             output.constData());
    const QJsonObject readError = result.value(QStringLiteral("readError")).toObject();
    QCOMPARE(readError.value(QStringLiteral("code")).toString(), QStringLiteral("keychain.unavailable"));
    QVERIFY2(!output.contains(ProbeSecret.toLatin1()), "the secret leaked into an error");

    // No plain-text fallback: nothing under the child's HOME holds the secret.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(ProbeSecret.toLatin1()), qPrintable(file.fileName()));
    }
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("VPPDESK_TOKENVAULT_PROBE"))
        return runProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestTokenVault test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenvault.moc"
