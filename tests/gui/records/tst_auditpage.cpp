// AuditPage: the fixture's token adds are entries ("Token added", with the token's name), newest
// first; the filters narrow the list; Verify chain says the log is intact, and after a row was
// edited behind the log's back (a direct UPDATE) it names that row, and a deleted last entry reads
// as a cut-off end. The walk runs in a worker thread. The model passes
// QAbstractItemModelTester.
#include "app/console.h"
#include "consolefixture.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "records/auditactions.h"
#include "records/auditmodel.h"
#include "records/auditpage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditPage : public QObject
{
    Q_OBJECT

private:
    ConsoleFixture m_fixture;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void tokenAddsAreEntries()
    {
        AuditPage page(m_fixture.console());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.activate();
        const AuditModel *model = page.model();
        QVERIFY(model->rowCount() >= 3);
        QStringList added;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (row > 0)
                QVERIFY(model->entryIdAt(row) < model->entryIdAt(row - 1)); // newest first
            if (ConsoleFixture::cell(model, row, 0, AuditModel::ActionKeyRole) != u"token.add")
                continue;
            QCOMPARE(ConsoleFixture::cell(model, row, AuditModel::ActionColumn),
                     AuditActions::displayName(u"token.add"_s));
            QCOMPARE(ConsoleFixture::cell(model, row, AuditModel::ActionColumn, Qt::ToolTipRole),
                     u"token.add"_s);
            QVERIFY(!ConsoleFixture::cell(model, row, AuditModel::TimeColumn).isEmpty());
            QVERIFY(!ConsoleFixture::cell(model, row, AuditModel::ActorColumn).isEmpty());
            const QString details = ConsoleFixture::cell(model, row, AuditModel::DetailsColumn);
            // Readable "key: value" pairs, not JSON; one per line in the tip.
            QVERIFY(!details.contains(u'\n'));
            QVERIFY2(!details.startsWith(u'{') && !details.contains(u'"') && details.contains(u": "_s),
                     qPrintable(details));
            const QString tip = ConsoleFixture::cell(model, row, AuditModel::DetailsColumn, Qt::ToolTipRole);
            QCOMPARE(tip.split(u'\n').size(), details.split(u" \u00b7 "_s).size());
            added.append(ConsoleFixture::cell(model, row, AuditModel::TokenColumn));
        }
        added.sort();
        QStringList expected{m_fixture.tokenName(0), m_fixture.tokenName(1), m_fixture.tokenName(2)};
        expected.sort();
        QCOMPARE(added, expected);
        QCOMPARE(AuditActions::displayName(u"token.add"_s), u"Token added"_s);
        QCOMPARE(AuditActions::displayName(u"some.future.action"_s), u"some.future.action"_s);
    }

    void followsNewEntries()
    {
        AuditPage page(m_fixture.console());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.activate();
        const int before = page.model()->rowCount();
        QVERIFY(m_fixture.console().workspace().audit(u"import.devices"_s, {}, {{u"imported"_s, 7}}));
        m_fixture.console().notifyTokensChanged();
        QTRY_COMPARE(page.model()->rowCount(), before + 1);
        QCOMPARE(ConsoleFixture::cell(page.model(), 0, AuditModel::ActionColumn),
                 AuditActions::displayName(u"import.devices"_s));
        QCOMPARE(ConsoleFixture::cell(page.model(), 0, AuditModel::DetailsColumn), u"imported: 7"_s);
        QCOMPARE(ConsoleFixture::cell(page.model(), 0, AuditModel::DetailsColumn, Qt::ToolTipRole),
                 u"imported: 7"_s);
        // Several values, nested ones too, read as "key: value" lines.
        QCOMPARE(
            AuditModel::detailLines(
                {{u"numCompleted"_s, 12}, {u"targets"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"force"_s, true}}),
            QStringList({u"force: yes"_s, u"num completed: 12"_s, u"targets: a, b"_s}));
        auto *action = page.findChild<QComboBox *>(u"actionFilter"_s);
        QVERIFY(action->findData(u"import.devices"_s) >= 0);
    }

    void filters()
    {
        AuditPage page(m_fixture.console());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.activate();
        const int all = page.model()->rowCount();
        auto *action = page.findChild<QComboBox *>(u"actionFilter"_s);
        auto *token = page.findChild<QComboBox *>(u"tokenFilter"_s);
        auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(action && token && search);

        action->setCurrentIndex(action->findData(u"token.add"_s));
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(ConsoleFixture::cell(page.model(), 0, AuditModel::ActionColumn),
                 AuditActions::displayName(u"token.add"_s));
        token->setCurrentIndex(token->findData(m_fixture.tokenName(1)));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(ConsoleFixture::cell(page.model(), 0, AuditModel::TokenColumn), m_fixture.tokenName(1));
        action->setCurrentIndex(0);
        token->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), all);

        search->setText(m_fixture.tokenName(2).toUpper());
        QTRY_VERIFY(page.model()->rowCount() < all);
        QVERIFY(page.model()->rowCount() >= 1);
        search->setText(u"no-such-thing-anywhere"_s);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(page.model()->rowCount(), all);
    }

    // The head kept in the keychain shows a log whose last entries were deleted.
    void verifyFindsACutOffEnd()
    {
        Workspace &ws = m_fixture.console().workspace();
        const auto last = ws.audit(u"test.entry"_s, QString());
        QVERIFY2(last, qPrintable(last.error().toLogString()));
        AuditPage page(m_fixture.console());
        page.activate();
        auto *button = page.findChild<QPushButton *>(u"verifyButton"_s);
        auto *label = page.findChild<MessageLabel *>(u"verifyLabel"_s);
        QSqlQuery drop(m_fixture.console().database().connection());
        QVERIFY(drop.prepare(u"DELETE FROM audit_log WHERE id = ?"_s));
        drop.addBindValue(last->id);
        QVERIFY(drop.exec());
        button->click();
        QTRY_VERIFY(!page.isVerifying() && button->isEnabled());
        QVERIFY2(label->text().startsWith(u"Cut off: "_s), qPrintable(label->text()));
        QVERIFY(label->isError());
        // A new entry moves the head on: the log is whole again from the keychain's point of view.
        QVERIFY(ws.audit(u"test.entry"_s, QString()));
        button->click();
        QTRY_VERIFY(!page.isVerifying() && button->isEnabled());
        QVERIFY2(label->text().startsWith(u"Intact: "_s), qPrintable(label->text()));
    }

    void verifyFindsTampering()
    {
        AuditPage page(m_fixture.console());
        page.activate();
        auto *button = page.findChild<QPushButton *>(u"verifyButton"_s);
        auto *label = page.findChild<MessageLabel *>(u"verifyLabel"_s);
        QVERIFY(button && label);
        button->click();
        QVERIFY(page.isVerifying()); // the walk runs in a worker thread
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY(!page.isVerifying() && button->isEnabled());
        const int entries = page.model()->rowCount();
        QVERIFY2(label->text().startsWith(u"Intact: "_s), qPrintable(label->text()));
        QCOMPARE(label->kind(), MessageLabel::Kind::Success);
        QVERIFY2(label->text().contains(QString::number(entries)), qPrintable(label->text()));

        // The second-oldest entry is edited behind the log's back.
        const qint64 victim = page.model()->entryIdAt(entries - 2);
        QSqlQuery update(m_fixture.console().database().connection());
        QVERIFY(update.prepare(u"UPDATE audit_log SET actor = 'mallory' WHERE id = ?"_s));
        update.addBindValue(victim);
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 1);

        button->click();
        QTRY_VERIFY(!page.isVerifying() && button->isEnabled());
        QVERIFY2(label->text().startsWith(u"Tampered at entry #%1: "_s.arg(victim)),
                 qPrintable(label->text()));
        QVERIFY(label->isError());
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
