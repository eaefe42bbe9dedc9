// TokenDialog on a ConsoleFixture: a valid token is added with its settings and Distribution groups
// and syncs; every invalid input is refused with a specific message next to its field (empty or
// taken name, no file, missing file, malformed file, expired token, a token Apple refuses because
// it was revoked, writing while offline); Cancel during the request leaves nothing behind; Update
// with a file of another location says so and changes nothing until the admin confirms; Update
// with a renewed file of the same location; Edit renames and saves the settings.
#include "app/synccontroller.h"
#include "consolefixture.h"
#include "core/i18n/pluraltranslator.h"
#include "core/store/auditlog.h"
#include "core/store/groupstore.h"
#include "core/token/vpptoken.h"
#include "core/workspace/tokenmanager.h"
#include "core/workspace/workspace.h"
#include "locations/tokendialog.h"

#include "simstate.h"
#include "vppsim.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

using enum ConsoleFixture::DemoLocation;

class TestTokenDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_fixture;

    bool start(bool addTokens, int latencyMs = 0)
    {
        ConsoleFixture::Options options;
        options.addTokens = addTokens;
        options.syncTokens = false;
        options.latencyMs = latencyMs;
        m_fixture = ConsoleFixture::started(options);
        return m_fixture != nullptr;
    }
    Console &console() { return m_fixture->console(); }

    template<typename T>
    T *child(TokenDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qUtf8Printable(name));
        return widget;
    }
    QLabel *label(TokenDialog &dialog, const QString &name) { return child<QLabel>(dialog, name); }
    // The text of an in-place error, empty while it is hidden.
    QString error(TokenDialog &dialog, const QString &name)
    {
        QLabel *l = label(dialog, name);
        return l && l->isVisibleTo(&dialog) ? l->text() : QString();
    }
    void setName(TokenDialog &dialog, const QString &name)
    {
        child<QLineEdit>(dialog, u"nameEdit"_s)->setText(name);
    }
    QString writeFile(const QString &fileName, const QByteArray &contents)
    {
        const QString path = m_fixture->session().temporaryPath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
            return {};
        return path;
    }
    int tokenCount() { return int(console().workspace().tokens().list()->size()); }
    // Submits and waits for Apple's answer.
    void submitAndWait(TokenDialog &dialog)
    {
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    }

    // A renewed file of Austin's location, valid for `days`, issued by the simulator.
    QString renewedAustin(int days)
    {
        QString renewed;
        m_fixture->session().inSim([&](VppSim &sim) {
            renewed = sim.state()
                          .issueToken(Austin, QDateTime::currentDateTimeUtc().addDays(days), true)
                          .fileContents;
        });
        return renewed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("%n day(s)" -> "19 days"), as the application installs them.
        QVERIFY(PluralTranslator::install(*QCoreApplication::instance()));
        qRegisterMetaType<TokenDialog *>();
    }

    void cleanup() { m_fixture.reset(); }

    void validTokenIsAddedWithItsSettingsAndSyncs()
    {
        QVERIFY(start(false));
        const qint64 teachers = GroupStore(console().database()).ensureGroup(u"Teachers"_s).value();
        QVERIFY(GroupStore(console().database()).ensureGroup(u"Students"_s));

        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        auto *groups = child<QListWidget>(dialog, u"groupsList"_s);
        QCOMPARE(groups->count(), 2);
        setName(dialog, u"  London "_s);
        dialog.setFilePath(m_fixture->session().writeTokenFile(London));
        // What the file says at once, where Apple says it is once it answered.
        QVERIFY(!label(dialog, u"organizationValue"_s)->text().isEmpty());
        QVERIFY(label(dialog, u"expiryValue"_s)->text().contains(u"day"_s));
        QTRY_COMPARE(label(dialog, u"locationValue"_s)->text(), u"London HQ"_s);
        QCOMPARE(label(dialog, u"countryValue"_s)->text(), u"GB"_s);
        QCOMPARE(error(dialog, u"fileError"_s), QString());

        child<QCheckBox>(dialog, u"addAppsCheck"_s)->setChecked(true);
        child<QSpinBox>(dialog, u"syncIntervalSpin"_s)->setValue(900);
        groups->findItems(u"Teachers"_s, Qt::MatchExactly).constFirst()->setCheckState(Qt::Checked);
        child<QRadioButton>(dialog, u"userRadio"_s)->setChecked(true);
        child<QCheckBox>(dialog, u"mandatoryCheck"_s)->setChecked(true);
        child<QCheckBox>(dialog, u"cellularCheck"_s)->setChecked(false);
        child<QLineEdit>(dialog, u"vpnProfileEdit"_s)->setText(u"Corp VPN"_s);

        QSignalSpy saved(&dialog, &TokenDialog::tokenSaved);
        QTest::mouseClick(child<QPushButton>(dialog, u"submitButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(saved.count(), 1);
        QVERIFY(dialog.resultMessage().contains(u"London HQ"_s));

        const TokenRecord record = console().tokenManager().find(u"London"_s).value();
        QCOMPARE(record.id, dialog.tokenId());
        QCOMPARE(record.locationName, u"London HQ"_s);
        QVERIFY(record.addAppsAutomatically);
        QCOMPARE(record.syncIntervalSeconds, 900);
        QCOMPARE(record.assignmentType, u"user"_s);
        QVERIFY(record.appDefaults.mandatory);
        QVERIFY(!record.appDefaults.cellularData);
        QCOMPARE(record.appDefaults.vpnProfile, u"Corp VPN"_s);
        const auto served = GroupStore(console().database()).tokenGroups(record.id).value();
        QCOMPARE(served.size(), 1);
        QCOMPARE(served.constFirst().id, teachers);

        // The first sync was started and succeeds.
        QTRY_VERIFY_WITH_TIMEOUT(console().sync().lastReport(record.id).has_value(), 30000);
        QVERIFY(console().sync().lastReport(record.id)->isOk());
        QVERIFY(console().tokenManager().find(u"London"_s)->lastSyncAt.isValid());
    }

    void pastedContentsAreAdded()
    {
        QVERIFY(start(false));
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"Berlin"_s);
        dialog.setPastedContents(m_fixture->session().tokenContents(Berlin));
        QCOMPARE(child<QLineEdit>(dialog, u"pasteEdit"_s)->echoMode(), QLineEdit::Password);
        QTRY_COMPARE(label(dialog, u"locationValue"_s)->text(), u"Berlin Office"_s);
        submitAndWait(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(console().tokenManager().find(u"Berlin"_s)->countryCode, u"DE"_s);
    }

    void emptyNameIsRefused()
    {
        QVERIFY(start(false));
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"   "_s);
        dialog.setFilePath(m_fixture->session().writeTokenFile(London));
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QVERIFY(error(dialog, u"nameError"_s).contains(u"Enter a name"_s));
        QCOMPARE(error(dialog, u"fileError"_s), QString());
        QCOMPARE(tokenCount(), 0);
    }

    void duplicateNameIsRefused()
    {
        QVERIFY(start(true));
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, m_fixture->tokenName(London));
        dialog.setFilePath(m_fixture->session().writeTokenFile(London));
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(error(dialog, u"nameError"_s),
                 u"A token named \u201cLondon HQ\u201d already exists. Choose another name."_s);
        QCOMPARE(tokenCount(), 3);
    }

    void missingFileIsRefused()
    {
        QVERIFY(start(false));
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"London"_s);
        dialog.submit();
        QVERIFY(error(dialog, u"fileError"_s).contains(u".vpptoken"_s));
        QCOMPARE(error(dialog, u"nameError"_s), QString());

        const QString nowhere = m_fixture->session().temporaryPath(u"nowhere.vpptoken"_s);
        dialog.setFilePath(nowhere);
        const QString expected =
            VppToken::fromFile(nowhere, QDateTime::currentDateTimeUtc()).error().toDisplayString();
        QCOMPARE(error(dialog, u"fileError"_s), expected); // in place as soon as the file is chosen
        dialog.submit();
        QCOMPARE(error(dialog, u"fileError"_s), expected);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(tokenCount(), 0);
    }

    void malformedAndExpiredFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("code");
        QTest::newRow("not a token") << QByteArray("<?xml version=\"1.0\"?><plist/>") << u"token.notBase64"_s;
        QTest::newRow("empty") << QByteArray() << u"token.empty"_s;
        QTest::newRow("expired") << QByteArray() << u"token.expired"_s;
    }

    void malformedAndExpiredFilesAreRefused()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, code);
        QVERIFY(start(false));
        if (code == u"token.expired"_s) {
            // A demo token whose expDate is in the past.
            QJsonObject json =
                QJsonDocument::fromJson(
                    QByteArray::fromBase64(m_fixture->session().tokenContents(London).toLatin1()))
                    .object();
            QVERIFY(json.contains(u"expDate"_s));
            json.insert(u"expDate"_s, u"2024-01-02T03:04:05+0000"_s);
            contents = QJsonDocument(json).toJson().toBase64();
        }
        const Result<VppToken> parsed = VppToken::parse(contents, QDateTime::currentDateTimeUtc());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);

        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"London"_s);
        dialog.setFilePath(writeFile(u"bad.vpptoken"_s, contents));
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(error(dialog, u"fileError"_s), parsed.error().toDisplayString());
        QCOMPARE(label(dialog, u"locationValue"_s)->text(), QString());
        QCOMPARE(tokenCount(), 0);
    }

    void tokenAppleRefusesIsRefused()
    {
        QVERIFY(start(false));
        // A token of London that Apple has revoked.
        QString revoked;
        m_fixture->session().inSim([&](VppSim &sim) {
            sim.state().issueToken(London, QDateTime::currentDateTimeUtc().addDays(100), false);
            for (SimToken *t : sim.state().tokensOfLocation(London))
                t->revoked = true;
            revoked = sim.state().tokens().constLast().fileContents;
        });
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"London"_s);
        dialog.setFilePath(writeFile(u"revoked.vpptoken"_s, revoked.toLatin1()));
        // Apple's verdict shows while the file is read...
        QTRY_VERIFY(error(dialog, u"fileError"_s).contains(u"revoked"_s));
        // ...and when the admin insists.
        submitAndWait(dialog);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(error(dialog, u"fileError"_s).contains(u"Apple has revoked this content token"_s),
                 qPrintable(error(dialog, u"fileError"_s)));
        QCOMPARE(tokenCount(), 0);
    }

    void aFileOfAnotherSimulatorNamesTheSimulatorAndTheDialogStaysUsable()
    {
        QVERIFY(start(false));
        // What `vppsim --tokens-out` wrote for another simulator: a well-formed token this one never issued.
        const QByteArray json =
            "{\"token\": \"" + QByteArray("bm90LWlzc3VlZC1oZXJl") + "\", \"expDate\": \"" +
            SimState::formatExpDate(QDateTime::currentDateTimeUtc().addDays(200)).toLatin1() +
            "\", \"orgName\": \"Fjord & Finch Ltd\"}";
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setName(dialog, u"London"_s);
        dialog.setFilePath(writeFile(u"London-HQ.vpptoken"_s, json.toBase64()));
        QTRY_VERIFY(error(dialog, u"fileError"_s).contains(u"demo simulator"_s));
        QVERIFY(!error(dialog, u"fileError"_s).contains(u"Apple"_s));

        // Add again: it asks again, says the same, and the dialog stays usable.
        auto *submit = child<QPushButton>(dialog, u"submitButton"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QVERIFY(error(dialog, u"fileError"_s).contains(u"demo simulator"_s));
        QVERIFY(submit->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(tokenCount(), 0);

        // The demo's own file of London works.
        QPushButton *demoFiles = dialog.demoTokenButton();
        QVERIFY(demoFiles && demoFiles->isVisible());
        QTest::mouseClick(demoFiles, Qt::LeftButton);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = dialog.findChild<QMenu *>(u"demoTokenMenu"_s)) && menu->isVisible());
        QAction *london = menu->actions().value(London);
        QVERIFY(london && london->text().contains(u"London"_s));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(london).center());
        QTRY_COMPARE(label(dialog, u"locationValue"_s)->text(), u"London HQ"_s);
        QCOMPARE(error(dialog, u"fileError"_s), QString());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == int(QDialog::Accepted), 15000);
        QCOMPARE(tokenCount(), 1);
    }

    void offlineAddIsRefused()
    {
        QVERIFY(start(false));
        console().setWorkOffline(true);
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"London"_s);
        dialog.setFilePath(m_fixture->session().writeTokenFile(London));
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(error(dialog, u"messageLabel"_s), console().writeBlockedReason());
        QVERIFY(!console().writeBlockedReason().isEmpty());
    }

    void cancelWhileAppleIsAskedLeavesNothing()
    {
        QVERIFY(start(false, 200));
        TokenDialog dialog(console(), TokenDialog::Mode::Add);
        setName(dialog, u"London"_s);
        dialog.setFilePath(m_fixture->session().writeTokenFile(London));
        dialog.submit();
        QVERIFY(dialog.isBusy());
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // Apple accepts the token after the cancel: it is taken back.
        auto lastAction = [&] {
            const auto page = console().workspace().auditLog().page(0, 1);
            return page && !page->isEmpty() ? page->constFirst().action : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(lastAction(), u"token.remove"_s, 15000);
        QCOMPARE(tokenCount(), 0);
    }

    void updateWithAnotherLocationChangesNothingUntilConfirmed()
    {
        QVERIFY(start(true));
        const QString london = m_fixture->tokenName(London);
        const TokenRecord before = console().tokenManager().find(london).value();
        TokenDialog dialog(console(), TokenDialog::Mode::Update, london);
        QStringList asked;
        bool answer = false;
        dialog.setConfirmHook([&](const QString &, const QString &text) {
            asked << text;
            return answer;
        });
        QCOMPARE(child<QLineEdit>(dialog, u"nameEdit"_s)->text(), london);
        dialog.submit();
        QVERIFY(error(dialog, u"fileError"_s).contains(u".vpptoken"_s)); // Update needs a file

        dialog.setFilePath(m_fixture->session().writeTokenFile(Berlin));
        submitAndWait(dialog);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(
            error(dialog, u"fileError"_s).startsWith(u"This token is for Berlin Office, not London HQ."_s),
            qPrintable(error(dialog, u"fileError"_s)));
        auto *replace = child<QPushButton>(dialog, u"replaceAnywayButton"_s);
        QVERIFY(replace->isVisibleTo(&dialog));
        const TokenRecord unchanged = console().tokenManager().find(london).value();
        QCOMPARE(unchanged.uid, before.uid);
        QCOMPARE(unchanged.locationName, u"London HQ"_s);
        QCOMPARE(unchanged.expiresAt, before.expiresAt);
        QCOMPARE(console().workspace().vault().readBlocking(before.id).value(),
                 m_fixture->session().tokenContents(London));

        // Replace anyway asks first; No changes nothing.
        QTest::mouseClick(replace, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.constFirst().contains(u"London HQ"_s));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(console().tokenManager().find(london)->uid, before.uid);

        // Yes replaces.
        answer = true;
        QTest::mouseClick(replace, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        const TokenRecord moved = console().tokenManager().find(london).value();
        QCOMPARE(moved.locationName, u"Berlin Office"_s);
        QVERIFY(moved.uid != before.uid);
        QVERIFY(dialog.resultMessage().contains(u"Berlin Office"_s));
    }

    void updateWithARenewedFileShowsTheNewExpiry()
    {
        QVERIFY(start(true));
        const QString austin = m_fixture->tokenName(Austin);
        const TokenRecord before = console().tokenManager().find(austin).value();
        const QString renewed = renewedAustin(365);
        TokenDialog dialog(console(), TokenDialog::Mode::Update, austin);
        dialog.setFilePath(writeFile(u"renewed.vpptoken"_s, renewed.toLatin1()));
        QTRY_COMPARE(label(dialog, u"locationValue"_s)->text(), u"Austin Field Team"_s);
        QCOMPARE(error(dialog, u"fileError"_s), QString());
        submitAndWait(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const TokenRecord after = console().tokenManager().find(austin).value();
        QVERIFY(after.expiresAt > before.expiresAt.addDays(300));
        QVERIFY(dialog.resultMessage().contains(u"renewed"_s));
        QCOMPARE(console().workspace().vault().readBlocking(before.id).value(), renewed);
    }

    void updateWithPastedContents()
    {
        QVERIFY(start(true));
        const QString austin = m_fixture->tokenName(Austin);
        const TokenRecord before = console().tokenManager().find(austin).value();
        const QString renewed = renewedAustin(400);
        TokenDialog dialog(console(), TokenDialog::Mode::Update, austin);
        dialog.show();
        auto *paste = child<QLineEdit>(dialog, u"pasteEdit"_s);
        QVERIFY(paste->isVisibleTo(&dialog)); // Update has the paste field that Add has
        paste->setFocus();
        QTest::keyClicks(paste, renewed);
        QTRY_COMPARE(label(dialog, u"locationValue"_s)->text(), u"Austin Field Team"_s);
        submitAndWait(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const TokenRecord after = console().tokenManager().find(austin).value();
        QVERIFY(after.expiresAt > before.expiresAt);
        QCOMPARE(console().workspace().vault().readBlocking(before.id).value(), renewed);
    }

    void editRenamesAndSavesSettingsWithoutAFile()
    {
        QVERIFY(start(true));
        const QString berlin = m_fixture->tokenName(Berlin);
        TokenDialog dialog(console(), TokenDialog::Mode::Edit, berlin);
        QCOMPARE(label(dialog, u"locationValue"_s)->text(), u"Berlin Office"_s);
        QCOMPARE(label(dialog, u"countryValue"_s)->text(), u"DE"_s);
        QVERIFY(!child<QLineEdit>(dialog, u"pasteEdit"_s)->isVisibleTo(&dialog));

        // A taken name is refused in place.
        setName(dialog, m_fixture->tokenName(London));
        dialog.submit();
        QVERIFY(error(dialog, u"nameError"_s).contains(u"already exists"_s));

        setName(dialog, u"Berlin"_s);
        child<QSpinBox>(dialog, u"syncIntervalSpin"_s)->setValue(3600);
        child<QCheckBox>(dialog, u"preventBackupCheck"_s)->setChecked(true);
        child<QLineEdit>(dialog, u"ssoProfileEdit"_s)->setText(u"Kerberos"_s);
        submitAndWait(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!console().tokenManager().find(berlin));
        const TokenRecord record = console().tokenManager().find(u"Berlin"_s).value();
        QCOMPARE(record.locationName, u"Berlin Office"_s);
        QCOMPARE(record.syncIntervalSeconds, 3600);
        QVERIFY(record.appDefaults.preventBackup);
        QCOMPARE(record.appDefaults.ssoProfile, u"Kerberos"_s);
        QCOMPARE(console().workspace().auditLog().page(0, 1)->constFirst().action, u"token.settings"_s);
    }
};

QTEST_MAIN(TestTokenDialog)
#include "tst_tokendialog.moc"
